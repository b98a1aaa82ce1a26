import { describe, expect, it } from 'vitest';
import { BankSchema, QUESTION_TYPES, QuestionSchema } from '$lib/bank/schema';
import { check } from '$lib/validation';
import {
	makeArticle,
	makeAttempt,
	makeBankFile,
	makeEveryKind,
	makeFileBank,
	makeProgress,
	makeRecordedAttempt,
	makeAnswer,
	makeQuestion,
	makeSecondArticle,
	makeStory,
	paragraphSpan,
	span,
	START
} from '.';

describe('test-data factories', () => {
	it('make a valid story with one question of every kind', () => {
		const story = makeStory();
		expect(check(BankSchema, makeBankFile(story)).error?.issues ?? []).toEqual([]);
		expect(story.questions.map((q) => q.type)).toEqual([...QUESTION_TYPES]);
		expect(story.articles.map((a) => a.id)).toEqual(['art-a', 'art-b']);
		expect(makeBankFile(story).stories[0]!.articleIds).toEqual(['art-a', 'art-b']);
	});

	it('make a valid bank file with every kind and every status', () => {
		const bank = makeFileBank();
		expect(check(BankSchema, bank).error?.issues ?? []).toEqual([]);
		expect(bank.questions.map((q) => q.type)).toEqual([...QUESTION_TYPES]);
		expect(new Set(bank.questions.map((q) => q.status))).toEqual(
			new Set(['approved', 'draft', 'rejected'])
		);
	});

	it('keep each default question valid with its overrides applied', () => {
		const q = makeQuestion('numeric', { id: 'q-boats', answer: 38 });
		expect(check(QuestionSchema, q).error?.issues ?? []).toEqual([]);
		expect(q).toMatchObject({ id: 'q-boats', type: 'numeric', answer: 38, tolerance: 0 });
		expect(q).not.toHaveProperty('unit');
		expect(makeEveryKind().numeric.unit).toBe('cars');
	});

	it('hand out fresh copies, so one test cannot change another test’s data', () => {
		makeEveryKind().single.choices[0]!.text = 'changed';
		makeArticle().notes!.push({ paragraph: 0, kind: 'correction' });
		expect(makeQuestion('single').choices[0]!.text).toBe('Monday');
		expect(makeArticle().notes).toEqual([{ paragraph: 2, kind: 'correction' }]);
	});

	it('put several stories in one bank file', () => {
		const other = makeStory({
			id: 'other',
			articles: [makeSecondArticle({ id: 'other-a', storyId: 'other' })],
			questions: []
		});
		const file = makeBankFile(makeStory(), other);
		expect(file.stories.map((s) => s.id)).toEqual(['test-story', 'other']);
		expect(check(BankSchema, file).error?.issues ?? []).toEqual([]);
	});

	it('grade an attempt’s answers with the real grader', () => {
		const questions = [makeQuestion('single'), makeQuestion('numeric')];
		const attempt = makeAttempt(questions, {
			'q-single': { type: 'single', choiceId: 'tue' },
			'q-num': { type: 'numeric', value: '40,000' }
		});
		expect(attempt.answers['q-single']).toMatchObject({ correct: false, credit: 0 });
		expect(attempt.answers['q-num']).toMatchObject({ correct: true, credit: 1 });
		expect(attempt.answers['q-num']!.answeredAt).toBe('2026-03-02T09:01:00.000Z');
		expect(attempt).toMatchObject({ startedAt: START, currentIndex: 2, storyId: 'test-story' });
		expect(makeProgress([attempt]).storyId).toBe('test-story');
	});
});

describe('makeRecordedAttempt', () => {
	it('holds the stored records, one per question, and starts at the first answer', () => {
		const records = [
			makeAnswer('q1', '2026-01-01T10:00:00Z'),
			makeAnswer('q2', '2026-01-01T10:01:00Z', 'b')
		];
		const attempt = makeRecordedAttempt('s', records);
		expect(attempt).toMatchObject({ id: 's-1', storyId: 's', startedAt: '2026-01-01T10:00:00Z' });
		expect(attempt.questionIds).toEqual(['q1', 'q2']);
		expect(attempt.answers['q2']).toMatchObject({ correct: false, credit: 0 });
	});
});

describe('span', () => {
	const article = makeArticle({ text: 'One two.\n\nThree four. Three four.' });

	it('covers the first occurrence of the text', () => {
		expect(span(article, 'Three four.')).toEqual({ articleId: 'art-a', start: 10, end: 21 });
		expect(paragraphSpan(article, 1)).toEqual({ articleId: 'art-a', start: 10, end: 33 });
	});

	it('fails the test when the text is not in the article', () => {
		expect(() => span(article, 'five')).toThrow('"five" is not in art-a');
		expect(() => paragraphSpan(article, 2)).toThrow('art-a has no paragraph 2');
	});
});
