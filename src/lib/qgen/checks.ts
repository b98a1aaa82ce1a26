/**
 * Self-checks that reject a candidate before it reaches a teacher. Each rule
 * returns a reason, so tests and the dev printout can say why something went.
 */
import { QuestionSchema, type Article, type Question } from '$lib/bank/schema';
import type { Candidate } from './candidates/candidate';
import { normalise } from './distractors';
import { check } from '$lib/validation';
import { escapeRegExp } from '$lib/text/regexp';
import { HEDGES, NUMBER_WORD_PATTERN } from './lexicon';
import { lexiconTags } from './entities';
import { MONTH_PATTERN, WEEKDAY_PATTERN } from './lexicon';

/** A pronoun that opens the excerpt points outside it (to an earlier sentence). */
const OPENING_PRONOUN =
	/^\W*(?:(?:but|and|then|so|yet|still|now|later)\s+)?(he|she|they|it|him|them|his|her|their)\b/i;
/** He/she anywhere needs a person named earlier in the same excerpt. */
const PERSONAL = /\b(he|she|him|her)\b/i;

const CALENDAR = new RegExp(`^(?:${MONTH_PATTERN}|${WEEKDAY_PATTERN})$`, 'i');

/**
 * A person is named before the pronoun: "Mr. Roe", or a name or surname ("Clinton has said that
 * she …"): a capitalised word that compromise's lexicon knows as a person or not at all, never a
 * month, a weekday, a place, an organisation or an opener ("In Washington", "Outright").
 */
export function namesSomeoneBefore(text: string): boolean {
	if (/\b(?:Mr|Mrs|Ms|Dr)\.\s+[A-Z]/.test(text)) return true;
	return [...text.matchAll(/\b[A-Z][a-z]{2,}\b/g)].some(({ 0: w, index }) => {
		// "A Libertarian, he …", "the Republican": after an article it is a noun, not a name.
		if (CALENDAR.test(w) || /\b(?:a|an|the)\s+$/i.test(text.slice(0, index))) return false;
		const tags = lexiconTags(w.toLowerCase());
		return tags.has('Person') || tags.size === 0;
	});
}

/** Strip quoted material: pronouns inside a quote are the speaker's, not ours. */
const outsideQuotes = (s: string) => s.replace(/“[^”]*”|"[^"]*"/g, ' ').trim();

const HEDGE = new RegExp(`^(${HEDGES.join('|')})\\s`, 'i');
const VAGUE =
	/^(?:(?:several|a few|many)\s+)?(?:dozens?|hundreds|thousands|tens of thousands|millions|billions)\b/i;

/** How a figure is written: digits, a number word or a vague amount, and its hedge ("at least"). */
function numberForm(text: string): { form: string; hedge: string } | undefined {
	const t = text.trim();
	const hedge = HEDGE.exec(t)?.[1]?.toLowerCase() ?? '';
	const rest = t.slice(hedge.length).trim();
	if (/^[$£€]?\d/.test(rest)) return { form: 'digits', hedge };
	if (VAGUE.test(rest)) return { form: 'vague', hedge };
	// "a hundred", "a dozen": a figure in words, however the number word list reads it.
	if (/^an?\s+(?:dozen|hundred|thousand|million|billion)\b/i.test(rest))
		return { form: 'words', hedge };
	if (new RegExp(`^(?:a\\s+)?${NUMBER_WORD_PATTERN}\\b`, 'i').test(rest))
		return { form: 'words', hedge };
	return undefined;
}

/**
 * A how-many question's choices must all be written alike: "5" among "four", "six" and "seven",
 * or the only "at least" among bare figures, is the key (or a throwaway) by its look alone.
 */
export function oddNumberForm(choices: string[], keys: string[]): string | undefined {
	const forms = choices.map(numberForm);
	if (choices.length < 3 || forms.some((f) => !f)) return undefined;
	const kinds = new Set(forms.map((f) => f!.form));
	// "dozens" against "hundreds" is one form; "6,000" against "thousands" is two.
	if (kinds.size > 1) return `number choices written in different forms (${[...kinds].join(', ')})`;
	for (const k of keys) {
		const hedge = numberForm(k)?.hedge ?? '';
		if (forms.filter((f) => f!.hedge === hedge).length === 1)
			return `only the key is hedged "${hedge || 'not at all'}"`;
	}
	return undefined;
}

/** A question whose choices are people: "Who said …?", "According to X, who …?", a name's gap. */
const WHO_PROMPT = /^(?:According to [^,]{1,60}, )?Who\b|\bWho\? Choose\b/i;

/** Lower-case particles of names ("Nora de Vries", "Omar al-Rashid", "bin Salman"). */
const NAME_PARTICLE =
	/^(?:de|del|della|der|den|van|von|da|dos|du|la|le|bin|ibn|al|el)$|^(?:al|el)[-’']/;

/** A name's shape: one to five words, each capitalised or a particle ("Ann Roe", "Gov. Roe"). */
const nameShaped = (text: string) => {
	const words = text.split(/\s+/);
	return (
		words.length <= 5 &&
		/^\p{Lu}/u.test(words.at(-1)!.replace(NAME_PARTICLE, '')) &&
		words.every((w) => /^\p{Lu}/u.test(w) || NAME_PARTICLE.test(w))
	);
};

/**
 * Why a choice of a "who" question is no person the text names: a lower-case word ("traitor"),
 * or words the articles only ever write as a quotation of their own, marks right around them (a
 * nickname or slur someone was called: “Judas”, ‘Comrade Walt’). Among people, such a choice is
 * absurd and rules itself out. A name inside someone's longer quotation is still a name.
 */
export function notANamedPerson(choice: string, texts: readonly string[]): string | undefined {
	const name = choice.trim();
	if (!nameShaped(name)) return `"${name}" is not written as a name`;
	const re = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(name)}(?![\\p{L}\\p{N}])`, 'gu');
	let seen = false;
	for (const text of texts)
		for (const m of text.matchAll(re)) {
			seen = true;
			const before = text.slice(Math.max(0, m.index - 2), m.index);
			const after = text.slice(m.index + m[0].length, m.index + m[0].length + 2);
			if (!/[“"‘']$/.test(before) || !/^[,.!?]?[”"’']/.test(after)) return undefined;
		}
	return seen
		? `"${name}" is only ever written in quotation marks of its own: a word someone was called`
		: undefined;
}

export function rejectReason(
	c: Candidate,
	q: Question,
	articles: Map<string, Article>
): string | undefined {
	const parsed = check(QuestionSchema, q);
	if (!parsed.success) return `invalid: ${parsed.error.issues[0]?.message}`;
	if (c.excerpt) {
		const text = outsideQuotes(c.excerpt);
		if (OPENING_PRONOUN.test(text)) return 'excerpt opens with a pronoun';
		const p = PERSONAL.exec(text);
		if (p && !namesSomeoneBefore(text.slice(0, p.index))) return 'unresolved he/she in excerpt';
	}
	for (const h of c.hidden) {
		if (h && normalise(q.prompt).includes(normalise(h)))
			return `answer "${h}" leaks into the prompt`;
	}
	const spans = q.evidence.map((e) => {
		const a = articles.get(e.articleId);
		return a && e.end <= a.text.length ? a.text.slice(e.start, e.end) : undefined;
	});
	if (spans.some((s) => s === undefined)) return 'evidence outside the article';
	const evidenceText = normalise(spans.join(' '));
	for (const k of c.keyTexts) {
		if (!evidenceText.includes(normalise(k))) return `evidence does not contain "${k}"`;
	}
	if ('choices' in q && q.type !== 'truefalse') {
		const texts = q.choices.map((c) => normalise(c.text));
		if (new Set(texts).size !== texts.length) return 'two choices are the same once normalised';
		// Outlet questions offer every outlet, so a two-outlet story gets two choices.
		if (q.choices.length < 3 && c.family !== 'source' && c.family !== 'compare')
			return 'too few choices to need reading';
		if (q.choices.some((c) => c.text.length > 200)) return 'choice too long';
		const odd = oddNumberForm(
			q.choices.map((c) => c.text),
			q.choices.filter((c) => q.correct.includes(c.id)).map((c) => c.text)
		);
		if (odd) return odd;
		// Only where the key is a name: "who is Roe?" offers descriptions, in lower case.
		const key = q.choices.find((x) => q.correct.includes(x.id))?.text ?? '';
		if (WHO_PROMPT.test(q.prompt) && nameShaped(key)) {
			const texts = [...articles.values()].map((a) => a.text);
			for (const choice of q.choices) {
				const why = notANamedPerson(choice.text, texts);
				if (why) return why;
			}
		}
	}
	if (
		q.type === 'matching' &&
		new Set(q.pairs.map((p) => normalise(p.right))).size !== q.pairs.length
	)
		return 'matching rights repeat';
	if (q.prompt.length > 700) return 'prompt too long';
	if (/\s[,.;:]/.test(q.prompt.replace(/____\s?[,.;:]/g, ''))) return 'broken spacing in prompt';
	if (!q.explanation.trim()) return 'no explanation';
	return undefined;
}
