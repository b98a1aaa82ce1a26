import { readdirSync, readFileSync } from 'node:fs';
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
		expect(AttemptSchema.safeParse(attempt).success).toBe(true);
		const past = AttemptSchema.safeParse({ ...attempt, currentIndex: 2 });
		expect(past.error?.issues.map((i) => i.message)).toEqual([
			'currentIndex is past the last question'
		]);
	});

	it('rejects an attempt filed under another story', () => {
		const result = StoryProgressSchema.safeParse({
			storyId: 's2',
			attempts: [attempt]
		});
		expect(result.error?.issues.map((i) => i.message)).toEqual([
			'an attempt belongs to another story'
		]);
	});

	it('says what is wrong and where', () => {
		const result = ResponseSchema.safeParse({ type: 'cloze', text: 'x'.repeat(5_001) });
		expect(result.error?.issues).toEqual([
			{ path: ['text'], message: 'must be at most 5000 characters long' }
		]);
		expect(ResponseSchema.safeParse({ type: 'essay' }).error?.issues).toEqual([
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
		expect(AnswerRecordSchema.safeParse(record).success).toBe(true);
		expect(AnswerRecordSchema.safeParse({ ...record, credit: 1.5 }).success).toBe(false);
		expect(AnswerRecordSchema.safeParse({ ...record, questionId: '' }).success).toBe(false);
		expect(SettingKeySchema.safeParse('bad name!').error?.issues[0]?.message).toBe(
			'setting names may use letters, digits, and . _ : -'
		);
	});

	it('no storage module loads full zod or the bank schema up front (every page opens the store)', () => {
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
