/**
 * Where two outlets' transcriptions of one quote differ in wording. The words are aligned in
 * order (longest common subsequence), not looked up as a bag: "we debated it, then debated
 * the levy" against "we debated it, then rejected the levy" differs at the second "debated",
 * which a bag of words would miss because the first quote has the word elsewhere. Only a substitution inside the stretch both quotes cover counts: a quote cut
 * shorter, or one that only adds words, is no different wording of the same words. Spelling and
 * style variants (contractions, hyphens, "1 in 3" for "one in three", "towards" for "to") are not
 * a difference a teacher would ask about.
 */
import { FUNCTION } from './headline-lookup-words';

interface Token {
	text: string;
	start: number;
	end: number;
	key: string;
}

/** A word's comparison key: case, curly apostrophes, periods and hyphens ignored ("I.R.S." = "IRS"). */
const keyOf = (w: string) =>
	w
		.toLowerCase()
		.replace(/[’‘]/g, "'")
		.replace(/[^a-z0-9']/g, '');

function tokenise(text: string): Token[] {
	const out: Token[] = [];
	for (const m of text.matchAll(/[\p{L}\p{N}’'][\p{L}\p{N}’'.-]*/gu)) {
		const word = m[0].replace(/[.-]+$/, '');
		const key = keyOf(word);
		if (key && key !== "'")
			out.push({ text: word, start: m.index, end: m.index + word.length, key });
	}
	return out;
}

/** The words with contractions spelt out, so "we've" and "we have" read alike. */
const spelledWords = (words: string[]) =>
	words
		.join(' ')
		.replace(/\bcannot\b/g, 'can not')
		.replace(/n't\b/g, ' not')
		.replace(/'ve\b/g, ' have')
		.replace(/'re\b/g, ' are')
		.replace(/'ll\b/g, ' will')
		.replace(/'m\b/g, ' am')
		.replace(/'d\b/g, ' would')
		.replace(/\bwo not\b/g, 'will not')
		.replace(/\bca not\b/g, 'can not')
		.replace(/'/g, '')
		.split(/\s+/)
		.filter(Boolean);

/** Contractions spelt out and spaces dropped: one key for "we've" and "we have". */
const spelt = (words: string[]) => spelledWords(words).join('');

const NEGATION = /^(?:not|never)$/;
/**
 * One side says "not" or "never" where the other does not ("I will not resign" against "I
 * will resign", "won't" against "will"): the meaning is reversed, the clearest difference two
 * transcriptions can have, though the words that differ are function words.
 */
function negationOnly(a: string[], b: string[]): boolean {
	const [x, y] = [spelledWords(a), spelledWords(b)];
	const negs = (w: string[]) => w.filter((t) => NEGATION.test(t)).length;
	const [more, less] = negs(x) > negs(y) ? [x, y] : [y, x];
	if (negs(more) === negs(less) || negs(less) > 0) return false;
	return more.filter((t) => !NEGATION.test(t)).join(' ') === less.join(' ');
}

/** Prepositions and fillers that swap or drop out in transcription without changing what was said. */
const MINOR = /^(?:towards?|upon|onto|within|also|just|then|so|now|well|really|very)$/;
/** A content word: not a function word, and not a contracted pronoun ("they're", "we've"). */
const weighty = (key: string) =>
	key.length >= 3 && !key.includes("'") && !FUNCTION.test(key) && !MINOR.test(key);

/** Two forms of one word: they share their first four letters, or all of the shorter one. */
function variant(x: string, y: string): boolean {
	let common = 0;
	while (common < x.length && common < y.length && x[common] === y[common]) common++;
	return common >= Math.min(4, x.length, y.length);
}

export interface WordingDifference {
	/** The first quote's words where they differ, with up to two shared words either side. */
	a: string;
	/** The second quote's words there, with the same context. */
	b: string;
}

/**
 * The clearest place where `a` and `b` word the same stretch differently: a run of words each
 * has where the other has other words, between two words they share. Undefined when they only
 * differ in spelling, style or length.
 */
export function wordingDifference(a: string, b: string): WordingDifference | undefined {
	const ta = tokenise(a);
	const tb = tokenise(b);
	const n = ta.length;
	const m = tb.length;
	if (!n || !m || n * m > 40_000) return undefined;
	// lcs[i][j]: how many words ta[i..] and tb[j..] share in order (longest common subsequence).
	const lcs = Array.from({ length: n + 1 }, () => new Uint16Array(m + 1));
	for (let i = n - 1; i >= 0; i--)
		for (let j = m - 1; j >= 0; j--)
			lcs[i]![j] =
				ta[i]!.key === tb[j]!.key
					? lcs[i + 1]![j + 1]! + 1
					: Math.max(lcs[i + 1]![j]!, lcs[i]![j + 1]!);
	// Matched pairs in order.
	const pairs: [number, number][] = [];
	for (let i = 0, j = 0; i < n && j < m;) {
		if (ta[i]!.key === tb[j]!.key) pairs.push([i++, j++]);
		else if (lcs[i + 1]![j]! >= lcs[i]![j + 1]!) i++;
		else j++;
	}
	// Too little in common to call it one quote.
	if (pairs.length < 4) return undefined;
	let best: { score: number; a: string; b: string } | undefined;
	// A last word swapped ("we reject his visit" against "we reject his message") has no shared
	// word after it: the ends of both quotes close the stretch instead, for a run of one or two
	// words on each side (longer tails are more likely one outlet quoting on past the other).
	pairs.push([n, m]);
	const adjacent = (x: [number, number] | undefined, y: [number, number]) =>
		!!x && Math.abs(x[0] - y[0]) === 1 && Math.abs(x[1] - y[1]) === 1;
	for (let p = 0; p + 1 < pairs.length; p++) {
		const [i0, j0] = pairs[p]!;
		const [i1, j1] = pairs[p + 1]!;
		const tail = i1 === n && j1 === m;
		const wa = ta.slice(i0 + 1, i1);
		const wb = tb.slice(j0 + 1, j1);
		const ka = wa.map((t) => t.key);
		const kb = wb.map((t) => t.key);
		// The other version must have no "not" or "never" of its own near by: "should never have
		// been made" against "should have never, ever been made" only moves the word.
		const near = (t: Token[], from: number, to: number) =>
			t.slice(Math.max(0, from - 3), to + 4).map((x) => x.key);
		const negation =
			!tail &&
			wa.length + wb.length <= 2 &&
			negationOnly(ka, kb) &&
			![near(ta, i0, i1), near(tb, j0, j1)].every((w) =>
				spelledWords(w).some((x) => NEGATION.test(x))
			);
		// Both sides must hold words: one side adding words is a longer quote, not other wording
		// (unless what it adds is "not").
		if (!negation && (!wa.length || !wb.length || wa.length > 6 || wb.length > 6)) continue;
		// The tail must follow a run of three shared words and swap word for word: a lone shared
		// "the" far apart in the two quotes ("his plan for the ferry", "his plan today, said the
		// clerk") is no anchor.
		const run = (q: number) =>
			q >= 2 && [1, 2].every((k) => adjacent(pairs[q - k], pairs[q - k + 1]!));
		if (tail && (wa.length > 2 || wa.length !== wb.length || !run(p))) continue;
		if (!negation && spelt(ka) === spelt(kb)) continue;
		// Figures written two ways ("1 in 3", "one-in-three") are a house style, not a wording.
		if (ka.some((k) => /\d/.test(k)) || kb.some((k) => /\d/.test(k))) continue;
		// Another form of the same word ("run" for "running", "memoranda" for "memorandums") is
		// a slip of transcription, not a different wording; what is left must hold a content
		// word on both sides, or one side only dropped words ("have to" for "be able to" is
		// too fine a difference to key).
		const wordsA = ka.filter((k) => weighty(k) && !kb.some((o) => variant(k, o)));
		const wordsB = kb.filter((k) => weighty(k) && !ka.some((o) => variant(k, o)));
		if (!negation && (!wordsA.length || !wordsB.length)) continue;
		// A reversed meaning outranks any swap of words.
		const score = negation ? 100 : wordsA.length + wordsB.length;
		// Up to two shared words of context either side, when they are shared in one run (a
		// word only one quote has there would be a second difference).
		const lo = adjacent(pairs[p - 1], pairs[p]!) ? pairs[p - 1]! : pairs[p]!;
		const hi = tail
			? ([n - 1, m - 1] as [number, number])
			: adjacent(pairs[p + 2], pairs[p + 1]!) && pairs[p + 2]![0] < n
				? pairs[p + 2]!
				: pairs[p + 1]!;
		const cut = (text: string, tokens: Token[], from: number, to: number) =>
			text.slice(tokens[from]!.start, tokens[to]!.end);
		const sa = cut(a, ta, lo[0], hi[0]);
		const sb = cut(b, tb, lo[1], hi[1]);
		// A stretch across a sentence break ("anything. They restart") reads as a fragment.
		if (/[.!?]["”’]?\s/.test(sa) || /[.!?]["”’]?\s/.test(sb)) continue;
		if (!best || score > best.score) best = { score, a: sa, b: sb };
	}
	return best && { a: best.a, b: best.b };
}
