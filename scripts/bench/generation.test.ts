import { describe, expect, it } from 'vitest';
import type { Article } from '../../src/lib/bank/schema';
import { generateQuestions } from '../../src/lib/qgen/index';
import { BENCH_MAX_QUESTIONS, measureStory } from './generation';

const article = (id: string, outlet: string, text: string): Article => ({
	id,
	storyId: 's',
	title: `${outlet} report`,
	outlet,
	date: '2023-10-09',
	text
});

describe('measureStory', () => {
	it('reports per-article and per-1,000-word figures for a story (no timing assertions)', () => {
		const articles = [
			article(
				'a',
				'Daily A',
				'The council approved the bridge on Monday, Mayor Ann Lee said.\n\nIt will cost 4 million dollars.'
			),
			article(
				'b',
				'Daily B',
				'Councillors backed the new bridge on Monday. "It is overdue," Mayor Ann Lee said.'
			)
		];
		const figures = measureStory(
			{ label: 'tiny', storyId: 's', articles },
			{ runs: 1, warmups: 1 }
		);
		expect(figures).toMatchObject({ label: 'tiny', articles: 2, words: 31 });
		expect(figures.msPerArticle).toBeGreaterThan(0);
		expect(figures.msPer1000Words).toBeCloseTo((figures.msPerArticle * 2 * 1000) / 31, 6);
		expect(figures.cpuMsPer1000Words).toBeGreaterThan(0);
		expect(figures.firstRunCpuMsPer1000Words).toBeGreaterThan(0);
		// The generator's own count for the story (uncapped, as the bench runs it), per article.
		const generated = generateQuestions(
			{ storyId: 's', articles },
			{ max: BENCH_MAX_QUESTIONS }
		).length;
		expect(figures.questionsPerArticle).toBe(generated / 2);
		expect(figures.peakRssMiB).toBeGreaterThan(figures.peakHeapMiB);
	}, 60_000);
});
