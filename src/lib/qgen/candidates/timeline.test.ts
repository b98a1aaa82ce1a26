import { describe, expect, it } from 'vitest';
import type { Article } from '$lib/bank/schema';
import { analyzeArticle, viewStory } from '../analyze';
import { timelineCandidates } from './timeline';

// 2018-04-28 was a Saturday.
const article = (text: string): Article => ({
	id: 'a0',
	storyId: 's',
	title: 'Caravan reaches the border',
	outlet: 'Daily A',
	date: '2018-04-28',
	text
});

function items(text: string): string[] {
	const [c] = timelineCandidates(viewStory('s', [analyzeArticle(article(text))]));
	return c && c.draft.type === 'ordering' ? c.draft.items.map((i) => i.text) : [];
}

describe('timelineCandidates', () => {
	it('orders reported events and leaves out what lies ahead or only began on a date', () => {
		const got = items(
			[
				'The caravan left the southern border on April 2 with about 1,200 people.',
				'Officials have been tracking the group since March 25 in the south.',
				'Border agents arrested eight people near the fence on Wednesday.',
				'Lawyers held workshops for the migrants in Tijuana on Friday.',
				'Asylum-seekers are poised on Sunday to test the rules at the port.'
			].join('\n\n')
		);
		expect(got).toEqual([
			'The caravan left the southern border on April 2 with about 1,200 people',
			'Border agents arrested eight people near the fence on Wednesday',
			'Lawyers held workshops for the migrants in Tijuana on Friday'
		]);
	});
});
