import { describe, expect, it } from 'vitest';
import { printsAskedQuote } from './quote-printed';
import { r } from './select.test-helpers';

describe('printsAskedQuote', () => {
	// Invented: a councillor quoting what the mayor once said, and "who said" on the mayor's words.
	const outlet = r(
		'o',
		0.9,
		'source',
		'quote-outlet:x',
		"Which outlet quoted Ann Lee as saying “Last spring the mayor told a crowd that our harbour motto was 'ships before shops'”?"
	);
	const who = r(
		'w',
		0.8,
		'quote',
		'said:y',
		'Who is quoted using the words “harbour motto is ships before shops, always”?'
	);

	it('finds the asked words printed in another prompt’s quotation', () => {
		expect(printsAskedQuote(outlet, who)).toBe(true);
	});

	it('does not read the printing item as asking', () => {
		expect(printsAskedQuote(who, outlet)).toBe(false);
	});

	it('needs a run with a long word, not a phrase of short ones', () => {
		const short = r('s', 0.8, 'quote', 'said:z', 'Who said “it is what it is”?');
		const other = r('t', 0.9, 'fact', 'f', 'Daily A writes: “Bo Chen said it is what it is.” Who?');
		expect(printsAskedQuote(other, short)).toBe(false);
	});
});
