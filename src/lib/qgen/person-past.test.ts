import { describe, expect, it, vi } from 'vitest';
import type { Question } from '$lib/bank/schema';
import type { Candidate } from './candidates/candidate';
import { gapInPersonPast } from './person-past';
import { strayDetail } from './select-kinds';

describe('gapInPersonPast', () => {
	const q = (prompt: string) => ({ prompt }) as Question;

	it('reads a prompt once, however often selection asks', () => {
		const prompt = 'Fill the gap (Daily A): Vera Holt once served on the ____ in Hull.';
		expect(gapInPersonPast(q(prompt))).toBe(true);
		const exec = vi.spyOn(RegExp.prototype, 'exec');
		expect(gapInPersonPast(q(prompt))).toBe(true);
		expect(exec).not.toHaveBeenCalled();
		exec.mockRestore();
	});

	it('finds a gap in a person’s earlier job or office', () => {
		expect(
			gapInPersonPast(
				q(
					'Daily A writes: “The mayor picked Ms. Ruiz, whom she had worked for on the ____ years ago.” Which organisation?'
				)
			)
		).toBe(true);
		expect(
			gapInPersonPast(q('Fill the gap (Daily A): Ruiz once served on the ____ in Leeds.'))
		).toBe(true);
		expect(
			gapInPersonPast(q('Fill the gap (Daily A): Lee was class president at ____ for two years.'))
		).toBe(true);
		expect(
			gapInPersonPast(
				q('Fill the gap (Daily A): Lee was president of his senior class all ____ years.')
			)
		).toBe(true);
	});

	it('finds a membership or pastime a biography tells, whoever the gap is', () => {
		expect(
			gapInPersonPast(
				q('Daily A writes: “____ was member of the rowing club, his sister said.” Who?')
			)
		).toBe(true);
		expect(
			gapInPersonPast(q('Fill the gap (Daily A): Ruiz was a member of the ____ in her youth.'))
		).toBe(true);
		expect(
			gapInPersonPast(q('Fill the gap (Daily A): ____ belonged to a chess league in Leeds.'))
		).toBe(true);
		expect(gapInPersonPast(q('Fill the gap (Daily A): Ruiz had coached ____ for ten years.'))).toBe(
			true
		);
		expect(
			gapInPersonPast(q('Fill the gap (Daily A): Ruiz volunteered at ____ on weekends.'))
		).toBe(true);
		// A body that acts in the news, and a coach's act in the news.
		expect(
			gapInPersonPast(
				q('Fill the gap (Daily A): Ruiz was a member of the ____ that approved the dam.')
			)
		).toBe(false);
		expect(
			gapInPersonPast(q('Fill the gap (Daily A): ____ coached the side to a win on Sunday.'))
		).toBe(false);
	});

	it('keeps such a gap out of a story’s first ten however high it scores', () => {
		const ranked = (prompt: string) =>
			({
				candidate: { family: 'fact' } as Candidate,
				question: { skill: 'fact', type: 'cloze', prompt, score: 0.9 } as unknown as Question
			}) as const;
		expect(
			strayDetail(ranked('Fill the gap (Daily A): Ruiz once served on the ____ in Leeds.'))
		).toBe(true);
		expect(
			strayDetail(ranked('Fill the gap (Daily A): Ruiz served the writ on the ____ on Monday.'))
		).toBe(false);
	});

	it('leaves what a person does in the news, and a past act in another clause', () => {
		expect(
			gapInPersonPast(q('Fill the gap (Daily A): Ruiz served the writ on the ____ on Monday.'))
		).toBe(false);
		expect(
			gapInPersonPast(
				q('Fill the gap (Daily A): Lee had worked late. On Monday she closed the ____.')
			)
		).toBe(false);
	});
});
