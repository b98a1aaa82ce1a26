import { describe, expect, it } from 'vitest';
import { QUESTION_TYPES, QuestionSchema, type Question } from '$lib/bank/schema';
import { blankQuestion } from './blank-question';
import { check } from '$lib/validation';

/** What a teacher would type into the blanks; proves each template has the right shape. */
function fillIn(q: Question): Question {
	const common = {
		prompt: q.type === 'cloze' ? 'The bridge was ____ on Monday.' : 'What happened?',
		explanation: 'Because the article says so.',
		evidence: [{ articleId: 'art-a', start: 0, end: 10 }]
	};
	const texted = <T extends { text: string }>(xs: T[]) =>
		xs.map((x, i) => ({ ...x, text: x.text || `Text ${i}` }));
	switch (q.type) {
		case 'single':
		case 'evidence':
		case 'multi': {
			const filled = { ...q, ...common, choices: texted(q.choices), correct: [q.choices[0]!.id] };
			if (filled.type !== 'evidence') return filled;
			return {
				...filled,
				evidenceChoices: [
					{ id: 's1', text: 'One.', articleId: 'art-a', start: 0, end: 4 },
					{ id: 's2', text: 'Two.', articleId: 'art-a', start: 5, end: 9 }
				],
				evidenceCorrect: ['s1']
			};
		}
		case 'truefalse':
		case 'numeric':
			return { ...q, ...common };
		case 'cloze':
			return { ...q, ...common, accepted: ['reopened'] };
		case 'matching':
			return {
				...q,
				...common,
				pairs: q.pairs.map((p, i) => ({ ...p, left: `L${i}`, right: `R${i}` }))
			};
		case 'ordering':
			return { ...q, ...common, items: texted(q.items) };
	}
}

describe('blankQuestion', () => {
	for (const type of QUESTION_TYPES) {
		it(`makes a ${type} draft that is valid once its blanks are filled`, () => {
			const blank = blankQuestion(type, 'story-1', `new-${type}`);
			expect(blank).toMatchObject({
				type,
				storyId: 'story-1',
				id: `new-${type}`,
				status: 'draft',
				origin: 'curated'
			});
			// Empty text fields are left for the teacher, so the blank itself is not yet valid.
			expect(check(QuestionSchema, blank).success).toBe(false);
			const result = check(QuestionSchema, fillIn(blank));
			expect(result.error?.issues ?? []).toEqual([]);
		});
	}
});
