import { describe, expect, it } from 'vitest';
import { storyOf } from '../article.test-helpers';
import { FAMILIES } from '../pipeline';
import { quoteFigureCandidates } from './quote-figure';

const draftsOf = (...texts: string[]) =>
	quoteFigureCandidates(storyOf(...texts)).map((c) => c.draft);

/** An invented interview: the mayor's figures are in her own words only. */
const INTERVIEW = [
	'Mayor Jane Roe of Riverton spoke to reporters on Monday about the flood.',
	'“We moved 400 families out of the river district in two days,” Roe said.',
	'The city council met on Tuesday.',
	'Officials said 120 homes were damaged and 35 roads were closed.',
	'Councilman Tom Poe said the budget would need changes.'
].join(' ');

describe('quoteFigureCandidates', () => {
	it('asks a figure inside a quotation as its speaker’s claim, with other figures of its kind', () => {
		const [q, ...rest] = draftsOf(INTERVIEW);
		expect(rest).toEqual([]);
		expect(q?.prompt).toBe(
			'Jane Roe said: “We moved ____ families out of the river district in two days.” How many? Choose what belongs in the gap.'
		);
		if (q?.type !== 'single') throw new Error('single choice expected');
		const key = q.choices.find((c) => q.correct.includes(c.id))?.text;
		expect(key).toBe('400');
		expect(q.choices.length).toBeGreaterThanOrEqual(3);
	});

	it('leaves out a quoted figure that another figure beside it bounds, or a quote that points back', () => {
		expect(
			draftsOf(
				INTERVIEW.replace(
					'We moved 400 families out of the river district in two days',
					'We moved 400 families out, and 300 families stayed in the river district'
				)
			)
		).toEqual([]);
		expect(
			draftsOf(
				INTERVIEW.replace(
					'We moved 400 families out of the river district in two days',
					'That cost us 400 families in the river district over two days'
				)
			)
		).toEqual([]);
		expect(draftsOf(INTERVIEW.replace('400 families', 'two dozen families'))).toEqual([]);
	});

	it('is a family the pipeline asks', () => {
		expect(FAMILIES).toContain(quoteFigureCandidates);
	});

	it('asks nothing in a story of several outlets', () => {
		expect(draftsOf(INTERVIEW, INTERVIEW.replace('Monday', 'Sunday'))).toEqual([]);
	});
});
