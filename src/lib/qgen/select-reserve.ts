/**
 * Which reserved pick (select.ts) leaves room for a why question. The reserved slots are filled
 * one kind at a time, the comparison first; the best comparison (or fact, or timeline) may cite
 * the very sentence the story's only why or main-idea item asks about, and then the ten has no
 * question on understanding though the story had one to give (issue #10: a why question in
 * most stories). When another candidate of the same kind fits as well and leaves the why item
 * free, that one takes the slot: the set still gets its comparison, and a why as well.
 */
import type { Entry } from './select-entry';
import type { Kind } from './select-kinds';
import { misfit, oneOutletSourcing, recordPick, type SetState } from './select-misfit';
import { asksAgain } from './select-pairs';

/**
 * The reserved slot a pick of another kind should leave room for. Only the why slot (why and,
 * in a story of several outlets, main idea: select-kinds.ts slotOf): a comparison that must
 * give way to the second-best comparison is still a comparison, while a why lost is the set's
 * only question on why things happened. A timeline keeps waiting behind the best comparison.
 */
export const SPARED: readonly Kind[] = ['why'];

/**
 * May `e` stand in for the best of its kind to spare the why slot? A comparison must still
 * compare the outlets: one outlet's sourcing of a sentence ("How does Daily A source this?")
 * or what one headline alone prints (a look-up) is no comparison between outlets to a reader,
 * and trading the set's real comparison for one to gain a why item trades one gap for another.
 */
export const standsIn = (e: Entry, kind: Kind) =>
	kind !== 'compare' || (!oneOutletSourcing(e) && !e.candidate.lookup && !e.headlineCopied);

/** The set as it would stand with `pick` taken, the running set left as it is. */
function withPick(s: SetState, pick: Entry): SetState {
	const after = {
		...s,
		chosen: [...s.chosen],
		usedSpans: new Set(s.usedSpans),
		subjects: new Set(s.subjects),
		answers: new Set(s.answers)
	};
	recordPick(after, pick);
	return after;
}

/**
 * Does taking `pick` leave at least one of `rivals` (the questions that fit a spared slot now)
 * able to join: not asked again by the pick, and kept out by no set rule beside it?
 */
export function leavesRoom(s: SetState, pick: Entry, rivals: readonly Entry[]): boolean {
	const after = withPick(s, pick);
	return rivals.some((r) => !asksAgain(pick, r) && !misfit(after, r));
}
