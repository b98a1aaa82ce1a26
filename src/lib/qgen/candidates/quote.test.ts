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
});
