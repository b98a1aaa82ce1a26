import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { check } from '$lib/validation';
import { describe, expect, it } from 'vitest';
import {
	AnswerRecordSchema,
	AttemptSchema,
	ResponseSchema,
	SettingKeySchema,
	StoryProgressSchema
} from './schemas';

const attempt = {
	id: 'a1',
	storyId: 's1',
	startedAt: '2026-01-01T00:00:00.000Z',
	questionIds: ['q1'],
	answers: {},
	currentIndex: 0
};

describe('storage schemas', () => {
	it('accepts a well-formed attempt and rejects one whose index runs past its questions', () => {
		expect(check(AttemptSchema, attempt).success).toBe(true);
		const past = check(AttemptSchema, { ...attempt, currentIndex: 2 });
		expect(past.error?.issues.map((i) => i.message)).toEqual([
			'currentIndex is past the last question'
		]);
	});

	it('rejects an attempt filed under another story', () => {
		const result = check(StoryProgressSchema, {
			storyId: 's2',
			attempts: [attempt]
		});
		expect(result.error?.issues.map((i) => i.message)).toEqual([
			'an attempt belongs to another story'
		]);
	});

	it('says what is wrong and where', () => {
		const result = check(ResponseSchema, { type: 'cloze', text: 'x'.repeat(5_001) });
		expect(result.error?.issues).toEqual([
			{ path: ['text'], message: 'must be at most 5000 characters long' }
		]);
		expect(check(ResponseSchema, { type: 'essay' }).error?.issues).toEqual([
			{ path: ['type'], message: 'unknown type "essay"' }
		]);
	});

	it('keeps credit between 0 and 1 and ids non-empty', () => {
		const record = {
			questionId: 'q1',
			response: { type: 'single', choiceId: null },
			correct: false,
			credit: 0,
			answeredAt: '2026-01-01T00:00:00.000Z'
		};
		expect(check(AnswerRecordSchema, record).success).toBe(true);
		expect(check(AnswerRecordSchema, { ...record, credit: 1.5 }).success).toBe(false);
		expect(check(AnswerRecordSchema, { ...record, questionId: '' }).success).toBe(false);
		expect(check(SettingKeySchema, 'bad name!').error?.issues[0]?.message).toBe(
			'setting names may use letters, digits, and . _ : -'
		);
	});

	it('drops unknown keys, keeps optional ones only when present, and reports every problem', () => {
		const parsed = check(AttemptSchema, { ...attempt, extra: 'x', finishedAt: undefined });
		expect(parsed.data).toEqual({ ...attempt, finishedAt: undefined });
		expect(check(AttemptSchema, attempt).data).not.toHaveProperty('finishedAt');
		const broken = check(AttemptSchema, {
			...attempt,
			id: '',
			currentIndex: 0.5,
			questionIds: Array.from({ length: 2_001 }, (_, i) => `q${i}`)
		});
		expect(broken.error?.issues).toEqual([
			{ path: ['id'], message: 'must be at least 1 characters long' },
			{ path: ['questionIds'], message: 'must have at most 2000 items' },
			{ path: ['currentIndex'], message: 'must be a whole number' }
		]);
	});

	it('gives nested paths through records, arrays and the response variant', () => {
		const record = {
			questionId: 'q1',
			response: { type: 'multi', choiceIds: ['a', ''] },
			correct: true,
			credit: 1,
			answeredAt: '2026-01-01T00:00:00.000Z'
		};
		const result = check(StoryProgressSchema, {
			storyId: 's1',
			attempts: [{ ...attempt, answers: { q1: record } }]
		});
		expect(result.error?.issues).toEqual([
			{
				path: ['attempts', 0, 'answers', 'q1', 'response', 'choiceIds', 1],
				message: 'must be at least 1 characters long'
			}
		]);
		expect(check(ResponseSchema, null).error?.issues[0]?.message).toBe('expected an object');
		expect(check(AnswerRecordSchema, { ...record, credit: Number.NaN }).success).toBe(false);
	});

	it('never throws, whatever it is given', () => {
		fc.assert(
			fc.property(fc.anything(), (value) => {
				expect(typeof check(StoryProgressSchema, value).success).toBe('boolean');
				expect(typeof check(ResponseSchema, value).success).toBe('boolean');
			})
		);
	});

	it('no storage module loads the bank schema up front (every page opens the store)', () => {
		const dir = new URL('./', import.meta.url);
		const modules = readdirSync(dir).filter((f) => f.endsWith('.ts') && !f.includes('.test.'));
		expect(modules).toContain('store.ts');
		for (const file of modules) {
			const source = readFileSync(new URL(file, dir), 'utf8');
			expect(source, file).not.toMatch(/^import\s+(?!type\b)[^;]*from 'zod';/m);
			expect(source, file).not.toMatch(/^import\s+(?!type\b)[^;]*from '\$lib\/bank\/schema';/m);
		}
	});
});
