import { describe, expect, it } from 'vitest';
import { analyzeArticle, viewStory } from '../analyze';
import { article } from '../article.test-helpers';
import { figurePhrase, figureText, versions } from './figure-text';

describe('figure text', () => {
	it('writes a figure as its outlet does: hedge, "of the" and counted noun kept', () => {
		const view = viewStory('s', [
			analyzeArticle(article(0, 'More than 150 of the participants marched to the gate.')),
			analyzeArticle(article(1, 'At least 25 militia fighters were killed.'))
		]);
		const [a, b] = view.figures;
		expect(figureText(a!)).toBe('more than 150');
		expect(figurePhrase(a!)).toBe('more than 150 of the participants');
		expect(versions(view, [a!, b!])).toBe(
			'Daily 0: “more than 150 of the participants”; Daily 1: “at least 25 militia fighters”'
		);
	});

	it('names an outlet that gives two figures once, with both', () => {
		const view = viewStory('s', [
			analyzeArticle(
				article(0, 'Tens of thousands of files were taken. Later, hundreds of thousands of files.')
			),
			analyzeArticle(article(1, 'Some 55,000 files were taken.'))
		]);
		expect(versions(view, view.figures)).toBe(
			'Daily 0: “tens of thousands of files” and “hundreds of thousands of files”; Daily 1: “some 55,000 files”'
		);
	});
});
