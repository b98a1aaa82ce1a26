/**
 * Self-checks that reject a candidate before it reaches a teacher. Each rule
 * returns a reason, so tests and the dev printout can say why something went.
 */
import { QuestionSchema, type Article, type Question } from '$lib/bank/schema';
import type { Candidate } from './candidates/candidate';
import { normalise } from './distractors';
import { check } from '$lib/validation';
import { escapeRegExp } from '$lib/text/regexp';
import { HEDGES, NUMBER_WORDS, NUMBER_WORD_PATTERN, OFFENSIVE_WORD_PATTERN } from './lexicon';
import { shownTexts } from './giveaway';
import { lexiconTags } from './entities';
import { MONTH_PATTERN, WEEKDAY_PATTERN } from './lexicon';
import { perText } from './per-text';
import { gapWithoutReferent } from './gap-referent';

/** A pronoun that opens the excerpt points outside it (to an earlier sentence). */
const OPENING_PRONOUN =
	/^\W*(?:(?:but|and|then|so|yet|still|now|later)\s+)?(he|she|they|it|him|them|his|her|their)\b/i;
/** He/she anywhere needs a person named earlier in the same excerpt. */
const PERSONAL = /\b(he|she|him|her)\b/i;

const CALENDAR = new RegExp(`^(?:${MONTH_PATTERN}|${WEEKDAY_PATTERN})$`, 'i');

const OFFENSIVE = new RegExp(OFFENSIVE_WORD_PATTERN, 'i');

/**
 * The question itself (prompt, choices, pairs, items) prints a slur or a profanity. The feedback
 * is not searched: it quotes the outlet's sentence, which the student reads in the article anyway.
 */
export function printsOffensiveWord(q: Question): boolean {
	return shownTexts(q, false).some((text) => OFFENSIVE.test(text));
}

/**
 * A person is named before the pronoun: "Mr. Roe", or a name or surname ("Clinton has said that
 * she …"): a capitalised word that compromise's lexicon knows as a person or not at all, never a
 * month, a weekday, a place, an organisation or an opener ("In Washington", "Outright").
 */
export function namesSomeoneBefore(text: string): boolean {
	if (/\b(?:Mr|Mrs|Ms|Dr)\.\s+[A-Z]/.test(text)) return true;
	// A surname may have a capital inside it ("McAuliffe", "LeBlanc", "DeWitt"): one capital
	// then two lower-case letters alone would miss it, and "During his speech, McAuliffe said he
	// …" would read as a "he" with no one named before it.
	return [...text.matchAll(/\b[A-Z][a-z]+(?:[A-Z][a-z]+)?\b/g)].some(({ 0: w, index }) => {
		if (w.length < 3) return false;
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
	let seen = false;
	for (const text of texts) {
		const use = nameUse(name, text);
		if (use === 'free') return undefined;
		seen ||= use === 'quoted';
	}
	return seen
		? `"${name}" is only ever written in quotation marks of its own: a word someone was called`
		: undefined;
}

/**
 * How one text writes a name: nowhere, only ever in quotation marks of its own, or free at least
 * once. Kept per text and name: every "who" question asks it of each choice against every
 * article, and the same people are the choices of many questions.
 */
const nameUse = perText((name: string, text: string): 'absent' | 'quoted' | 'free' => {
	// A plain search first: the name, whole, is in the text wherever the RegExp would match.
	if (!text.includes(name)) return 'absent';
	const re = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(name)}(?![\\p{L}\\p{N}])`, 'gu');
	let seen = false;
	for (const m of text.matchAll(re)) {
		seen = true;
		const before = text.slice(Math.max(0, m.index - 2), m.index);
		const after = text.slice(m.index + m[0].length, m.index + m[0].length + 2);
		if (!/[“"‘']$/.test(before) || !/^[,.!?]?[”"’']/.test(after)) return 'free';
	}
	return seen ? 'quoted' : 'absent';
});

/**
 * An op-ed's closing bio line ("Ann Roe is a professor of history at Vale College. She tweets
 * @annroe.", "Tom Hale teaches law at …", "Tom Hale writes about energy for …"): the last
 * paragraph, short, opening with a full name and a copula or a writer's verb. It says who wrote
 * the piece, not what happened: blind readers called questions on it trivial.
 */
const BIO_OPENING =
	/^[*_]*(?:\p{Lu}[\p{L}.'’-]*\s+){1,3}\p{Lu}[\p{L}'’-]+,?\s+(?:(?:is|was)\s+(?:(?:a|an|the|also|currently|now|formerly)\b|[a-z-]+\s+(?:of|at|with)\b)|(?:teaches|writes|covers|has written|edits|hosts|directs)\b)/u;
export function inAuthorBio(text: string, start: number): boolean {
	const body = text.trimEnd();
	const from = body.lastIndexOf('\n') + 1;
	// A text of one paragraph has no closing line apart from its body.
	if (from === 0 || start < from) return false;
	const last = body.slice(from).trim();
	return last.length <= 400 && BIO_OPENING.test(last);
}

/** One listed name: capitalised words ("New Hampshire", "BuzzFeed News"). */
const ITEM = String.raw`\p{Lu}[\p{L}.'’&-]*(?:\s+\p{Lu}[\p{L}.'’&-]*)*`;
/** "Iowa, New Hampshire, Nevada and South Carolina": a run of names joined by commas and "and". */
const NAME_LIST = new RegExp(`${ITEM}(?:,\\s+${ITEM})*,?\\s+(?:and|or)\\s+${ITEM}`, 'gu');

/**
 * A how-many gap whose own sentence lists the things counted: "the first ____ states – Iowa, New
 * Hampshire, Nevada and South Carolina" is answered by counting the names, not by reading.
 */
export function countListedInPrompt(prompt: string, key: string): boolean {
	if (!prompt.includes('____')) return false;
	const k = key.trim().toLowerCase();
	const n = /^\d+$/.test(k) ? Number(k) : NUMBER_WORDS[k];
	if (n === undefined || n < 2 || n > 12) return false;
	return [...prompt.matchAll(NAME_LIST)].some(
		(m) => m[0].split(/,\s+|,?\s+(?:and|or)\s+/).length === n
	);
}

/** "The other three were provided", "The rest followed": a subject that only points back. */
const ELLIPTIC_SUBJECT = /^\W*(?:the\s+(?:other|rest|remaining|latter|former)\b|others\b)/i;

/**
 * A timeline item read alone, out of its sentence's context: "he said …" with no name before
 * the pronoun, or "The other three were provided", says nothing a student can place in time.
 */
export function itemWithoutReferent(item: string): boolean {
	const text = outsideQuotes(item);
	if (ELLIPTIC_SUBJECT.test(text) || OPENING_PRONOUN.test(text)) return true;
	// "At a round-table interview with Bloomberg Politics, he said …": the subject after an
	// opening phrase, whose names after a preposition are not who "he" is ("After Roe won, he …"
	// names him).
	const opening = /^([^,]{0,90}),\s+(?:he|she|they|it)\s+[a-z]/i.exec(text)?.[1];
	if (
		opening !== undefined &&
		!namesSomeoneBefore(
			opening
				.replace(/^\W*\S+/, '')
				.replace(/\b(?:with|at|in|on|to|for|from|by|of)\s+(?:the\s+)?(?:[A-Z][\w.'’-]*\s*)+/g, ' ')
		)
	)
		return true;
	// "he" or "she" further on needs a person named before it; "it" and "they" may stand for any
	// noun before them ("the campaign announced it had hired …").
	const p = PERSONAL.exec(text);
	return !!p && /^(?:he|she)$/i.test(p[0]) && !namesSomeoneBefore(text.slice(0, p.index));
}

/** "That's the possible impact …", "It says …": a statement whose subject only points back. */
const POINTING_SUBJECT =
	/^(?:It|They|He|She)\b|^(?:That|This|These|Those)(?:['’]s\b|\s+(?:is|was|are|were|has|had|will|would|could|may|might|means|meant)\b)/;

/** A true-or-false statement that opens on a pronoun or a "that" standing for an earlier sentence. */
export function statementWithoutReferent(prompt: string): boolean {
	const statement = /\btrue or false\?\s+(.+)$/is.exec(prompt)?.[1];
	return !!statement && POINTING_SUBJECT.test(outsideQuotes(statement));
}

/** First person outside quotation marks: the writer's "my messages" read as the quiz's own words. */
const FIRST_PERSON =
	/\b(?:(?<!\b(?:War|Title|Phase|Class|Stage|Part|Chapter)\s)I|[Mm]e|[Mm]y|[Mm]ine|[Ww]e|[Uu]s|[Oo]urs?)\b/;
/**
 * A prompt that keeps a columnist's first person outside a quotation ("According to o, who reminds
 * us of …?", "… is this true or false? My messages went unanswered."): the student cannot tell
 * whose "my" it is. A gap's verbatim sentence ("Fill the gap (o): …") quotes the writer.
 */
export function writersFirstPerson(prompt: string): boolean {
	if (/^Fill the gap\b/.test(prompt)) return false;
	return FIRST_PERSON.test(outsideQuotes(prompt.replace(/‘[^’]*’(?!\w)/g, ' ')));
}

/**
 * Why an excerpt's pronoun points outside it, if it does: it opens on one, or a he or she
 * comes before any name (pronouns inside quotation marks are the speaker's).
 */
export function pronounWithoutReferent(excerpt: string): string | undefined {
	const text = outsideQuotes(excerpt);
	if (OPENING_PRONOUN.test(text)) return 'excerpt opens with a pronoun';
	const p = PERSONAL.exec(text);
	if (p && !namesSomeoneBefore(text.slice(0, p.index))) return 'unresolved he/she in excerpt';
	return undefined;
}

export function rejectReason(
	c: Candidate,
	q: Question,
	articles: Map<string, Article>
): string | undefined {
	const parsed = check(QuestionSchema, q);
	if (!parsed.success) return `invalid: ${parsed.error.issues[0]?.message}`;
	if (c.excerpt) {
		const why = pronounWithoutReferent(c.excerpt);
		if (why) return why;
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
	if (
		q.evidence.some((e) => {
			const a = articles.get(e.articleId);
			return !!a && inAuthorBio(a.text, e.start);
		})
	)
		return 'evidence is the author’s bio line';
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
	const key =
		q.type === 'numeric'
			? String(q.answer)
			: q.type === 'cloze'
				? q.accepted[0]
				: 'choices' in q && q.type !== 'truefalse'
					? q.choices.find((x) => q.correct.includes(x.id))?.text
					: undefined;
	if (key && countListedInPrompt(q.prompt, key)) return 'the prompt lists the things it counts';
	if (q.type === 'ordering' && q.items.some((i) => itemWithoutReferent(i.text)))
		return 'a timeline item has no referent out of context';
	if (printsOffensiveWord(q)) return 'the question prints a slur or a profanity';
	if (writersFirstPerson(q.prompt)) return 'the prompt keeps the writer’s first person';
	if (statementWithoutReferent(q.prompt)) return 'the statement opens on a word that points back';
	// Fact gaps show one sentence alone; a comparison's gap sits beside the other outlet's words.
	if ((c.family === 'cloze' || c.family === 'fact') && gapWithoutReferent(q.prompt))
		return 'the gap’s sentence leans on the one before it';
	if (q.prompt.length > 700) return 'prompt too long';
	if (/\s[,.;:]/.test(q.prompt.replace(/____\s?[,.;:]/g, ''))) return 'broken spacing in prompt';
	if (!q.explanation.trim()) return 'no explanation';
	return undefined;
}
