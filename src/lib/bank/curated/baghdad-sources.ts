/**
 * Curated seed-story questions. Which outlet reported what, and whom each figure comes from.
 * Each quote was checked by hand against the cleaned article; resolveCurated fails the build
 * if one is missing or ambiguous.
 */
import { OUTLETS, SEED } from './baghdad-shared';
import type { CuratedQuestion } from './resolve';

const hill = SEED.hill;
const cnbc = SEED.cnbc;
const voa = SEED.voa;
const nbc = SEED.nbc;

export const baghdadSourceQuestions: CuratedQuestion[] = [
	{
		id: 'baghdad-q01',
		type: 'single',
		skill: 'source',
		difficulty: 1,
		prompt:
			'Which outlet reported that there were roughly 6,000 protesters at the height of the demonstrations?',
		choices: OUTLETS,
		correct: ['nbc'],
		evidence: [
			{
				articleId: nbc,
				quote: 'There were roughly 6,000 protesters at the height of the demonstrations'
			}
		],
		explanation:
			'Only NBC News gives a number: “roughly 6,000 protesters at the height of the demonstrations,” which it says is a U.S. official’s estimate. The other outlets describe the crowd with words like “thousands” or “dozens” instead.'
	},
	{
		id: 'baghdad-q08',
		type: 'multi',
		skill: 'source',
		difficulty: 2,
		prompt:
			'Which outlets reported that Defense Secretary Mark Esper said more U.S. forces would be sent to the embassy? Choose all that apply.',
		choices: OUTLETS,
		correct: ['hill', 'cnbc'],
		evidence: [
			{
				articleId: hill,
				quote:
					'Defense Secretary Mark Esper said additional U.S. forces would be deployed to the facility in Baghdad'
			},
			{
				articleId: cnbc,
				quote:
					'Secretary of Defense Mark Esper said the U.S. would be sending additional troops to the compound'
			}
		],
		explanation:
			'The Hill and CNBC both name Esper; CNBC also quotes his statement at length. CBS News reports reinforcements too, but attributes that to unnamed “U.S. officials,” and Voice of America and NBC News do not mention Esper.'
	},
	{
		id: 'baghdad-q09',
		type: 'multi',
		skill: 'source',
		difficulty: 2,
		prompt:
			'Which outlets quoted White House Press Secretary Stephanie Grisham? Choose all that apply.',
		choices: OUTLETS,
		correct: ['cnbc', 'nbc'],
		evidence: [
			{ articleId: cnbc, quote: 'said White House Press Secretary Stephanie Grisham' },
			{
				articleId: nbc,
				quote: 'His press secretary, Stephanie Grisham, said the president will choose'
			}
		],
		explanation:
			'CNBC quotes Grisham in full (“It will be the President’s choice how and when we respond to their escalation.”), and NBC News quotes part of the same words. NBC’s correction notice also fixes her name, which an earlier version had wrong. The other three outlets do not quote her.'
	},
	{
		id: 'baghdad-q10',
		type: 'multi',
		skill: 'source',
		difficulty: 3,
		prompt:
			'Which outlets name the Associated Press (AP) as the source of some of their information? Choose all that apply.',
		choices: OUTLETS,
		correct: ['cnbc', 'voa', 'nbc'],
		evidence: [
			{ articleId: cnbc, quote: 'according to an Associated Press report' },
			{ articleId: voa, quote: 'The AP news agency reported' },
			{ articleId: nbc, quote: 'according to The Associated Press' }
		],
		explanation:
			'CNBC credits “an Associated Press report” for the 30 Iraqi soldiers; Voice of America says “The AP news agency reported” the broken gate; NBC News cites “The Associated Press” for the chants and an AP reporter at the scene. The Hill and CBS News do not name the AP.'
	},
	{
		id: 'baghdad-q11',
		type: 'single',
		skill: 'source',
		difficulty: 2,
		prompt:
			'Voice of America reports that 12 militiamen were injured. Where does it say that figure came from?',
		choices: [
			{ id: 'b', text: 'The Popular Mobilization Forces' },
			{ id: 'c', text: 'The Pentagon' },
			{ id: 'd', text: 'The Associated Press' },
			{ id: 'a', text: 'Reuters' }
		],
		correct: ['a'],
		evidence: [
			{
				articleId: voa,
				quote:
					'Reuters reported from Baghdad that on Tuesday the defensive measures around the U.S. embassy injured 12 militiamen'
			}
		],
		explanation:
			'The sentence begins “Reuters reported from Baghdad,” so the figure is Reuters’, passed on by Voice of America. The Popular Mobilization Forces are NBC News’s source for a different number (at least 62).'
	},
	{
		id: 'baghdad-q12',
		type: 'single',
		skill: 'source',
		difficulty: 1,
		prompt: 'NBC News’s article ends with a correction. What did it correct?',
		choices: [
			{ id: 'b', text: 'The number of protesters, from dozens to 6,000' },
			{ id: 'a', text: 'The White House press secretary’s name: Grisham, not Graham' },
			{ id: 'c', text: 'The day of the airstrikes, from Friday to Sunday' },
			{ id: 'd', text: 'The name of the militia, from Kataib to Kataeb Hezbollah' }
		],
		correct: ['a'],
		evidence: [
			{
				articleId: nbc,
				quote:
					'An earlier version of this article misidentified the White House press secretary. She is Stephanie Grisham, not Graham.'
			}
		],
		explanation:
			'The correction says an earlier version “misidentified the White House press secretary. She is Stephanie Grisham, not Graham.” Outlets publish corrections like this so readers know what changed.'
	},
	{
		id: 'baghdad-q13',
		type: 'evidence',
		skill: 'source',
		difficulty: 2,
		prompt:
			'NBC News gives a figure of roughly 6,000 protesters. Who is the source of that figure?',
		choices: [
			{ id: 'b', text: 'The Popular Mobilization Forces' },
			{ id: 'c', text: 'An Iraqi security source' },
			{ id: 'd', text: 'An AP reporter at the scene' },
			{ id: 'a', text: 'A U.S. official’s estimate' }
		],
		correct: ['a'],
		evidencePrompt: 'Which sentence from NBC News shows this?',
		evidenceChoices: [
			{
				id: 'e2',
				articleId: nbc,
				quote:
					'At least 62 demonstrators were injured by live bullets and tear gas, according to the Popular Mobilization Forces, an umbrella group for the militias recognized by the Iraqi government.'
			},
			{
				id: 'e3',
				articleId: nbc,
				quote:
					'Guards inside the embassy used tear gas to try and prevent demonstrators from moving towards main buildings inside the compound, an Iraqi security source told NBC News on condition of anonymity.'
			},
			{
				id: 'e1',
				articleId: nbc,
				quote:
					'There were roughly 6,000 protesters at the height of the demonstrations, a U.S. official estimated, composed mostly of Kataib Hezbollah members.'
			}
		],
		evidenceCorrect: ['e1'],
		evidence: [
			{
				articleId: nbc,
				quote:
					'There were roughly 6,000 protesters at the height of the demonstrations, a U.S. official estimated'
			}
		],
		explanation:
			'The sentence with the figure ends “a U.S. official estimated.” The Popular Mobilization Forces are the source for the 62 injured, and the Iraqi security source for the tear gas: each claim has its own source.'
	}
];
