import { describe, expect, it } from 'vitest';
import type { Article } from '$lib/bank/schema';
import { analyzeArticle, viewStory } from '../analyze';
import { quoteCandidates } from './quote';

const article = (n: number, text: string): Article => ({
	id: `a${n}`,
	storyId: 's',
	title: `Report ${n}`,
	outlet: `Daily ${n}`,
	date: '2023-10-09',
	text
});

describe('quoteCandidates', () => {
	it('asks about a quoted phrase but not about one quoted word', () => {
		const view = viewStory('s', [
			analyzeArticle(
				article(
					0,
					[
						'Mayor Jane Holloway called the protest “disgraceful” on Monday.',
						'Council member Tom Reyes called the budget “a slap in the face of every family” on Monday.',
						'“We will be back every week until the cuts are gone,” union leader Sam Okafor said.',
						'“We cannot spend money we do not have,” Police Chief Maria Lopez said.'
					].join('\n\n')
				)
			)
		]);
		const prompts = quoteCandidates(view).map((c) => c.draft.prompt);
		expect(prompts.some((p) => p.includes('a slap in the face of every family'))).toBe(true);
		expect(prompts.some((p) => p.includes('“disgraceful”'))).toBe(false);
	});

	it('never offers as the speaker someone the quote calls by their title', () => {
		const view = viewStory('s', [
			analyzeArticle(
				article(
					0,
					[
						'Mayor Jane Holloway opened the session. Council member Tom Reyes objected.',
						'“The mayor said the budget was final and nobody could change it,” Police Chief Maria Lopez wrote in her notes.',
						'“We will be back every week until the cuts are gone,” union leader Sam Okafor said.',
						'“This budget punishes the poorest families in our city,” Tom Reyes told reporters.',
						'“We cannot spend money we do not have,” Jane Holloway said.'
					].join('\n\n')
				)
			)
		]);
		const about = quoteCandidates(view)
			.map((c) => c.draft)
			.filter((d) => d.prompt.includes('The mayor said the budget'));
		expect(about.length).toBeGreaterThan(0);
		for (const d of about) {
			expect(d.prompt).not.toContain('Jane Holloway');
			if (d.type === 'single') expect(d.choices.map((c) => c.text)).not.toContain('Jane Holloway');
		}
	});
});
