/** Small deterministic helpers every question family uses. */
import type { Choice, Question } from '$lib/bank/schema';
import { hashSeed } from '$lib/quiz/shuffle';
import { splitSentences } from './segment';
import type { Span } from './types';
import { normaliseSpace } from '$lib/content/space';
import { escapeRegExp } from '$lib/text/regexp';
import {
	CLAUSE_OPENERS,
	DANGLING_WORDS,
	EVALUATIVE_LABEL_WORDS,
	POSTS_NEEDING_BODY,
	TITLE_ABBREVIATIONS
} from './lexicon';
import { datelineEnd } from './dateline';

/** The quiz's FNV-1a seed hash as base-36: stable ids and a stable "shuffle" without Math.random. */
export function hash(text: string): string {
	return hashSeed(text).toString(36);
}

/** Order items by the hash of their text, so the key is not always first but the order never changes. */
export function stableOrder<T>(items: T[], text: (t: T) => string, salt = ''): T[] {
	return [...items].sort((a, b) => (hash(salt + text(a)) < hash(salt + text(b)) ? -1 : 1));
}

export function makeChoices(texts: string[], salt: string): Choice[] {
	return stableOrder(texts, (t) => t, salt).map((text, i) => ({ id: `c${i + 1}`, text }));
}

/**
 * The four choices of a contrast between two outlets: each outlet's own way (the key, "Daily A:
 * x; Daily B: y"), the two swapped, and one way for both ("Both: x", "Both: y"). Knowing one
 * side rules out half of them; only reading both finds the key. `x` and `y` come as the
 * choices print them (quoted or not).
 */
export function swappedPairChoices(
	first: string,
	x: string,
	second: string,
	y: string,
	both: string,
	salt: string
): { key: string; choices: Choice[] } {
	const pair = (p: string, q: string) => `${first}: ${p}; ${second}: ${q}`;
	const key = pair(x, y);
	return { key, choices: makeChoices([key, pair(y, x), `${both}: ${x}`, `${both}: ${y}`], salt) };
}

/**
 * The single-choice part of a draft on swappedPairChoices: its choices, keyed to `first`
 * doing `x` and `second` doing `y`. Every two-outlet "which does each do?" item spreads it.
 */
export function swappedPairItem(
	first: string,
	x: string,
	second: string,
	y: string,
	both: string,
	salt: string
): { type: 'single'; choices: Choice[]; correct: string[] } {
	const { key, choices } = swappedPairChoices(first, x, second, y, both, salt);
	return { type: 'single', choices, correct: [choiceId(choices, key)] };
}

/**
 * Outlet choices for a question keyed to `key`: the key and the story's other outlets, at most
 * `max` in all. A story may have more outlets than a question shows, and the key must always
 * be among them (taking the first `max` outlets once left it out, and choiceId then failed).
 */
export function outletChoices(
	outlets: readonly string[],
	key: string,
	max: number,
	salt: string
): Choice[] {
	const unique = [...new Set(outlets)];
	return makeChoices([key, ...unique.filter((o) => o !== key)].slice(0, max), salt);
}

export function choiceId(choices: Choice[], text: string): string {
	return choices.find((c) => c.text === text)!.id;
}

export const spanOf = (s: Span): Span => ({ articleId: s.articleId, start: s.start, end: s.end });

const DANGLING = new Set(DANGLING_WORDS);
const OPENERS = new Set(CLAUSE_OPENERS);
const bare = (w: string) => w.toLowerCase().replace(/^[“"‘'(]+|[”"’'),.;:!?]+$/g, '');
/**
 * A word that leaves its phrase open: a DANGLING_WORDS word, or a contraction or possessive
 * ("there's", "we're", "the mayor's"), which needs the words after it.
 */
const dangles = (w: string) => DANGLING.has(bare(w)) || /['’](?:s|re|ve|m|ll|d)$/i.test(bare(w));
const capitalised = (w: string | undefined) => !!w && /^[“"‘'(]?\p{Lu}/u.test(w);
/** A word that joins a capitalised name's parts ("Defense of Marriage Act", "Bank of America"). */
const NAME_JOINERS = new Set(['of', 'for', 'and', 'the', 'de', 'la']);

/**
 * How many of `words` to keep so the line stops at a natural pause: after a comma, semicolon,
 * colon or dash, else before a word that opens a clause ("and", "which"), keeping at least half
 * of `max`. With no pause in reach, the cut backs off words that leave a phrase open ("the",
 * "of", "has") and a capitalised name the next word continues ("… under the Defense of" before
 * "Marriage Act"), so the line never stops inside a name or after a word that needs its noun.
 */
function naturalCut(words: string[], max: number): number {
	const least = Math.max(5, Math.ceil(max / 2));
	// Punctuation first: "and" also joins two words of one phrase ("an open and fair trial").
	const marked = (last: string, next: string | undefined) =>
		/[,;:]$/.test(last) || (next !== undefined && /^(?:—|–|--|-)$/.test(next));
	const opens = (_: string, next: string | undefined) =>
		next !== undefined && OPENERS.has(bare(next));
	for (const pause of [marked, opens])
		for (let k = max; k >= least; k--)
			if (pause(words[k - 1]!, words[k]) && !dangles(words[k - 1]!)) return k;
	let k = max;
	for (;;) {
		if (k > least && dangles(words[k - 1]!)) k--;
		else if (
			k > least &&
			capitalised(words[k - 1]) &&
			(capitalised(words[k]) ||
				(NAME_JOINERS.has(bare(words[k] ?? '')) && capitalised(words[k + 1])))
		)
			k--;
		else break;
	}
	return k;
}

/**
 * Shorten a quote to at most `maxWords`, cutting at a sentence end when possible, else at a
 * natural pause (`naturalCut`): a line cut mid-name or mid-phrase reads as garbled.
 */
export function shortQuote(text: string, maxWords = 30): string {
	const clean = text
		.replace(/\s+/g, ' ')
		.trim()
		.replace(/[,;:.]$/, '');
	const words = clean.split(' ');
	if (words.length <= maxWords) return clean;
	const cut = words.slice(0, maxWords).join(' ');
	const sentences = splitSentences(cut);
	const first = sentences.length > 1 ? sentences[sentences.length - 2]! : undefined;
	if (first && first[1] > 30) return cut.slice(0, first[1]);
	const kept = words.slice(0, naturalCut(words, maxWords)).join(' ');
	return `${kept.replace(/\s*[,;:—–-]+$/, '')}…`;
}

export function listWords(items: string[]): string {
	if (items.length <= 1) return items.join('');
	return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/** An evaluative word in a label, with the "and" or comma that joins it to another ("brash, outspoken"). */
const EVALUATIVE_LABEL = new RegExp(
	`(?<![\\p{L}-])(?:${EVALUATIVE_LABEL_WORDS.map(escapeRegExp).join('|')})(?![\\p{L}-])(?:\\s*,|\\s+and\\b)?\\s*`,
	'giu'
);

/**
 * A role fit to stand after a name in feedback ("Jane Roe, mayor of Riverton, said this"), or
 * undefined. A role read off a sentence's opening words ("One official", "Another aide") or
 * cut from a longer title ("chief" of "editor in chief") garbles the line.
 */
export function roleLabel(role: string | undefined): string | undefined {
	const clean = role === undefined ? undefined : normaliseSpace(role);
	if (!clean) return undefined;
	if (/^(?:One|Two|Three|Another|Some|Several|Many|Other|A|An|The)\b/.test(clean)) return undefined;
	if (/^(?:chief|head|member|in chief)$/i.test(clean)) return undefined;
	// "Controversial Maine Gov.": the outlet's judgement is no part of the role feedback repeats.
	const neutral = clean.replace(EVALUATIVE_LABEL, '').trim();
	if (!/\p{L}{2}/u.test(neutral)) return undefined;
	// "Ann Roe, president, said this": a post with its body cut off dangles; the name alone reads.
	if (POSTS_NEEDING_BODY.includes(neutral.toLowerCase().replace(/^former\s+/, '')))
		return undefined;
	// "Former Rep." after a comma reads "former representative".
	return spellOutTitles(neutral.replace(/^Former\b/, 'former'));
}

/** Longest first, so "Lt. Gov." is read before "Gov.". */
const ABBREVIATED_TITLE = new RegExp(
	`(?<![\\p{L}.])(?:${Object.keys(TITLE_ABBREVIATIONS)
		.sort((a, b) => b.length - a.length)
		.map(escapeRegExp)
		.join('|')})(?=\\s|$)`,
	'giu'
);

/** "Sen." → "senator", "Riverton Gov." → "Riverton governor": abbreviations read as words. */
const spellOutTitles = (role: string) =>
	role.replace(ABBREVIATED_TITLE, (t) => TITLE_ABBREVIATIONS[t.toLowerCase()] ?? t);

/** A list bullet the importer left at a paragraph's start ("- ", "• "). */
// "-Dick has been …": a talking-points list may set the bullet flush against a capital.
const BULLET = /^(?:[-–—•*·]\s+|[-•*·](?=\p{Lu}\p{Ll}))/u;
/** Words that tie a sentence to the one before it; cut out of that context they dangle. */
const DANGLING_OPENER =
	/^(?:(?:Also|Plus|In addition|Additionally|Meanwhile|Moreover|Furthermore|However|Still),\s+|(?:Also|Plus|And|But)\s+)(?=[\p{L}\d“"])/u;
/** Adverbs that open a sentence; set inside another sentence they are written in lower case. */
const OPENING_ADVERB =
	/^(?:Earlier|Later|Previously|Recently|Separately|Then|Now|Last|This|That|These|Those|The|A|An|In|On|At|After|Before|When|While|As|More|Most|Even|Just|Since|Until|During|For|With|From|By|Under|Over|Some|Many|Several|All|Both|Each|Every|Its|Their|His|Her|Our|It|They|He|She|We|There|Once|Soon|Already|Instead|Today|Yesterday)\b(?=\s+[a-z\d])/;
/** "announcinghis": two words the cleaner joined; a gerund or past form runs into a pronoun or article. */
const JOINED_WORDS = /\b([a-z]{2,}(?:ing|ed))(his|her|their|the)\b/g;

/** Capitalise the first letter of `text` ("the council …" after a dropped "Also,"). */
const capitalise = (text: string) => text.replace(/^\p{Ll}/u, (c) => c.toUpperCase());

/** A sentence's own opening, tidied for a question: no bullet, no dangling "Also,". */
function tidyOpening(text: string): string {
	let out = text.replace(BULLET, '');
	// "NEW YORK, Dec. 22 (Wire) — ": the outlet's dateline, no part of the sentence a student reads.
	out = out.slice(datelineEnd(out));
	const opener = DANGLING_OPENER.exec(out);
	if (opener) out = capitalise(out.slice(opener[0].length));
	return out;
}

/**
 * Quotation marks that do not pair up: a source's own mark inside a quote the question cut
 * short. Inner marks go; the outer pair the template wrote stays.
 */
function balanceQuotes(text: string): string {
	let out = text;
	const opens = (out.match(/“/g) ?? []).length;
	const closes = (out.match(/”/g) ?? []).length;
	if (opens !== closes && opens > 0 && closes > 0) {
		const first = out.indexOf('“');
		const last = out.lastIndexOf('”');
		if (first < last)
			out =
				out.slice(0, first + 1) + out.slice(first + 1, last).replace(/[“”]/g, '') + out.slice(last);
	}
	const straight = [...out.matchAll(/"/g)].map((m) => m.index);
	if (straight.length % 2 === 1) {
		const lone = straight.at(-1)!;
		out = out.slice(0, lone) + out.slice(lone + 1);
	}
	return out.replace(/ {2,}/g, ' ');
}

/**
 * "Daily A reports that Daily A has learned …", "According to Daily A, Daily A has learned …":
 * a stem that credits an outlet with a clause whose subject is that outlet names it twice; the
 * clause alone already says whose account it is. Only where the name is followed by a verb in
 * lower case, so "Daily A reports that Daily A's reporter …" keeps its stem.
 */
const OUTLET_TWICE =
	/^(?:According to ([^,.?!]{2,60}), \1|([^,.?!]{2,60}?) reports that \2) (?=\p{Ll})/u;

/**
 * Prompt and choice text made clean to read: a sentence copied into a question loses a list
 * bullet and a dangling "Also," or "Plus"; after "reports that" its opening word goes to lower
 * case ("reports that earlier this year …"); joined words are split; quotation marks pair up.
 */
export function tidyText(text: string): string {
	let out = tidyOpening(text.replace(JOINED_WORDS, '$1 $2')).replace(OUTLET_TWICE, '$1$2 ');
	// A quoted sentence: at its opening mark, or after the colon that introduces it.
	out = out.replace(/(“|: )([^“”]*)/g, (_, mark: string, rest: string) => mark + tidyOpening(rest));
	// Inside another sentence: "reports that Also, the council …", "says that Earlier this year …".
	out = out.replace(/\b(that) (\S[^]*)$/, (_, word: string, rest: string) => {
		const opener = DANGLING_OPENER.exec(rest);
		const tail = opener ? rest.slice(opener[0].length) : rest;
		return `${word} ${OPENING_ADVERB.test(tail) ? tail.replace(/^\p{Lu}/u, (c) => c.toLowerCase()) : tail}`;
	});
	// “… the words 'thereof.'”. : the quoted sentence's own stop before the template's.
	out = out.replace(/[.,;:](['’]?)”([.?])/g, '$1”$2');
	return balanceQuotes(out);
}

/** The question's prompt and every text a student reads among its answers, tidied in place. */
export function tidyQuestion(q: Question): void {
	q.prompt = tidyText(q.prompt);
	// Feedback that quotes a report's first sentence ("Daily A wrote: “RIVERTON (AP) — …”") leaves
	// the dateline out as the prompt does; nothing else of the quoted sentence changes.
	q.explanation &&= q.explanation.replace(
		/“([^“”]*)/g,
		(_, rest: string) => `“${rest.slice(datelineEnd(rest))}`
	);
	if ('choices' in q && q.type !== 'truefalse')
		for (const c of q.choices) c.text = tidyText(c.text);
	if ('pairs' in q) for (const p of q.pairs) p.left = tidyText(p.left);
	if ('items' in q) for (const i of q.items) i.text = tidyText(i.text);
}
