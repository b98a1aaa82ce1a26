import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as model from './model';
import * as schema from './schema';
import type { Question } from './schema';

describe('bank model (the zod-free half of the format)', () => {
	it('has no runtime imports, so importing it never pulls in zod', () => {
		const source = readFileSync(new URL('./model.ts', import.meta.url), 'utf8');
		const runtimeImports = [...source.matchAll(/^import\s+(?!type\b)[^;]*;/gm)].map((m) => m[0]);
		expect(runtimeImports).toEqual([]);
	});

	it('is what ./schema re-exports, so both import paths see the same values', () => {
		const valueNames = Object.keys(model);
		expect(valueNames).toContain('paragraphsOf');
		for (const name of valueNames) {
			expect(schema[name as keyof typeof schema], name).toBe(model[name as keyof typeof model]);
		}
	});

	it('lets the zod schema apply the shared consistency rules', () => {
		const question: Question = {
			id: 'q1',
			storyId: 's1',
			type: 'cloze',
			skill: 'fact',
			prompt: 'No gap here.',
			accepted: ['x'],
			evidence: [{ articleId: 'a1', start: 0, end: 3 }],
			explanation: 'Because.',
			origin: 'curated',
			status: 'approved',
			difficulty: 1
		};
		expect(model.questionConsistencyIssues(question)).toEqual([
			'question q1: a cloze prompt needs exactly one ____ gap'
		]);
		const parsed = schema.QuestionSchema.safeParse(question);
		expect(parsed.success).toBe(false);
		expect(parsed.error?.issues.map((i) => i.message)).toContain(
			'question q1: a cloze prompt needs exactly one ____ gap'
		);
	});
});
