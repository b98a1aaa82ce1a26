import type { Question } from '$lib/bank/schema';
import { outletsOf, type StoryBundle } from '$lib/bank/story';
import type { BuiltinStorySummary } from '$lib/content/prebuilt';
import { summarizeProgress, type ProgressSummary } from '$lib/quiz/student-progress';
import type { StoryProgress } from '$lib/quiz/types';
import { countDueToday, hasMissingCards, knownQuestions } from '$lib/review/due';
import type { ByLineStore } from '$lib/storage/types';
import { systemNow } from './clock';
import { cachedGeneratedQuestions } from './generated-lazy';
import { storage as appStorage } from './storage.svelte';
import type { StorageManager } from './storage-manager.svelte';
import { forStudents, withGenerated } from './story-data';

/** What a story card shows before any bank is loaded. */
export interface StoryCardInfo {
	id: string;
	title: string;
	summary?: string;
	outlets: string[];
	questionCount: number;
	builtIn: boolean;
}

export interface LibraryEntry {
	card: StoryCardInfo;
	/** Null until progress has been read from storage. */
	summary: ProgressSummary | null;
}

/** Fetches a built-in story whole; only needed to score a student's saved attempts. */
export type BuiltinBankLoader = (summary: BuiltinStorySummary) => Promise<StoryBundle>;

function cardOf(content: StoryBundle): StoryCardInfo {
	const { story } = content;
	return {
		id: story.id,
		title: story.title,
		...(story.summary ? { summary: story.summary } : {}),
		outlets: outletsOf(content),
		questionCount: content.questions.length,
		builtIn: content.builtIn === true
	};
}

/**
 * The stories a student can pick: the built-in ones, then the teacher's published ones,
 * each with the student's progress, kept current while it is shown.
 *
 * Built-in stories start from the small prebuilt index, not their banks: the page is
 * prerendered with what it shows, and a bank (articles and questions, ~15 KB gzipped
 * each) is fetched only for a story the student has attempts on, to score them.
 */
export class LibraryState {
	#status = $state<'loading' | 'ready' | 'error'>('loading');
	error = $state<string | null>(null);
	#builtIn: BuiltinStorySummary[];
	#loadBank: BuiltinBankLoader;
	#teacherStories = $state.raw<StoryBundle[]>([]);
	/** Story id -> progress summary; null until storage has been read. */
	#summaries = $state.raw<Record<string, ProgressSummary> | null>(null);
	/** Review cards due today across stories; null until storage has been read. */
	#dueToday = $state<number | null>(null);
	#now: () => Date;
	/** Reads storage again after each change while something on screen shows the library. */
	#follow: () => void;

	#entries: LibraryEntry[] = $derived(
		[...this.builtInCards, ...this.#teacherStories.map(cardOf)].map((card) => ({
			card,
			summary: this.#summaries?.[card.id] ?? null
		}))
	);

	get status() {
		this.#follow();
		return this.#status;
	}

	get entries(): LibraryEntry[] {
		this.#follow();
		return this.#entries;
	}

	get dueToday(): number | null {
		this.#follow();
		return this.#dueToday;
	}

	// A getter, not a field: `entries` reads it, and fields initialise in order.
	get builtInCards(): StoryCardInfo[] {
		return this.#builtIn.map((s) => ({
			id: s.id,
			title: s.title,
			...(s.summary ? { summary: s.summary } : {}),
			outlets: s.outlets,
			questionCount: s.questionCount,
			builtIn: true
		}));
	}

	constructor(
		builtIn: BuiltinStorySummary[],
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
			const [stories, progress, reviews] = await Promise.all([
				store.listStories(),
				store.listProgress(),
				store.listReviews()
			]);
			const hasCards = (id: string) => reviews.some((r) => r.storyId === id);
			const isBuiltIn = (id: string) => this.#builtIn.some((s) => s.id === id);
			const teacherStories = stories
				// A built-in id always means the built-in story, so one id never shows twice.
				.filter(({ story }) => story.published && !isBuiltIn(story.id))
				.map(forStudents);
			const progressOf = (id: string): StoryProgress =>
				progress.find((p) => p.storyId === id) ?? { storyId: id, attempts: [] };

			// Each story's questions, to leave out cards whose question has since vanished.
			const known: [string, Question[]][] = [];
			const builtInSummaries = await Promise.all(
				this.#builtIn.map(async (s) => {
					const own = progressOf(s.id);
					if (own.attempts.length === 0 && !hasCards(s.id))
						return [s.id, summarizeProgress(own, [])] as const;
					const questions = await this.#builtInQuestions(store, s);
					known.push([s.id, questions]);
					return [s.id, summarizeProgress(own, questions)] as const;
				})
			);
			const teacherSummaries = teacherStories.map((c) => {
				known.push([c.story.id, c.questions]);
				return [c.story.id, summarizeProgress(progressOf(c.story.id), c.questions)] as const;
			});
			const exists = knownQuestions(known);
			this.#dueToday = countDueToday(reviews, this.#now(), exists);
			// Cards a closed tab did not get to save: made now, and the change reloads the count.
			if (hasMissingCards(progress, reviews, exists)) {
				void import('./review-queue')
					.then((m) => m.addMissingCards(store, progress, reviews, known))
					.catch((error: unknown) => console.warn('Byline: review cards not made', error));
			}
			this.#teacherStories = teacherStories;
			this.#summaries = Object.fromEntries([...builtInSummaries, ...teacherSummaries]);
			this.#status = 'ready';
		} catch (cause) {
			this.error = cause instanceof Error ? cause.message : String(cause);
			this.#status = 'error';
		}
	}

	/** The questions the student may have been asked, generated ones included, so attempts score fully. */
	async #builtInQuestions(store: ByLineStore, summary: BuiltinStorySummary): Promise<Question[]> {
		const content = forStudents({ ...(await this.#loadBank(summary)), builtIn: true });
		return withGenerated(content, await cachedGeneratedQuestions(store, content));
	}
}
