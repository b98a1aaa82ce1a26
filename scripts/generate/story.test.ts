import { describe, expect, it } from 'vitest';
import type { Question } from '$lib/bank/schema';
import { assembleBank, buildStory, deriveStoryTitle, type ArticleDraft } from './story';

const draft = (title: string, text: string, outlet = 'Daily Planet'): ArticleDraft => ({
	title,
	outlet,
	date: '2020-02-03',
	text
});

const a = draft(
	'Flood closes river bridge',
	'The river flooded the town bridge on Monday.\n\nCrews worked all night.'
);
const b = draft(
	'Town bridge shut as river floods',
	'Officials shut the bridge after the river rose.',
	'Evening Star'
);

describe('deriveStoryTitle', () => {
	it('picks the headline whose words the other articles share most', () => {
		const c = draft('Weather', 'Rain again.');
		expect(deriveStoryTitle([c, a, b])).toBe('Town bridge shut as river floods');
	});
	it('falls back to the first title', () => {
		expect(deriveStoryTitle([draft('Alpha', 'x'), draft('Beta', 'y')])).toBe('Alpha');
	});
});

describe('buildStory', () => {
	it('derives ids from content, deterministically', () => {
		const first = buildStory([a, b]);
		const again = buildStory([{ ...a }, { ...b }]);
		expect(again).toEqual(first);
		expect(first.story.articleIds).toEqual(first.articles.map((x) => x.id));
		expect(first.articles[0]!.id).toMatch(/^daily-planet-[0-9a-z]+$/);
		expect(first.articles.every((x) => x.storyId === first.story.id)).toBe(true);
		const changed = buildStory([a, { ...b, text: b.text + ' More.' }]);
		expect(changed.story.id).not.toBe(first.story.id);
		expect(changed.articles[1]!.id).not.toBe(first.articles[1]!.id);
	});
	it('uses the given title', () => {
		expect(buildStory([a, b], 'Bridge flood').story.title).toBe('Bridge flood');
	});
	it('refuses the same article twice and an empty story', () => {
		expect(() => buildStory([a, { ...a }])).toThrow(/given twice/);
		expect(() => buildStory([])).toThrow(/at least one/);
	});
});

describe('assembleBank', () => {
	const bundle = buildStory([a, b]);
	const article = bundle.articles[0]!;
	const question: Question = {
		id: 'q1',
		storyId: bundle.story.id,
		type: 'truefalse',
		skill: 'fact',
		prompt: 'The bridge flooded on Monday.',
		choices: [
			{ id: 'true', text: 'True' },
			{ id: 'false', text: 'False' }
		],
		correct: ['true'],
		evidence: [{ articleId: article.id, start: 0, end: 44 }],
		explanation: 'The first sentence says so.',
		origin: 'generated',
		status: 'draft',
		difficulty: 1,
		score: 0.5
	};

	it('builds a valid bank without a timestamp unless asked', () => {
		const result = assembleBank(bundle, [question]);
		expect(result.ok).toBe(true);
		if (result.ok) {
			expect(result.bank.format).toBe('byline-bank');
			expect(result.bank.exportedAt).toBeUndefined();
		}
		const stamped = assembleBank(bundle, [question], { exportedAt: '2020-01-01T00:00:00.000Z' });
		expect(stamped.ok && stamped.bank.exportedAt).toBe('2020-01-01T00:00:00.000Z');
	});
	it('reports why a bank is invalid', () => {
		const broken = { ...question, evidence: [{ articleId: article.id, start: 0, end: 1_000_000 }] };
		const result = assembleBank(bundle, [broken]);
		expect(result.ok).toBe(false);
		if (!result.ok) expect(result.issues.join('\n')).toMatch(/outside article/);
	});
});
