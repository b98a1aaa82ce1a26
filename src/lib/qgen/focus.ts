/**
 * What the story is mainly about: the words its headlines and leads share. A question whose
 * evidence sentence uses those words asks about the main events; one about a side detail
 * shares few of them. Several outlets putting a word up top counts more than one.
 */
import type { Span } from './types';
import type { ArticleAnalysis } from './types';

/** Short, frequent words that say nothing about the story. */
const COMMON = new Set(
	'that this with from have has had were was will would their there they them than then when what which while about after before said says also into over more most some been being other could should where whose'.split(
		' '
	)
);

const contentWords = (text: string) =>
	new Set(
		(text.toLowerCase().match(/[a-z][a-z'-]{3,}/g) ?? [])
			.map((w) => w.replace(/'s$/, '').replace(/(?<=[a-z]{4})s$/, ''))
			.filter((w) => !COMMON.has(w))
	);

/** A 0..1 score per evidence set: how much of the headlines' and leads' vocabulary it shares. */
export function storyFocus(
	analyses: readonly ArticleAnalysis[]
): (evidence: readonly Span[]) => number {
	const weight = new Map<string, number>();
	for (const a of analyses) {
		const lead = a.sentences
			.slice(0, 2)
			.map((s) => s.text)
			.join(' ');
		for (const w of contentWords(`${a.article.title} ${lead}`))
			weight.set(w, (weight.get(w) ?? 0) + 1 / analyses.length);
	}
	const text = new Map(analyses.map((a) => [a.article.id, a.article.text]));
	return (evidence) => {
		let best = 0;
		for (const e of evidence) {
			const sentence = text.get(e.articleId)?.slice(e.start, e.end) ?? '';
			let sum = 0;
			for (const w of contentWords(sentence)) sum += weight.get(w) ?? 0;
			best = Math.max(best, Math.min(1, sum / 3));
		}
		return best;
	};
}
