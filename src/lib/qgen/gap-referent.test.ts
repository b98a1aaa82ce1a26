import { describe, expect, it } from 'vitest';
import { gapWithoutReferent, leadIn } from './gap-referent';
import type { Sentence } from './types';

const writes = (s: string) => `Daily A writes: “${s}” How many? Choose what belongs in the gap.`;
const fill = (s: string) => `Fill the gap (Daily A): ${s}`;

describe('gapWithoutReferent', () => {
	it('finds a gap sentence whose subject points back to the sentence before', () => {
		expect(gapWithoutReferent(writes('That will mostly benefit ____, the mayor’s rival.'))).toBe(
			true
		);
		expect(gapWithoutReferent(fill('Those remarks cost the council ____ votes.'))).toBe(true);
		expect(gapWithoutReferent(fill('Such anger has cost the mayor ____ votes.'))).toBe(true);
		expect(gapWithoutReferent(writes('In all, it has pulled in $____ million.'))).toBe(true);
		expect(gapWithoutReferent(writes('The rest went to ____ families in Marlow.'))).toBe(true);
		expect(gapWithoutReferent(writes('The share rose to ____ percent.'))).toBe(true);
		expect(gapWithoutReferent(fill('A quarter of that goes to ____.'))).toBe(true);
		expect(gapWithoutReferent(fill('The board deemed about ____ of those pages private.'))).toBe(
			true
		);
		expect(gapWithoutReferent(fill('Currently, there are two: ____ and Marlow.'))).toBe(true);
	});
	it('keeps a sentence that names its own subject, a time or the article itself', () => {
		expect(gapWithoutReferent(writes('The Marlow council has ____ members.'))).toBe(false);
		expect(gapWithoutReferent(writes('This year the dam opened after ____ delays.'))).toBe(false);
		expect(gapWithoutReferent(writes('This column has praised ____ before.'))).toBe(false);
		expect(gapWithoutReferent(writes('It is likely that ____ voters will stay home.'))).toBe(false);
		expect(gapWithoutReferent(fill('Meanwhile, ____ percent of voters backed the dam.'))).toBe(
			false
		);
		expect(gapWithoutReferent(fill('Voters picked two mayors, and most of them won ____.'))).toBe(
			false
		);
		// A speaker's own "that" is the speaker's: the quote is read as said.
		expect(gapWithoutReferent(fill('“That was wrong,” said ____, the mayor.'))).toBe(false);
		// Not a gap prompt.
		expect(gapWithoutReferent('Who said that the dam would open?')).toBe(false);
	});
});

describe('leadIn', () => {
	const sentences = (...texts: string[]): Sentence[] =>
		texts.map((text, index) => ({
			articleId: 'a',
			text,
			index,
			paragraph: index,
			start: 0,
			end: text.length
		}));
	it('gives the sentence before when it names what the gap sentence points to', () => {
		const ss = sentences('The port board printed 900 pages.', 'It kept 40 of them private.');
		expect(leadIn(ss, ss[1]!, '40')).toBe(ss[0]);
	});
	it('gives none when the gap sentence stands alone or the one before will not do', () => {
		const alone = sentences('The port board met.', 'The board kept 40 pages private.');
		expect(leadIn(alone, alone[1]!, '40')).toBeUndefined();
		// The key printed in the sentence before.
		const printed = sentences('The board kept 40 pages.', 'It sealed 40 of them.');
		expect(leadIn(printed, printed[1]!, '40')).toBeUndefined();
		// The sentence before leans back as well.
		const chain = sentences('The board met.', 'That was a surprise.', 'It kept 40 pages.');
		expect(leadIn(chain, chain[2]!, '40')).toBeUndefined();
		// The count is had by counting the names shown.
		const counted = sentences('Roe, Poe and Moe spoke well.', 'Those three won the vote.');
		expect(leadIn(counted, counted[1]!, 'three')).toBeUndefined();
	});
});
