import { describe, expect, it } from 'vitest';
import type { Article } from '$lib/bank/schema';
import { analyzeArticle, viewStory, type StoryView } from '../analyze';
import { article } from '../article.test-helpers';
import { framingCandidates } from './framing';

describe('one remark two outlets print in different words', () => {
	const quoteIn = (n: number, words: string, extra = '') =>
		analyzeArticle({
			...article(n, `Mayor Ana Ruiz spoke on Monday. “${words},” Ruiz said.${extra}`),
			title: `Mayor speaks ${n}`
		} as Article);
	const quoteVersions = (view: StoryView) =>
		framingCandidates(view).filter((c) => c.answerKey.startsWith('quote-version:'));

	it('asks which words each prints, the two wordings swapped and one for both as choices', () => {
		const view = viewStory('s', [
			quoteIn(1, 'We will rebuild the old bridge before the winter comes to the valley'),
			quoteIn(2, 'We will repair the old bridge before the winter comes to the valley')
		]);
		const [c, ...rest] = quoteVersions(view);
		expect(rest).toEqual([]);
		expect(c!.draft.prompt).toBe(
			'Both outlets quote the same remark by Ana Ruiz. Which words does each print?'
		);
		if (c!.draft.type !== 'single') throw new Error('a single choice');
		const { choices, correct } = c!.draft;
		// Not "which outlet's version has …?": with two outlets a coin toss once one is read.
		expect(choices.map((x) => x.text).sort()).toEqual([
			'Both: “We will rebuild the old”',
			'Both: “We will repair the old”',
			'Daily 1: “We will rebuild the old”; Daily 2: “We will repair the old”',
			'Daily 1: “We will repair the old”; Daily 2: “We will rebuild the old”'
		]);
		expect(choices.find((x) => correct.includes(x.id))!.text).toBe(
			'Daily 1: “We will rebuild the old”; Daily 2: “We will repair the old”'
		);
		expect(new Set(c!.draft.evidence.map((e) => e.articleId))).toEqual(new Set(['a1', 'a2']));
	});

	it('asks nothing when the other outlet prints one wording elsewhere: "Both" would be arguable', () => {
		const view = viewStory('s', [
			quoteIn(1, 'We will rebuild the old bridge before the winter comes to the valley'),
			quoteIn(
				2,
				'We will repair the old bridge before the winter comes to the valley',
				' Her aide added: we will rebuild the old one too.'
			)
		]);
		expect(quoteVersions(view)).toEqual([]);
	});
});
