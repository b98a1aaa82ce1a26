import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as consistency from './consistency';
import * as model from './model';
import * as schema from './schema';
import { check } from '$lib/validation';
import { makeQuestion } from '$test-data';

describe('bank model (the validator-free half of the format)', () => {
	it.each(['./model.ts', './consistency.ts'])('%s never pulls in the validator', (file) => {
		const source = readFileSync(new URL(file, import.meta.url), 'utf8');
		const runtimeImports = [...source.matchAll(/^import\s+(?!type\b)[^;]*;/gm)].map((m) => m[0]);
		expect(runtimeImports.filter((line) => !line.endsWith("from './model';"))).toEqual([]);
	});

	it('is what ./schema re-exports, so both import paths see the same values', () => {
		const shared = { ...model, ...consistency };
		expect(Object.keys(shared)).toEqual(
			expect.arrayContaining(['paragraphsOf', 'bankConsistencyIssues'])
		);
		for (const [name, value] of Object.entries(shared)) {
			expect(schema[name as keyof typeof schema], name).toBe(value);
		}
	});

	it('lets the bank schema apply the shared consistency rules', () => {
		const question = makeQuestion('cloze', {
			id: 'q1',
			storyId: 's1',
			prompt: 'No gap here.',
			accepted: ['x'],
			evidence: [{ articleId: 'a1', start: 0, end: 3 }],
			explanation: 'Because.'
		});
		expect(consistency.questionConsistencyIssues(question)).toEqual([
			'question q1: a cloze prompt needs exactly one ____ gap'
		]);
		const parsed = check(schema.QuestionSchema, question);
		expect(parsed.success).toBe(false);
		expect(parsed.error?.issues.map((i) => i.message)).toContain(
			'question q1: a cloze prompt needs exactly one ____ gap'
		);
	});
});
