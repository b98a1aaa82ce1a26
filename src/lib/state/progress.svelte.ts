import type { BuiltinStorySummary } from '$lib/content/prebuilt';
import type { ByLineStore } from '$lib/storage/types';
import { systemNow } from './clock';
import type { BuiltinBankLoader } from './library.svelte';
import { progressView, type ProgressView } from './progress-view';
import { storage as appStorage } from './storage.svelte';
import type { StorageManager } from './storage-manager.svelte';
import { loadStudentStories } from './student-stories';

/**
 * The "My progress" page: every answer from every story and review, summed up by skill and
 * week, per story, and what to practise next, kept current while it is shown.
 */
export class ProgressState {
	#status = $state<'loading' | 'ready' | 'error'>('loading');
	error = $state<string | null>(null);
	#view = $state.raw<ProgressView | null>(null);
	/** Reads storage again after each change while something on screen shows the page. */
	#follow: () => void;

	get status() {
		this.#follow();
		return this.#status;
	}

	get view(): ProgressView | null {
		this.#follow();
		return this.#view;
	}

	#builtIn: readonly BuiltinStorySummary[];
	#loadBank: BuiltinBankLoader;
	#now: () => Date;

	constructor(
		builtIn: readonly BuiltinStorySummary[],
		loadBank: BuiltinBankLoader,
		options: { now?: () => Date; storage?: StorageManager } = {}
	) {
		this.#builtIn = builtIn;
		this.#loadBank = loadBank;
		this.#now = options.now ?? systemNow;
		this.#follow = (options.storage ?? appStorage).follow((store) => this.load(store));
	}

	async load(store: ByLineStore): Promise<void> {
		try {
			const [progress, reviews] = await Promise.all([store.listProgress(), store.listReviews()]);
			const active = (id: string) =>
				progress.some((p) => p.storyId === id) || reviews.some((r) => r.storyId === id);
			const isBuiltIn = (id: string) => this.#builtIn.some((s) => s.id === id);
			// Built-in banks only for stories with answers; teacher stories are in storage anyway.
			const contents = await loadStudentStories(
				store,
				this.#builtIn,
				this.#loadBank,
				(id) => active(id) || !isBuiltIn(id)
			);
			// Cards a closed tab did not get to save are made first, so today's count is right.
			const { addMissingCards } = await import('./review-queue');
			const questions = contents.map((c) => [c.story.id, c.questions] as const);
			const added = await addMissingCards(store, progress, reviews, questions);
			const current = added ? await store.listReviews() : reviews;
			this.#view = progressView(progress, current, this.#builtIn, contents, this.#now());
			this.#status = 'ready';
		} catch (cause) {
			this.error = cause instanceof Error ? cause.message : String(cause);
			this.#status = 'error';
		}
	}
}
