import { grade, isAnswered } from '$lib/quiz/grade';
import { startingResponse } from '$lib/quiz/item-order';
import type { Grade, Response } from '$lib/quiz/types';
import { nextReviewAfterToday, type CardFilter } from '$lib/review/due';
import { systemNow } from './clock';
import type { StorageManager } from './storage-manager.svelte';
import { prepareReview, type ReviewItem, type StoryLoader } from './review-queue';

export type { ReviewItem, StoryLoader };

export type ReviewPhase = 'loading' | 'ready' | 'done' | 'error';

/**
 * One sitting of review: the cards due today across all stories, mixed, one at a time, each
 * graded like a quiz answer and rescheduled by FSRS in one write. Cards whose question no
 * longer exists (a teacher deleted it, a story was removed) are dropped quietly.
 */
export class ReviewSession {
	#phase = $state<ReviewPhase>('loading');
	error = $state<string | null>(null);
	items = $state.raw<ReviewItem[]>([]);
	index = $state(0);
	draft = $state.raw<Response | null>(null);
	/** The grade of the card on screen once checked. */
	grade = $state.raw<Grade | null>(null);
	busy = $state(false);
	/** When the next card is due after today; null when there are no cards at all. */
	nextReview = $state.raw<Date | null>(null);
	reviewed = $state(0);

	item: ReviewItem | null = $derived(this.items[this.index] ?? null);
	total = $derived(this.items.length);
	checked = $derived(this.grade !== null);
	canCheck = $derived(!this.busy && !this.checked && this.draft !== null && isAnswered(this.draft));
	isLast = $derived(this.index >= this.items.length - 1);

	#storage: StorageManager;
	/**
	 * While the review is on screen: loads it, and after a change from another tab (a card
	 * reviewed or made there, a backup restored) looks again once this tab has nothing on
	 * screen to lose (see refresh).
	 */
	#follow: () => void;
	#loadStories: StoryLoader;
	#now: () => Date;
	#schedule: Promise<typeof import('$lib/review/schedule')> | null = null;
	/** Whether a card's question exists in the stories loaded at the start. */
	#exists: CardFilter = () => false;

	constructor(
		storage: StorageManager,
		loadStories: StoryLoader,
		options: { now?: () => Date } = {}
	) {
		this.#storage = storage;
		this.#follow = storage.follow(
			(_, change) => (change ? this.refresh() : this.start()),
			(change) => change.kind !== 'content'
		);
		this.#loadStories = loadStories;
		this.#now = options.now ?? systemNow;
	}

	get phase(): ReviewPhase {
		this.#follow();
		return this.#phase;
	}

	#scheduler() {
		this.#schedule ??= import('$lib/review/schedule');
		return this.#schedule;
	}

	#starting: Promise<void> | null = null;

	/** Loads today's cards. Calls made while it is already loading share that load. */
	start(): Promise<void> {
		this.#starting ??= this.#start().finally(() => (this.#starting = null));
		return this.#starting;
	}

	/** Looks again, but only once this tab has nothing on screen to lose: mid-review it carries on. */
	async refresh(): Promise<void> {
		if (this.#phase === 'done' && !this.#starting) await this.start();
	}

	async #start(): Promise<void> {
		try {
			const store = await this.#storage.open();
			const queue = await prepareReview(store, this.#loadStories, this.#now());
			this.items = queue.items;
			this.nextReview = queue.nextReview;
			this.#exists = queue.exists;
			this.index = 0;
			this.#resetDraft();
			this.#phase = this.items.length > 0 ? 'ready' : 'done';
			// The scheduler is needed at the first check; fetch it while the student reads.
			if (this.items.length > 0) void this.#scheduler().catch(() => {});
		} catch (cause) {
			this.error = cause instanceof Error ? cause.message : String(cause);
			this.#phase = 'error';
		}
	}

	setResponse(response: Response): void {
		if (!this.checked) this.draft = response;
	}

	/** Grades the answer and reschedules the card in one write; the feedback stays on screen. */
	async check(): Promise<Grade | null> {
		const { item, draft } = this;
		if (!item || !draft || !this.canCheck) return null;
		this.busy = true;
		this.error = null;
		try {
			const result = grade(item.question, draft);
			const { reviewAnswer } = await this.#scheduler();
			const card = reviewAnswer(item.card, item.question, result, this.#now());
			if (card) {
				const store = await this.#storage.open();
				const saved = await store.saveReviewCard(item.storyId, card);
				this.items = this.items.map((i) => (i === item ? { ...i, card: saved } : i));
			}
			this.grade = result;
			this.reviewed += 1;
			return result;
		} catch (cause) {
			// The answer stays on screen, so the student can try again.
			this.error = cause instanceof Error ? cause.message : String(cause);
			return null;
		} finally {
			this.busy = false;
		}
	}

	/** The next card, or the end of today's review. */
	async next(): Promise<void> {
		if (!this.checked) return;
		if (this.index + 1 < this.items.length) {
			this.index += 1;
			this.#resetDraft();
			return;
		}
		const store = await this.#storage.open();
		this.nextReview = nextReviewAfterToday(await store.listReviews(), this.#now(), this.#exists);
		this.#phase = 'done';
	}

	#resetDraft(): void {
		this.grade = null;
		this.draft = this.item ? startingResponse(this.item.question, this.item.orderSeed) : null;
	}
}
