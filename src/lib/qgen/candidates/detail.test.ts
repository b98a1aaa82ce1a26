import { describe, expect, it } from 'vitest';
import { analyzeArticle, viewStory } from '../analyze';
import { article } from '../article.test-helpers';
import { DATELINE, detailCandidates, nearDates } from './detail';

function details(text: string) {
	const view = viewStory('s', [analyzeArticle(article(1, text))]);
	return detailCandidates(view).map((c) => c.draft);
}

describe('detailCandidates', () => {
	it('gaps a figure and offers other figures, the key among them', () => {
		const [q] = details(
			'Workers at the Harlow plant walked out on Monday. The union said 340 workers joined the strike at the plant in the morning. Managers met the union on Wednesday.'
		).filter((d) => d.prompt.includes('How many'));
		if (!q || q.type !== 'single') throw new Error('no figure question');
		expect(q.prompt).toContain('said ____ workers joined');
		const key = q.choices.find((c) => c.id === q.correct[0])!.text;
		expect(key).toBe('340');
		expect(q.choices.length).toBeGreaterThanOrEqual(3);
	});
	it('never gaps a dateline', () => {
		const prompts = details(
			'HARLOW, March 3 (Wire) — Workers at the Harlow plant walked out on the morning shift. Managers met union leaders on Wednesday to discuss the pay offer in detail.'
		).map((d) => d.prompt);
		expect(prompts.some((p) => p.includes('HARLOW, ____'))).toBe(false);
		expect(DATELINE.test('WASHINGTON (AP) — The Senate voted.')).toBe(true);
		expect(DATELINE.test('The Senate voted on Monday — a surprise.')).toBe(false);
	});
	it('offers neighbouring days in the key’s own form', () => {
		expect(nearDates('Monday')).toEqual(['Tuesday', 'Sunday', 'Wednesday']);
		expect(nearDates('Nov. 18')).toContain('Nov. 17');
	});
});
