import { describe, expect, it } from 'vitest';
import type { Article } from '$lib/bank/schema';
import { analyzeArticle, viewStory } from '../analyze';
import { article } from '../article.test-helpers';
import { actVerbCandidates, actVerbs } from './headline-acts';

/** Names as the articles would show them. */
const NAMES = new Set(['ruiz', 'ana', 'diaz', 'tom', 'riverton', 'springfield']);
const isName = (w: string) => NAMES.has(w.replace(/[^\w]/g, '').toLowerCase());

describe('actVerbs', () => {
	it('reads the verbs two headlines use for one act, with a name between', () => {
		expect(
			actVerbs(
				[
					'Council Disputes Report That Ruiz Told Tom Diaz To Resign',
					'Report Says Ruiz Pressured Diaz to Resign',
					'Budget Vote Delayed Again'
				],
				isName
			)
		).toEqual([
			{
				phrases: ['Ruiz Told Tom Diaz To Resign', 'Ruiz Pressured Diaz to Resign', undefined],
				verbs: ['Told', 'Pressured', undefined]
			}
		]);
	});

	it('asks nothing when what follows differs: two acts, not one', () => {
		expect(
			actVerbs(
				['Ruiz Sues Diaz, Council', 'Ruiz Accuses Diaz Of Fraud', 'Budget Vote Delayed Again'],
				isName
			)
		).toEqual([]);
	});

	it('asks nothing of one verb in two forms, or of a name inside a compound', () => {
		expect(
			actVerbs(
				['Ruiz Urges Diaz To Resign', 'Ruiz Urged Diaz to Resign', 'Budget Vote Delayed'],
				isName
			)
		).toEqual([]);
		expect(
			actVerbs(
				['Ruiz Alleges Diaz-Springfield Deal', 'Ruiz Sues Springfield Deal Makers', 'Vote Delayed'],
				isName
			)
		).toEqual([]);
	});
});

describe('actVerbCandidates', () => {
	const titled = (n: number, title: string, text: string): Article => ({
		...article(n, text),
		title
	});
	it('keys the outlet whose verb is asked about, citing each lead', () => {
		const body = 'On Monday, Mayor Ana Ruiz met Governor Tom Diaz. Later, Diaz spoke to reporters.';
		const view = viewStory(
			's',
			[
				titled(1, 'Council Disputes Report That Ruiz Told Tom Diaz To Resign', body),
				titled(2, 'Report Says Ruiz Pressured Diaz to Resign', body),
				titled(3, 'Budget Vote Delayed Again In Riverton', body)
			].map(analyzeArticle)
		);
		const [c, ...rest] = actVerbCandidates(view);
		expect(rest).toEqual([]);
		// Only the given wording is quoted: "Pressured" is in the key's headline alone, and a
		// student who finds it has the key without reading (headline-copy.ts).
		expect(c!.draft.prompt).toBe(
			"Daily 1's headline writes “Ruiz Told Tom Diaz To Resign”. Which outlet's headline tells of the same act with another verb?"
		);
		expect(c!.draft.prompt).not.toContain('Pressured');
		if (c!.draft.type !== 'single') throw new Error('single');
		const key = c!.draft.choices.find(
			(x) => c!.draft.type === 'single' && c!.draft.correct.includes(x.id)
		);
		expect(key?.text).toBe('Daily 2');
		// The outlet the prompt quotes is no choice; "none" is, and Daily 3 is ruled out by reading.
		expect(c!.draft.choices.map((x) => x.text).sort()).toEqual([
			'Daily 2',
			'Daily 3',
			'No other outlet’s headline'
		]);
		expect(c!.draft.explanation).toContain('Daily 3 does not tell of it');
		expect(new Set(c!.draft.evidence.map((e) => e.articleId)).size).toBe(3);
	});
});
