import { describe, expect, it } from 'vitest';
import { evidenceQuotes, expandToSentence } from './evidence';
import { makeArticle, makeQuestion, span } from '$test-data';

const text =
	'Sen. Chris Murphy spoke first. The U.S. Embassy in Baghdad was stormed on Tuesday! Guards fired tear gas.\n\nA second paragraph.';
const article = makeArticle({ id: 'a', outlet: 'Outlet A', text });

function widenedText(fragment: string): string {
	const { start, end } = span(article, fragment);
	const wide = expandToSentence(text, start, end);
	return text.slice(wide.start, wide.end);
}

describe('expandToSentence', () => {
	it('widens a fragment to its sentence without stopping at "U.S."', () => {
		expect(widenedText('Embassy in Baghdad')).toBe(
			'The U.S. Embassy in Baghdad was stormed on Tuesday!'
		);
	});
	it('does not treat a title like "Sen." as a sentence end', () => {
		expect(widenedText('Chris Murphy')).toBe('Sen. Chris Murphy spoke first.');
	});
	it('leaves a whole sentence as it is and never crosses a paragraph break', () => {
		const { start, end } = span(article, 'Guards fired tear gas.');
		expect(expandToSentence(text, start, end)).toEqual({ start, end });
		expect(widenedText('second')).toBe('A second paragraph.');
	});
});

describe('evidenceQuotes', () => {
	it('returns each cited sentence with outlet and offsets, skipping broken spans', () => {
		const question = makeQuestion('single', {
			id: 'q',
			evidence: [
				span(article, 'fired tear'),
				{ articleId: 'missing', start: 0, end: 4 },
				{ articleId: 'a', start: 0, end: text.length + 5 }
			]
		});
		const quotes = evidenceQuotes(question, [article]);
		expect(quotes).toHaveLength(1);
		expect(quotes[0]).toEqual({
			articleId: 'a',
			outlet: 'Outlet A',
			text: 'Guards fired tear gas.',
			start: text.indexOf('Guards'),
			end: text.indexOf('\n\n')
		});
	});
});
