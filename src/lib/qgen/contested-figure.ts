/**
 * A figure another outlet gives otherwise, where the alignment (figure-groups.ts) cannot say
 * with confidence that both count one thing: "about 130 immigrants arrived" beside "about 200
 * migrants prepared to walk", "15 bills" beside "some 16 House-passed measures". Aligned
 * figures are disputed and asked as comparisons (disputed.ts); these are not, yet a fact item
 * on one of them teaches one outlet's figure as the settled count while a student who read
 * the other outlet knows another. Such a fact waits behind every fact no outlet contradicts
 * (pipeline.ts marks it Ranked.contestedFigure; select-misfit.ts holds it back while anything
 * else fits), and comes only when nothing else does: a short ten is not made shorter.
 */
import type { Question } from '$lib/bank/schema';
import type { CountedFigure, StoryView } from './analyze';
import { nounLemma } from './align';
import { isElliptical } from './figure-groups';
import { COUNTED_NOUN_SYNONYMS, TIME_UNITS } from './lexicon';
import { parseAmount } from './quantities';

/**
 * Counted nouns too general to say two figures count one kind of thing ("people", "times"), and
 * spans of time: "the first 15 months of the presidency" and "16 months of talks" measure
 * different stretches, whatever the unit.
 */
const GENERIC_HEADS = new Set([
	'people',
	'person',
	'other',
	'one',
	'time',
	'thing',
	'member',
	...TIME_UNITS
]);

/**
 * What happened to what is counted (align.quantityKey): the killed and the wounded are never
 * one count, but a bare count or an arrival ("deployed": "130 immigrants arrived") may be any.
 */
const eventOf = (f: CountedFigure) => f.key.slice(0, f.key.indexOf(':'));
const LOOSE_EVENTS = new Set(['count', 'deployed']);
const sameHappening = (a: CountedFigure, b: CountedFigure) =>
	eventOf(a) === eventOf(b) || LOOSE_EVENTS.has(eventOf(a)) || LOOSE_EVENTS.has(eventOf(b));

const headOf = (f: CountedFigure) =>
	nounLemma(
		(f.mention.noun ?? '')
			.split(/[\s-]+/)
			.pop()!
			.replace(/[^A-Za-z]/g, '')
	);

/** The same counted noun, or one news English uses for it ("migrants", "immigrants"; lexicon). */
const sameKindOfThing = (a: string, b: string) =>
	a === b || COUNTED_NOUN_SYNONYMS.some((set) => set.includes(a) && set.includes(b));

/** A count of a particular kind of thing, not a share, a sum, a vague amount or a catch-all. */
function countable(f: CountedFigure): boolean {
	if (f.key.endsWith(':percent')) return false;
	if (f.mention.vague || f.mention.value === undefined || isElliptical(f)) return false;
	const head = headOf(f);
	return head.length > 2 && !GENERIC_HEADS.has(head);
}

/** The figure a fact item asks for: its numeric answer, or its key choice read as a number. */
function askedValue(q: Question): number | undefined {
	if (q.type === 'numeric') return q.answer;
	if (q.type !== 'single' || q.correct.length !== 1) return;
	const key = q.choices.find((c) => c.id === q.correct[0])?.text.trim();
	if (!key || !/^\$?\d[\d.,]*$/.test(key)) return;
	return parseAmount(key)?.value;
}

/**
 * Whether a fact item asks for a count some other outlet of the story gives as another number
 * of the same kind of thing (unaligned: an aligned one is rejected as disputed). Running totals
 * are not set apart as figure-groups.ts sets them: its test reads "have been ignored" as a tally,
 * and here a wrong match costs a fact only its place, not its existence.
 */
export function contestedFigure(view: StoryView): (q: Question) => boolean {
	const figures = view.figures.filter(countable);
	const outlet = (f: CountedFigure) => view.label.get(f.analysis.article.id);
	return (q) => {
		const value = askedValue(q);
		if (value === undefined) return false;
		const asked = figures.filter(
			(f) =>
				f.mention.value === value &&
				q.evidence.some(
					(e) =>
						e.articleId === f.analysis.article.id &&
						e.start <= f.mention.start &&
						f.mention.start < e.end
				)
		);
		return asked.some((f) =>
			figures.some(
				(g) =>
					outlet(g) !== outlet(f) &&
					g.mention.value !== f.mention.value &&
					sameHappening(f, g) &&
					sameKindOfThing(headOf(f), headOf(g))
			)
		);
	};
}
