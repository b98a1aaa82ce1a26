/**
 * A single article's lead still too long for a choice after its main clause is cut
 * (main-clause.ts). A news lead often tells its event, then trails a participle or a setting:
 * "Roe blamed the media for the uproar over her “bad call,” saying reporters …", "The board
 * named Hale to a second term on Monday despite complaints from staff …", "Roe defended her
 * aide Tuesday, hours after he was charged …". The event is what comes before the trail.
 * mainClauseParts does not cut at a comma inside a closing quotation mark, nor before
 * "despite"; the story family keys a lead the other outlets share, so this is single's alone.
 */
import { contentWords, MAX_WORDS } from './main-idea';
import { cutBeforeVerb, cutInContrast, subordinateOnly } from './main-clause';
import { dropsHeadlineReason } from './main-key-cut';
import { isClause } from './cause';

const MAX_CHARS = 200;
/** As a wrong answer needs: fewer words and the cut is a fragment of the news. */
const LEAST_WORDS = 10;

const words = (s: string) => s.split(/\s+/).filter(Boolean);
const fits = (t: string) => words(t).length <= MAX_WORDS && t.length <= MAX_CHARS;

/**
 * Where a trail begins: a comma (maybe inside a closing quotation mark) before a participle
 * ("saying", "using") or a measured time ("hours after"), or "despite" (a concession the
 * event went ahead over). The closing mark, if any, is kept with the cut.
 */
const TRAIL =
	/(?:,([”’"]?)\s+(?=[a-z]{3,}ing\b|(?:just\s+|only\s+)?(?:minutes|hours|days|weeks|moments)\s+(?:after|before)\b)|()\s+(?=despite\b))/g;

/**
 * The key's pieces with their last piece cut before its trail, when the whole is too long to
 * offer and a cut leaves a whole clause of a choice's length that keeps the reason the
 * headline gives; else unchanged (standsAlone then refuses it, as before). The earliest cut
 * that fits is taken: the trail is the lead's detail, not its event.
 */
export function trailCut(parts: string[], headline: string): string[] {
	const text = parts.join(' ');
	if (fits(text)) return parts;
	const last = parts[parts.length - 1]!;
	const before = parts.slice(0, -1).join(' ');
	for (const m of last.matchAll(TRAIL)) {
		const piece = `${last.slice(0, m.index)}${m[1] ?? ''}.`;
		const whole = `${before} ${piece}`.trim();
		const bare = whole.replace(/\.$/, '');
		if (
			words(whole).length >= LEAST_WORDS &&
			fits(whole) &&
			// An unclosed quotation or bracket: the cut fell inside it.
			(whole.match(/[“(]/g) ?? []).length === (whole.match(/[”)]/g) ?? []).length &&
			(whole.match(/"/g) ?? []).length % 2 === 0 &&
			isClause(whole) &&
			!subordinateOnly(whole) &&
			!cutBeforeVerb(bare) &&
			!cutInContrast(bare) &&
			// "…, citing the harassment claims" beside a headline about them: the reason is the news.
			!dropsHeadlineReason(text, whole, [contentWords(headline)], contentWords)
		)
			return [...parts.slice(0, -1), piece];
	}
	return parts;
}

/**
 * "Roe has offended women, Hispanics." cut from "Roe has offended women, Hispanics, and others
 * while …": mainClauseParts cuts at ", and", which in a list of three falls before its last
 * item. The cut keeps the list short of an item, a fragment that misquotes the sentence.
 */
export function cutsList(full: string, cut: string): boolean {
	const tail = /,\s+(?:\S+\s+){0,2}\S+(?=\.$)/.exec(cut)?.[0];
	return !!tail && cut !== full && new RegExp(`${escape(tail)},\\s+(?:and|or)\\s`).test(full);
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
