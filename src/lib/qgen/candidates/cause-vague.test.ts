import { describe, expect, it } from 'vitest';
import { storyOf } from '../article.test-helpers';
import { causeCandidates } from './cause';
import { saysNothing, vagueLast } from './cause-vague';

describe('saysNothing: a wrong reason with no content of its own', () => {
	it('finds an act whose one noun only points at another act', () => {
		expect(saysNothing('Roe backed a plan')).toBe(true);
		expect(saysNothing('Mayor Ana Ruiz backed a plan')).toBe(true);
		expect(saysNothing('to combat the problem')).toBe(true);
		expect(saysNothing('the action was taken')).toBe(true);
		expect(saysNothing('the decision to donate')).toBe(true);
	});
	it('keeps a reason that tells what happened', () => {
		expect(saysNothing('the harbour board closed the ferry terminal')).toBe(false);
		expect(saysNothing('Roe backed a plan to close the ferry terminal')).toBe(false);
		expect(saysNothing('the plan was approved 90 to 10')).toBe(false);
		expect(saysNothing('dock workers staged a protest')).toBe(false);
		// "news" modifies "coverage" here: the head is no shell noun.
		expect(saysNothing('the news coverage')).toBe(false);
	});
	it('moves such reasons last, unless the key says as little', () => {
		const ranked = [{ phrase: 'Roe backed a plan' }, { phrase: 'the board closed the terminal' }];
		expect(vagueLast(ranked, 'dock workers went on strike').map((w) => w.phrase)).toEqual([
			'the board closed the terminal',
			'Roe backed a plan'
		]);
		expect(vagueLast(ranked, 'Ruiz opposed the move')).toEqual(ranked);
	});
});

describe('a why item offers a wrong reason that says nothing only when none other is left', () => {
	it('offers another event of the story before "Roe backed a plan"', () => {
		const q = causeCandidates(
			storyOf(
				'Ana Ruiz resigned from the harbour board because she did not want to vote on the ferry contract. ' +
					'Jon Roe backed a plan. The harbour board closed the ferry terminal on Sunday. ' +
					'Dock workers staged a protest outside the board offices. Ticket prices rose sharply on the remaining routes.',
				'Residents lined the main street for the spring parade. The school board approved a new lunch menu.'
			)
		).find((c) => c.draft.prompt.includes('resigned'));
		expect(q).toBeDefined();
		expect(JSON.stringify(q!.draft)).not.toContain('backed a plan');
	});
});
