import { describe, expect, it } from 'vitest';
import { BankSchema, QUESTION_TYPES, SKILLS, type Question } from '$lib/bank/schema';
import { expandToSentence } from '$lib/quiz/evidence';
import { normalizeAnswer, parseNumber } from '$lib/quiz/normalize';
import { planQuiz } from '$lib/quiz/plan';
import { seedBank } from './seed-bank';
import { check } from '$lib/validation';

const articles = new Map(seedBank.articles.map((a) => [a.id, a]));
const cited = (span: { articleId: string; start: number; end: number }) =>
	articles.get(span.articleId)!.text.slice(span.start, span.end);

/** Whether some run of one to three words in the text reads as the number. */
function mentionsNumber(text: string, value: number): boolean {
	const words = text.split(/[\s“”"(),;:]+/).filter(Boolean);
	for (let i = 0; i < words.length; i++) {
		for (let n = 1; n <= 3 && i + n <= words.length; n++) {
			if (
				parseNumber(
					words
						.slice(i, i + n)
						.join(' ')
						.replace(/[.]$/, '')
				) === value
			)
				return true;
		}
	}
	return false;
}

function choiceTexts(q: Question): string[] {
	switch (q.type) {
		case 'matching':
			return [
				...q.pairs.map((p) => p.left),
				...new Set([...q.pairs.map((p) => p.right), ...(q.extraRights ?? [])])
			];
		case 'ordering':
			return q.items.map((i) => i.text);
		case 'evidence':
			return [...q.choices.map((c) => c.text), ...q.evidenceChoices.map((c) => c.text)];
		case 'cloze':
		case 'numeric':
			return [];
		default:
			return q.choices.map((c) => c.text);
	}
}

describe('seedBank', () => {
	const questions = seedBank.questions;

	it('is a valid bank with at least 30 curated, approved questions', () => {
		const parsed = check(BankSchema, seedBank);
		expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
		expect(questions.length).toBeGreaterThanOrEqual(30);
		for (const q of questions) {
			expect(q).toMatchObject({
				origin: 'curated',
				status: 'approved',
				storyId: 'baghdad-embassy-2019'
			});
			expect(q.id).toMatch(/^baghdad-q\d{2}$/);
		}
	});

	it('covers every question type and every skill', () => {
		expect(new Set(questions.map((q) => q.type))).toEqual(new Set(QUESTION_TYPES));
		expect(new Set(questions.map((q) => q.skill))).toEqual(new Set(SKILLS));
	});

	it('cites text that contains the answer for typed answers', () => {
		for (const q of questions) {
			for (const span of q.evidence) {
				const text = cited(span);
				if (q.type === 'cloze') {
					const found = q.accepted.some((a) => normalizeAnswer(text).includes(normalizeAnswer(a)));
					expect(found, `${q.id}: "${text}"`).toBe(true);
				}
				if (q.type === 'numeric')
					expect(mentionsNumber(text, q.answer), `${q.id}: "${text}"`).toBe(true);
			}
		}
	});

	it('offers distinct choices everywhere', () => {
		for (const q of questions) {
			const texts = choiceTexts(q).map((t) => t.trim().toLowerCase());
			expect(new Set(texts).size, q.id).toBe(texts.length);
		}
	});

	it('uses whole sentences, exactly as printed, for two-part evidence choices', () => {
		const twoPart = questions.filter((q) => q.type === 'evidence');
		expect(twoPart.length).toBeGreaterThanOrEqual(2);
		for (const q of twoPart) {
			for (const choice of q.evidenceChoices) {
				expect(cited(choice), q.id).toBe(choice.text);
				const text = articles.get(choice.articleId)!.text;
				expect(expandToSentence(text, choice.start, choice.end), `${q.id} ${choice.id}`).toEqual({
					start: choice.start,
					end: choice.end
				});
			}
		}
	});

	it('asks where the outlets disagree, citing at least two outlets each time', () => {
		const compare = questions.filter((q) => q.skill === 'compare');
		expect(compare.length).toBeGreaterThanOrEqual(3);
		for (const q of compare) {
			expect(new Set(q.evidence.map((e) => e.articleId)).size, q.id).toBeGreaterThanOrEqual(2);
		}
		const citedTexts = compare.map((q) => q.evidence.map(cited).join(' | '));
		// The disagreements the seed story is known for: crowd size, deaths, injuries, dates.
		expect(citedTexts.some((t) => /thousands/i.test(t))).toBe(true);
		expect(citedTexts.some((t) => /dozens/i.test(t))).toBe(true);
		expect(
			citedTexts.some((t) => t.includes('50 militia members') && t.includes('at least 25'))
		).toBe(true);
		expect(citedTexts.some((t) => t.includes('12 militiamen') && t.includes('At least 62'))).toBe(
			true
		);
		expect(
			citedTexts.some(
				(t) => t.includes('last week') && t.includes('on Friday') && t.includes('December 27')
			)
		).toBe(true);
	});

	it('credits the 6,000 figure to NBC News', () => {
		const q = questions.find(
			(x) => x.evidence.some((e) => cited(e).includes('roughly 6,000')) && x.type === 'single'
		);
		if (q?.type !== 'single') throw new Error('no single-choice question cites the 6,000 figure');
		const right = q.choices.find((c) => c.id === q.correct[0]);
		expect(right?.text).toBe('NBC News');
		expect(q.evidence.every((e) => articles.get(e.articleId)?.outlet === 'NBC News')).toBe(true);
	});

	it('plans into sections that place every question exactly once', () => {
		const sections = planQuiz(questions, seedBank.articles);
		const placed = sections.flatMap((s) => s.questionIds);
		expect(placed.sort()).toEqual(questions.map((q) => q.id).sort());
		expect(sections.every((s) => s.excerpts.length > 0)).toBe(true);
	});
});
