/**
 * Reading one story for the student pages. Built-in stories come with the app; teacher
 * stories live in storage and are shown to students only once published.
 */
import type { Question } from '$lib/bank/schema';
import type { StoryBundle } from '$lib/bank/story';
import { attemptQuestionIds } from '$lib/quiz/attempt-order';
import { planQuiz, studentQuestions } from '$lib/quiz/plan';
import type { Attempt } from '$lib/quiz/types';
import type { ByLineStore } from '$lib/storage/types';

export { outletsOf } from '$lib/bank/story';

export function isoNow(): string {
	return new Date().toISOString();
}

/** The story as a student sees it: only the questions a student may be asked. */
export function forStudents(story: StoryBundle): StoryBundle {
	return { ...story, questions: studentQuestions(story.questions) };
}

/** The story's questions plus generated ones (asked once each, after the curated ones). */
export function withGenerated(content: StoryBundle, generated: Question[]): Question[] {
	return studentQuestions(content.questions, { includeGenerated: true, generated });
}

/** A teacher's story as a student may see it: null when missing or not yet published. */
export async function loadPublishedStory(
	store: ByLineStore,
	storyId: string
): Promise<StoryBundle | null> {
	const story = await store.getStory(storyId);
	return story?.story.published ? forStudents({ ...story, builtIn: false }) : null;
}

/** Starts a fresh attempt whose question order follows the quiz plan. */
export function startNewAttempt(
	store: ByLineStore,
	content: StoryBundle,
	questions: Question[] = content.questions
): Promise<Attempt> {
	const order = attemptQuestionIds(planQuiz(questions, content.articles));
	return store.startAttempt(content.story.id, order);
}
