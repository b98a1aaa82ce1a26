/**
 * Details the outlets of a story give differently: the day of one event (compare-dates.ts),
 * its place (compare-places.ts) and one count given as different figures or hedges
 * (figure-groups.ts). A fact, cloze or true/false item whose key is one of them would teach
 * one outlet's side as the fact; the comparison questions ask about them instead, naming the
 * outlet. The spans are article offsets, so items made from an article read alone (the
 * pipeline's fill) are checked against the whole story too.
 */
import type { CountedFigure, StoryView } from './analyze';
import type { Candidate } from './candidates/candidate';
import { dateDisagreements } from './candidates/compare-dates';
import { placeDisagreements } from './candidates/compare-places';
import { figureGroups } from './figure-groups';
import { figureRange, figuresAgree } from './quantities';
import type { Span } from './types';

/** Families that state a detail as the fact, on one outlet's word. */
const FACT_FAMILIES = new Set(['fact', 'cloze']);

export function disputedSpans(view: StoryView): Span[] {
	const out: Span[] = [];
	const add = (m: Span) => out.push({ articleId: m.articleId, start: m.start, end: m.end });
	for (const [x, y] of dateDisagreements(view)) {
		add(x.mention);
		add(y.mention);
	}
	for (const [x, y] of placeDisagreements(view)) {
		add(x.mention);
		add(y.mention);
	}
	// A count another outlet gives as another number ("more than a dozen" beside "29"): which one
	// is "the" figure is the question. The same number hedged another way ("an estimated 11
	// million" beside "11 million") is no dispute: the plain figure is right by both.
	const range = (f: CountedFigure) => figureRange(f.mention.text, f.mention.value!);
	for (const { key, figs } of figureGroups(view.figures)) {
		// Shares of different wholes group too readily ("25 percent tariffs", "13 percent of
		// imports"; see compare.ts): a share another outlet gives is no dispute without more.
		if (key.startsWith('count:percent')) continue;
		for (const f of figs)
			if (
				figs.some(
					(g) =>
						view.label.get(g.analysis.article.id) !== view.label.get(f.analysis.article.id) &&
						g.mention.value !== f.mention.value &&
						// "Scores of others injured" holds "53 wounded": a vague amount that takes in the
						// number disputes nothing.
						!((g.mention.vague || f.mention.vague) && figuresAgree(range(f), range(g)))
				)
			)
				add(f.mention);
	}
	return out;
}

/**
 * The candidate states a disputed detail as the fact: it is a fact, cloze or true/false item
 * and one of its keys, where its evidence prints it, overlaps a detail another outlet gives
 * differently.
 */
export function keyIsDisputed(c: Candidate, disputed: Span[], texts: Map<string, string>): boolean {
	if (!FACT_FAMILIES.has(c.family) || !disputed.length) return false;
	for (const e of c.draft.evidence) {
		const text = texts.get(e.articleId);
		if (!text) continue;
		const here = disputed.filter((d) => d.articleId === e.articleId);
		if (!here.length) continue;
		for (const key of c.keyTexts) {
			if (!key.trim()) continue;
			for (
				let at = text.indexOf(key, e.start);
				at >= 0 && at < e.end;
				at = text.indexOf(key, at + 1)
			)
				if (here.some((d) => d.start < at + key.length && at < d.end)) return true;
		}
	}
	return false;
}
