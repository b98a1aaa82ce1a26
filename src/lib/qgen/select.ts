/**
 * Diversity: pick greedily by score, but each pick lowers the appeal of more
 * questions of the same family, type and article, and near-duplicates (same
 * answer key, or prompts sharing most words) are skipped. The result keeps
 * the pick order, so any prefix (the top 10) is already varied.
 */
import type { Question } from '$lib/bank/schema';
import type { Candidate } from './candidates/candidate';

export interface Ranked {
	candidate: Candidate;
	question: Question;
}

const words = (s: string) => new Set(s.toLowerCase().match(/[a-z0-9]{3,}/g) ?? []);

function similar(a: Set<string>, b: Set<string>): boolean {
	let shared = 0;
	for (const w of a) if (b.has(w)) shared++;
	return shared / Math.max(1, Math.min(a.size, b.size)) > 0.7;
}

/**
 * The same explanation means the same underlying fact: three outlets' figures for one count,
 * or two adjacent quotes that only one outlet carries. Asked once is enough near the top.
 */
const PENALTY = { family: 0.06, type: 0.05, article: 0.03, explanation: 0.2 };

export function selectDiverse(ranked: Ranked[], max: number): Question[] {
	const chosen: Question[] = [];
	const keys = new Set<string>();
	const promptWords: Set<string>[] = [];
	const count = new Map<string, number>();
	const seen = (k: string) => count.get(k) ?? 0;
	// Compare the text drawn from the articles, not the shared template words.
	let pool = ranked.map((r) => ({ ...r, words: words(r.candidate.excerpt ?? r.question.prompt) }));
	while (chosen.length < max && pool.length) {
		let best = -1;
		let bestValue = -Infinity;
		for (let i = 0; i < pool.length; i++) {
			const { candidate: c, question: q } = pool[i]!;
			const value =
				(q.score ?? 0) -
				PENALTY.family * seen(`f:${c.family}`) -
				PENALTY.type * seen(`t:${q.type}`) -
				PENALTY.article * seen(`a:${q.evidence[0]!.articleId}`) -
				PENALTY.explanation * seen(`e:${q.explanation}`);
			if (value > bestValue) {
				bestValue = value;
				best = i;
			}
		}
		const pick = pool[best]!;
		chosen.push(pick.question);
		keys.add(pick.candidate.answerKey);
		promptWords.push(pick.words);
		for (const k of [
			`f:${pick.candidate.family}`,
			`t:${pick.question.type}`,
			`a:${pick.question.evidence[0]!.articleId}`,
			`e:${pick.question.explanation}`
		])
			count.set(k, seen(k) + 1);
		pool = pool.filter(
			(r) => r !== pick && !keys.has(r.candidate.answerKey) && !similar(r.words, pick.words)
		);
	}
	return chosen;
}
