/**
 * Curated seed-story questions. Who said what: quotes matched to speakers and completed.
 * Each quote was checked by hand against the cleaned article; resolveCurated fails the build
 * if one is missing or ambiguous.
 */
import { SEED } from './baghdad-shared';
import type { CuratedQuestion } from './resolve';

const hill = SEED.hill;
const cnbc = SEED.cnbc;
const voa = SEED.voa;
const nbc = SEED.nbc;

export const baghdadQuoteQuestions: CuratedQuestion[] = [
	{
		id: 'baghdad-q14',
		type: 'single',
		skill: 'quote',
		difficulty: 1,
		prompt: 'Who wrote “This is not a Warning, it is a Threat”?',
		choices: [
			{ id: 'b', text: 'Iranian spokesman Abbas Mousavi' },
			{ id: 'c', text: 'Defense Secretary Mark Esper' },
			{ id: 'a', text: 'President Trump, on Twitter' },
			{ id: 'd', text: 'Militia leader Qais Al-Khazali' }
		],
		correct: ['a'],
		evidence: [
			{ articleId: cnbc, quote: 'This is not a Warning, it is a Threat,” the president tweeted' }
		],
		explanation:
			'CNBC reports that “later Tuesday” the president tweeted “This is not a Warning, it is a Threat,” followed by “Happy New Year!” Voice of America describes the same tweet without quoting it: he is “not just warning,” he is “issuing a clear threat.”'
	},
	{
		id: 'baghdad-q15',
		type: 'matching',
		skill: 'quote',
		difficulty: 2,
		prompt: 'Match each quote with the person who said or wrote it.',
		pairs: [
			{ id: 'pelosi', left: '“Escalation and violence must end.”', right: 'Nancy Pelosi' },
			{
				id: 'grisham',
				left: '“It will be the President’s choice how and when we respond to their escalation.”',
				right: 'Stephanie Grisham'
			},
			{
				id: 'esper',
				left: '“We are sending additional forces to support our personnel at the Embassy.”',
				right: 'Mark Esper'
			},
			{
				id: 'rhodes',
				left: '“It’s hard to overstate what a total failure Trump’s Iran policy has been.”',
				right: 'Ben Rhodes'
			}
		],
		extraRights: ['Mike Pompeo', 'Abbas Mousavi'],
		evidence: [
			{ articleId: hill, quote: 'Escalation and violence must end.' },
			{
				articleId: cnbc,
				quote: 'It will be the President’s choice how and when we respond to their escalation.'
			},
			{
				articleId: cnbc,
				quote: 'We are sending additional forces to support our personnel at the Embassy.'
			},
			{
				articleId: nbc,
				quote: 'It’s hard to overstate what a total failure Trump’s Iran policy has been'
			}
		],
		explanation:
			'House Speaker Nancy Pelosi tweeted the call to end escalation (The Hill). Press Secretary Stephanie Grisham spoke for the White House (CNBC). Defense Secretary Mark Esper announced the extra forces in a statement (CNBC). Ben Rhodes, an Obama-era aide, criticised Trump’s Iran policy on Twitter (NBC News).'
	},
	{
		id: 'baghdad-q16',
		type: 'matching',
		skill: 'quote',
		difficulty: 3,
		prompt: 'Match each quote with the person who said or wrote it.',
		pairs: [
			{
				id: 'pompeo',
				left: '“The U.S. will take decisive action to defend its citizens and interests.”',
				right: 'Mike Pompeo'
			},
			{
				id: 'hoffman',
				left: '“Iran and their proxy forces must cease their attacks on U.S. and coalition forces …”',
				right: 'Jonathan Hoffman'
			},
			{
				id: 'mousavi',
				left: '“American officials have the astounding audacity of attributing to Iran the protests of the Iraqi people …”',
				right: 'Abbas Mousavi'
			},
			{
				id: 'murphy',
				left: '“Really hard to overstate how badly Trump has bungled things in the Middle East.”',
				right: 'Chris Murphy'
			}
		],
		extraRights: ['Muqtada al-Sadr', 'Stephanie Grisham'],
		evidence: [
			{
				articleId: voa,
				quote:
					'The U.S. will take decisive action to defend its citizens and interests," Pompeo said'
			},
			{
				articleId: voa,
				quote: 'Iran and their proxy forces must cease their attacks on U.S. and coalition forces'
			},
			{
				articleId: cnbc,
				quote:
					'American officials have the astounding audacity of attributing to Iran the protests of the Iraqi people'
			},
			{
				articleId: nbc,
				quote: 'Really hard to overstate how badly Trump has bungled things in the Middle East'
			}
		],
		explanation:
			'Secretary of State Mike Pompeo tweeted the promise of decisive action (Voice of America). Pentagon spokesman Jonathan Hoffman made the demand to Iran in a statement (Voice of America). Iran’s Foreign Ministry spokesman Abbas Mousavi rejected the blame (CNBC). Democratic Senator Chris Murphy criticised Trump on Twitter (NBC News).'
	},
	{
		id: 'baghdad-q17',
		type: 'truefalse',
		skill: 'quote',
		difficulty: 1,
		prompt:
			'According to The Hill, Speaker Nancy Pelosi tweeted that embassy staff deserve protection from the Iraqi host government.',
		choices: [
			{ id: 'true', text: 'True' },
			{ id: 'false', text: 'False' }
		],
		correct: ['true'],
		evidence: [
			{
				articleId: hill,
				quote:
					'Speaker Nancy Pelosi (D-Calif.) tweeted that embassy personnel “deserve protection from the Iraqi host government'
			}
		],
		explanation:
			'The Hill quotes Pelosi’s tweet: embassy personnel “deserve protection from the Iraqi host government and smart, strong national security strategy from U.S. leaders.”'
	},
	{
		id: 'baghdad-q18',
		type: 'cloze',
		skill: 'quote',
		difficulty: 1,
		prompt:
			'Complete Trump’s tweet, as CNBC and Voice of America quote it: “Now Iran is ____ an attack on the U.S. Embassy in Iraq.”',
		accepted: ['orchestrating'],
		evidence: [
			{
				articleId: cnbc,
				quote: 'Now Iran is orchestrating an attack on the U.S. Embassy in Iraq.'
			},
			{ articleId: voa, quote: 'Now Iran is orchestrating an attack on the U.S. Embassy in Iraq.' }
		],
		explanation:
			'Both outlets quote the same tweet word for word: “Now Iran is orchestrating an attack on the U.S. Embassy in Iraq.” To orchestrate is to organise something from behind the scenes.'
	},
	{
		id: 'baghdad-q19',
		type: 'cloze',
		skill: 'quote',
		difficulty: 2,
		prompt:
			'CNBC reports that the Iraqi government called the U.S. strikes a “flagrant ____” of its sovereignty.',
		accepted: ['violation'],
		evidence: [
			{
				articleId: cnbc,
				quote: 'the Iraqi government deemed the attack a “flagrant violation” of its sovereignty'
			}
		],
		explanation:
			'CNBC quotes the Iraqi government calling the strikes a “flagrant violation” of its sovereignty. NBC News reports the same reaction more briefly: Iraq called them a “violation” of its sovereignty.'
	}
];
