/**
 * Text checks the seed property tests apply to generated questions: what a
 * question's key is, whether cited text backs it, and whether two answer
 * texts are really the same answer.
 */
import type { Article, Question } from '$lib/bank/schema';
import type { SeedQuote } from './seed-quotes.fixture';

/** Lower-case, straight quotes, no punctuation, digit groups joined ("6,000" → "6000"). */
export function normalize(text: string): string {
	return text
		.toLowerCase()
		.replace(/[‘’`´]/g, "'")
		.replace(/[“”«»„]/g, '"')
		.replace(/(\d),(?=\d{3}\b)/g, '$1')
		.replace(/[^\p{L}\p{N}.'\s-]|(?<!\d)\.|\.(?!\d)|'(?!\p{L})|(?<!\p{L})'/gu, ' ')
		.replace(/\s+/g, ' ')
		.trim();
}

const NUMBER_WORDS: Record<string, number> = {
	one: 1,
	two: 2,
	three: 3,
	four: 4,
	five: 5,
	six: 6,
	seven: 7,
	eight: 8,
	nine: 9,
	ten: 10,
	eleven: 11,
	twelve: 12,
	fifteen: 15,
	twenty: 20,
	thirty: 30,
	fifty: 50,
	hundred: 100
};

/** Numbers written with digits or as common number words. */
export function numbersIn(text: string): number[] {
	const norm = normalize(text);
	const digits = [...norm.matchAll(/\d+(?:\.\d+)?/g)].map((m) => Number(m[0]));
	const words = norm.split(' ').flatMap((w) => (w in NUMBER_WORDS ? [NUMBER_WORDS[w]!] : []));
	return [...digits, ...words];
}

const STOP = new Set(
	'the a an of and or in on at to for by from with as is was were be that this its his her their'.split(
		' '
	)
);

export function contentWords(text: string): string[] {
	return normalize(text)
		.split(' ')
		.filter((w) => w.length > 2 && !STOP.has(w));
}

/**
 * Whether `key` is backed by `cited`: it appears verbatim (after normalising),
 * or all its numbers appear, or its last content word appears together with
 * most of its content words (a one- or two-word name needs only the surname:
 * "Mike Pompeo" is backed by "Pompeo said").
 */
export function backedBy(key: string, cited: string): boolean {
	const k = normalize(key);
	const c = normalize(cited);
	if (k.length > 0 && c.includes(k)) return true;
	const keyNumbers = numbersIn(key);
	if (keyNumbers.length > 0) {
		const citedNumbers = new Set(numbersIn(cited));
		return keyNumbers.every((n) => citedNumbers.has(n));
	}
	const words = contentWords(key);
	if (words.length === 0) return false;
	const citedWords = new Set(contentWords(cited));
	const present = words.filter((w) => citedWords.has(w)).length;
	return (
		citedWords.has(words[words.length - 1]!) && (words.length <= 2 || present / words.length >= 0.6)
	);
}

/** Two answers name the same thing: equal, or one's words are all inside the other's ("Trump" / "Donald Trump"). */
export function sameAnswer(a: string, b: string): boolean {
	const x = normalize(a).replace(/^(the|a|an) /, '');
	const y = normalize(b).replace(/^(the|a|an) /, '');
	if (x === y) return true;
	const wx = x.split(' ');
	const wy = y.split(' ');
	const [short, long] = wx.length <= wy.length ? [wx, new Set(wy)] : [wy, new Set(wx)];
	return short.length > 0 && short.every((w) => long.has(w));
}

/** Texts a question presents as its correct answer(s); empty for true/false. */
export function keyTexts(q: Question): string[] {
	switch (q.type) {
		case 'single':
		case 'multi':
		case 'evidence':
			return q.choices.filter((c) => q.correct.includes(c.id)).map((c) => c.text);
		case 'cloze':
			return q.accepted;
		case 'numeric':
			return [String(q.answer)];
		case 'matching':
			return q.pairs.flatMap((p) => [p.left, p.right]);
		case 'ordering':
			return q.items.map((i) => i.text);
		case 'truefalse':
			return [];
	}
}

/** Everything a student reads in the question except the article. */
export function questionText(q: Question): string {
	const parts = [q.prompt];
	if ('choices' in q) parts.push(...q.choices.map((c) => c.text));
	if (q.type === 'matching')
		parts.push(...q.pairs.flatMap((p) => [p.left, p.right]), ...(q.extraRights ?? []));
	if (q.type === 'ordering') parts.push(...q.items.map((i) => i.text));
	if (q.type === 'cloze') parts.push(...q.accepted);
	return parts.join(' \n ');
}

export function citedText(q: Question, articles: ReadonlyMap<string, Article>): string {
	return q.evidence
		.map((e) => articles.get(e.articleId)?.text.slice(e.start, e.end) ?? '')
		.join(' \n ');
}

const describeQ = (q: Question) => `${q.id} (${q.type}/${q.skill}): ${q.prompt}`;
const names = (text: string, speaker: string) => normalize(text).includes(speaker.toLowerCase());

/** A text shows a quote when it contains it (or, for quotes of six words or more, its first five words). */
export function showsQuote(text: string, quote: Pick<SeedQuote, 'snippet'>): boolean {
	// A short snippet is a partial quote ('“orchestrating”', 'fully responsible.'): it is shown
	// where a quoted stretch is about that fragment, not wherever the words occur inside
	// someone else's longer quote ("…they will be held fully responsible…").
	const fragment = normalize(quote.snippet);
	const size = fragment.split(' ').length;
	if (size < 6)
		return [...text.matchAll(/[“"]([^”"]+)[”"]/g)].some((m) => {
			const stretch = normalize(m[1]!);
			return stretch.includes(fragment) && stretch.split(' ').length <= size + 4;
		});
	const core = normalize(quote.snippet);
	const words = core.split(' ');
	const t = normalize(text);
	return t.includes(core) || (words.length >= 6 && t.includes(words.slice(0, 5).join(' ')));
}

/**
 * How `q` gets the speaker of `quote` wrong; empty when it is right or is not
 * about that quote. `speakers` are all known speakers' surnames, used to tell
 * a statement naming someone else from one naming nobody.
 */
export function attributionProblems(
	q: Question,
	quote: SeedQuote,
	speakers: readonly string[]
): string[] {
	const who = quote.speaker;
	const problems: string[] = [];
	const expectThat = (ok: boolean, what: string) => {
		if (!ok) problems.push(`${describeQ(q)} → ${what} (${who})`);
	};
	const othersNamedIn = (text: string) => speakers.filter((s) => s !== who && names(text, s));
	if (q.type === 'matching') {
		for (const p of q.pairs.filter((p) => showsQuote(p.left, quote))) {
			expectThat(names(p.right, who), `pair keys "${p.right}"`);
		}
	} else if (q.type === 'truefalse' && showsQuote(q.prompt, quote)) {
		const others = othersNamedIn(q.prompt);
		if (names(q.prompt, who) && others.length === 0)
			expectThat(q.correct[0] === 'true', 'true statement keyed false');
		if (!names(q.prompt, who) && others.length > 0)
			expectThat(q.correct[0] === 'false', 'misattribution keyed true');
	} else if (q.type === 'cloze' && showsQuote(q.prompt, quote) && !names(q.prompt, who)) {
		expectThat(
			q.accepted.some((a) => names(a, who)),
			`gap accepts ${JSON.stringify(q.accepted)}`
		);
	} else if (q.type === 'single' || q.type === 'multi' || q.type === 'evidence') {
		const keyText = keyTexts(q).join(' | ');
		if (showsQuote(q.prompt, quote)) expectThat(names(keyText, who), `keys "${keyText}"`);
		for (const c of q.choices.filter((c) => showsQuote(c.text, quote))) {
			if (q.correct.includes(c.id))
				expectThat(names(q.prompt, who), 'prompt credits the quote to someone else');
			else if (othersNamedIn(q.prompt).length === 0) {
				expectThat(!names(q.prompt, who), "the speaker's own quote is a distractor");
			}
		}
	}
	return problems;
}
