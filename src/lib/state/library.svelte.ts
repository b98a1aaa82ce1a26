import type { Bank, Question } from '$lib/bank/schema';
import { summarizeProgress, type ProgressSummary } from '$lib/quiz/student-progress';
import type { StoryProgress } from '$lib/quiz/types';
import type { ByLineStore } from '$lib/storage/types';
import { cachedGenerated } from './generated';
import { outletsOf, storyContent, withGenerated, type StoryContent } from './story-data';

export interface LibraryEntry {
	content: StoryContent;
	outlets: string[];
	/** Null until progress has been read from storage. */
	summary: ProgressSummary | null;
}

/**
 * The stories a student can pick: the built-in ones, then the teacher's published ones,
 * each with the student's progress. Re-load after any storage change.
 */
export class LibraryState {
	status = $state<'loading' | 'ready' | 'error'>('loading');
	error = $state<string | null>(null);
	#builtIn: StoryContent[];
	#teacherStories = $state.raw<StoryContent[]>([]);
	#progress = $state.raw<StoryProgress[] | null>(null);
	/** Story id -> cached generated questions, so attempts that asked them score fully. */
	#generated = $state.raw<Record<string, Question[]>>({});

	entries: LibraryEntry[] = $derived(
		[...this.builtIn, ...this.#teacherStories].map((content) => {
			const progress = this.#progress?.find((p) => p.storyId === content.story.id) ?? {
				storyId: content.story.id,
				attempts: []
			};
			return {
				content,
				outlets: outletsOf(content),
				summary: this.#progress
					? summarizeProgress(
							progress,
							withGenerated(content, this.#generated[content.story.id] ?? [])
						)
					: null
			};
		})
	);

	// A getter, not a field: `entries` reads it, and fields initialise in order.
	get builtIn(): StoryContent[] {
		return this.#builtIn;
	}

	constructor(builtInBanks: Bank[]) {
		this.#builtIn = builtInBanks.flatMap((bank) =>
			bank.stories
				.map((story) => storyContent(bank, story.id, true))
				.filter((c): c is StoryContent => c !== null)
		);
	}

	async load(store: ByLineStore): Promise<void> {
		try {
			const [banks, progress] = await Promise.all([store.listBanks(), store.listProgress()]);
			this.#teacherStories = banks.flatMap((bank) =>
				bank.stories
					// A built-in id always means the built-in story, so one id never shows twice.
					.filter((story) => story.published && !this.builtIn.some((c) => c.story.id === story.id))
					.map((story) => storyContent(bank, story.id, false))
					.filter((c): c is StoryContent => c !== null)
			);
			const generated = await Promise.all(
				this.builtIn.map(async (c) => [c.story.id, await cachedGenerated(store, c)] as const)
			);
			this.#generated = Object.fromEntries(generated);
			this.#progress = progress;
			this.status = 'ready';
		} catch (cause) {
			this.error = cause instanceof Error ? cause.message : String(cause);
			this.status = 'error';
		}
	}
}
