import { describe, expect, it } from 'vitest';
import { storyFiledOn } from '../article.test-helpers';
import { dateCompareCandidates, dateDisagreements, datedEvents } from './compare-dates';
import { termEnd } from './term-dates';

// Invented three-outlet stories: a state senator's retirement, her term's end told by each.
const LEAD = 'State Senator Jane Roe announced her retirement on Tuesday at the capitol.';
const story = (
	a: string,
	b: string,
	c = 'Voters in the district will pick a successor next fall.'
) =>
	storyFiledOn(
		'2019-12-04',
		['Daily Ledger', `${LEAD} ${a}`],
		['Evening Post', `${LEAD} ${b}`],
		['Morning Star', `${LEAD} ${c}`]
	);

const prompts = (v: ReturnType<typeof story>) =>
	dateCompareCandidates(v).map((c) => c.draft.prompt);

/** The terms' ends the story's dated events tell (termEnd), those that tell one. */
const termEnds = (v: ReturnType<typeof story>) =>
	v.analyses
		.flatMap(datedEvents)
		.map(termEnd)
		.filter((t) => t !== undefined);

describe('term-end years', () => {
	it('sets one outlet’s end of a term beside another’s, worded differently, and says whose term', () => {
		const v = story(
			'Roe, whose term ends in 2021, said she would not run again.',
			'Roe, whose Senate term expires in 2022, told reporters she wanted more time with family.'
		);
		expect(dateDisagreements(v)).toHaveLength(1);
		const asked = prompts(v);
		expect(asked).toHaveLength(2);
		expect(asked[0]).toContain('different years for the end of Jane Roe’s term');
		const c = dateCompareCandidates(v)[0]!;
		expect(c.draft.type === 'single' && c.draft.choices.map((x) => x.text)).toEqual(
			expect.arrayContaining(['2021', '2022'])
		);
	});

	it('reads a possessive holder ("Roe’s term is set to expire in 2022")', () => {
		const v = story(
			'Roe, whose term ends in 2021, said she would not run again.',
			'Roe’s term is set to expire in 2022, and she told reporters she wanted more time with family.'
		);
		const ends = termEnds(v);
		expect(ends.map((t) => t.holder.text)).toEqual(['Roe', 'Roe']);
		expect(dateDisagreements(v)).toHaveLength(1);
	});

	it('reads a term’s end told with "will" or "to" before "end" ("will end in", "was to end in")', () => {
		const v = story(
			'Roe, whose term will end in 2021, spoke briefly.',
			'Roe’s term was to end in 2022, and she told reporters she wanted more time with family.'
		);
		const ends = termEnds(v);
		expect(ends.map((t) => t.holder.text)).toEqual(['Roe', 'Roe']);
		expect(dateDisagreements(v)).toHaveLength(1);
		expect(prompts(v)[0]).toContain('different years for the end of Jane Roe’s term');
	});

	it('does not set a term’s start beside its end', () => {
		const v = story(
			'Roe began her term in 2017 after a close race.',
			'Roe, whose term ends in 2021, told reporters she wanted more time with family.'
		);
		expect(dateDisagreements(v)).toHaveLength(0);
	});

	it('does not set an election beside the end of a term ("will run again in 2020")', () => {
		const v = story(
			'Roe had been expected to run again in 2020, aides said.',
			'Roe, whose term ends in 2021, told reporters she wanted more time with family.'
		);
		expect(dateDisagreements(v)).toHaveLength(0);
	});

	it('keeps two terms apart: a first and a second, or a term as chair and a seat', () => {
		expect(
			dateDisagreements(
				story(
					'Roe, whose first term ends in 2021, said she would not run again.',
					'Roe, whose second term ends in 2025, told reporters she wanted more time with family.'
				)
			)
		).toHaveLength(0);
		expect(
			dateDisagreements(
				story(
					'Roe, whose term as committee chair expires in 2020, said she would not run again.',
					'Roe, whose term ends in 2021, told reporters she wanted more time with family.'
				)
			)
		).toHaveLength(0);
	});

	it('does not set two people’s terms side by side, nor read a term in a sentence naming two people', () => {
		const v = storyFiledOn(
			'2019-12-04',
			['Daily Ledger', `${LEAD} Roe, whose term ends in 2021, said she would not run again.`],
			[
				'Evening Post',
				`${LEAD} State Senator John Poe, whose term ends in 2022, praised her work on schools.`
			]
		);
		expect(dateDisagreements(v)).toHaveLength(0);
		// Word for word alike but for the name: still two people's terms.
		const alike = storyFiledOn(
			'2019-12-04',
			[
				'Daily Ledger',
				'State Senator Jane Roe, whose term ends in 2021, said on Tuesday she would retire.'
			],
			[
				'Evening Post',
				'State Senator John Poe, whose term ends in 2022, said on Tuesday he would retire.'
			]
		);
		expect(dateDisagreements(alike)).toHaveLength(0);
		const two = storyFiledOn('2019-12-04', [
			'Daily Ledger',
			`${LEAD} State Senator John Poe said Roe, whose term ends in 2021, would be missed.`
		]);
		const years = two.analyses.flatMap(datedEvents).filter((e) => e.mention.iso === '2021');
		expect(years.map(termEnd)).toEqual(years.map(() => undefined));
	});
});
