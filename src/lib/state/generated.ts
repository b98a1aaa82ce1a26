/**
 * Machine-generated practice questions for a built-in story's quiz. The generator runs in a
 * Web Worker, loaded only when a new attempt needs it; its best few questions are cached in
 * settings under a key derived from the articles' content, so it runs once per device and
 * content version, and a resumed or reviewed attempt finds the same questions again.
 */
import type { Question } from '$lib/bank/schema';
import { generatedFor } from '$lib/qgen/generated-cache';
import type { ByLineStore } from '$lib/storage/types';
import type { StoryContent } from './story-data';

/** At most this many generated questions join a quiz, best first. */
export const GENERATED_PER_QUIZ = 6;

export type GenerateQuestions = (content: StoryContent) => Promise<Question[]>;

/** The Worker-backed generator. The dynamic import keeps its client out of the page bundle. */
export const generateInBackground: GenerateQuestions = async (content) => {
	const { generateInWorker } = await import('$lib/qgen/client');
	return generateInWorker(
		{ storyId: content.story.id, articles: content.articles },
		{ max: GENERATED_PER_QUIZ * 3 }
	);
};

/** Own prefix: the teacher side may cache the generator's full output under the qgen key. */
export function quizGeneratedKey(content: StoryContent): string {
	return `quiz:${generatedFor(content.story.id, content.articles)}`;
}

/** Best questions first, skipping rejected ones and any id the curated bank already uses. */
export function pickGenerated(generated: Question[], content: StoryContent): Question[] {
	const taken = new Set(content.questions.map((q) => q.id));
	return generated
		.filter((q) => q.status !== 'rejected' && !taken.has(q.id) && q.storyId === content.story.id)
		.slice(0, GENERATED_PER_QUIZ);
}

/** The cached questions, or [] when there are none or what is stored is not valid questions. */
export async function cachedGenerated(
	store: ByLineStore,
	content: StoryContent
): Promise<Question[]> {
	if (!content.builtIn) return [];
	const stored = await store.getSetting<unknown>(quizGeneratedKey(content));
	if (stored === null) return [];
	// The full question schema needs full zod; it loads only when there is a cache to check,
	// which is after the generator (a Worker) has run once anyway.
	const { QuestionSchema } = await import('$lib/bank/schema');
	const parsed = QuestionSchema.array().safeParse(stored);
	return parsed.success ? (parsed.data as Question[]) : [];
}

/**
 * The cached questions, or freshly generated and cached ones. Generation problems never
 * block the quiz: the student then gets the curated questions only.
 */
export async function ensureGenerated(
	store: ByLineStore,
	content: StoryContent,
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
