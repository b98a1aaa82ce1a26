/**
 * Curated seed-story questions. Where the outlets disagree: crowd size, deaths, injuries, dates and names.
 * Each quote was checked by hand against the cleaned article; resolveCurated fails the build
 * if one is missing or ambiguous.
 */
import { OUTLETS, SEED } from './baghdad-shared';
import type { CuratedQuestion } from './resolve';

const hill = SEED.hill;
const cbs = SEED.cbs;
const cnbc = SEED.cnbc;
const voa = SEED.voa;
const nbc = SEED.nbc;

export const baghdadCompareQuestions: CuratedQuestion[] = [
	{
		id: 'baghdad-q02',
		type: 'multi',
		skill: 'compare',
		difficulty: 2,
		prompt:
			'The outlets disagree about how many people stormed the embassy compound. Which outlets said “dozens”? Choose all that apply.',
		choices: OUTLETS,
		correct: ['cnbc', 'nbc'],
		evidence: [
			{
				articleId: cnbc,
				quote: 'dozens of angry Iraqi Shiite militia supporters stormed the U.S. Embassy compound'
			},
			{
				articleId: nbc,
				quote: 'Dozens of people stormed the compound of the United States embassy in Iraq'
			}
		],
		explanation:
			'CNBC writes that “dozens of angry Iraqi Shiite militia supporters stormed” the compound, and NBC News opens with “Dozens of people stormed the compound.” The Hill, CBS News and Voice of America say “thousands” instead.'
	},
	{
		id: 'baghdad-q03',
		type: 'multi',
		skill: 'compare',
		difficulty: 2,
		prompt:
			'Which outlets said “thousands” of people stormed or reached the embassy compound? Choose all that apply.',
		choices: OUTLETS,
		correct: ['hill', 'cbs', 'voa'],
		evidence: [
			{
				articleId: hill,
				quote:
					'thousands of demonstrators and supporters of an Iran-backed militia stormed the U.S. Embassy in Baghdad'
			},
			{
				articleId: cbs,
				quote: 'Thousands of protestors were somehow able to get past Iraqi security forces'
			},
			{ articleId: voa, quote: 'Thousands of protesters stormed the U.S. embassy compound' }
		],
		explanation:
			'The Hill (“thousands of demonstrators … stormed”), CBS News (“Thousands of protestors were somehow able to get past Iraqi security forces”) and Voice of America (“Thousands of protesters stormed”) all say thousands. CNBC and NBC News say “dozens” stormed the compound, and NBC adds a U.S. official’s estimate of roughly 6,000 protesters at the height of the demonstrations.'
	},
	{
		id: 'baghdad-q04',
		type: 'single',
		skill: 'compare',
		difficulty: 2,
		prompt:
			'Most outlets say the U.S. airstrikes killed at least 25 militia fighters. What different figure does Voice of America report, and who gave it?',
		choices: [
			{ id: 'b', text: 'Reuters said 12 militiamen were killed' },
			{ id: 'c', text: 'The Popular Mobilization Forces said 62 fighters were killed' },
			{ id: 'a', text: 'The militia itself said 50 members were killed and 50 wounded' },
			{ id: 'd', text: 'The Pentagon said 11 fighters were killed' }
		],
		correct: ['a'],
		evidence: [
			{
				articleId: voa,
				quote:
					'The group, which said that 50 militia members were killed and 50 wounded in the attack'
			},
			{ articleId: hill, quote: 'that killed at least 25 militia fighters' }
		],
		explanation:
			'Voice of America reports that Kataib Hezbollah, the militia that was hit, “said that 50 militia members were killed and 50 wounded.” The Hill, CBS News and NBC News give “at least 25” killed, and CNBC says 25. The 12 (Reuters) and 62 (Popular Mobilization Forces) figures are about people injured at the embassy, not the strikes.'
	},
	{
		id: 'baghdad-q05',
		type: 'single',
		skill: 'compare',
		difficulty: 3,
		prompt:
			'Voice of America and NBC News give different numbers of people injured at the embassy protests. Which pairing is right?',
		choices: [
			{
				id: 'b',
				text: 'VOA: at least 62 injured (Reuters); NBC: 12 injured (Popular Mobilization Forces)'
			},
			{
				id: 'a',
				text: 'VOA: 12 militiamen injured (Reuters); NBC: at least 62 demonstrators injured (Popular Mobilization Forces)'
			},
			{ id: 'c', text: 'VOA: 50 wounded (the Pentagon); NBC: 25 wounded (the Associated Press)' },
			{ id: 'd', text: 'Both: 12 militiamen injured, according to the Associated Press' }
		],
		correct: ['a'],
		evidence: [
			{
				articleId: voa,
				quote:
					'the defensive measures around the U.S. embassy injured 12 militiamen who were taking part in the demonstrations'
			},
			{
				articleId: nbc,
				quote:
					'At least 62 demonstrators were injured by live bullets and tear gas, according to the Popular Mobilization Forces'
			}
		],
		explanation:
			'Voice of America says “Reuters reported” that the embassy’s defensive measures injured 12 militiamen. NBC News says at least 62 demonstrators were injured “according to the Popular Mobilization Forces,” and adds that it “could not independently verify this claim.” Different sources, different numbers.'
	},
	{
		id: 'baghdad-q06',
		type: 'matching',
		skill: 'compare',
		difficulty: 2,
		prompt:
			'Three outlets say when the American contractor was killed, each in its own way. Match each outlet with the words it uses.',
		pairs: [
			{ id: 'cbs', left: 'CBS News', right: 'last week' },
			{ id: 'nbc', left: 'NBC News', right: 'on Friday' },
			{ id: 'voa', left: 'Voice of America', right: 'on December 27' }
		],
		extraRights: ['on Sunday', 'on December 31'],
		evidence: [
			{ articleId: cbs, quote: 'who died in a rocket attack last week' },
			{
				articleId: nbc,
				quote: 'The latest of these came on Friday, when a rocket attack killed a U.S. contractor'
			},
			{
				articleId: voa,
				quote: 'including one on December 27 that killed a U.S. defense contractor'
			}
		],
		explanation:
			'CBS News says the contractor “died in a rocket attack last week”; NBC News says the attack “came on Friday”; Voice of America gives the date, “December 27.” All three describe the same day. Sunday was the day of the U.S. airstrikes, and December 31 the day of the storming.'
	},
	{
		id: 'baghdad-q07',
		type: 'multi',
		skill: 'compare',
		difficulty: 2,
		prompt:
			'The outlets spell the Iraqi prime minister’s name in different ways. Which of these names refer to him? Choose all that apply.',
		choices: [
			{ id: 'a', text: 'Adil Abd al-Mahdi' },
			{ id: 'b', text: 'Adel Abdul Mahdi' },
			{ id: 'c', text: 'Adil Abdul-Mahdi' },
			{ id: 'd', text: 'Barham Salih' },
			{ id: 'e', text: 'Qais Al-Khazali' }
		],
		correct: ['a', 'b', 'c'],
		evidence: [
			{ articleId: hill, quote: 'Iraqi Prime Minister Adil Abd al-Mahdi' },
			{ articleId: voa, quote: 'Iraqi Prime Minister Adel Abdul Mahdi' },
			{ articleId: nbc, quote: 'Iraqi Prime Minister Adil Abdul-Mahdi' }
		],
		explanation:
			'The Hill writes “Adil Abd al-Mahdi,” Voice of America “Adel Abdul Mahdi” and NBC News “Adil Abdul-Mahdi” (CNBC has “Adel Abd al-Mahdi”): names written in Arabic are spelled in English in several ways. Barham Salih is Iraq’s president, and Qais Al-Khazali is a militia leader.'
	}
];
