/**
 * Every story a student can see, with every question an attempt on it may have asked
 * (generated ones included): what the review and progress pages need to look questions up
 * across stories. Built-in banks are fetched only for the stories asked for.
 */
import type { BuiltinStorySummary } from '$lib/content/prebuilt';
import type { ByLineStore } from '$lib/storage/types';
import { cachedGeneratedQuestions } from './generated-lazy';
import type { BuiltinBankLoader } from './library.svelte';
import type { StoryBundle } from '$lib/bank/story';
import { forStudents, withGenerated } from './story-data';

export async function loadStudentStories(
	store: ByLineStore,
	builtIn: readonly BuiltinStorySummary[],
	loadBank: BuiltinBankLoader,
	wanted: (storyId: string) => boolean = () => true
): Promise<StoryBundle[]> {
	const builtInIds = new Set(builtIn.map((s) => s.id));
	const [builtInContent, stories] = await Promise.all([
		Promise.all(
			builtIn
				.filter((s) => wanted(s.id))
				.map(async (s) => ({ ...(await loadBank(s)), builtIn: true }))
		),
		store.listStories()
	]);
	const teacherContent = stories.filter(
		// A built-in id always means the built-in story, as in the library.
		({ story }) => story.published && !builtInIds.has(story.id) && wanted(story.id)
	);
	const all = [...builtInContent, ...teacherContent].map(forStudents);
	return Promise.all(
		all.map(async (content) => ({
			...content,
			questions: withGenerated(content, await cachedGeneratedQuestions(store, content))
		}))
	);
}
