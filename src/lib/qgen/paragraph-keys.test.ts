import { describe, expect, it } from 'vitest';
import { paragraphKeys } from './paragraph-keys';

describe('paragraphKeys', () => {
	// Invented text: two paragraphs, the second of two sentences.
	const text = 'The ferry stopped on Monday.\n\nCrews brought pumps. The river fell by noon.';
	const keys = paragraphKeys(new Map([['a', text]]));
	const at = (s: string) => text.indexOf(s);

	it('gives each span its article and paragraph', () => {
		expect(keys([{ articleId: 'a', start: at('The ferry') }])).toEqual(['a:0']);
		expect(
			keys([
				{ articleId: 'a', start: at('Crews') },
				{ articleId: 'a', start: at('The river') }
			])
		).toEqual(['a:1', 'a:1']);
	});

	it('gives no key for an article it was not given', () => {
		expect(keys([{ articleId: 'b', start: 0 }])).toEqual([]);
	});
});
