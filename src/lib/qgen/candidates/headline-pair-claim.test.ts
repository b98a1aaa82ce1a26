import { describe, expect, it } from 'vitest';
import type { Article } from '$lib/bank/schema';
import { analyzeArticle, viewStory } from '../analyze';
import { article } from '../article.test-helpers';
import { framingCandidates } from './framing';
import { pairClaimCandidates } from './headline-pair-claim';

describe('a headline’s own claim in a story of two outlets', () => {
	const titled = (n: number, title: string, text: string): Article => ({
		...article(n, text),
		title
	});
	const story = (first: string, second: string) =>
		viewStory('s', [
			analyzeArticle(
				titled(
					1,
					first,
					'Ana Ruiz will visit Riverton in May. Organisers said mass protests are planned for her visit.'
				)
			),
			analyzeArticle(titled(2, second, 'Ana Ruiz will visit Riverton in May, her office said.'))
		]);

	it('asks which of the two headlines makes the claim, with both as a third choice', () => {
		const view = story(
			'Ruiz Visit Confirmed as Mass Protests Planned.',
			'Ana Ruiz to Visit Riverton'
		);
		const [q, ...rest] = pairClaimCandidates(view);
		expect(rest).toEqual([]);
		expect(q!.draft.prompt).toBe('Which of the two headlines says that mass protests are planned?');
		expect(q!.answerKey).toBe('headline');
		expect(q!.lookup).toBe(true);
		if (q!.draft.type !== 'single') throw new Error('single choice expected');
		const single = q!.draft;
		// Not "which outlet?" (a coin toss of two): finding the claim in one headline leaves
		// "only this one" and "both" to tell apart by reading the other.
		expect(single.choices.map((c) => c.text).sort()).toEqual([
			'Both headlines',
			"Only Daily 1's headline",
			"Only Daily 2's headline"
		]);
		expect(single.choices.find((c) => single.correct.includes(c.id))?.text).toBe(
			"Only Daily 1's headline"
		);
		expect(single.explanation).toContain(
			"Daily 2's headline says instead: “Ana Ruiz to Visit Riverton”"
		);
		// Evidence in both outlets: the key's sentence that says so and the other's lead.
		expect(new Set(single.evidence.map((e) => e.articleId))).toEqual(new Set(['a1', 'a2']));
		// framing.ts offers it where the pair gives no other headline item.
		expect(
			framingCandidates(view).filter((c) => c.draft.prompt.startsWith('Which of the two headlines'))
		).toHaveLength(1);
	});

	it('asks nothing when the other headline says it too, or for three outlets', () => {
		expect(
			pairClaimCandidates(
				story('Ruiz Visit Confirmed as Mass Protests Planned.', 'Protests Planned for Ruiz Visit')
			)
		).toEqual([]);
		const three = viewStory('s', [
			analyzeArticle(
				titled(1, 'Ruiz Visit Confirmed as Mass Protests Planned.', 'Ana Ruiz will visit.')
			),
			analyzeArticle(titled(2, 'Ana Ruiz to Visit Riverton', 'Ana Ruiz will visit.')),
			analyzeArticle(titled(3, 'Ruiz Will Visit Riverton Next Month', 'Ruiz visits.'))
		]);
		expect(pairClaimCandidates(three)).toEqual([]);
	});
});
