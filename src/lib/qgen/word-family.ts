/**
 * Two vocabulary items on one word family ("alleging" in one sentence, "allegation" in the
 * next) test one meaning twice, and the first answers the second: a reader marks the pair
 * as one question asked twice. WORD_SENSES lists such words as separate entries (each part
 * of speech has its own wrong senses), so the answer keys differ; the family is read here.
 *
 * Written by hand rather than with compromise's stemmer: the generator needs only to tell
 * that two single words share a root, and a short list of English derivational endings
 * does that without loading a tagger for two words.
 */

/** Endings that make a noun, adjective, adverb or verb form of one root, longest first. */
const ENDINGS = [
	'ations',
	'ation',
	'itions',
	'ition',
	'ments',
	'ment',
	'ships',
	'ship',
	'ances',
	'ance',
	'ences',
	'ence',
	'ities',
	'ity',
	'ions',
	'ion',
	'ingly',
	'edly',
	'ing',
	'ers',
	'er',
	'ed',
	'es',
	'ly',
	'ive',
	'al',
	's',
	'e'
];

/** The fewest letters a root keeps: "alleg" stays, "ring" does not become "r". */
const LEAST_ROOT = 4;

/** One word's root: its ending cut once, so "alleging", "alleged" and "allegation" meet. */
export function wordRoot(word: string): string {
	const w = word.toLowerCase();
	for (const end of ENDINGS)
		if (w.endsWith(end) && w.length - end.length >= LEAST_ROOT) return w.slice(0, -end.length);
	return w;
}

/** Do two single words share a root? Phrases ("deep state") are compared whole. */
export function sameWordFamily(a: string, b: string): boolean {
	const x = a.trim().toLowerCase();
	const y = b.trim().toLowerCase();
	if (!x || !y) return false;
	if (x === y) return true;
	if (/\s/.test(x) || /\s/.test(y)) return false;
	return wordRoot(x) === wordRoot(y);
}
