/**
 * A headline question that a student answers by copying words, not by reading. Blind readers
 * marked "Which outlet's headline writes 'Immigration Plan' where another writes 'Immigration
 * Principles'?" a string-match: the quoted run is printed in one headline only, so finding it
 * answers the question whatever the words say. A question may still quote such a run when it
 * asks what the words mean or claim ("presents it as a proposal"): then the quote is the
 * object of the reading, not the way to the key.
 */
import type { Article, Question } from '$lib/bank/schema';

/** Lower case, no punctuation, no plural or possessive s: "Subpoenas" and "subpoena" are one. */
const wordsOf = (text: string) =>
	text
		.toLowerCase()
		.replace(/[’']s\b/g, '')
		.split(/[^a-z0-9]+/)
		.filter(Boolean)
		.map((w) => (w.length > 3 ? w.replace(/s$/, '') : w));

/** Does `run` occur in `words`, word for word and in order? */
function holds(words: readonly string[], run: readonly string[]): boolean {
	if (!run.length) return false;
	for (let i = 0; i + run.length <= words.length; i++)
		if (run.every((w, k) => words[i + k] === w)) return true;
	return false;
}

/** The prompt asks what the quoted words mean or claim, not where they are printed. */
const ASKS_MEANING = /\b(?:means?|meaning|claims?|presents?|implies|suggests?)\b/i;

/**
 * The first phrase the prompt quotes (“…”) that the key's headline prints and no other headline
 * does, or undefined. The words are compared in order, case, punctuation and plural aside, so
 * "Reaffirms Opposition" is the key's own when another headline has only "reaffirms belief".
 */
export function quotedOwnRun(
	prompt: string,
	keyTitle: string,
	otherTitles: readonly string[]
): string | undefined {
	// The prompt's own words, not a quoted headline's ("… challenge Clinton claims …").
	if (ASKS_MEANING.test(prompt.replace(/“[^”]*”/g, ''))) return undefined;
	const key = wordsOf(keyTitle);
	const others = otherTitles.map(wordsOf);
	for (const [, phrase] of prompt.matchAll(/“([^”]+)”/g)) {
		const run = wordsOf(phrase!);
		if (holds(key, run) && !others.some((o) => holds(o, run))) return phrase;
	}
	return undefined;
}

/**
 * For a "Which outlet's headline …?" question (choices are outlets): the run of the key
 * outlet's headline its prompt quotes that no other headline has, if any (see quotedOwnRun).
 */
export function headlineCopied(q: Question, articles: ReadonlyMap<string, Article>) {
	if (q.type !== 'single') return undefined;
	const key = q.choices.find((c) => q.correct.includes(c.id))?.text;
	const all = [...articles.values()];
	const keyArticles = all.filter((a) => a.outlet === key);
	if (keyArticles.length !== 1) return undefined;
	const others = all.filter((a) => a.outlet !== key).map((a) => a.title);
	return quotedOwnRun(q.prompt, keyArticles[0]!.title, others);
}
