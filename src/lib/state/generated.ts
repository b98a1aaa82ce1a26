/**
 * Machine-generated practice questions for a built-in story's quiz. The generator runs in a
 * Web Worker, loaded only when a new attempt needs it; its best few questions are cached in
 * settings under a key derived from the articles' content, so it runs once per device and
 * content version, and a resumed or reviewed attempt finds the same questions again.
 */
import { bankConsistencyIssues, questionConsistencyIssues } from '$lib/bank/consistency';
import { QUESTION_TYPES, SKILLS, STATUSES, type Question } from '$lib/bank/model';
import { generatedFor } from '$lib/qgen/generated-cache';
import type { ByLineStore } from '$lib/storage/types';
import type { StoryBundle } from '$lib/bank/story';

import { GENERATED_PER_QUIZ } from './generated-lazy';

export { GENERATED_PER_QUIZ };

export type GenerateQuestions = (content: StoryBundle) => Promise<Question[]>;

/** The Worker-backed generator. The dynamic import keeps its client out of the page bundle. */
export const generateInBackground: GenerateQuestions = async (content) => {
	const { generateInWorker } = await import('$lib/qgen/client');
	return generateInWorker(
		{ storyId: content.story.id, articles: content.articles },
		{ max: GENERATED_PER_QUIZ * 3 }
	);
};

/** Own prefix: the teacher side may cache the generator's full output under the qgen key. */
export function quizGeneratedKey(content: StoryBundle): string {
	return `quiz:${generatedFor(content.story.id, content.articles)}`;
}

/** Best questions first, skipping rejected ones and any id the curated bank already uses. */
export function pickGenerated(generated: Question[], content: StoryBundle): Question[] {
	const taken = new Set(content.questions.map((q) => q.id));
	return generated
		.filter((q) => q.status !== 'rejected' && !taken.has(q.id) && q.storyId === content.story.id)
		.slice(0, GENERATED_PER_QUIZ);
}

/** The cached questions, or [] when there are none or what is stored is not valid questions. */
export async function cachedGenerated(
	store: ByLineStore,
	content: StoryBundle
): Promise<Question[]> {
	if (!content.builtIn) return [];
	const stored = await store.getSetting<unknown>(quizGeneratedKey(content));
	return usableCached(stored, content) ?? [];
}

/** Fields each question type needs beyond the common ones, with their JavaScript types. */
const TYPE_FIELDS: Record<Question['type'], Record<string, 'array' | 'number'>> = {
	single: { choices: 'array', correct: 'array' },
	multi: { choices: 'array', correct: 'array' },
	truefalse: { choices: 'array', correct: 'array' },
	cloze: { accepted: 'array' },
	numeric: { answer: 'number', tolerance: 'number' },
	matching: { pairs: 'array' },
	ordering: { items: 'array' },
	evidence: {
		choices: 'array',
		correct: 'array',
		evidenceChoices: 'array',
		evidenceCorrect: 'array'
	}
};

function includes<T extends string>(list: readonly T[], value: unknown): value is T {
	return list.includes(value as T);
}

function looksLikeQuestion(value: unknown): value is Question {
	if (typeof value !== 'object' || value === null) return false;
	const q = value as Record<string, unknown>;
	if (!includes(QUESTION_TYPES, q.type) || !includes(SKILLS, q.skill)) return false;
	if (!includes(STATUSES, q.status) || !Array.isArray(q.evidence)) return false;
	if (typeof q.id !== 'string' || typeof q.prompt !== 'string') return false;
	return Object.entries(TYPE_FIELDS[q.type]).every(([field, kind]) =>
		kind === 'array' ? Array.isArray(q[field]) : Number.isFinite(q[field])
	);
}

/**
 * The cached questions if they can be shown, else null. Deliberately not the full bank schema:
 * these questions were validated with it by the generator before they were cached, under a key
 * tied to these articles' content, and loading the schema (~2.8 KB gzip) on every quiz with
 * cached questions would push the quiz page past its total script budget. What can still go
 * wrong (another version's data, a damaged entry) is caught by the type's fields and the
 * bank's own cross-checks: right story, evidence inside these articles' texts.
 */
export function usableCached(stored: unknown, content: StoryBundle): Question[] | null {
	if (!Array.isArray(stored) || !stored.every(looksLikeQuestion)) return null;
	try {
		const story = { ...content.story, articleIds: content.articles.map((a) => a.id) };
		const bank = { stories: [story], articles: content.articles, questions: stored };
		if (stored.some((q) => questionConsistencyIssues(q).length > 0)) return null;
		return bankConsistencyIssues(bank).length === 0 ? stored : null;
	} catch {
		// A field of the wrong kind deeper inside (e.g. a choice that is not an object).
		return null;
	}
}

/**
 * The cached questions, or freshly generated and cached ones. Generation problems never
 * block the quiz: the student then gets the curated questions only.
 */
export async function ensureGenerated(
	store: ByLineStore,
	content: StoryBundle,
	generate: GenerateQuestions = generateInBackground
): Promise<Question[]> {
	if (!content.builtIn) return [];
	const cached = await cachedGenerated(store, content);
	if (cached.length > 0) return cached;
	try {
		const picked = pickGenerated(await generate(content), content);
		if (picked.length > 0) await store.setSetting(quizGeneratedKey(content), picked);
		return picked;
	} catch (cause) {
		console.warn('Byline: generated questions are unavailable for this quiz', cause);
		return [];
	}
}
