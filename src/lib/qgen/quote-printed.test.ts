import { describe, expect, it } from 'vitest';
import { printsAskedQuote } from './quote-printed';
import { printedMotto, r } from './select.test-helpers';

describe('printsAskedQuote', () => {
	// Invented: a councillor quoting what the mayor once said, and "who said" on the mayor's words.
	const outlet = r('o', 0.9, 'source', 'quote-outlet:x', printedMotto.outletPrompt);
	const who = r('w', 0.8, 'quote', 'said:y', printedMotto.whoPrompt);

	it('finds the asked words printed in another prompt’s quotation', () => {
		expect(printsAskedQuote(outlet, who)).toBe(true);
	});

	it('does not read the printing item as asking', () => {
		expect(printsAskedQuote(who, outlet)).toBe(false);
	});

	it('reads neither a run of common words nor a name as the quote', () => {
		const asked = r(
			'a',
			0.8,
			'quote',
			'said:a',
			'Who said “we hope to discuss the future of the United States fleet”?'
		);
		const printer = r(
			'p',
			0.9,
			'fact',
			'f',
			'Daily A writes: “Crews will discuss the plan for the United States navy.” Who?'
		);
		expect(printsAskedQuote(printer, asked)).toBe(false);
	});

	it('reads five words in a row as the quote', () => {
		const asked = r(
			'a',
			0.8,
			'quote',
			'said:a',
			'Who said “you have my leave to end the war at sea”?'
		);
		const printer = r(
			'p',
			0.9,
			'fact',
			'f',
			'Daily A writes: “Lee said the two could “end the war at sea” by May.” When?'
		);
		expect(printsAskedQuote(printer, asked)).toBe(true);
	});

	it('reads three short words as no quote', () => {
		const short = r('s', 0.8, 'quote', 'said:z', 'Who said “it is what it is”?');
		const other = r(
			't',
			0.9,
			'fact',
			'f',
			'Daily A writes: “Bo Chen said it is what we need.” Who?'
		);
		expect(printsAskedQuote(other, short)).toBe(false);
	});
});
