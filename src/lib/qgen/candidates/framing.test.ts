import { describe, expect, it } from 'vitest';
import type { Article } from '$lib/bank/schema';
import { analyzeArticle, viewStory } from '../analyze';
import { article } from '../article.test-helpers';
import { differingStretch, framingCandidates } from './framing';

describe('differingStretch', () => {
	it('shows where two transcriptions of a quote differ, with context', () => {
		expect(
			differingStretch(
				'We will rebuild the bridge and we will do it this year',
				'We will repair the bridge and we will do it this year'
			)
		).toBe('We will rebuild the bridge');
	});
	it('ignores a quote that is only cut shorter', () => {
		expect(
			differingStretch('We will rebuild the bridge this year', 'We will rebuild the bridge')
		).toBeUndefined();
	});
});

describe('framingCandidates', () => {
	const titled = (n: number, title: string, text: string): Article => ({
		...article(n, text),
		title
	});
	it('headlines that differ only in their words get only the last-resort look-up, scored low', () => {
		// Same subject, same verb, no future and no question mark: only the extra words differ.
		const view = viewStory('s', [
			analyzeArticle(
				titled(1, 'Mayor Ruiz Resigns After Budget Scandal', 'Mayor Ana Ruiz resigned on Monday.')
			),
			analyzeArticle(titled(2, 'Mayor Ana Ruiz resigns', 'Ana Ruiz resigned as mayor on Monday.')),
			analyzeArticle(titled(3, 'Ruiz resigns as mayor', 'Mayor Ana Ruiz quit on Monday.'))
		]);
		const headline = framingCandidates(view).filter((c) => c.answerKey === 'headline');
		expect(headline.map((c) => c.draft.prompt)).toEqual([
			"Compare the headlines. Which outlet's headline says “Budget Scandal”?"
		]);
		expect(headline[0]!.quality).toBeLessThan(0.4);
	});
	it('asks how the headlines differ in grammar when they do, above any look-up', () => {
		const view = viewStory('s', [
			analyzeArticle(
				titled(1, 'Council Set To Vote On Budget', 'The city council will vote on the budget.')
			),
			analyzeArticle(
				titled(2, 'Council Votes Down Budget', 'The city council voted down the budget on Monday.')
			),
			analyzeArticle(
				titled(3, 'Council Rejects Budget Plan', 'The city council rejected the budget on Monday.')
			)
		]);
		const prompts = framingCandidates(view)
			.filter((c) => c.answerKey === 'headline')
			.sort((x, y) => y.quality - x.quality)
			.map((c) => c.draft.prompt);
		expect(prompts[0]).toContain('still to come');
		expect(prompts.slice(1)).toEqual(
			prompts
				.slice(1)
				.map(() => expect.stringMatching(/^Compare the headlines\. Which outlet's headline says/))
		);
	});
});
