import { describe, expect, it } from 'vitest';
import type { Article } from '$lib/bank/schema';
import { analyzeArticle, viewStory } from '../analyze';
import { article } from '../article.test-helpers';
import { headlineCandidates } from './headline';

describe('headlines compared when a story has two outlets', () => {
	const body =
		'On Monday, Mayor Ana Ruiz met the City Council. Later, Ruiz spoke to reporters about the budget.';
	const asked = (...titles: string[]) =>
		headlineCandidates(
			viewStory(
				's',
				titles.map((title, i) => analyzeArticle({ ...article(i + 1, body), title } as Article))
			)
		);

	it('asks which verb each headline uses for what one person did, with wordings as choices', () => {
		const [c, ...rest] = asked('Ruiz Slams Council Over Budget', 'Ana Ruiz Attacks Council');
		expect(rest).toEqual([]);
		expect(c!.draft.prompt).toBe(
			'Both headlines report what Ana Ruiz did, each in its own words. Which verb does each headline use?'
		);
		if (c!.draft.type !== 'single') throw new Error('a single choice');
		const { choices, correct } = c!.draft;
		// Not "which outlet?": with two outlets that is a coin toss once one headline is known.
		expect(choices.map((x) => x.text).sort()).toEqual([
			'Both headlines: “attacks”',
			'Both headlines: “slams”',
			'Daily 1: “attacks”; Daily 2: “slams”',
			'Daily 1: “slams”; Daily 2: “attacks”'
		]);
		expect(choices.find((x) => correct.includes(x.id))!.text).toBe(
			'Daily 1: “slams”; Daily 2: “attacks”'
		);
		// Evidence in both outlets.
		expect(new Set(c!.draft.evidence.map((e) => e.articleId))).toEqual(new Set(['a1', 'a2']));
	});

	it('asks nothing where a verb is no act of the subject’s own', () => {
		// One verb in two forms; a passive read as active; two people acting; a verb choosing nothing.
		expect(asked('Ruiz Vetoes Budget', 'Ruiz Vetoed Transit Budget')).toEqual([]);
		expect(asked('Ruiz Slams Council', 'Ruiz Challenged On Budget By Council')).toEqual([]);
		expect(asked('Ruiz, Diaz Meet On Budget', 'Ruiz Talks Budget With Diaz')).toEqual([]);
		expect(asked('Ruiz Has Dozens Of Questions', 'Ruiz Slams Council')).toEqual([]);
	});
});
