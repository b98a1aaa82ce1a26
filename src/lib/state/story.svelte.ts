import type { Question } from '$lib/bank/schema';
import type { StoryBundle } from '$lib/bank/story';
import { openAttempt, summarizeProgress } from '$lib/quiz/student-progress';
import type { StoryProgress } from '$lib/quiz/types';
import type { StorageChange } from '$lib/storage/types';
import { cachedGeneratedQuestions } from './generated-lazy';
import { storage as appStorage } from './storage.svelte';
import type { StorageManager } from './storage-manager.svelte';
import { forStudents, loadPublishedStory, withGenerated } from './story-data';

export type LoadStatus = 'loading' | 'ready' | 'not-found' | 'error';

/** A built-in story's title and how to fetch the whole story (articles and questions). */
export interface BuiltinSource {
	title: string;
	wholeBank: () => Promise<StoryBundle>;
}

/** A built-in story as students see it, if it is the one asked for. */
function builtInContent(story: StoryBundle, storyId: string): StoryBundle | null {
	return story.story.id === storyId ? forStudents({ ...story, builtIn: true }) : null;
}

/** A teacher may edit or unpublish their story in another tab; built-in content never changes. */
const contentMayHaveChanged = (change: StorageChange | null) =>
	change?.kind === 'all' || (change?.kind === 'content' && change.storyId !== null);

/**
 * One story as a student page sees it: its content (built in, or read from storage for a
 * teacher's published story) and the student's progress, kept current while it is shown.
 */
export class StoryState {
	readonly storyId: string;
	#content = $state.raw<StoryBundle | null>(null);
	status = $state<LoadStatus>('loading');
	error = $state<string | null>(null);
	#storage: StorageManager;
	/** Re-reads the content after a change while something on screen shows this story. */
	#follow: () => void;
	/** Generated questions cached for this story's quiz, so their answers count too. */
	generated = $state.raw<Question[]>([]);

	/** Everything an attempt on this story may have asked. */
	questions: Question[] = $derived(this.content ? withGenerated(this.content, this.generated) : []);
	summary = $derived(
		this.content && this.progress ? summarizeProgress(this.progress, this.questions) : null
	);
	openAttempt = $derived(this.progress ? openAttempt(this.progress) : null);

	/** False while a built-in story's whole bank is still to be fetched (see BuiltinSource). */
	complete = $state(true);
	#builtInTitle: string | null = null;
	#wholeBank: (() => Promise<StoryBundle>) | null = null;
	#wholeRequest: Promise<StoryBundle> | null = null;
	/** The story's title as soon as it is known, for headings shown while content loads. */
	title: string | null = $derived(this.content?.story.title ?? this.#builtInTitle);

	/**
	 * `builtIn` is what the page was prerendered with: a built-in story's bank, possibly
	 * without its questions (the story page), or null (teacher stories, and pages whose data
	 * is too big to inline). With `whole`, `load` fetches the whole bank after the page shows.
	 */
	constructor(
		storyId: string,
		builtIn: StoryBundle | null,
		whole?: BuiltinSource,
		storage: StorageManager = appStorage
	) {
		this.storyId = storyId;
		this.#storage = storage;
		this.#follow = storage.follow((_, change) =>
			this.load({ refreshContent: contentMayHaveChanged(change) })
		);
		if (builtIn) {
			this.#content = builtInContent(builtIn, storyId);
			this.status = this.#content ? 'ready' : 'not-found';
		}
		if (whole && this.status !== 'not-found') {
			this.#builtInTitle = whole.title;
			this.#wholeBank = whole.wholeBank;
			this.complete = false;
		}
	}

	/** The student's progress on this story: storage's copy, null until read. */
	get progress(): StoryProgress | null {
		return this.#storage.progress(this.storyId) ?? null;
	}

	/** Reading it on screen keeps the story current (every page reads it before its status). */
	get content(): StoryBundle | null {
		this.#follow();
		return this.#content;
	}

	/** Reads the content (when not built in) and the progress. Safe to call again after a change. */
	async load(options: { refreshContent?: boolean } = {}): Promise<void> {
		try {
			const store = await this.#storage.open();
			const stale = options.refreshContent && this.#content && !this.#content.builtIn;
			if ((!this.#content && !this.#wholeBank) || stale) {
				this.#content = await loadPublishedStory(store, this.storyId);
				this.status = this.#content ? 'ready' : 'not-found';
				if (!this.#content) return;
			}
			if (this.#wholeBank) {
				// One request even when a storage change calls load again before it is back.
				this.#wholeRequest ??= this.#wholeBank();
				const whole = await this.#wholeRequest;
				if (!this.complete) {
					this.#content = builtInContent(whole, this.storyId);
					this.#wholeBank = null;
					this.complete = true;
					this.status = this.#content ? 'ready' : 'not-found';
				}
			}
			if (!this.#content) return;
			this.generated = await cachedGeneratedQuestions(store, this.#content);
			await this.#storage.loadProgress(this.storyId);
		} catch (cause) {
			this.error = cause instanceof Error ? cause.message : String(cause);
			this.status = 'error';
		}
	}
}
