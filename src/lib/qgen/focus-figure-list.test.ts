import { describe, expect, it } from 'vitest';
import type { Question } from '$lib/bank/schema';
import type { Candidate } from './candidates/candidate';
import { analyzeArticle } from './analyze';
import { article } from './article.test-helpers';
import { FIGURE_LIST_PENALTY, focusAdjustment } from './focus';
import { figureAmongFigures } from './focus-figure-list';
import { chosenGap, typedGap as typed } from './gap-question.test-helpers';

/** Gaps here ask a share unless a test says otherwise. */
const chosen = (sentence: string, ask = 'What share?') => chosenGap(sentence, ask);

describe('figureAmongFigures', () => {
	it('marks a share or a sum asked beside another of its kind in its clause', () => {
		expect(
			figureAmongFigures(
				chosen('In the poll, 48 percent chose Lee while ____ percent chose Roe.'),
				true
			)
		).toBe(true);
		expect(
			figureAmongFigures(
				typed('Roe trails with ____ percent, and Kay with eleven percent.', '15'),
				true
			)
		).toBe(true);
		expect(
			figureAmongFigures(typed('Deaths rose ____%, while injuries fell 14%.', '40'), true)
		).toBe(true);
		expect(
			figureAmongFigures(
				chosen(
					'The port spent $2 million on cranes and began May with $____ in hand.',
					'How much?'
				),
				true
			)
		).toBe(true);
	});

	it('leaves a lone figure, one of another kind, and one past a clause break', () => {
		expect(
			figureAmongFigures(chosen('An exit poll found ____ percent backed the ban.'), true)
		).toBe(false);
		expect(
			figureAmongFigures(typed('A 0.5 percent tax would raise $____ a year.', '220 billion'), true)
		).toBe(false);
		expect(
			figureAmongFigures(
				chosen('With 99 percent of the votes counted: the two took a combined ____ percent.'),
				true
			)
		).toBe(false);
	});

	it('leaves a story of several outlets alone', () => {
		expect(
			figureAmongFigures(
				chosen('In the poll, 48 percent chose Lee while ____ percent chose Roe.'),
				false
			)
		).toBe(false);
	});
});

describe('focusAdjustment on a figure beside another of its kind', () => {
	const text =
		'A poll found Ann Lee leads the Marton mayoral race. In the poll, 48 percent chose Lee while 45 percent chose Roe.';
	const pair = chosen('In the poll, 48 percent chose Lee while ____ percent chose Roe.');
	const lone = chosen('In the poll, Lee won ____ percent of the vote.');
	const score = (texts: string[], q: Question) => {
		const analyses = texts.map((t, n) => analyzeArticle(article(n, t)));
		const s = analyses[0]!.sentences[1]!;
		return focusAdjustment(analyses)(
			{ family: 'fact', answerKey: 'k' } as Candidate,
			{ ...q, evidence: [s] } as Question
		);
	};

	it('lowers it in an article read alone, below a lone figure from the same sentence', () => {
		expect(score([text], pair)).toBeCloseTo(score([text], lone) - FIGURE_LIST_PENALTY);
	});

	it('does not lower it in a story of several outlets', () => {
		expect(score([text, text], pair)).toBeCloseTo(score([text, text], lone));
	});
});
