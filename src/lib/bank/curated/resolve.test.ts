import { describe, expect, it } from 'vitest';
import type { Article } from '$lib/bank/schema';
import { resolveCurated, resolveEvidence, type CuratedQuestion } from './resolve';

const text = 'The crowd stormed the gate. Guards fired tear gas.\n\nThe crowd left by evening.';
const articles: Article[] = [
	{ id: 'a', storyId: 's', title: 'T', outlet: 'O', date: '2019-12-31', text }
];

describe('resolveEvidence', () => {
	it('turns a quote into the offsets of its only occurrence', () => {
		const [span] = resolveEvidence(
			articles,
			[{ articleId: 'a', quote: 'Guards fired tear gas.' }],
			'q1'
		);
		expect(span).toEqual({ articleId: 'a', start: 28, end: 50 });
		expect(text.slice(span!.start, span!.end)).toBe('Guards fired tear gas.');
	});

	it('names the question when a quote is missing, ambiguous, empty or from an unknown article', () => {
		expect(() => resolveEvidence(articles, [{ articleId: 'a', quote: 'tear-gas' }], 'q7')).toThrow(
			'question q7: the quote "tear-gas" is not in article "a"'
		);
		expect(() => resolveEvidence(articles, [{ articleId: 'a', quote: 'The crowd' }], 'q8')).toThrow(
			'question q8: the quote "The crowd" occurs 2 times in article "a"'
		);
		expect(() => resolveEvidence(articles, [{ articleId: 'a', quote: '' }], 'q9')).toThrow(
			'question q9'
		);
		expect(() => resolveEvidence(articles, [{ articleId: 'zz', quote: 'x' }], 'q10')).toThrow(
			'question q10: unknown article "zz"'
		);
	});
});

describe('resolveCurated', () => {
	const curated: CuratedQuestion[] = [
		{
			id: 'q1',
			type: 'cloze',
			skill: 'fact',
			difficulty: 1,
			prompt: 'Guards fired ____ gas.',
			accepted: ['tear'],
			evidence: [{ articleId: 'a', quote: 'fired tear gas' }],
			explanation: 'The text says so.'
		},
		{
			id: 'q2',
			type: 'evidence',
			skill: 'fact',
			difficulty: 2,
			prompt: 'When did the crowd leave?',
			choices: [
				{ id: 'x', text: 'By evening' },
				{ id: 'y', text: 'At dawn' }
			],
			correct: ['x'],
			evidencePrompt: 'Which sentence shows it?',
			evidenceChoices: [
				{ id: 'e1', articleId: 'a', quote: 'The crowd left by evening.' },
				{ id: 'e2', articleId: 'a', quote: 'The crowd stormed the gate.' }
			],
			evidenceCorrect: ['e1'],
			evidence: [{ articleId: 'a', quote: 'left by evening' }],
			explanation: 'The second paragraph says so.'
		}
	];

	it('fills story, origin and status and resolves evidence choices to sentences with offsets', () => {
		const [cloze, two] = resolveCurated(articles, 's', curated);
		expect(cloze).toMatchObject({ storyId: 's', origin: 'curated', status: 'approved' });
		expect(cloze?.evidence).toEqual([{ articleId: 'a', start: 35, end: 49 }]);
		if (two?.type !== 'evidence') throw new Error('expected a two-part question');
		expect(two.evidenceChoices[0]).toEqual({
			id: 'e1',
			text: 'The crowd left by evening.',
			articleId: 'a',
			start: 52,
			end: 78
		});
		expect(two.evidenceChoices[1]).toMatchObject({ start: 0, end: 27 });
	});
});
