import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bankJsonSchema } from './json-schema';
import { BankSchema, paragraphsOf, type Bank } from './schema';
import { check } from '$lib/validation';
import { makeArticle, makeBankFile, makeQuestion, makeStory, span } from '$test-data';

const text = 'First paragraph.\n\nSecond one, with 25 fighters.';

function bank(overrides: Partial<Bank> = {}): Bank {
	const article = makeArticle({ id: 'a1', storyId: 's1', title: 'T', outlet: 'O', text });
	const question = makeQuestion('single', {
		id: 'q1',
		storyId: 's1',
		prompt: 'How many fighters?',
		choices: [
			{ id: 'a', text: '25' },
			{ id: 'b', text: '50' }
		],
		correct: ['a'],
		evidence: [span(article, 'Second one, with 25 fighters.')],
		explanation: 'The second paragraph says 25.'
	});
	return {
		...makeBankFile(
			makeStory({ id: 's1', title: 'A story', articles: [article], questions: [question] })
		),
		...overrides
	};
}

describe('BankSchema', () => {
	it('accepts a well-formed bank', () => {
		expect(check(BankSchema, bank()).success).toBe(true);
	});

	it('rejects a correct answer that is not a choice', () => {
		const b = bank();
		(b.questions[0] as { correct: string[] }).correct = ['zzz'];
		const r = check(BankSchema, b);
		expect(r.success).toBe(false);
		expect(JSON.stringify(r.error?.issues)).toContain('not a choice');
	});

	it('rejects evidence outside the article text', () => {
		const b = bank();
		b.questions[0]!.evidence = [{ articleId: 'a1', start: 0, end: text.length + 1 }];
		expect(check(BankSchema, b).success).toBe(false);
	});

	it('rejects a question that cites an unknown article', () => {
		const b = bank();
		b.questions[0]!.evidence = [{ articleId: 'nope', start: 0, end: 3 }];
		expect(check(BankSchema, b).success).toBe(false);
	});

	it('rejects javascript: links and unknown formats', () => {
		const b = bank();
		b.articles[0]!.url = 'javascript:alert(1)';
		expect(check(BankSchema, b).success).toBe(false);
		expect(check(BankSchema, { ...bank(), format: 'other' }).success).toBe(false);
	});

	it('takes an optional boolean fixedOrder and keeps it through a parse', () => {
		const b = bank();
		b.questions[0]!.fixedOrder = true;
		const r = check(BankSchema, b);
		expect(r.success).toBe(true);
		expect(r.data?.questions[0]?.fixedOrder).toBe(true);
		(b.questions[0] as { fixedOrder: unknown }).fixedOrder = 'yes';
		expect(check(BankSchema, b).success).toBe(false);
	});

	it('requires exactly one gap in a cloze prompt', () => {
		const b = bank();
		b.questions[0] = {
			...b.questions[0]!,
			type: 'cloze',
			prompt: 'No gap here',
			accepted: ['25']
		} as Bank['questions'][number];
		expect(check(BankSchema, b).success).toBe(false);
	});
});

describe('paragraphsOf', () => {
	it('gives offsets that slice back to each paragraph', () => {
		const ps = paragraphsOf(text);
		expect(ps).toHaveLength(2);
		for (const p of ps) expect(text.slice(p.start, p.end)).toBe(p.text);
	});
});

describe('JSON Schema file', () => {
	it('is up to date with the valibot schema (run `npm run schema` after changing it)', () => {
		const onDisk = JSON.parse(readFileSync('static/schema/byline-bank.v1.schema.json', 'utf8'));
		expect(onDisk).toEqual(JSON.parse(JSON.stringify(bankJsonSchema())));
	});
});
