import { describe, expect, it } from 'vitest';
import type { Article } from '$lib/bank/schema';
import { looksLikeCaption } from './caption';
import { segmentArticle } from './segment';

function verdicts(text: string): [string, boolean][] {
	const a = { id: 'a', storyId: 's', title: 't', outlet: 'o', date: '2019-12-31', text } as Article;
	const sentences = segmentArticle(a);
	return sentences.map((s) => [s.text, looksLikeCaption(s, sentences)]);
}

describe('looksLikeCaption', () => {
	it('flags verbless, credited and present-tense dated one-sentence paragraphs', () => {
		const text = [
			'Members of the convoy at the city gate in Riverton on Sunday.',
			'Volunteers carry sandbags along the levee on April 29.',
			'Flood water covers the main square. (AP Photo/Jane Roe)',
			'The river rose two metres overnight and forced hundreds of families from their homes.',
			'Officials opened three shelters. They expect more rain on Friday.'
		].join('\n\n');
		expect(verdicts(text).map(([, v]) => v)).toEqual([true, true, true, true, false, false, false]);
	});
});
