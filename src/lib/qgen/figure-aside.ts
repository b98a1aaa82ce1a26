/**
 * A figure its sentence tells in passing, while the sentence's point is something else. Blind
 * readers marked such gaps as stray details and asked for the point instead ("ask what they
 * told X"): the share a district has of one group, beside what its congressman argued; the
 * price of one item in a list of purchases; how many people signed or said what the sentence
 * goes on to tell. Such a gap ranks below the questions on what happened or was said:
 * focus.ts lowers its score (FIGURE_ASIDE_PENALTY).
 */
import type { Question } from '$lib/bank/schema';
import { figureValue } from './figure-rank';
import { REPORTING_VERBS, ROUTINE_OCCASIONS } from './lexicon';
import { HEDGE_WORDS } from './quantities';

/** The sentence a gap question prints, cut at its gap: the words before and after it. */
export function aroundGap(q: Question): { before: string; after: string } | undefined {
	const m = /^(?:.*?writes: “|Fill the gap \([^)]*\):\s*)(.*?)____(.*)$/s.exec(q.prompt);
	if (!m) return undefined;
	// A chosen-answer gap prints its sentence in quotation marks before the question words.
	const after = q.prompt.includes('writes: “') ? m[2]!.replace(/”[^”]*$/, '') : m[2]!;
	return { before: m[1]!, after };
}

/** Does the gap ask for a figure: its prompt asks how many, how much or what share, or its key reads as one? */
export function asksForFigure(q: Question): boolean {
	if (q.type === 'numeric' || /\b(?:How many|How much|What share)\?/.test(q.prompt)) return true;
	const key =
		q.type === 'cloze'
			? q.accepted?.[0]
			: q.type === 'single'
				? q.choices?.find((c) => q.correct?.includes(c.id))?.text
				: undefined;
	return !!key && figureValue(key) !== undefined;
}

const HEDGE = `(?:${HEDGE_WORDS})?`;

/**
 * "His district is ____ percent Latino": what share of a place or body one group makes up, a
 * description of the setting. A rate that rose or fell ("was ____ percent higher") tells news.
 */
const SHARE_BEFORE = new RegExp(`\\b(?:is|are|was|were)\\s+${HEDGE}$`, 'i');
const SHARE_AFTER =
	/^\s*(?:percent|per cent|%)\s+(?!(?:higher|lower|more|less|up|down|off|above|below|greater|smaller|larger|better|worse)\b)[\p{L}-]+\s*(?:[.,;]|and\b|$)/u;

/** "Among those items were a $____ football", "things like a $____ dinner": one item's price or count in a list. */
const LIST_BEFORE = new RegExp(
	`\\b(?:among (?:the|those|these|them|other)(?: [a-z]+)? (?:were|was|are|is)|things like|items? (?:like|such as)|such as|including)\\s+(?:an?\\s+)?${HEDGE}\\$?$`,
	'i'
);
/**
 * "… to buy items including Bruce Lee memorabilia, a $____ watch and a cape": a later entry of
 * the same list, after a comma (a tuning reader marked the price of one watch down).
 */
const LATER_ENTRY_BEFORE = new RegExp(
	`\\b(?:things like|items? (?:like|such as)|such as|including)\\s+[^.;:“”"()]*,\\s+(?:and\\s+)?(?:an?\\s+)?${HEDGE}\\$?$`,
	'i'
);
/** "(up from ____ last year)": a figure in brackets, which the sentence reads as well without. */
const OPEN_BRACKET_BEFORE = /\([^()]*$/;
const CLOSE_BRACKET_AFTER = /^[^()]*\)/;

/** "A group of nearly ____ professors …", "____ officials …": the gap opens its sentence's subject. */
const OPENS_SUBJECT = new RegExp(
	`^\\s*(?:(?:a|an|the)\\s+(?:group|total|team|coalition|handful|crowd|panel)\\s+of\\s+)?${HEDGE}\\$?$`,
	'i'
);
/** "… a letter signed by nearly ____ faculty members": how many put their names to it, not what it says. */
const SIGNERS_BEFORE = new RegExp(`\\b(?:signed|written|sent|backed)\\s+by\\s+${HEDGE}$`, 'i');

/**
 * "The attack, which resulted in the deaths of ____ Americans, has cast a cloud over …", "said
 * the massacre in which 50 people were killed and ____ others were wounded is being
 * investigated": a figure in a clause that describes a thing the sentence names, while its own
 * verb tells the point. (A clause on a person, "Roe, who spoke for ____ minutes", tells an act.)
 */
const COMMA_CLAUSE_BEFORE = /,\s*(?:which|where)\b[^,;:“”"]*$/;
/** The clause closes with a comma and the sentence's own verb follows: ", has cast a cloud". */
const CLOSES_BEFORE_VERB =
	/^[^,;:.“”"]*,\s*(?:is|are|was|were|has|have|had|will|would|\p{Ll}+ed)\b/u;
/** A clause without commas ("in which … were wounded is being investigated"): two verbs follow, its own and the sentence's. */
const BARE_CLAUSE_BEFORE = /\b(?:in|during|at|from|after) which\b[^,;:“”"]*$/;
const AUX = /\b(?:is|are|was|were|has|have|had|will|would)\b/g;

/** ", police said." at a sentence's end: whose account it is, not what the counted people did. */
const CREDIT_TAIL =
	/,\s*(?:[\p{L}.'’-]+\s+){1,4}(?:said|says|told\s+[\p{L}.'’-]+(?:\s+[\p{L}.'’-]+)?)\.?\s*$/u;
const REPORTING = new RegExp(`\\b(?:${REPORTING_VERBS.join('|')})\\b`, 'i');

/**
 * "Held ____ town halls", "not counting ____ other meetings at other summits": how many routine
 * occasions someone held or had, beside the one occasion the story is about. The gap counts
 * occasions (ROUTINE_OCCASIONS, after at most one word such as "other" or "campaign"), or an
 * aside opened by "not counting", "besides" or "in addition to" whatever it counts.
 */
const OCCASIONS_AFTER = new RegExp(
	`^\\s*(?:[\\p{Ll}-]+\\s+)?(?:${ROUTINE_OCCASIONS.join('|')})\\b`,
	'u'
);
const ASIDE_BEFORE = new RegExp(
	`\\b(?:not counting|excluding|besides|apart from|in addition to)\\s+(?:the\\s+)?${HEDGE}\\$?$`,
	'i'
);

/** The kinds of figure told in passing (see figureAsideKind). */
export type FigureAside =
	| 'setting share'
	| 'list entry'
	| 'signers'
	| 'occasions'
	| 'describing clause'
	| 'brackets'
	| 'sayers';

/**
 * Is the gap a figure told in passing (see above): a share that describes the setting, one item
 * of a list, a count of routine occasions, a figure in a clause describing something the sentence
 * names or in brackets, or how many people did the saying, writing or signing the sentence goes
 * on to tell?
 */
export function figureAside(q: Question): boolean {
	return figureAsideKind(q) !== undefined;
}

/** Which kind of figure told in passing the gap asks, if it asks one (see figureAside). */
export function figureAsideKind(q: Question): FigureAside | undefined {
	const parts = aroundGap(q);
	if (!parts || !asksForFigure(q)) return undefined;
	const { before, after } = parts;
	if (SHARE_BEFORE.test(before) && SHARE_AFTER.test(after)) return 'setting share';
	if (LIST_BEFORE.test(before) || LATER_ENTRY_BEFORE.test(before)) return 'list entry';
	if (SIGNERS_BEFORE.test(before)) return 'signers';
	if (OCCASIONS_AFTER.test(after) || ASIDE_BEFORE.test(before)) return 'occasions';
	if (COMMA_CLAUSE_BEFORE.test(before) && CLOSES_BEFORE_VERB.test(after))
		return 'describing clause';
	if (BARE_CLAUSE_BEFORE.test(before) && (after.split(/[;:.]/)[0]!.match(AUX) ?? []).length >= 2)
		return 'describing clause';
	if (OPEN_BRACKET_BEFORE.test(before) && CLOSE_BRACKET_AFTER.test(after)) return 'brackets';
	if (OPENS_SUBJECT.test(before) && REPORTING.test(after.replace(CREDIT_TAIL, ''))) return 'sayers';
	return undefined;
}

/**
 * A figure of the story's background rather than of its act: the setting's make-up, one entry
 * of a list, routine occasions beside the one reported, a number inside a clause or brackets
 * describing what the sentence names. Tuning readers marked such gaps as stray details ("four
 * other meetings at other summits", a district's share of one group, one watch's price) where
 * the story's main events went unasked; as a fact it waits behind those (select-misfit.ts) and
 * fills only a ten that nothing else fills. How many people signed or said what the sentence
 * tells is the act's own size, and keeps its place (only lowered, focus.ts).
 */
export function backgroundFigure(q: Question): boolean {
	const kind = figureAsideKind(q);
	return kind !== undefined && kind !== 'signers' && kind !== 'sayers';
}
