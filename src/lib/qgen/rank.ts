/**
 * Scores 0..1: source, compare and quote questions first (they are what this
 * app teaches), then clear evidence, good distractors, central sentences and
 * prompts of a readable length.
 */
import { escapeRegExp } from '$lib/text/regexp';
import type { Question } from '$lib/bank/schema';
import type { Candidate, Family } from './candidates/candidate';

const FAMILY_WEIGHT: Record<Family, number> = {
	source: 1,
	compare: 0.95,
	quote: 0.9,
	cause: 0.85,
	'main-idea': 0.85,
	timeline: 0.7,
	fact: 0.65,
	cloze: 0.55
};

export function scoreOf(c: Candidate, q: Question): number {
	const words = q.prompt.split(/\s+/).length;
	const length = words <= 40 ? 1 : Math.max(0.4, 1 - (words - 40) / 80);
	const position = 1 / (1 + c.position / 12);
	const evidence = q.evidence.length <= 3 ? 1 : 0.85;
	const s =
		0.45 * FAMILY_WEIGHT[c.family] +
		0.3 * c.quality +
		0.1 * position +
		0.1 * length +
		0.05 * evidence;
	return Math.round(Math.min(1, Math.max(0, s)) * 1000) / 1000;
}

/** The key a fact or gap question asks for, as the student would read it. */
function keyOf(q: Question): string | undefined {
	if (q.type === 'single') return q.choices.find((c) => c.id === q.correct[0])?.text;
	if (q.type === 'cloze') return q.accepted[0];
	return undefined;
}

/**
 * Is a fact question's key printed in every headline? "Who seized on the attacks?" keyed to
 * the man every headline names is answered without reading. A person counts by surname.
 */
export function keyInEveryHeadline(q: Question, titles: readonly string[]): boolean {
	const key = keyOf(q)?.trim();
	if (!key || titles.length < 2) return false;
	const words = key.split(/\s+/);
	const person =
		words.length >= 2 && words.length <= 5 && words.every((w) => /^[A-Z][\p{L}.'’-]*$/u.test(w));
	const form = person ? words.filter((w) => !/^(?:Jr|Sr|II|III|IV)\.?$/.test(w)).at(-1)! : key;
	if (form.replace(/\W/g, '').length < 3) return false;
	const pattern = new RegExp(`(?:^|\\W)${escapeRegExp(form)}(?:\\W|$)`, 'i');
	return titles.every((t) => pattern.test(t));
}

/** How far a fact every headline answers drops: below the facts a student must read for. */
export const HEADLINE_KEY_PENALTY = 0.15;
