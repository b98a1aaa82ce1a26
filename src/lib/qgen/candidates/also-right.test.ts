import { describe, expect, it } from 'vitest';
import { analyzeArticle, viewStory } from '../analyze';
import { article } from '../article.test-helpers';
import { alsoRight } from './also-right';

describe('alsoRight', () => {
	const view = viewStory('s', [
		analyzeArticle(
			article(
				1,
				'The charge against Nora Vance carries a maximum of three years in prison. ' +
					'The Port Authority said the new ferry fares would hurt commuters badly.'
			)
		),
		analyzeArticle(
			article(
				2,
				'The charge against Peter Vance carries a maximum of five years in prison. ' +
					'The new ferry fares will hurt commuters badly, the City Council said.'
			)
		)
	]);
	it('finds a choice another outlet credits with the same fact', () => {
		const sentence = 'The Port Authority said the new ferry fares would hurt commuters badly.';
		expect(alsoRight(view, 'Port Authority', sentence, ['City Council'])).toBe(true);
		expect(alsoRight(view, 'Port Authority', sentence, ['Harbour Board'])).toBe(false);
	});
	it('keeps a figure of the same words told of another person', () => {
		const sentence = 'The charge against Nora Vance carries a maximum of three years in prison.';
		expect(alsoRight(view, 'three', sentence, ['five'])).toBe(false);
	});
});
