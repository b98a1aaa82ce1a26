/**
 * Curated seed-story questions. What happened: facts and figures, some as two-part evidence questions.
 * Each quote was checked by hand against the cleaned article; resolveCurated fails the build
 * if one is missing or ambiguous.
 */
import { TRUE_FALSE, SEED } from './baghdad-shared';
import type { CuratedQuestion } from './resolve';

const hill = SEED.hill;
const cbs = SEED.cbs;
const cnbc = SEED.cnbc;
const voa = SEED.voa;
const nbc = SEED.nbc;

export const baghdadFactQuestions: CuratedQuestion[] = [
	{
		id: 'baghdad-q20',
		type: 'single',
		skill: 'fact',
		difficulty: 1,
		prompt: 'According to The Hill, where was President Trump spending the holidays?',
		choices: [
			{ id: 'b', text: 'At the White House in Washington' },
			{ id: 'a', text: 'At his Mar-a-Lago resort in Florida' },
			{ id: 'c', text: 'At the U.S. Embassy in Baghdad' },
			{ id: 'd', text: 'In Istanbul, Turkey' }
		],
		correct: ['a'],
		evidence: [
			{
				articleId: hill,
				quote: 'Trump is in Florida spending the holidays at his Mar-a-Lago resort.'
			}
		],
		explanation:
			'The Hill says “Trump is in Florida spending the holidays at his Mar-a-Lago resort.” Istanbul is where CBS News filed its report from.'
	},
	{
		id: 'baghdad-q21',
		type: 'numeric',
		skill: 'fact',
		difficulty: 2,
		prompt:
			'According to The Hill, how many Kataib Hezbollah targets did the U.S. airstrikes on Sunday hit?',
		answer: 5,
		tolerance: 0,
		unit: 'targets',
		evidence: [
			{
				articleId: hill,
				quote: 'airstrikes on Sunday against five Kataib Hezbollah targets in Iraq and Syria'
			}
		],
		explanation:
			'The Hill writes that the strikes hit “five Kataib Hezbollah targets in Iraq and Syria.” Voice of America agrees in other words: three locations in Iraq and two in Syria.'
	},
	{
		id: 'baghdad-q22',
		type: 'numeric',
		skill: 'fact',
		difficulty: 1,
		prompt:
			'At least how many militia fighters did the U.S. airstrikes kill, according to The Hill, CBS News and NBC News?',
		answer: 25,
		tolerance: 0,
		unit: 'fighters',
		evidence: [
			{ articleId: hill, quote: 'killed at least 25 militia fighters' },
			{ articleId: cbs, quote: 'The U.S. strikes killed at least 25 militia fighters' },
			{ articleId: nbc, quote: 'At least 25 militia fighters were killed in the airstrikes' }
		],
		explanation:
			'All three say “at least 25 militia fighters” were killed. Voice of America adds that the militia itself claimed 50 dead.'
	},
	{
		id: 'baghdad-q23',
		type: 'cloze',
		skill: 'fact',
		difficulty: 1,
		prompt:
			'CBS News says the protesters got past Iraqi security forces and into the fortified ____ to reach the embassy compound.',
		accepted: ['Green Zone', 'Green Zone of Baghdad', 'Baghdad Green Zone'],
		evidence: [
			{ articleId: cbs, quote: 'into the fortified Green Zone and reach the U.S. Embassy compound' }
		],
		explanation:
			'The embassy sits in Baghdad’s heavily guarded Green Zone. CBS News says the crowd got “into the fortified Green Zone,” which is why it calls their success “somehow” surprising.'
	},
	{
		id: 'baghdad-q24',
		type: 'truefalse',
		skill: 'fact',
		difficulty: 1,
		prompt: 'According to CBS News, the embassy staff were being evacuated.',
		choices: TRUE_FALSE,
		correct: ['false'],
		evidence: [
			{ articleId: cbs, quote: 'But U.S. personnel are safe, and there are no evacuation plans.' }
		],
		explanation:
			'CBS News says “U.S. personnel are safe, and there are no evacuation plans.” Voice of America and NBC News also report that no one was evacuated.'
	},
	{
		id: 'baghdad-q25',
		type: 'numeric',
		skill: 'fact',
		difficulty: 2,
		prompt:
			'According to the Popular Mobilization Forces, as reported by NBC News, at least how many demonstrators were injured?',
		answer: 62,
		tolerance: 0,
		unit: 'demonstrators',
		evidence: [
			{
				articleId: nbc,
				quote: 'At least 62 demonstrators were injured by live bullets and tear gas'
			}
		],
		explanation:
			'NBC News reports “at least 62 demonstrators were injured,” citing the Popular Mobilization Forces, and says it could not verify the claim itself.'
	},
	{
		id: 'baghdad-q26',
		type: 'numeric',
		skill: 'fact',
		difficulty: 2,
		prompt: 'About how many U.S. troops are in Iraq, according to NBC News?',
		answer: 5000,
		tolerance: 0,
		unit: 'troops',
		evidence: [{ articleId: nbc, quote: 'The U.S. has some 5,000 troops in Iraq' }],
		explanation:
			'NBC News says “The U.S. has some 5,000 troops in Iraq,” there to train and assist Iraqi forces fighting the Islamic State group.'
	},
	{
		id: 'baghdad-q27',
		type: 'numeric',
		skill: 'fact',
		difficulty: 3,
		prompt:
			'According to NBC News, for how many attacks on coalition bases over the past two months does the U.S. blame Kataeb Hezbollah?',
		answer: 11,
		tolerance: 0,
		unit: 'attacks',
		evidence: [
			{
				articleId: nbc,
				quote:
					'The U.S. blames the militant group Kataeb Hezbollah for 11 attacks on bases used by the U.S.-led coalition'
			}
		],
		explanation:
			'NBC News says the U.S. blames the group “for 11 attacks on bases used by the U.S.-led coalition over the past two months.”'
	},
	{
		id: 'baghdad-q28',
		type: 'single',
		skill: 'fact',
		difficulty: 1,
		prompt:
			'According to NBC News, where was Matthew Tueller, the U.S. ambassador to Iraq, during the protests?',
		choices: [
			{ id: 'b', text: 'Inside the embassy' },
			{ id: 'c', text: 'At Mar-a-Lago with the president' },
			{ id: 'd', text: 'At the Iraqi prime minister’s office' },
			{ id: 'a', text: 'Out of the country' }
		],
		correct: ['a'],
		evidence: [
			{
				articleId: nbc,
				quote:
					'Matthew Tueller, the U.S. ambassador to Iraq, was out of the country during the protests'
			}
		],
		explanation:
			'Two U.S. officials told NBC News that the ambassador “was out of the country during the protests.”'
	},
	{
		id: 'baghdad-q29',
		type: 'evidence',
		skill: 'fact',
		difficulty: 2,
		prompt:
			'According to Voice of America, were any U.S. personnel hurt when the compound was stormed?',
		choices: [
			{ id: 'b', text: 'Yes, several U.S. guards were injured' },
			{ id: 'a', text: 'No, there were no reports of injuries to U.S. personnel' },
			{ id: 'c', text: 'Yes, four U.S. service members were wounded' }
		],
		correct: ['a'],
		evidencePrompt: 'Which sentence from Voice of America shows this?',
		evidenceChoices: [
			{
				id: 'e2',
				articleId: voa,
				quote:
					'Reuters reported from Baghdad that on Tuesday the defensive measures around the U.S. embassy injured 12 militiamen who were taking part in the demonstrations.'
			},
			{
				id: 'e3',
				articleId: voa,
				quote:
					'Iraqi security forces fired tear gas outside and guards inside the compound fired stun grenades in an attempt to break up violent protests.'
			},
			{
				id: 'e1',
				articleId: voa,
				quote:
					'No evacuations took place according to U.S. officials and there were no reports of any injuries to U.S. personnel.'
			}
		],
		evidenceCorrect: ['e1'],
		evidence: [
			{ articleId: voa, quote: 'there were no reports of any injuries to U.S. personnel' }
		],
		explanation:
			'Voice of America says “there were no reports of any injuries to U.S. personnel.” The four wounded service members were hurt in the earlier rocket attack, and the 12 injured were militiamen, not Americans.'
	},
	{
		id: 'baghdad-q30',
		type: 'evidence',
		skill: 'fact',
		difficulty: 2,
		prompt: 'Did the crowd get into the embassy’s main building?',
		choices: [
			{ id: 'b', text: 'Yes, it took over the main building' },
			{ id: 'c', text: 'It never got past the outer gate' },
			{ id: 'a', text: 'No, it stopped short of the main building' }
		],
		correct: ['a'],
		evidencePrompt: 'Which sentence shows this?',
		evidenceChoices: [
			{
				id: 'e2',
				articleId: cbs,
				quote:
					'They vented their anger with fires and with rocks, they pulled down signs, smashed a security booth and broke into an embassy reception area.'
			},
			{
				id: 'e1',
				articleId: cnbc,
				quote:
					'Though the mob stopped short of entering the main building of the compound, many shouted “Down, Down, USA!” and flung water and rocks over the embassy walls.'
			},
			{
				id: 'e3',
				articleId: cnbc,
				quote:
					'The Iraqi supporters, many dressed in military apparel, pushed into the compound using cars to break through its gate.'
			}
		],
		evidenceCorrect: ['e1'],
		evidence: [
			{
				articleId: cnbc,
				quote: 'the mob stopped short of entering the main building of the compound'
			}
		],
		explanation:
			'CNBC says the mob “stopped short of entering the main building.” The crowd did break through the gate and into a reception area (CBS News, CNBC), so “never got past the outer gate” is wrong too.'
	}
];
