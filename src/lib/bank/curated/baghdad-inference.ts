/**
 * Curated seed-story questions. Inferences the text supports without saying them outright.
 * Each quote was checked by hand against the cleaned article; resolveCurated fails the build
 * if one is missing or ambiguous.
 */
import { TRUE_FALSE, SEED } from './baghdad-shared';
import type { CuratedQuestion } from './resolve';

const hill = SEED.hill;
const cbs = SEED.cbs;
const voa = SEED.voa;
const nbc = SEED.nbc;

export const baghdadInferenceQuestions: CuratedQuestion[] = [
	{
		id: 'baghdad-q40',
		type: 'single',
		skill: 'inference',
		difficulty: 3,
		prompt:
			'An Iraqi security commentator, quoted by Voice of America, wrote that “these gentlemen were allowed to stroll into the GZ.” What is he suggesting?',
		choices: [
			{ id: 'b', text: 'The Green Zone is normally open to everyone' },
			{ id: 'c', text: 'The U.S. guards invited the protesters in' },
			{ id: 'd', text: 'The protesters were lost tourists' },
			{
				id: 'a',
				text: 'Iraqi forces let the militia supporters through, unlike the anti-government protesters they had held back'
			}
		],
		correct: ['a'],
		evidence: [
			{
				articleId: voa,
				quote:
					'anti-government protestors in downtown have tried to enter Baghdad’s Green Zone for weeks but were held back with shocking levels of violence by government forces'
			},
			{
				articleId: voa,
				quote:
					'But these gentlemen were allowed to stroll into the GZ and walk right up to the American Embassy without a single obstacle in their way. Interesting,'
			}
		],
		explanation:
			'He contrasts the two crowds: anti-government protesters “were held back with shocking levels of violence,” while the militia supporters walked in “without a single obstacle.” His “Interesting” hints that the authorities chose to let them pass.'
	},
	{
		id: 'baghdad-q41',
		type: 'truefalse',
		skill: 'inference',
		difficulty: 2,
		prompt:
			'The Hill and CBS News both suggest that Iraqi security forces did little to stop the crowd at first.',
		choices: TRUE_FALSE,
		correct: ['true'],
		evidence: [
			{
				articleId: hill,
				quote:
					'Iraqi security forces reportedly did not intervene to stop the demonstrators from advancing until a commander arrived and gave them orders.'
			},
			{
				articleId: cbs,
				quote: 'Thousands of protestors were somehow able to get past Iraqi security forces'
			}
		],
		explanation:
			'The Hill says Iraqi forces “did not intervene … until a commander arrived,” and CBS News says the crowd was “somehow able to get past Iraqi security forces.” Neither says so outright, but both point to little resistance at first.'
	},
	{
		id: 'baghdad-q42',
		type: 'truefalse',
		skill: 'inference',
		difficulty: 3,
		prompt:
			'CBS News (“last week”), NBC News (“on Friday”) and Voice of America (“December 27”) could all be describing the same day for the contractor’s death, since the articles appeared on Tuesday, December 31.',
		choices: TRUE_FALSE,
		correct: ['true'],
		evidence: [
			{ articleId: cbs, quote: 'who died in a rocket attack last week' },
			{ articleId: nbc, quote: 'The latest of these came on Friday' },
			{
				articleId: voa,
				quote: 'including one on December 27 that killed a U.S. defense contractor'
			}
		],
		explanation:
			'Counting back from Tuesday, December 31, the Friday before was December 27, which fell in the previous week. So “last week,” “on Friday” and “December 27” fit together; the outlets only word it differently.'
	},
	{
		id: 'baghdad-q43',
		type: 'single',
		skill: 'inference',
		difficulty: 3,
		prompt:
			'NBC News opens by saying “dozens of people stormed the compound,” but later gives roughly 6,000 protesters. What best explains the two numbers?',
		choices: [
			{ id: 'b', text: 'The correction notice changed the count from dozens to 6,000' },
			{ id: 'c', text: 'The 6,000 figure comes from the Popular Mobilization Forces' },
			{
				id: 'a',
				text: '“Dozens” counts those who stormed the compound; 6,000 is an estimate of the whole demonstration at its height'
			},
			{ id: 'd', text: 'The two numbers describe protests on different days' }
		],
		correct: ['a'],
		evidence: [
			{
				articleId: nbc,
				quote:
					'Dozens of people stormed the compound of the United States embassy in Iraq on Tuesday'
			},
			{
				articleId: nbc,
				quote:
					'There were roughly 6,000 protesters at the height of the demonstrations, a U.S. official estimated'
			}
		],
		explanation:
			'The two figures count different things: the people who got into the compound (“dozens”) and everyone protesting “at the height of the demonstrations” (roughly 6,000, a U.S. official’s estimate). The correction notice is about Stephanie Grisham’s name.'
	},
	{
		id: 'baghdad-q44',
		type: 'single',
		skill: 'inference',
		difficulty: 2,
		prompt:
			'Senator Chris Murphy, quoted by NBC News, says anti-Iran street protests “have now morphed into anti-U.S. protests.” What is he arguing?',
		choices: [
			{
				id: 'a',
				text: 'Trump’s handling of Iran turned Iraqi anger that had been aimed at Iran toward the U.S.'
			},
			{ id: 'b', text: 'Iraqi protests had always been against the U.S.' },
			{ id: 'c', text: 'Trump’s policy had made Iraq calmer' },
			{ id: 'd', text: 'Iran had lost all its influence in Iraq' }
		],
		correct: ['a'],
		evidence: [
			{
				articleId: nbc,
				quote:
					"anti-Iran street protests in Iraq — have now morphed into anti-U.S. protests thanks to Trump's mishandling of Iran policy"
			}
		],
		explanation:
			'To morph is to change shape. Murphy says protests that were against Iran became protests against the U.S. “thanks to Trump’s mishandling of Iran policy”: he blames the president for the change.'
	}
];
