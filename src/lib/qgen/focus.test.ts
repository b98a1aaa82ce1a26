import { describe, expect, it } from 'vitest';
import { analyzeArticle } from './analyze';
import { storyFocus } from './focus';
import { article } from './article.test-helpers';

describe('storyFocus', () => {
	it('scores a sentence about the headline’s event above a side detail', () => {
		const a = analyzeArticle(
			article(
				1,
				'A flood closed the river bridge in Marton on Monday. Engineers inspected the bridge. The mayor’s cat was rescued from a tree last spring.'
			)
		);
		// The lead stands in for the headline here: the helper's titles are all "Report n".
		const focus = storyFocus([a]);
		const [lead, , side] = a.sentences;
		expect(focus([lead!])).toBeGreaterThan(focus([side!]));
		expect(focus([side!])).toBe(0);
	});
});
