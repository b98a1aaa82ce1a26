/**
 * Does one question give away another's answer? The first ten are read by one student as a
 * set, so everything a question shows (its prompt, its choices, its part-B sentences and the
 * feedback after it) is read beside every other question. A question's secret is its key
 * next to the words that ask for it: the quote in "Who said “…”?", the words around a gap.
 * Another question reveals it when it prints those words with the key close by: a part-B
 * sentence “…,” Roe said, or feedback that quotes the gap's sentence whole.
 */
import nlp from 'compromise';
import type { Question } from '$lib/bank/schema';
import { escapeRegExp } from '$lib/text/regexp';
import { normalise } from './distractors';
import {
	COMMON_WORDS,
	FAMILY_ENDINGS,
	INSTITUTION_NOUNS,
	MONTHS,
	NEWS_ORG_WORDS,
	NUMBER_WORDS,
	REPORTING_VERBS
} from './lexicon';
import { memoByText } from './match-cache';
import { lexiconTags } from './entities';

export interface Secret {
	/** Normalised word runs that ask for the key (a quote's opening or closing words, a gap's neighbours). */
	cues: string[];
	/** Normalised forms of the key: a person's surname, an outlet, a number, a word. */
	answers: string[];
	/** Normalised phrases that hold the key in place ("resigned from congress"): printing one answers it. */
	phrases?: string[];
	/**
	 * The words that carry meaning right around a gap ("police" in "one of the ____ U.S. Capitol
	 * Police officers"): the key printed a few words from one of them answers the gap, even in
	 * other words ("two police officers were hurt").
	 */
	anchors?: { words: string[]; window: number };
	/**
	 * A one-word key's family ("criticized": "criticism", "critics", "criticize"), as the stems
	 * `familyStem` gives, with the gap's neighbours: another question that prints a word of the
	 * family where it would print the key ("drew criticism for the move" beside "Republicans
	 * ____ the move") gives the word away as surely as the key itself.
	 */
	family?: { stems: string[]; before?: string; after?: string };
	/**
	 * A key no other wording gives (a phrase of three words or more that is no name): another
	 * prompt that prints it anywhere tells the answer. Read in prompts only, since answer
	 * templates ("It cites a source it does not name") recur as choices.
	 */
	printed?: string[];
}

/** A cue shorter than this many words is too common to point at one question. */
const CUE_WORDS = 4;
/** How far (in characters of normalised text) from the cue the key may stand and still be read with it. */
const NEAR = 120;

const runs = (text: string, n = 5): string[] => {
	const w = normalise(text).split(' ').filter(Boolean);
	if (w.length < CUE_WORDS) return [];
	if (w.length <= n) return [w.join(' ')];
	return [w.slice(0, n).join(' '), w.slice(-n).join(' ')];
};

/** A word that carries meaning on its own, unlike "up", "to", "the". */
const CONTENT = /^(?:[a-z]{4,}|\d[\d ]*)$/;

/**
 * The words right beside a gap, reaching out until one of them carries meaning: "resigned
 * from ____" gives "resigned from", "faces up to ____" gives "faces up to". Another question
 * that prints them with the key beside them ("who resigned from Congress in November")
 * answers the gap.
 */
function gapSides(prompt: string): { before?: string; after?: string } {
	const at = prompt.indexOf('____');
	if (at < 0) return {};
	const side = (words: string[]) => {
		const out: string[] = [];
		for (const w of words) {
			out.push(w);
			if (CONTENT.test(w) && out.length >= 2) break;
			if (out.length === 4) break;
		}
		return out.some((w) => CONTENT.test(w)) && out.length >= 2 ? out : undefined;
	};
	const before = side(normalise(prompt.slice(0, at)).split(' ').filter(Boolean).reverse());
	const after = side(
		normalise(prompt.slice(at + 4))
			.split(' ')
			.filter(Boolean)
	);
	return { before: before?.reverse().join(' '), after: after?.join(' ') };
}

/** The noun right after a gap, when it is a content word: "people" in "____ people were killed". */
function countedNoun(prompt: string): string | undefined {
	const at = prompt.indexOf('____');
	if (at < 0) return undefined;
	const next = normalise(prompt.slice(at + 4))
		.split(' ')
		.filter(Boolean)[0];
	return next && /^[a-z]{4,}$/.test(next) ? next : undefined;
}

/** How many words apart a key and an anchor may stand and still be read together. */
const ANCHOR_WINDOW = { count: 3, name: 6 };
/** How many words on each side of a gap may hold its anchors. */
const ANCHOR_REACH = 4;
/**
 * The content words next to a gap: the nearest one before it, and those among the next few
 * words after it (the counted noun sits behind its modifiers: "____ U.S. Capitol Police officers").
 * Template, reporting and common words ("said", "writes") anchor nothing.
 */
function gapAnchors(prompt: string, answers: readonly string[]): string[] {
	const at = prompt.indexOf('____');
	if (at < 0) return [];
	const meaningful = (w: string) =>
		/^[a-z]{4,}$/.test(w) &&
		!TEMPLATE_WORDS.has(w) &&
		!answers.some((a) => a.split(' ').includes(w));
	const before = normalise(prompt.slice(0, at)).split(' ').filter(Boolean).reverse();
	const after = normalise(prompt.slice(at + 4))
		.split(' ')
		.filter(Boolean)
		.slice(0, ANCHOR_REACH);
	const nearestBefore = before.slice(0, ANCHOR_REACH).find(meaningful);
	return [...new Set([...(nearestBefore ? [nearestBefore] : []), ...after.filter(meaningful)])].map(
		stem
	);
}

/** The words around a gap, longer runs: feedback that quotes the gap's sentence whole. */
function gapCues(prompt: string): string[] {
	const at = prompt.indexOf('____');
	if (at < 0) return [];
	const before = normalise(prompt.slice(0, at)).split(' ').filter(Boolean).slice(-4);
	const after = normalise(prompt.slice(at + 4))
		.split(' ')
		.filter(Boolean)
		.slice(0, 4);
	const cues: string[] = [];
	if (before.length >= 3) cues.push(before.join(' '));
	if (after.length >= 3) cues.push(after.join(' '));
	return cues;
}

/** Phrases the prompt quotes (“…”), the words a who-said or which-outlet question asks about. */
const quotedIn = (prompt: string) =>
	[...prompt.matchAll(/[“"]([^”"]{12,})[”"]/g)].flatMap((m) => runs(m[1]!));

/**
 * "According to the Planet, who opened the harbour office on Friday?": what the person did.
 * Another question that prints it beside the name ("Lee opened the harbour office on
 * Friday" as a choice of a why question) answers it. "Who said" quotes are cued above.
 */
const whoDid = (prompt: string) => {
	const m = /\bwho\s+([^?“”"]{12,})\?\s*$/i.exec(prompt);
	if (!m) return [];
	// "who said that if the president wants …, Republicans should …?" reports words without
	// quoting them: what was said is the cue, as a quote's words are.
	const said = /^(?:said|says|argued|warned|claimed)\s+(?:that\s+)?(.{12,})$/i.exec(m[1]!);
	return runs(said ? said[1]! : m[1]!);
};

/**
 * "According to the Planet, where did Ann Roe open a harbour office?" (candidates/where-fact.ts):
 * the subject's last name. Another question that prints it beside the place ("Roe won the
 * primaries in Ohio and Iowa") answers it, in whatever words it tells the act.
 */
const wherePlaced = (prompt: string) => {
	const m =
		/^According to [^,]+, (?:where|in which of these places)\s+[a-z]+\s+(?:the\s+)?((?:[A-Z][\p{L}'’.-]*\s+)*[A-Z][\p{L}'’.-]*)/u.exec(
			prompt
		);
	const last = m ? normalise(m[1]!.split(/\s+/).pop()!) : '';
	return last.length >= 3 ? [last] : [];
};

/**
 * "Who is quoted using the words “act of terror”?": a phrase of two or three words is too short
 * for a cue of its own anywhere, but asked as the words someone used it points at one
 * question, and another question that prints it beside the speaker's name answers it.
 */
const usedWords = (prompt: string) => {
	const m = /^Who\b[^“"?]*\bwords\s+[“"]([^”"]+)[”"]\?\s*$/.exec(prompt);
	const words = m ? normalise(m[1]!).split(' ') : [];
	return words.length >= 2 && words.length < CUE_WORDS && words.some((w) => /^[a-z]{5,}$/.test(w))
		? [words.join(' ')]
		: [];
};

/** A person's name is given away by the surname; anything else by all of its words. */
function answerForms(key: string): string[] {
	const n = normalise(key);
	if (!n) return [];
	const words = key.trim().split(/\s+/);
	const person =
		words.length >= 2 &&
		words.length <= 5 &&
		words.every((w) => /^[A-Z][\p{L}.'’-]*$/u.test(w) || /^(?:de|van|von|al|bin)$/.test(w));
	if (person) {
		const surname = normalise(words.filter((w) => !/^(?:Jr|Sr|II|III|IV)\.?$/.test(w)).at(-1)!);
		if (surname.length >= 3) return [surname];
	}
	// A one-digit count ("2") is read in its spelled form ("two police officers").
	if (/^\d$/.test(n)) return WORD_FOR[n] ? [n, WORD_FOR[n]] : [];
	if (n.length < 2) return [];
	// "July 13" is "13 July" in British English (and in some headlines): the same day.
	const [first, second] = n.split(' ');
	if (
		n.split(' ').length === 2 &&
		(MONTHS as readonly string[]).includes(first!) &&
		/^\d{1,2}$/.test(second!)
	)
		return [n, `${second} ${first}`];
	if (
		n.split(' ').length === 2 &&
		(MONTHS as readonly string[]).includes(second!) &&
		/^\d{1,2}$/.test(first!)
	)
		return [n, `${second} ${first}`];
	return [n];
}

const keyText = (q: Question): string[] => {
	switch (q.type) {
		case 'single':
		case 'evidence':
			return (q.choices ?? []).filter((c) => q.correct?.includes(c.id)).map((c) => c.text);
		case 'cloze':
			return q.accepted ?? [];
		case 'numeric':
			return q.answer === undefined ? [] : [String(q.answer)];
		default:
			return [];
	}
};

/** "True or false: it was Roe who said …": who really said it (Roe when true, else the feedback's name). */
function trueSpeaker(q: Question): string | undefined {
	if (q.type !== 'truefalse') return undefined;
	const named = /\bit was (.+?) who said [“"]/i.exec(q.prompt)?.[1];
	return q.correct?.includes('true')
		? named
		: /\bIt was (.+?)(?:,| who said)/.exec(q.explanation ?? '')?.[1];
}

/** A key of this many words or more, not a name, is a phrase no other wording gives by chance. */
const PHRASE_WORDS = 3;

/** What a question asks for, as words that would give it away; none when it cannot be told apart. */
export function secretsOf(q: Question): Secret[] {
	// "True or false: it was Roe who said “…”": the secret is who really said it.
	if (q.type === 'truefalse') {
		const m = /\bit was (.+?) who said [“"](.+?)[”"]/i.exec(q.prompt);
		const speaker = trueSpeaker(q);
		const cues = m ? runs(m[2]!) : [];
		const answers = speaker ? answerForms(speaker) : [];
		return cues.length && answers.length ? [{ cues, answers }] : [];
	}
	if (q.type === 'matching')
		return (q.pairs ?? [])
			.map((p) => ({ cues: runs(p.left), answers: answerForms(p.right) }))
			.filter((s) => s.cues.length && s.answers.length);
	const keys = keyText(q);
	if (!keys.length) return [];
	const cues = [
		...gapCues(q.prompt),
		...quotedIn(q.prompt.replace(/[“"][^”"]*____[^”"]*[”"]/g, '')),
		...whoDid(q.prompt),
		...usedWords(q.prompt),
		...wherePlaced(q.prompt)
	];
	const answers = [...new Set(keys.flatMap(answerForms))];
	const { before, after } = gapSides(q.prompt);
	// A count is held in place by the noun it counts: "____ people were killed" is answered by
	// "with 50 people killed" in another question, whatever verb follows.
	const counted = /^(?:\d[\d ]*|[a-z]+)$/.test(answers[0] ?? '')
		? countedNoun(q.prompt)
		: undefined;
	const phrases = [
		...answers.flatMap((a) => [
			...(before ? [`${before} ${a}`] : []),
			...(after ? [`${a} ${after}`] : []),
			...(counted && (/^\d/.test(a) || NUMBER_WORDS[a] !== undefined) ? [`${a} ${counted}`] : [])
		]),
		...typedNameForms(q)
	];
	// "early endorsements from superdelegates" (see Secret.printed).
	const printed = answers.filter(
		(a) =>
			a.split(' ').length >= PHRASE_WORDS &&
			keys.some((k) => normalise(k) === a && /(?:^|\s)\p{Ll}/u.test(k))
	);
	const anchorWords = gapAnchors(q.prompt, answers);
	const anchors = anchorWords.length
		? {
				words: anchorWords,
				window: answers.every((a) => /^(?:\d[\d ]*|[a-z]+)$/.test(a) && isCount(a))
					? ANCHOR_WINDOW.count
					: ANCHOR_WINDOW.name
			}
		: undefined;
	const family = familyOf(keys, before, after);
	return (cues.length || phrases.length || anchors || printed.length) && answers.length
		? [{ cues, answers, phrases, anchors, printed, ...(family ? { family } : {}) }]
		: [];
}

/** Letters a word must keep once an inflection ("-ing", "-ed", "-s") is taken off. */
const INFLECTED_REST = 3;

const stemMemo = new Map<string, string>();
/**
 * The root a word shares with the rest of its family: "criticism", "criticized", "critics" →
 * "critic"; "decision", "decided" → "decid"; "rise", "rising", "rises" → "ris". One ending of
 * FAMILY_ENDINGS (lexicon.ts) or one inflection comes off, never both, so "nation" or
 * "sentence" keep their endings and meet no "nate" or "sent". Irregular forms ("rose") are
 * the key's side's business (`familyOf`).
 */
export function familyStem(word: string): string {
	let out = stemMemo.get(word);
	if (out !== undefined) return out;
	let w = word;
	const ending = FAMILY_ENDINGS.find(
		([end, , rest]) => w.endsWith(end) && w.length - end.length >= rest
	);
	if (ending) w = w.slice(0, -ending[0].length) + ending[1];
	else {
		const rest = (end: string) => w.endsWith(end) && w.length - end.length >= INFLECTED_REST;
		if (rest('ies') || rest('ied')) w = `${w.slice(0, -3)}y`;
		else if (rest('ing')) w = w.slice(0, -3);
		else if (rest('ed')) w = w.slice(0, -2);
		else if (/(?:s|x|z|ch|sh)es$/.test(w) && rest('es')) w = w.slice(0, -2);
		else if (/[^s]s$/.test(w) && rest('s')) w = w.slice(0, -1);
	}
	out = w
		.replace(/(?<=\w{3})e$/, '')
		.replace(/([b-df-hj-np-tv-z])\1$/, '$1')
		.replace(/y$/, 'i');
	stemMemo.set(word, out);
	return out;
}

/**
 * A one-word key's family: the stems of the key and, for a verb, of every form compromise
 * conjugates it to ("rising" → "rose", "risen"), so that "prices rose" elsewhere gives away
 * "prices were ____ " keyed "rising". Names, numbers and phrases have none.
 */
function familyOf(keys: readonly string[], before?: string, after?: string): Secret['family'] {
	const words = keys
		.map((k) => k.trim().replace(/^(?:a|an|the)\s+/, ''))
		.filter(
			(k) =>
				/^[a-z]{3,}$/.test(k) &&
				NUMBER_WORDS[k] === undefined &&
				!(MONTHS as readonly string[]).includes(k)
		);
	if (!words.length) return undefined;
	const stems = new Set<string>();
	for (const w of words) {
		stems.add(familyStem(w));
		for (const f of conjugations(w)) stems.add(familyStem(f));
	}
	return { stems: [...stems], before, after };
}

/** Every form of the verb a word may be a form of, when compromise conjugates it back to the word. */
export function conjugations(word: string): string[] {
	const world = nlp.world() as unknown as {
		methods: {
			two: {
				transform: {
					verb: {
						toInfinitive: (w: string, model: unknown, tense?: string) => string;
						conjugate: (inf: string, model: unknown) => Partial<Record<string, string>>;
					};
				};
			};
		};
		model: unknown;
	};
	const verb = world.methods.two.transform.verb;
	const out = new Set<string>();
	for (const tense of ['PastTense', 'PresentTense', 'Gerund', 'Participle']) {
		const inf = verb.toInfinitive(word, world.model, tense);
		if (!inf || inf === word) continue;
		const forms = Object.entries(verb.conjugate(inf, world.model))
			.filter(([k, v]) => k !== 'FutureTense' && v)
			.map(([, v]) => v!);
		if (forms.includes(word)) for (const f of [inf, ...forms]) out.add(f);
	}
	return [...out];
}

/** The words of a shown text that belong to the key's family, other than the answers themselves. */
function familyWordsIn(text: string, secret: Secret): string[] {
	const family = secret.family;
	if (!family) return [];
	const out = new Set<string>();
	for (const w of text.split(' '))
		if (
			/^[a-z]{3,}$/.test(w) &&
			!secret.answers.includes(w) &&
			family.stems.includes(familyStem(w))
		)
			out.add(w);
	return [...out];
}

/** "Department of Justice" → "doj", "dj"; "U.S. Capitol Police" → "uscp": a name's initials. */
function initialsOf(name: string): string[] {
	const words = name.split(/[\s-]+/).filter(Boolean);
	const letter = (w: string) => (/^(?:[A-Z]\.){2,}$/.test(w) ? w.replace(/\./g, '') : w[0]!);
	const content = words
		.filter((w) => /^\p{Lu}/u.test(w))
		.map(letter)
		.join('');
	const withSmall = words
		.filter((w) => /^\p{Lu}/u.test(w) || /^(?:of|for|and|on)$/.test(w))
		.map(letter)
		.join('');
	return [...new Set([content, withSmall])]
		.filter((i) => i.length >= 3)
		.map((i) => i.toLowerCase());
}

/** A capitalised run of words in a text, small words between ("Department of Justice"). */
const CAPITALISED_RUN =
	/(?:\p{Lu}[\p{L}.'’-]*\s+(?:(?:of|for|and|on|the)\s+)*)+\p{Lu}[\p{L}.'’-]*/gu;

/**
 * Every stretch of a capitalised run that starts and ends on a capitalised word: a title-case
 * headline is one long run ("Department Of Harbours Opens Inquiry"), and the name is inside it.
 */
function namesWithin(run: string): string[] {
	const words = run.split(/\s+/);
	const out: string[] = [];
	for (let i = 0; i < words.length; i++)
		for (let j = i + 1; j < words.length; j++)
			if (/^\p{Lu}/u.test(words[i]!) && /^\p{Lu}/u.test(words[j]!))
				out.push(words.slice(i, j + 1).join(' '));
	return out;
}

/**
 * The forms of a name typed into a gap that would give it away wherever the set prints them:
 * a reader who has to recall "Department of Justice" only copies it when another item's
 * prompt, choice or feedback names the body, as "the Justice Department" or "the DOJ" too.
 * Counts, dates and lone head nouns ("Committee") are left to the gap's own words.
 */
export function typedNameForms(q: Question): string[] {
	if (q.type !== 'cloze') return [];
	const names = (q.accepted ?? [])
		.map((f) => f.trim().replace(/^the\s+/i, ''))
		.filter(
			(f) =>
				(/\s/.test(f) && /^\p{Lu}/u.test(f) && !/\d/.test(f)) ||
				/^[A-Z](?:[A-Z]|\.){1,7}$/.test(f) ||
				(/^\p{Lu}\p{Ll}{3,}$/u.test(f) && !INSTITUTION_NOUNS.includes(f.toLowerCase()))
		);
	return [
		...new Set([...names.map(normalise), ...names.filter((n) => /\s/.test(n)).flatMap(initialsOf)])
	].filter((f) => f.length >= 2);
}

/**
 * The forms of a name chosen for a gap ("Daily A writes: “The ____ opened an inquiry.” Which
 * organisation?"): the name, a person's surname, and a body's short form. Printed in any
 * headline, in full or short ("IRS" above a gap keyed "Internal Revenue Service"), the choice
 * is picked from there; a headline's full name also gives away a key in short form.
 */
export function chosenNameForms(q: Question): string[] {
	if (q.type !== 'single' || !q.prompt.includes('____')) return [];
	const names = keyText(q)
		.map((k) => k.trim().replace(/^the\s+/i, ''))
		.filter((k) => /^\p{Lu}/u.test(k) && !/\d/.test(k) && !MONTH_OR_DAY.test(k));
	return [
		...new Set([
			...names.flatMap(spottedForms),
			...names.filter((n) => /^[A-Z](?:[A-Z]|\.){1,7}$/.test(n)).map(normalise),
			...names.filter((n) => /\s/.test(n)).flatMap(initialsOf)
		])
	].filter((f) => f.length >= 2);
}

/**
 * The surname of a person's full name typed into a gap ("Jane Roe" → "roe"): a headline that
 * calls the person by surname alone ("Roe Quits Harbour Board") gives the typed name away as
 * surely as a chosen one (chosenNameForms). Only for the headlines: another item printing the
 * surname gives a typed full name away less (typedNameForms keeps to whole names).
 */
function typedSurnames(q: Question): string[] {
	if (q.type !== 'cloze') return [];
	return (q.accepted ?? []).flatMap((a) => {
		const words = a.trim().split(/\s+/);
		// A first name opens it: "White House" is no person, and "House" above it no giveaway.
		if (words.length < 2 || !lexiconTags(words[0]!).has('FirstName')) return [];
		const forms = spottedForms(a);
		return forms.length === 1 && !/\s/.test(forms[0]!) ? forms : [];
	});
}

/** A month or a weekday: a date key, which the headline's own date logic reads. */
const MONTH_OR_DAY = new RegExp(
	`^(?:${[...MONTHS, 'jan', 'feb', 'aug', 'sept', 'sep', 'oct', 'nov', 'dec', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'].join('|')})\\b`,
	'i'
);

/** A number in digits or words: "12", "twelve". */
const isCount = (a: string) => /^\d[\d ]*$/.test(a) || NUMBER_WORDS[a] !== undefined;

/** Does the text print one of the answers within `window` words of one of the anchors? */
function nearAnchor(text: string, answers: readonly string[], anchors: Secret['anchors']): boolean {
	if (!anchors) return false;
	const words = text.split(' ');
	const anchorAt = words.flatMap((w, i) => (anchors.words.includes(stem(w)) ? [i] : []));
	if (!anchorAt.length) return false;
	// "2" is printed "two" as often as not.
	const forms = answers.flatMap((a) =>
		WORD_FOR[a]
			? [a, WORD_FOR[a]]
			: NUMBER_WORDS[a] !== undefined
				? [a, String(NUMBER_WORDS[a])]
				: [a]
	);
	for (const answer of forms) {
		const parts = answer.split(' ');
		for (let i = 0; i + parts.length <= words.length; i++) {
			if (!parts.every((p, k) => words[i + k] === p)) continue;
			const last = i + parts.length - 1;
			if (anchorAt.some((j) => (j > last ? j - last : i - j) <= anchors.window)) return true;
		}
	}
	return false;
}

/** Everything a question shows the student, one piece per place it is shown. */
export function shownTexts(q: Question, withFeedback = true): string[] {
	// Hand-made drafts in tests may leave out fields a stored question always has.
	const out = [q.prompt];
	if ('choices' in q && q.type !== 'truefalse') out.push(...(q.choices ?? []).map((c) => c.text));
	if (q.type === 'evidence') out.push(...(q.evidenceChoices ?? []).map((c) => c.text));
	if (q.type === 'matching')
		out.push(...(q.pairs ?? []).flatMap((p) => [p.left, p.right]), ...(q.extraRights ?? []));
	if (q.type === 'ordering') out.push(...(q.items ?? []).map((i) => i.text));
	if (withFeedback && q.explanation) out.push(q.explanation);
	return out.map(normalise);
}

/** Each shown text is searched for many words: it is padded once (match-cache.ts). */
const padded = memoByText((text: string) => ` ${text} `);

function positions(text: string, word: string): number[] {
	const at: number[] = [];
	const within = padded(text);
	const needle = ` ${word} `;
	let i = within.indexOf(needle);
	while (i >= 0) {
		at.push(i);
		i = within.indexOf(needle, i + 1);
	}
	return at;
}

/** Does any shown piece print one of the secret's cues with its key close by? */
export function reveals(shown: string[], secret: Secret): boolean {
	// shownTexts puts the prompt first.
	if (shown[0] && secret.printed?.some((p) => positions(shown[0]!, p).length)) return true;
	for (const text of shown) {
		if (secret.phrases?.some((p) => positions(text, p).length)) return true;
		// "criticism" where the key is "criticized": a word of its family, read in its place.
		const kin = familyWordsIn(text, secret);
		const { before, after } = secret.family ?? {};
		if (
			kin.some(
				(w) =>
					(before && positions(text, `${before} ${w}`).length) ||
					(after && positions(text, `${w} ${after}`).length)
			)
		)
			return true;
		const answers = kin.length ? [...secret.answers, ...kin] : secret.answers;
		if (nearAnchor(text, answers, secret.anchors)) return true;
		for (const cue of secret.cues) {
			for (const c of positions(text, cue))
				for (const answer of answers)
					for (const a of positions(text, answer)) {
						const gap = a < c ? c - (a + answer.length) : a - (c + cue.length);
						if (gap <= NEAR) return true;
					}
		}
	}
	return false;
}

/**
 * Part B of a two-part question is shown beside part A: a sentence there that prints the
 * asked quote with its speaker answers part A for the student.
 */
export function revealsItself(q: Question): boolean {
	if (q.type !== 'evidence') return false;
	const partB = (q.evidenceChoices ?? []).map((c) => normalise(c.text));
	return secretsOf(q).some((s) => reveals(partB, s));
}

/** A number or a date, as normalised text: "25", "three", "oct 28 2016". */
const countOrDate = (n: string) =>
	/\d/.test(n) || n.split(' ').every((w) => NUMBER_WORDS[w] !== undefined);
/** Counts up to this are everyday words ("three days", "two lanes"): as a wrong choice they point at nothing. */
const SMALL_COUNT = 12;
/** A date ("oct 28 2016"), an amount ("48 billion") or a count above the everyday ones ("25"). */
const distinctiveFigure = (n: string) =>
	(/\d/.test(n) && /[a-z]/.test(n)) ||
	(/^\d[\d ]*$/.test(n) && Number(n.replace(/ /g, '')) > SMALL_COUNT);

/**
 * Does the true/false statement `a` print `b`'s key, a figure or a date (a count above the
 * everyday ones, an amount, a day)? The statement is a reported sentence printed whole, often
 * another sentence than the gap's, so no cue words sit beside the figure there: "Fill the gap:
 * the city will spend $____ million" and "True or false? The $48 million plan was approved in
 * May" tell the figure all the same. Small counts are left to the counted noun (`secretsOf`).
 */
export function statementPrintsKey(a: Question, b: Question): boolean {
	if (a.type !== 'truefalse' || b.type === 'truefalse') return false;
	const keys = keyText(b).map(normalise).filter(distinctiveFigure);
	if (!keys.length) return false;
	const shown = shownTexts(a);
	return keys.some((k) => shown.some((t) => positions(t, k).length > 0));
}

/** The normalised texts of a choice question's choices, split into its keys and the rest. */
function choiceTexts(q: Question): { keys: string[]; others: string[] } {
	if ((q.type !== 'single' && q.type !== 'evidence') || !q.choices) return { keys: [], others: [] };
	const keys = q.choices.filter((c) => q.correct?.includes(c.id)).map((c) => normalise(c.text));
	const others = q.choices.filter((c) => !q.correct?.includes(c.id)).map((c) => normalise(c.text));
	return { keys, others };
}

/**
 * Does `a` offer `b`'s key (a date, an amount, a count above the everyday ones) among its
 * wrong choices? "Oct. 28, 2016" as a wrong date in one item and the key of the next tells the
 * student which of b's dates the story uses. Names are left alone: every who-question offers
 * the story's people; and so are small counts, which any gap about days or lanes offers.
 */
export function offersKey(a: Question, b: Question): boolean {
	const offered = new Set(choiceTexts(a).others);
	const bKeys = [...choiceTexts(b).keys, ...(b.type === 'cloze' ? (b.accepted ?? []) : [])]
		.map(normalise)
		.filter(distinctiveFigure);
	return bKeys.some((k) => offered.has(k));
}

/** The words of an event that carry meaning: four letters or more, less the everyday ones. */
const eventContent = (text: string) =>
	new Set(
		normalise(text)
			.split(' ')
			.filter((w) => /^[a-z][a-z'-]{3,}$/.test(w) && !COMMON_WORDS.has(w))
	);
/** Those of them printed in lower case: the act and its things ("filed", "lawsuit"), not names. */
const actWords = (text: string) => {
	const lower = new Set(text.split(/[^\p{L}]+/u).filter((w) => /^[a-z]/.test(w)));
	return new Set([...eventContent(text)].filter((w) => lower.has(w)));
};
/** This share of the shorter side's meaningful words, and at least this many, shared by a choice and another item's key. */
const EVENT_SHARE = 0.5;
const EVENT_WORDS = 3;
/** Of the shared words, at least this many in lower case: two events of one story share its names. */
const ACT_WORDS = 2;
/** "filed", "found", "resigned": a verb the two share tells one act, where shared things alone do not. */
const verbForm = (w: string) => {
	const tags = lexiconTags(w);
	return /^[a-z]{3,}ed$/.test(w) || tags.has('PastTense') || tags.has('PresentTense');
};

/**
 * Does `a` offer as a choice the event that `b` (a why or main-idea item) keys? Events are
 * told in other words from item to item ("the party on Friday filed a federal lawsuit against
 * campaign officials" beside the key "the committee filed a lawsuit Friday against … the
 * campaign"), so the test is the words they share, not an exact match: half the meaningful
 * words of the shorter of the two, three or more, two of them no name (the story's people and
 * places are in most of its events) and one of those a verb ("the agreement forced Iran to give
 * up its nuclear material" shares the deal's words with "Macron urged Trump to stay in the Iran
 * nuclear agreement", not its act). Read as a set, one item then marks as wrong what the
 * other marks as right, prints the other's answer among its choices, or keys one event twice.
 * `wrongOnly`: among its wrong choices only (the item that does so is the one at fault).
 */
export function offersEventKey(a: Question, b: Question, wrongOnly = false): boolean {
	if (b.skill !== 'inference' || a.type !== 'single' || !a.choices) return false;
	if (b.type !== 'single') return false;
	const correct = b.correct ?? [];
	const keys = (b.choices ?? [])
		.filter((c) => correct.includes(c.id))
		.map((c) => ({ all: eventContent(c.text), acts: actWords(c.text) }));
	if (!keys.length) return false;
	const offered = wrongOnly ? a.choices.filter((c) => !a.correct?.includes(c.id)) : a.choices;
	return offered.some((c) => {
		const ws = eventContent(c.text);
		const acts = actWords(c.text);
		if (ws.size < EVENT_WORDS) return false;
		return keys.some((k) => {
			const shared = [...ws].filter((w) => k.all.has(w));
			const sharedActs = shared.filter((w) => acts.has(w) && k.acts.has(w));
			return (
				shared.length >= EVENT_WORDS &&
				shared.length / Math.min(ws.size, k.all.size) >= EVENT_SHARE &&
				sharedActs.length >= ACT_WORDS &&
				sharedActs.some(verbForm)
			);
		});
	});
}

/** Of a choice's meaningful words, this share (and at least STATEMENT_WORDS) in a true/false statement. */
const STATEMENT_SHARE = 0.8;
const STATEMENT_WORDS = 4;

/**
 * Does `a` print, as one of its choices, the sentence the true/false statement `b` asks about?
 * A why item's wrong answers are true statements from the article ("O'Malley spoke of a visit to
 * a mosque"); beside "True or false? Roe spoke of a visit to a mosque" the choice shows who did,
 * and the student reads the answer off the other item. Most of the choice's meaningful words
 * stand in the statement: one swapped name or figure leaves the rest of it the same.
 */
export function choicePrintsStatement(a: Question, b: Question): boolean {
	if (b.type !== 'truefalse' || (a.type !== 'single' && a.type !== 'evidence') || !a.choices)
		return false;
	const statement = /\btrue or false\?\s+(.+)$/is.exec(b.prompt)?.[1];
	if (!statement) return false;
	const stated = eventContent(statement);
	return a.choices.some((c) => {
		const ws = [...eventContent(c.text)];
		const shared = ws.filter((w) => stated.has(w)).length;
		return shared >= STATEMENT_WORDS && shared / ws.length >= STATEMENT_SHARE;
	});
}

/** Choices two items may share and still read as two questions. */
const SHARED_CHOICES = 2;
/**
 * Two number or date gaps from one article offering mostly the same choices ("13 | 12 | 33 |
 * 25" and "33 | 25 | 6 | 12") read as one question asked twice.
 */
export function sameNumberChoices(a: Question, b: Question): boolean {
	if (a.evidence[0]?.articleId !== b.evidence[0]?.articleId) return false;
	const ca = (a.type === 'single' ? (a.choices ?? []) : []).map((c) => normalise(c.text));
	const cb = new Set((b.type === 'single' ? (b.choices ?? []) : []).map((c) => normalise(c.text)));
	const shared = ca.filter((t) => countOrDate(t) && cb.has(t)).length;
	return shared > SHARED_CHOICES;
}

/** Either question gives away the other's answer, or offers the other's key among its choices. */
export function clash(a: Question, b: Question): boolean {
	return (
		secretsOf(b).some((s) => reveals(shownTexts(a), s)) ||
		secretsOf(a).some((s) => reveals(shownTexts(b), s)) ||
		choicesClash(a, b)
	);
}

/**
 * The part of `clash` read from the two questions' choices and statements alone: one offers the
 * other's key, prints its figure or its true sentence, keys its event, or repeats its number
 * choices. Selection (select-pairs.ts, givesAway) asks this beside its own precomputed secrets.
 */
export function choicesClash(a: Question, b: Question): boolean {
	return (
		offersKey(a, b) ||
		offersKey(b, a) ||
		statementPrintsKey(a, b) ||
		statementPrintsKey(b, a) ||
		choicePrintsStatement(a, b) ||
		choicePrintsStatement(b, a) ||
		offersEventKey(a, b) ||
		offersEventKey(b, a) ||
		sameNumberChoices(a, b)
	);
}

/** Number words by value, for a key written in digits ("3") that the prompt spells out ("three"). */
const WORD_FOR: Record<string, string> = Object.fromEntries(
	Object.entries(NUMBER_WORDS).map(([w, n]) => [String(n), w])
);

const ORG_WORD = new RegExp(`^${NEWS_ORG_WORDS}$`);

/** The key as a reader would spot it printed elsewhere: a surname, a name, a number in either form. */
function spottedForms(key: string): string[] {
	const n = normalise(key);
	// "Senate Foreign Relations Committee", "ABC News": a body, whose last word alone is no name.
	const last = key.trim().split(/\s+/).at(-1) ?? '';
	const body = INSTITUTION_NOUNS.includes(last.toLowerCase()) || ORG_WORD.test(last);
	const forms = body ? [n] : answerForms(key);
	if (WORD_FOR[n]) forms.push(WORD_FOR[n]);
	return forms;
}

/** What the question's key is, as text: its chosen or accepted answer, or a true/false quote's speaker. */
function keysOf(q: Question): string[] {
	if (q.type === 'truefalse') {
		const speaker = trueSpeaker(q);
		return speaker ? [speaker] : [];
	}
	return keyText(q);
}

const has = (text: string, form: string) => positions(normalise(text), form).length > 0;

/**
 * A question that prints its own key outside the place that asks for it: "all ____ judges
 * must sign, the three judges said" keyed "three", "who said Roe would resign? … Roe".
 * Only gap and who-questions: a "which outlet" prompt names outlets by design.
 */
export function answersItself(q: Question): boolean {
	const gapAt = q.prompt.indexOf('____');
	const who = /\bwho\b[^?]*\?\s*$/i.test(q.prompt) && q.type !== 'truefalse';
	if (gapAt < 0 && !who) return false;
	// The template names the outlet ("Fill the gap (Daily A):"): only the article's words count.
	const asked = q.prompt
		.replace(/^(?:Fill the gap \([^)]*\):|[^“"]*\bwrites:)\s*/, '')
		.replace(/^According to [^,]+,\s*/, '')
		.replace('____', ' ');
	return (
		keysOf(q).some((k) => spottedForms(k).some((f) => has(asked, f))) ||
		listCountsGap(q.prompt, keysOf(q))
	);
}

/** The longest list a count gap is checked against: longer ones are not counted at a glance. */
const LIST_MAX = 12;

/**
 * "between Iran and ____ world powers — the U.S., Britain, Russia, France, China and Germany —":
 * the gap's count is spelled out by the list the sentence gives right after it (behind a colon,
 * a dash or a bracket), so the student counts the names instead of reading the story.
 */
export function listCountsGap(prompt: string, keys: readonly string[]): boolean {
	const at = prompt.indexOf('____');
	if (at < 0) return false;
	const counts = keys
		.map((k) => normalise(k))
		.map((k) => (/^\d+$/.test(k) ? Number(k) : NUMBER_WORDS[k]))
		.filter((n): n is number => n !== undefined && n >= 2 && n <= LIST_MAX);
	if (!counts.length) return false;
	// "U.S." is one word of the list, not the end of the sentence.
	const after = prompt.slice(at + 4).replace(/\b(?:\p{Lu}\.){2,}/gu, (m) => m.replace(/\./g, ''));
	const list = /^[^:—()]*?(?::|\s—\s?|\s--\s|\s\()([^—()”"]+?)(?:\s?—|\s--|\)|[.;”"]|$)/.exec(
		after
	)?.[1];
	if (!list || !/\band\b|,/.test(list)) return false;
	const items = list
		.split(/,\s*(?:and\s+)?|\s+and\s+/)
		.map((i) => i.trim())
		.filter(Boolean);
	return counts.includes(items.length);
}

/** Words a prompt's template and any sentence share without saying anything about the story. */
const TEMPLATE_WORDS = new Set([
	...COMMON_WORDS,
	...REPORTING_VERBS,
	'writes',
	'fill',
	'choose',
	'belongs',
	'outlet',
	'outlets',
	'quoted',
	'quote',
	'true',
	'false',
	'words',
	'using',
	'saying',
	'many',
	'organisation',
	'which',
	'what',
	'says'
]);

/** "resigns", "resigned", "resigning" → "resign"; "stepping" → "step"; "debates" → "debat". */
const stem = (w: string) =>
	w
		.replace(/(?<!s)s$/, '')
		.replace(/(?:ing|ed)$/, '')
		.replace(/e$/, '')
		.replace(/([b-df-hj-np-tv-z])\1$/, '$1');

/**
 * A headline's (or a part's) meaning stems, capitalised words too, remembered by its text: the
 * checks ask them of every headline for every question. Only read, never changed (meaningStems'
 * own sets are: a prompt's lose the key's words).
 */
const headlineStemsOf = memoByText((title: string): ReadonlySet<string> =>
	meaningStems(title, false)
);

/** The stems of the words that carry meaning; `lowerOnly` skips capitalised words (names). */
function meaningStems(text: string, lowerOnly: boolean): Set<string> {
	const out = new Set<string>();
	for (const m of text.matchAll(/[\p{L}’'-]{4,}/gu)) {
		const w = m[0];
		if (lowerOnly && /^\p{Lu}/u.test(w)) continue;
		// A closing single quote is part of no word: ‘radical Islam’ gives "islam".
		const lower = w
			.toLowerCase()
			.replace(/^[’'-]+|[’'-]+$/g, '')
			.replace(/[’']s$/, '');
		if (lower.length < 4 || TEMPLATE_WORDS.has(lower)) continue;
		out.add(stem(lower));
	}
	return out;
}

/** A quote shares a word with a headline by chance more often than a one-line who-question does. */
const SHARED_STEMS = { short: 1, quote: 2 };

/**
 * Does a headline of the story answer the question? "Who resigned from Congress on Friday?"
 * beside the headline "Roe resigns from Congress": the key stands in the headline with the
 * words that ask for it. A key most headlines name (the story's subject, its one figure) is
 * given away too, whatever the question asks: "who …?" about the headlines' man is guessed. Headlines are title case, so their words count
 * whatever their capitals; the prompt's capitalised words are names, not what is asked.
 */
export function headlineGivesAway(q: Question, titles: readonly string[]): boolean {
	if (headlineStatesLink(q, titles)) return true;
	// A name typed into a gap is copied from any headline that prints it, in any of its forms,
	// and from one that spells out its short form ("Justice Department" above "the ____" → "DOJ").
	const typed = [...typedNameForms(q), ...chosenNameForms(q), ...typedSurnames(q)];
	if (
		typed.length &&
		titles.some(
			(t) =>
				typed.some((f) => has(t, f)) ||
				(t.match(CAPITALISED_RUN) ?? []).some((run) =>
					namesWithin(run).some((name) => initialsOf(name).some((i) => typed.includes(i)))
				)
		)
	)
		return true;
	const forms = keysOf(q).flatMap(spottedForms);
	if (!forms.length) return false;
	if (labelsQuote(q, titles)) return true;
	const naming = titles.filter((t) => forms.some((f) => has(t, f)));
	if (!naming.length) return false;
	// "Who said …?" about the story's subject asks which of its people spoke: the quote, not
	// the headline, has to settle it. Only a quote that repeats the headline's words gives it away.
	const asksQuote = /[“"]/.test(q.prompt) && !q.prompt.includes('____');
	if (!asksQuote && titles.length >= 2 && naming.length * 2 > titles.length) return true;
	// A quote's own capitalised words ("Radical Islam", "Congress") are what it says, not the
	// template's names: counted when the headline prints them too, unless most headlines do
	// (the story's country or party: "Iran" in every headline points at no speaker).
	const headlineStems = titles.map(headlineStemsOf);
	const topic = (w: string) => headlineStems.filter((h) => h.has(w)).length * 2 > titles.length;
	const asking = asksQuote
		? new Set([
				...quoteStems(q.prompt, true),
				...[...quoteStems(q.prompt)].filter((w) => !topic(w))
			])
		: meaningStems(q.prompt, true);
	for (const f of forms) for (const w of f.split(' ')) asking.delete(stem(w));
	const need = asksQuote ? SHARED_STEMS.quote : SHARED_STEMS.short;
	// A name the quote mentions ("Trump" in a story about him) is in many headlines by chance.
	const quoteWords = asksQuote ? quoteStems(q.prompt, true) : asking;
	return naming.some((t) => {
		let shared = 0;
		let sharedWords = 0;
		for (const w of headlineStemsOf(t)) {
			if (asking.has(w)) shared++;
			if (quoteWords.has(w)) sharedWords++;
		}
		// "Lee Says She Won't Resign" above "Who said “I will not resign”?": a headline that
		// credits words to the key gives the quote away with one of its words.
		return (
			shared >= need || (asksQuote && sharedWords >= 1 && creditsWords(t, forms, namesakes(q)))
		);
	});
}

/** The connective a why prompt ends on: "… to resign over what?", "… did the vote come after?" */
const LINK_PROMPT = /\b(over|after|because of|following|amid)\s+what\?$|\bcome\s+(after)\?$/i;
/** How many words after the headline's connective may restate the key. */
const LINK_REACH = 4;

/**
 * "Roe Calls On Lee To Resign Over Harbour Shooting" above "… for Lee to resign over what?",
 * keyed "Lee's response to a shooting at the harbour": the headline states the same link with
 * the same connective, and two of the key's words right after it answer the question.
 */
function headlineStatesLink(q: Question, titles: readonly string[]): boolean {
	const m = LINK_PROMPT.exec(q.prompt);
	if (!m) return false;
	const connective = (m[1] ?? m[2])!.toLowerCase().replace(' ', '\\s+');
	const keyStems = new Set(keysOf(q).flatMap((k) => [...meaningStems(k, false)]));
	if (!keyStems.size) return false;
	const need = Math.min(2, keyStems.size);
	const after = new RegExp(`\\b${connective}\\s+((?:\\S+\\s*){1,${LINK_REACH}})`, 'gi');
	return titles.some((t) =>
		[...t.matchAll(after)].some(
			(a) => [...meaningStems(a[1]!, false)].filter((w) => keyStems.has(w)).length >= need
		)
	);
}

/** Words of a quote a speaker's-colon headline must print to be read as that quote. */
const LABELLED_WORDS = 2;

/**
 * "Israeli Envoy: PM's Files 'Presented A Smoking Bomb'" above "Who said “He presented a
 * smoking bomb”?": the headline prints the quote's words under its speaker's label, so the
 * label answers, with the name or without it. Words most headlines print (the story's topic)
 * do not count.
 */
function labelsQuote(q: Question, titles: readonly string[]): boolean {
	if (!/[“"]/.test(q.prompt) || q.prompt.includes('____')) return false;
	const quoted = quoteStems(q.prompt, true);
	const headlineStems = titles.map(headlineStemsOf);
	const topic = (w: string) => headlineStems.filter((h) => h.has(w)).length * 2 > titles.length;
	return titles.some((t) => {
		const colon = t.indexOf(': ');
		if (colon < 0) return false;
		let shared = 0;
		for (const w of headlineStemsOf(t.slice(colon + 2))) if (quoted.has(w) && !topic(w)) shared++;
		return shared >= LABELLED_WORDS;
	});
}

/** The meaning stems of the words a prompt quotes (“…”), capitalised ones too unless `lowerOnly`. */
function quoteStems(prompt: string, lowerOnly = false): Set<string> {
	const out = new Set<string>();
	for (const m of prompt.matchAll(/[“"]([^”"]+)[”"]/g))
		for (const w of meaningStems(m[1]!, lowerOnly)) out.add(w);
	return out;
}

/**
 * The given names of the wrong choices that share the key's surname ("mary" beside the key
 * Liz Cheney): a headline naming one of them speaks for another person of the family.
 */
function namesakes(q: Question): Set<string> {
	const { keys, others } = choiceTexts(q);
	const surnames = new Set(keys.map((k) => k.split(' ').at(-1)));
	return new Set(
		others
			.map((o) => o.split(' '))
			.filter((w) => w.length >= 2 && surnames.has(w.at(-1)))
			.map((w) => w[0]!)
	);
}

const REPORTING_STEMS = /* @__PURE__ */ new Set(REPORTING_VERBS.map(stem));

/**
 * Does the headline credit words to the key: "Lee says …", "Ann Lee: …", "Lee vows …",
 * "Lee tells party …"? The name is followed by a colon or a reporting verb.
 */
function creditsWords(
	title: string,
	forms: readonly string[],
	otherGiven: ReadonlySet<string>
): boolean {
	const words = title
		.toLowerCase()
		.replace(/[’']s\b/g, '')
		.split(/\s+/)
		.filter(Boolean);
	return words.some((raw, i) => {
		const w = raw.replace(/[^\p{L}\d:]/gu, '');
		const name = w.replace(/:$/, '');
		if (!forms.some((f) => f.split(' ').at(-1) === name)) return false;
		// "Mary Cheney: …" credits the words to Mary, not to her sister Liz Cheney.
		if (otherGiven.has((words[i - 1] ?? '').replace(/[^\p{L}]/gu, ''))) return false;
		if (w.endsWith(':')) return true;
		const next = (words[i + 1] ?? '').replace(/[^\p{L}]/gu, '');
		return REPORTING_STEMS.has(stem(next));
	});
}

/**
 * "According to Daily A, who is the campaign's lawyer?" keyed to a person: the forms of the
 * name (the surname) that another question's prompt must not print. Another prompt that
 * names the person with what they did ("which outlet describes Sheridan as the campaign's
 * attorney") answers it; choices do not count, since every who-question offers names.
 */
export function whoKeyForms(q: Question): string[] {
	if (q.skill !== 'fact' || (q.type !== 'single' && q.type !== 'evidence')) return [];
	// "“____ came out in support of the plan on Monday.” Who? Choose what belongs in the gap."
	// asks for a person too: its key is the surname the sentence used.
	const personGap = q.prompt.includes('____') && /\bWho\?\s+Choose\b/.test(q.prompt);
	if (!/\bwho\b[^?]*\?\s*$/i.test(q.prompt) && !personGap) return [];
	return keyText(q).flatMap((k) => {
		const forms = answerForms(k);
		if (forms[0] !== normalise(k)) return forms;
		return personGap && /^\p{Lu}[\p{L}'’-]{2,}$/u.test(k.trim()) ? forms : [];
	});
}

/** Does the prompt print one of these forms? */
export const promptNames = (q: Question, forms: readonly string[]): boolean =>
	forms.some((f) => has(q.prompt, f));

/**
 * "Which outlet quoted Roe as saying 'I name Ann Poe my deputy'?" when only one outlet's
 * headline names Poe, and it is the key's: the headline answers, not the reading (a blind
 * reader's MINOR). A name the quote prints counts when exactly one headline prints it too, and
 * that headline is the key outlet's. `headlines` maps each outlet's label to its headline.
 */
export function quoteNameInKeyHeadline(
	q: Question,
	headlines: ReadonlyMap<string, string>
): boolean {
	if (q.type !== 'single' || headlines.size < 2) return false;
	const key = q.choices.find((c) => c.id === q.correct[0])?.text;
	if (!key || !headlines.has(key) || !q.choices.every((c) => headlines.has(c.text))) return false;
	// Only a quotation asked of its outlet ("quoted Roe as saying “…”"), not a describing phrase.
	const quote = /\bas saying\s+[“"]([^”"]+)[”"]/.exec(q.prompt)?.[1];
	if (!quote) return false;
	// Capitalised words inside the quote, not its first word nor "I": names it prints.
	const names = [...quote.matchAll(/(?<=\s)\p{Lu}[\p{Ll}-]{2,}/gu)].map((m) => m[0]);
	return names.some((name) => {
		const word = new RegExp(`(?<![\\p{L}])${escapeRegExp(name)}(?![\\p{L}])`, 'iu');
		const printing = [...headlines].filter(([, title]) => word.test(title));
		return printing.length === 1 && printing[0]![0] === key;
	});
}
