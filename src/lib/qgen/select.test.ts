import { describe, expect, it } from 'vitest';
import type { Question } from '$lib/bank/schema';
import type { Candidate } from './candidates/candidate';
import { selectDiverse, type Ranked } from './select';

function r(
	id: string,
	score: number,
	family: Candidate['family'],
	answerKey: string,
	prompt: string,
	type: Question['type'] = 'single'
): Ranked {
	return {
		candidate: { family, answerKey } as Candidate,
		question: {
			id,
			score,
			prompt,
			type,
			evidence: [{ articleId: 'a', start: 0, end: 1 }]
		} as Question
	};
}

describe('selectDiverse', () => {
	it('puts a question explained like an earlier pick behind one about another fact', () => {
		const sameFact =
			'Only Daily A carries this quote from Ann Lee; the other outlets do not report it.';
		const withWhy = (x: Ranked, explanation: string): Ranked => ({
			...x,
			question: { ...x.question, explanation } as Question
		});
		const out = selectDiverse(
			[
				withWhy(
					r('a', 0.9, 'source', 'k1', 'Which outlet quoted Ann Lee saying the bridge is late?'),
					sameFact
				),
				withWhy(
					r('b', 0.88, 'source', 'k2', 'Which outlet quoted Ann Lee saying costs doubled twice?'),
					sameFact
				),
				withWhy(
					r('c', 0.8, 'source', 'k3', 'Which outlet quoted Bo Chen saying tolls will fall soon?'),
					'Only Daily B carries it.'
				)
			],
			3
		);
		expect(out.map((q) => q.id)).toEqual(['a', 'c', 'b']);
	});
	it('drops questions with the same answer key or nearly the same prompt', () => {
		const out = selectDiverse(
			[
				r('a', 0.9, 'quote', 'k1', 'Who said the budget is fair to everyone?'),
				r('b', 0.85, 'quote', 'k1', 'True or false: Holloway said the budget is fair.'),
				r('c', 0.8, 'fact', 'k2', 'Who said the budget is fair to everyone today?'),
				r('d', 0.5, 'cloze', 'k3', 'Fill the gap: the ____ met on Friday.')
			],
			10
		);
		expect(out.map((q) => q.id)).toEqual(['a', 'd']);
	});
	it('lets a slightly lower score of another family in before a third of the same', () => {
		const out = selectDiverse(
			[
				r('s1', 0.9, 'source', 's1', 'alpha one'),
				r('s2', 0.89, 'source', 's2', 'beta two'),
				r('s3', 0.88, 'source', 's3', 'gamma three'),
				r('f1', 0.8, 'fact', 'f1', 'delta four', 'numeric')
			],
			3
		);
		expect(out.map((q) => q.id)).toEqual(['s1', 'f1', 's2']);
	});
});
