import { describe, expect, it } from 'vitest';
import type { Article } from '$lib/bank/schema';
import { evidenceQuotes, expandToSentence } from './evidence';
import { single } from './fixtures.test-helpers';

const text =
	'Sen. Chris Murphy spoke first. The U.S. Embassy in Baghdad was stormed on Tuesday! Guards fired tear gas.\n\nA second paragraph.';
const article: Article = {
	id: 'a',
	storyId: 's1',
	title: 'T',
	outlet: 'Outlet A',
	date: '2019-12-31',
	text
};
const span = (fragment: string) => {
	const start = text.indexOf(fragment);
	return { start, end: start + fragment.length };
};

function widenedText(fragment: string): string {
	const { start, end } = span(fragment);
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
		const whole = span('Guards fired tear gas.');
		expect(expandToSentence(text, whole.start, whole.end)).toEqual(whole);
		expect(widenedText('second')).toBe('A second paragraph.');
	});
});

describe('evidenceQuotes', () => {
	it('returns each cited sentence with outlet and offsets, skipping broken spans', () => {
		const fragment = span('fired tear');
		const question = single('q', [
			{ articleId: 'a', ...fragment },
			{ articleId: 'missing', start: 0, end: 4 },
			{ articleId: 'a', start: 0, end: text.length + 5 }
		]);
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
