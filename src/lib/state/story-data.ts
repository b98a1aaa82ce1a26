/**
 * Reading one story's content for the student pages. Built-in stories come with the app;
 * teacher stories live in storage and are shown to students only once published.
 */
import type { Article, Bank, Question, Story } from '$lib/bank/schema';
import { attemptQuestionIds } from '$lib/quiz/attempt-order';
import { planQuiz, studentQuestions } from '$lib/quiz/plan';
import type { Attempt } from '$lib/quiz/types';
import type { ByLineStore } from '$lib/storage/types';

export function isoNow(): string {
	return new Date().toISOString();
}

export interface StoryContent {
	story: Story;
	/** In the story's own order. */
	articles: Article[];
	/** The questions a student may be asked. */
	questions: Question[];
	builtIn: boolean;
}

export function storyContent(bank: Bank, storyId: string, builtIn: boolean): StoryContent | null {
	const story = bank.stories.find((s) => s.id === storyId);
	if (!story) return null;
	const byId = new Map(bank.articles.map((a) => [a.id, a]));
	const articles = story.articleIds
		.map((id) => byId.get(id))
		.filter((a): a is Article => a !== undefined);
	const questions = studentQuestions(bank.questions.filter((q) => q.storyId === storyId));
	return { story, articles, questions, builtIn };
}

/** The story's questions plus generated ones (asked once each, after the curated ones). */
export function withGenerated(content: StoryContent, generated: Question[]): Question[] {
	return studentQuestions(content.questions, { includeGenerated: true, generated });
}

/** A teacher's story as a student may see it: null when missing or not yet published. */
export async function loadPublishedStory(
	store: ByLineStore,
	storyId: string
): Promise<StoryContent | null> {
	const bank = await store.getBank(storyId);
	if (!bank) return null;
	const content = storyContent(bank, storyId, false);
	return content?.story.published ? content : null;
}

export function outletsOf(content: StoryContent): string[] {
	return [...new Set(content.articles.map((a) => a.outlet))];
}

/** Starts a fresh attempt whose question order follows the quiz plan. */
export function startNewAttempt(
	store: ByLineStore,
	content: StoryContent,
	questions: Question[] = content.questions
): Promise<Attempt> {
	const order = attemptQuestionIds(planQuiz(questions, content.articles));
	return store.startAttempt(content.story.id, order);
}
