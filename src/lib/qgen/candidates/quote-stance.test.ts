import { describe, expect, it } from 'vitest';
import { storyOf } from '../article.test-helpers';
import { FAMILIES } from '../pipeline';
import { quoteStanceCandidates } from './quote-stance';

const draftsOf = (...texts: string[]) =>
	quoteStanceCandidates(storyOf(...texts)).map((c) => c.draft);

/** An invented interview: the mayor's position is in her own words only. */
const QUOTE =
	'The council members have criticized the bridge plan for months, but I believe it will save the river district';
const INTERVIEW = [
	'Mayor Jane Roe of Riverton spoke to reporters on Monday about the flood.',
	`“${QUOTE},” Roe said.`,
	'The city council met on Tuesday.',
	'Councilman Tom Poe said the budget would need changes.'
].join(' ');

describe('quoteStanceCandidates', () => {
	it('asks a stance word inside a quotation, credited to its speaker, with contrasting choices', () => {
		const [q, ...rest] = draftsOf(INTERVIEW);
		expect(rest).toEqual([]);
		expect(q?.prompt).toBe(
			'Jane Roe said: “The council members have ____ the bridge plan for months, but I believe it will save the river district.” Choose what belongs in the gap, as Jane Roe put it.'
		);
		if (q?.type !== 'single') throw new Error('single choice expected');
		const key = q.choices.find((c) => q.correct.includes(c.id))?.text;
		expect(key).toBe('criticized');
		expect(q.choices.map((c) => c.text).sort()).toEqual(['criticized', 'defended', 'praised']);
	});

	it('leaves out a word a neighbouring sentence repeats, a plural noun in -s, a sentence’s first word', () => {
		expect(
			draftsOf(
				INTERVIEW.replace(
					'The city council met',
					'Others criticized the plan when the city council met'
				)
			)
		).toEqual([]);
		expect(
			draftsOf(
				INTERVIEW.replace(
					QUOTE,
					'The last two terrorist attacks on our soil came from people who grew up in the river district'
				)
			)
		).toEqual([]);
		// “A victory for …”: a key opening the quoted sentence shows by its capital among lower-case choices.
		expect(
			draftsOf(
				INTERVIEW.replace(
					QUOTE,
					'A victory for the bridge plan in the council would save the river district from floods'
				)
			)
		).toEqual([]);
	});

	it('is a family the pipeline asks', () => {
		expect(FAMILIES).toContain(quoteStanceCandidates);
	});

	it('asks nothing in a story of several outlets', () => {
		expect(draftsOf(INTERVIEW, INTERVIEW.replace('Monday', 'Sunday'))).toEqual([]);
	});
});
