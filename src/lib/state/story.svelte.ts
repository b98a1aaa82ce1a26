import type { Bank, Question } from '$lib/bank/schema';
import { openAttempt, summarizeProgress } from '$lib/quiz/student-progress';
import type { StoryProgress } from '$lib/quiz/types';
import type { ByLineStore } from '$lib/storage/types';
import { cachedGeneratedQuestions } from './generated-lazy';
import { loadPublishedStory, storyContent, withGenerated, type StoryContent } from './story-data';

export type LoadStatus = 'loading' | 'ready' | 'not-found' | 'error';

/**
 * One story as a student page sees it: its content (built in, or read from storage for a
 * teacher's published story) and the student's progress, re-read whenever storage changes.
 */
export class StoryState {
	readonly storyId: string;
	content = $state.raw<StoryContent | null>(null);
	status = $state<LoadStatus>('loading');
	error = $state<string | null>(null);
	progress = $state.raw<StoryProgress | null>(null);
	/** Generated questions cached for this story's quiz, so their answers count too. */
	generated = $state.raw<Question[]>([]);

	/** Everything an attempt on this story may have asked. */
	questions: Question[] = $derived(this.content ? withGenerated(this.content, this.generated) : []);
	summary = $derived(
		this.content && this.progress ? summarizeProgress(this.progress, this.questions) : null
	);
	openAttempt = $derived(this.progress ? openAttempt(this.progress) : null);

	/** False while a built-in story's questions are still to be fetched (see `wholeBank`). */
	complete = $state(true);
	#wholeBank: (() => Promise<Bank>) | null = null;

	/**
	 * `builtIn` may be the story's bank without its questions, as the story page prerenders
	 * it; `wholeBank` then fetches the whole bank in `load`, once the page has shown.
	 */
	constructor(storyId: string, builtIn: Bank | null, wholeBank?: () => Promise<Bank>) {
		this.storyId = storyId;
		if (builtIn) {
			this.content = storyContent(builtIn, storyId, true);
			this.status = this.content ? 'ready' : 'not-found';
			if (this.content && wholeBank) {
				this.#wholeBank = wholeBank;
				this.complete = false;
			}
		}
	}

	/** Reads the content (when not built in) and the progress. Safe to call again after a change. */
	async load(store: ByLineStore, options: { refreshContent?: boolean } = {}): Promise<void> {
		try {
			// A teacher may edit or unpublish their story in another tab; built-in content never changes.
			const stale = options.refreshContent && this.content && !this.content.builtIn;
			if (!this.content || stale) {
				this.content = await loadPublishedStory(store, this.storyId);
				this.status = this.content ? 'ready' : 'not-found';
				if (!this.content) return;
			}
			if (this.#wholeBank) {
				this.content = storyContent(await this.#wholeBank(), this.storyId, true);
				this.#wholeBank = null;
				this.complete = true;
				if (!this.content) {
					this.status = 'not-found';
					return;
				}
			}
			this.generated = await cachedGeneratedQuestions(store, this.content);
			this.progress = await store.getProgress(this.storyId);
		} catch (cause) {
			this.error = cause instanceof Error ? cause.message : String(cause);
			this.status = 'error';
		}
	}
}
