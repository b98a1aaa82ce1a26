/**
 * Curated seed-story questions. The order of events, from the rocket attack to the later tweets.
 * Each quote was checked by hand against the cleaned article; resolveCurated fails the build
 * if one is missing or ambiguous.
 */
import { TRUE_FALSE, SEED } from './baghdad-shared';
import type { CuratedQuestion } from './resolve';

const hill = SEED.hill;
const cnbc = SEED.cnbc;
const voa = SEED.voa;
const nbc = SEED.nbc;

export const baghdadTimelineQuestions: CuratedQuestion[] = [
	{
		id: 'baghdad-q31',
		type: 'ordering',
		skill: 'timeline',
		difficulty: 2,
		prompt: 'Put these events in the order they happened, earliest first.',
		items: [
			{ id: 'rocket', text: 'A rocket attack on an Iraqi base kills a U.S. contractor' },
			{ id: 'strikes', text: 'U.S. airstrikes hit militia sites in Iraq and Syria' },
			{
				id: 'sadr',
				text: 'Muqtada al-Sadr calls on the militias to avoid “irresponsible actions”'
			},
			{ id: 'storming', text: 'Protesters storm the U.S. Embassy compound in Baghdad' },
			{ id: 'threat', text: 'Trump tweets “This is not a Warning, it is a Threat”' }
		],
		evidence: [
			{
				articleId: voa,
				quote: 'including one on December 27 that killed a U.S. defense contractor'
			},
			{
				articleId: voa,
				quote:
					'On December 29, the United States said three locations in Iraq and two in Syria were targeted by U.S. forces'
			},
			{
				articleId: voa,
				quote:
					"In a statement on December 30 Iraqi Shi'ite cleric Muqtada al-Sadr called on the Iran-backed militias"
			},
			{
				articleId: voa,
				quote:
					'Thousands of protesters stormed the U.S. embassy compound in the heavily fortified Green Zone on December 31'
			},
			{ articleId: cnbc, quote: 'Later Tuesday, Trump amplified his harsh words for Iran.' }
		],
		explanation:
			'Voice of America dates each step: the contractor was killed on December 27, the strikes came on December 29, al-Sadr’s statement on December 30 and the storming on December 31 (a Tuesday). CNBC says Trump’s “Threat” tweet came “later Tuesday,” after the storming.'
	},
	{
		id: 'baghdad-q32',
		type: 'ordering',
		skill: 'timeline',
		difficulty: 2,
		prompt: 'Put these events of Tuesday, December 31, in order, earliest first.',
		items: [
			{
				id: 'funerals',
				text: 'Supporters gather after funerals for fighters killed in the strikes'
			},
			{ id: 'march', text: 'The crowd marches on the embassy and breaks into the compound' },
			{
				id: 'soldiers',
				text: 'About 30 Iraqi soldiers in armored vehicles arrive near the embassy'
			}
		],
		evidence: [
			{
				articleId: nbc,
				quote:
					'a large crowd of supporters gathered after funerals for some of the dead and marched on the U.S. embassy'
			},
			{
				articleId: cnbc,
				quote:
					'About 30 Iraqi soldiers in armored vehicles arrived near the embassy hours after the violence'
			}
		],
		explanation:
			'NBC News says the crowd gathered “after funerals for some of the dead and marched on the U.S. embassy.” CNBC, citing the AP, says the Iraqi soldiers arrived “hours after the violence.”'
	},
	{
		id: 'baghdad-q33',
		type: 'single',
		skill: 'timeline',
		difficulty: 1,
		prompt:
			'On which day of the week did the U.S. airstrikes that set off the protests take place?',
		choices: [
			{ id: 'fri', text: 'Friday' },
			{ id: 'mon', text: 'Monday' },
			{ id: 'tue', text: 'Tuesday' },
			{ id: 'sun', text: 'Sunday' }
		],
		correct: ['sun'],
		evidence: [
			{ articleId: hill, quote: 'The protests were triggered by U.S. airstrikes on Sunday' }
		],
		explanation:
			'The Hill says the protests “were triggered by U.S. airstrikes on Sunday” (December 29). Friday was the rocket attack that killed the contractor, and Tuesday the storming of the embassy.'
	},
	{
		id: 'baghdad-q34',
		type: 'truefalse',
		skill: 'timeline',
		difficulty: 2,
		prompt:
			'According to NBC News, the Iraqi prime minister resigned because of the storming of the embassy.',
		choices: TRUE_FALSE,
		correct: ['false'],
		evidence: [
			{
				articleId: nbc,
				quote:
					'The mass uprisings prompted the resignation last month of the prime minister, who remains in a caretaker capacity.'
			}
		],
		explanation:
			'NBC News says he resigned “last month,” before the storming, after mass anti-government protests. He stayed on in a caretaker role, which is why he could still speak for Iraq that Tuesday.'
	}
];
