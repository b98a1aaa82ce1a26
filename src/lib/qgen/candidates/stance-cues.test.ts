import { describe, expect, it } from 'vitest';
import { judgementCued } from './stance-cues';

describe('judgementCued', () => {
	it('reads a harsh manner or a failing as telling blame', () => {
		expect(judgementCued('The mayor has sharply ', ' the plan.', true)).toBe(true);
		expect(judgementCued('The mayor ', ' the board for failing to act.', true)).toBe(true);
		expect(judgementCued('The mayor ', ' the board for its handling of the plan.', true)).toBe(
			false
		);
	});
	it('reads dissent the subject goes against as telling favour', () => {
		expect(judgementCued('The council ', ' the plan, over union criticism.', false)).toBe(true);
		expect(judgementCued('The council ', ' the plan despite the objections of many.', false)).toBe(
			true
		);
	});
	it('reads a good outcome as the object as telling favour', () => {
		// "has often ____ the progress on …": a tuning reader's REJECT, "criticized" and "ignored"
		// ruled out by the sentence.
		expect(
			judgementCued('The mayor has often ', ' the progress on the harbour made in her term.', false)
		).toBe(true);
		expect(judgementCued('The mayor ', ' their recent gains at the polls.', false)).toBe(true);
		expect(judgementCued('The mayor ', ' the plan for the harbour.', false)).toBe(false);
		// Blame of progress is news, not a cue: the item stays.
		expect(judgementCued('The mayor ', ' the progress on the harbour.', true)).toBe(false);
	});
	it('counts a cue only when it agrees with the key', () => {
		// "praised him for never giving up": the failing does not tell praise, it misleads.
		expect(judgementCued('The coach ', ' him for never giving up.', false)).toBe(false);
		expect(judgementCued('The coach sharply ', ' the team.', false)).toBe(false);
		// A failing in a later sentence is not the key's reason.
		expect(judgementCued('The mayor ', ' the plan. She was cited for not voting.', true)).toBe(
			false
		);
	});
});
