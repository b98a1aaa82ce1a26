/**
 * Whether a wrong reason tells the effect it is offered for. Names are left out: most of a
 * story's events name its main actor ("the hearing for Jackson" beside "Jackson resigned from
 * Congress"), and a wrong answer naming the effect's own subject has a test of its own in
 * cause.ts. What is left must be the effect's own words: two of them, or one when either side
 * has only a few ("the resignation" beside "the mayor's resignation took effect").
 */
const FUNCTION_WORDS =
	/^(?:that|this|with|from|have|been|were|will|would|their|they|after|about|because)$/;

function commonWords(text: string): { all: number; common: Set<string> } {
	const common = new Set<string>();
	const all = new Set<string>();
	// A word written with a capital inside the text is a name.
	for (const m of text.matchAll(/(?<![\p{L}'’-])[\p{L}][\p{L}'’-]*/gu)) {
		const w = m[0];
		const lower = w.toLowerCase();
		if (w.length < 4 || FUNCTION_WORDS.test(lower)) continue;
		all.add(lower);
		// The first word's capital tells nothing ("Holiday party photo lines …"): it counts as common.
		if (m.index === 0 || !/^\p{Lu}/u.test(w)) common.add(lower);
	}
	return { all: all.size, common };
}

export function tellsEffect(phrase: string, effect: string): boolean {
	const cp = commonWords(phrase);
	const ce = commonWords(effect);
	let shared = 0;
	for (const w of cp.common) if (ce.common.has(w)) shared++;
	// How few words a side has counts its names too, as the older test did: only the shared
	// words leave them out.
	return shared >= 2 || (shared >= 1 && Math.min(cp.all, ce.all) <= 3);
}

/** "$447 billion", "16", "2,000": figures of two or more digits, as written. */
function figures(text: string): Set<string> {
	return new Set(
		(text.match(/\$?\d[\d,.]*\d(?:\s+(?:million|billion|trillion))?/g) ?? []).map((f) =>
			f.replace(/[,.]$/, '')
		)
	);
}

/**
 * Whether a wrong reason gives the key's own figure ("Republicans oppose the $40 million harbour
 * plan" beside "the $40 million harbour package failed"): one figure names one thing, so the
 * two tell of one thing in different words, and the phrase may be the key's own cause or the
 * key itself. A year ("in 2018") is a date, not a thing counted, and does not count.
 */
export function sharesFigure(phrase: string, key: string): boolean {
	const fk = figures(key);
	return [...figures(phrase)].some((f) => fk.has(f) && !/^(?:19|20)\d\d$/.test(f));
}

/**
 * "republicans oppose the plan" back to "Republicans oppose the plan": the first word, lowered as
 * a common noun opening a clause, is a name when the article writes it with a capital inside a
 * sentence too ("But Republicans oppose …", "the Republicans' plan"). "Demonstrators gathered"
 * stays lowered: the article writes "demonstrators" in mid-sentence, or only at a start.
 * Only a plural (the words asPhrase lowers as groups of people) is put back.
 */
export function nameRestored(phrase: string, articleText: string): string {
	// Only a plural group ("republicans"): a lowered "immigration" or "state" may have been a
	// common word that some name in the article also holds ("State Department").
	const m = /^([a-z]{3,}s)\s/.exec(phrase);
	if (!m) return phrase;
	const name = m[1]!.replace(/^./, (c) => c.toUpperCase());
	for (const hit of articleText.matchAll(new RegExp(`\\b${name}\\b`, 'g'))) {
		const before = articleText.slice(0, hit.index).trimEnd();
		if (
			before.length > 0 &&
			!/[.!?:"“”\n]$/.test(before) &&
			/\s$/.test(articleText.slice(0, hit.index))
		)
			return name + phrase.slice(name.length);
	}
	return phrase;
}
