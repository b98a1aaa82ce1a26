/**
 * Does one question give away another's answer? The first ten are read by one student as a
 * set, so everything a question shows (its prompt, its choices, its part-B sentences and the
 * feedback after it) is read beside every other question. A question's secret is its key
 * next to the words that ask for it: the quote in "Who said “…”?", the words around a gap.
 * Another question reveals it when it prints those words with the key close by: a part-B
 * sentence “…,” Roe said, or feedback that quotes the gap's sentence whole.
 */
import type { Question } from '$lib/bank/schema';
import { normalise } from './distractors';
import { NUMBER_WORDS } from './lexicon';

export interface Secret {
	/** Normalised word runs that ask for the key (a quote's opening or closing words, a gap's neighbours). */
	cues: string[];
	/** Normalised forms of the key: a person's surname, an outlet, a number, a word. */
	answers: string[];
	/** Normalised phrases that hold the key in place ("resigned from congress"): printing one answers it. */
	phrases?: string[];
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
	const m = /\bwho\s+(?!said\b)([^?“”"]{12,})\?\s*$/i.exec(prompt);
	return m ? runs(m[1]!) : [];
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
	return n.length >= 2 ? [n] : [];
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

/** What a question asks for, as words that would give it away; none when it cannot be told apart. */
export function secretsOf(q: Question): Secret[] {
	// "True or false: it was Roe who said “…”": the secret is who really said it.
	if (q.type === 'truefalse') {
		const m = /\bit was (.+?) who said [“"](.+?)[”"]/i.exec(q.prompt);
		const speaker = q.correct?.includes('true')
			? m?.[1]
			: /\bIt was (.+?)(?:,| who said)/.exec(q.explanation ?? '')?.[1];
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
		...whoDid(q.prompt)
	];
	const answers = [...new Set(keys.flatMap(answerForms))];
	const { before, after } = gapSides(q.prompt);
	// A count is held in place by the noun it counts: "____ people were killed" is answered by
	// "with 50 people killed" in another question, whatever verb follows.
	const counted = /^(?:\d[\d ]*|[a-z]+)$/.test(answers[0] ?? '')
		? countedNoun(q.prompt)
		: undefined;
	const phrases = answers.flatMap((a) => [
		...(before ? [`${before} ${a}`] : []),
		...(after ? [`${a} ${after}`] : []),
		...(counted && (/^\d/.test(a) || NUMBER_WORDS[a] !== undefined) ? [`${a} ${counted}`] : [])
	]);
	return (cues.length || phrases.length) && answers.length ? [{ cues, answers, phrases }] : [];
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

function positions(text: string, word: string): number[] {
	const at: number[] = [];
	const padded = ` ${text} `;
	let i = padded.indexOf(` ${word} `);
	while (i >= 0) {
		at.push(i);
		i = padded.indexOf(` ${word} `, i + 1);
	}
	return at;
}

/** Does any shown piece print one of the secret's cues with its key close by? */
export function reveals(shown: string[], secret: Secret): boolean {
	for (const text of shown) {
		if (secret.phrases?.some((p) => positions(text, p).length)) return true;
		for (const cue of secret.cues) {
			for (const c of positions(text, cue))
				for (const answer of secret.answers)
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

/** Either question gives away the other's answer. */
export function clash(a: Question, b: Question): boolean {
	return (
		secretsOf(b).some((s) => reveals(shownTexts(a), s)) ||
		secretsOf(a).some((s) => reveals(shownTexts(b), s))
	);
}
