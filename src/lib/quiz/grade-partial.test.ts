/**
 * Partial credit graded as Moodle grades it. Every expected score below is worked out by hand
 * from Moodle's rules (docs.moodle.org GIFT and question-type pages): a single-choice answer
 * earns its own fraction; multiple select sums the picked answers' fractions and keeps the sum
 * within 0..1; short answer and numerical take the first matching answer's fraction.
 */
import { describe, expect, it } from 'vitest';
import { QuestionSchema } from '$lib/bank/schema';
import { check } from '$lib/validation';
import { grade } from './grade';
import { makeQuestion } from '$test-data';

/** `{~wrong ~%50%half =full}` */
const single = makeQuestion('single', {
	id: 's',
	prompt: 'Which?',
	choices: [
		{ id: 'a', text: 'wrong' },
		{ id: 'b', text: 'half', fraction: 0.5 },
		{ id: 'c', text: 'full' }
	],
	correct: ['c']
});

/** Moodle's example: `{~%-100%No one ~%50%Grant ~%50%Grant's wife ~%-100%Grant's father}` */
const tomb = makeQuestion('multi', {
	id: 'm',
	prompt: 'What two people are entombed in Grant’s tomb?',
	choices: [
		{ id: 'a', text: 'No one', fraction: -1 },
		{ id: 'b', text: 'Grant', fraction: 0.5 },
		{ id: 'c', text: 'Grant’s wife', fraction: 0.5 },
		{ id: 'd', text: 'Grant’s father', fraction: -1 }
	],
	correct: ['b', 'c']
});

/** `{=Frog =%50%Cat =%0%*}` */
const shortAnswer = makeQuestion('cloze', {
	id: 'c',
	prompt: 'Which animal? ____',
	accepted: ['Frog'],
	partial: [{ text: 'Cat', fraction: 0.5 }]
});

/** Moodle's example: `When was Ulysses S. Grant born? {#=1822:0 =%50%1822:2}` */
const born = makeQuestion('numeric', {
	id: 'n',
	prompt: 'When was Ulysses S. Grant born?',
	answer: 1822,
	tolerance: 0,
	partial: [{ answer: 1822, tolerance: 2, fraction: 0.5 }]
});

describe('partial credit', () => {
	it('gives a single-choice answer its own fraction', () => {
		const pick = (choiceId: string) => grade(single, { type: 'single', choiceId });
		expect(pick('c')).toEqual({ correct: true, credit: 1 });
		expect(pick('b')).toEqual({ correct: false, credit: 0.5 });
		expect(pick('a')).toEqual({ correct: false, credit: 0 });
	});

	it('sums a multiple-select question’s picked fractions, kept within 0..1', () => {
		const pick = (...choiceIds: string[]) => grade(tomb, { type: 'multi', choiceIds });
		expect(pick('b')).toEqual({ correct: false, credit: 0.5 });
		expect(pick('b', 'c')).toEqual({ correct: true, credit: 1 });
		// 0.5 - 1 = -0.5, floored at 0.
		expect(pick('a', 'b')).toEqual({ correct: false, credit: 0 });
		// 0.5 + 0.5 - 1 = 0.
		expect(pick('b', 'c', 'd')).toEqual({ correct: false, credit: 0 });
	});

	it('counts a 0% pick as nothing, so Moodle’s full marks stay full', () => {
		const q = {
			...tomb,
			choices: tomb.choices.map((c) => (c.id === 'a' ? { id: 'a', text: 'No one' } : c))
		};
		expect(grade(q, { type: 'multi', choiceIds: ['a', 'b', 'c'] })).toEqual({
			correct: true,
			credit: 1
		});
	});

	it('gives a short answer the fraction of the first answer it matches', () => {
		const typed = (text: string) => grade(shortAnswer, { type: 'cloze', text });
		expect(typed('frog')).toEqual({ correct: true, credit: 1 });
		expect(typed(' Cat ')).toEqual({ correct: false, credit: 0.5 });
		expect(typed('dog')).toEqual({ correct: false, credit: 0 });
	});

	it('gives a number within a partial answer’s tolerance its fraction', () => {
		const typed = (value: string) => grade(born, { type: 'numeric', value });
		expect(typed('1822')).toEqual({ correct: true, credit: 1 });
		expect(typed('1823')).toEqual({ correct: false, credit: 0.5 });
		expect(typed('1820')).toEqual({ correct: false, credit: 0.5 });
		expect(typed('1825')).toEqual({ correct: false, credit: 0 });
	});
});

describe('partial credit in the stored question', () => {
	it('keeps the fractions through validation', () => {
		for (const q of [single, tomb, shortAnswer, born]) {
			const parsed = check(QuestionSchema, q);
			expect(parsed.success).toBe(true);
			expect(parsed.data).toEqual(q);
		}
	});

	it('refuses fractions that cannot grade as Moodle would', () => {
		const issues = (q: unknown) =>
			check(QuestionSchema, q).error?.issues.map((i) => i.message) ?? [];
		// The right answer of a single choice is worth everything; others less.
		expect(
			issues({
				...single,
				choices: single.choices.map((c) => (c.id === 'b' ? { ...c, fraction: 1 } : c))
			}).join()
		).toMatch(/between 0 and 1/);
		// Multiple select: right answers must add up to 100%.
		expect(
			issues({
				...tomb,
				choices: tomb.choices.map((c) => (c.id === 'c' ? { ...c, fraction: 0.25 } : c))
			}).join()
		).toMatch(/add up to 0.75/);
		// …and be exactly the choices worth more than 0.
		expect(issues({ ...tomb, correct: ['b'] }).join()).toMatch(/not the choices/);
		expect(issues({ ...shortAnswer, partial: [{ text: 'Cat', fraction: 1 }] })).not.toEqual([]);
		expect(
			issues({ ...born, partial: [{ answer: 1822, tolerance: -2, fraction: 0.5 }] })
		).not.toEqual([]);
	});
});
