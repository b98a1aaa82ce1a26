import { describe, expect, it } from 'vitest';
import type { Article } from '$lib/bank/schema';
import { analyzeArticle, viewStory } from './analyze';
import { choosablePeople } from './person-choices';

const article = (n: number, text: string): Article => ({
	id: `a${n}`,
	storyId: 's',
	title: 'Bridge lanes closed',
	outlet: `Daily ${'AB'[n]}`,
	date: '2024-01-10',
	text
});

const TEXTS = [
	[
		'Mark Sheldon, a lawyer for the campaign, said the firm would cooperate with the inquiry.',
		'The lanes were closed for four days, creating gridlock in Fort Lorne, the town at the foot of the bridge.',
		'Dana Whitby, the mayor, said she had refused to endorse the governor.',
		'Gregory Hale also criticised the closures at a meeting on Monday.'
	].join('\n\n'),
	[
		'Some Roman Catholic leaders have criticised the governor over the closures.',
		'Fort Lorne residents waited for hours, and Gregory Hale called the delays a disgrace.',
		'Mark Sheldon works for the firm and is counsel for the state committee.'
	].join('\n\n')
];

describe('choosablePeople', () => {
	const view = viewStory(
		's',
		TEXTS.map((t, i) => analyzeArticle(article(i, t)))
	);
	it('offers no town and no capitalised modifier among people', () => {
		const people = choosablePeople(view);
		expect(people).not.toContain('Fort Lorne');
		expect(people).not.toContain('Roman Catholic');
		expect(people).toEqual(expect.arrayContaining(['Mark Sheldon', 'Dana Whitby', 'Gregory Hale']));
	});
});
