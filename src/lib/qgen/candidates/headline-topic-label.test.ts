import { describe, expect, it } from 'vitest';
import type { Article } from '$lib/bank/schema';
import { analyzeArticle, viewStory } from '../analyze';
import { article } from '../article.test-helpers';
import { headlineStressCandidates } from './headline-stress';
import { topicLabel } from './headline-topic-label';

const titled = (n: number, title: string, text: string): Article => ({
	...article(n, text),
	title
});
const noName = () => false;

describe('topicLabel', () => {
	it('reads names, peoples, titles, roles and years as a label of who, where or when', () => {
		expect(topicLabel('Valdorian Ambassador', noName)).toBe(true);
		expect(topicLabel('President In 2016', noName)).toBe(true);
		expect(topicLabel('GOP Senator', noName)).toBe(true);
		expect(topicLabel('Ostland Envoy', (w) => w === 'Ostland')).toBe(true);
	});
	it('reads common words and quoted words as something said', () => {
		expect(topicLabel('Rising Crash Toll', noName)).toBe(false);
		expect(topicLabel('Angering Shop Owners', noName)).toBe(false);
		expect(topicLabel("'based on lies and deception'", noName)).toBe(false);
		expect(topicLabel("Ostland's Claims", (w) => w === 'Ostland')).toBe(false);
	});
});

describe('what one headline mentions, never a label', () => {
	it("offers no choice that only labels who says it ('Valdorian Senator')", () => {
		const view = viewStory(
			's',
			[
				'Ruiz Bans Night Parking After Rising Crash Toll',
				'Ruiz Bans Night Parking, Angering Shop Owners',
				'Ruiz Bans Night Parking, Valdorian Senator Says'
			].map((t, i) =>
				analyzeArticle(
					titled(i + 1, t, 'Ruiz banned night parking on Monday. The crash toll rose this year.')
				)
			)
		);
		const choices = headlineStressCandidates(view).flatMap((c) =>
			c.draft.type === 'single' ? c.draft.choices.map((x) => x.text) : []
		);
		expect(choices.some((x) => /senator/i.test(x))).toBe(false);
	});
});
