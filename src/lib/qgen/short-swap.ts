/**
 * A short quiz of one article read alone where one pick keeps two others out. Selection takes
 * its picks kind by kind, and a pick taken early shuts out every later candidate that would
 * print its key or ask its sentence again: one gap keyed "the Islamic State" kept out both words
 * in context whose sentences name the Islamic State, and a 300-word report got one question
 * where it had three good ones. When the quiz stays short after every last resort
 * (pipeline.ts), such a pick is left out, but only where every question it kept out is ranked
 * above it and every other question of the quiz stays: the trade never puts a lesser question
 * in a better one's place.
 */
import type { Question } from '$lib/bank/schema';
import type { Ranked } from './select';

/**
 * The longest first ten (`firstTen` long at most) `select` makes from `ranked` with one of the
 * first ten of `questions` left out, when it is longer than that of `questions`; undefined
 * when no such leaving out adds a question.
 */
export function longerWithoutOne(
	ranked: readonly Ranked[],
	questions: readonly Question[],
	firstTen: number,
	select: (ranked: Ranked[]) => Question[]
): Question[] | undefined {
	const size = (qs: readonly Question[]) => Math.min(qs.length, firstTen);
	let best: Question[] | undefined;
	const head = questions.slice(0, firstTen);
	for (const q of head) {
		const again = select(ranked.filter((r) => r.question !== q));
		// Only the one pick is traded, and only for questions ranked above it: every other
		// question of the quiz stays, and no better one gives way to those ranked below it.
		const kept = new Set(again.slice(0, firstTen));
		const added = again.slice(0, firstTen).filter((x) => !head.includes(x));
		if (
			size(again) > size(best ?? questions) &&
			head.every((x) => x === q || kept.has(x)) &&
			added.every((x) => (x.score ?? 0) > (q.score ?? 0))
		)
			best = again;
	}
	return best;
}
