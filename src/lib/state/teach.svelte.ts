/**
 * TeacherWorkspace: the teacher's stories as stored, plus every edit the teacher UI makes.
 *
 * API (used by the teacher pages and the curation screens):
 *   const ws = new TeacherWorkspace();          // or new TeacherWorkspace(new StorageManager(() => someStore))
 *   ws.status        'idle' | 'loading' | 'ready' | 'error'; reading it on screen loads the
 *                    stories and follows changes from other tabs while it is shown
 *   ws.stories       StoryBundle[] — every stored story, most recently changed first
 *   ws.storyOf(id)   one of them, or null
 *   ws.error         a message to show (storage or edit failure); ws.clearError()
 *   ws.notice        a short success message without undo ("Story published.")
 *   ws.undoStack     UndoEntry[] (newest last); ws.toast is the newest; ws.undo(entryId?), ws.dismissUndo(entryId)
 * Operations resolve to a result or null/false on failure (then `error` says why and nothing
 * changed, in memory or in storage). Destructive ones push an UndoEntry and also return it:
 *   createStory(title, articles) → storyId | null
 *   addArticles(storyId, articles) / renameStory(storyId, title) / updateArticle(storyId, articleId, meta)
 *   setPublished(storyId, published) / saveQuestion(storyId, question) / reorder(storyId, ids)
 *   deleteStory(storyId) → UndoEntry | null          deleteArticle(storyId, articleId) → UndoEntry | null
 *   removeQuestions(storyId, ids) → UndoEntry | null setStatus(storyId, ids, status) → UndoEntry | null
 *   addGenerated(storyId, drafts) → { added, skipped } | null   (never duplicates or touches existing questions)
 *   planImport(incoming) → ImportPlan;  importStory(incoming, choice) → { storyIds, dropped } | null
 *                    (incoming: a story file's StoryBundle[], as $lib/teach/story-file reads it)
 *   importIfNew(incoming) → stored, or the plan when the story exists (checked and stored in one step)
 *   addImportedQuestions(storyId, questions) → UndoEntry | null  (questions from another tool's file)
 *   createImportedStory(story) → UndoEntry | null  (a new story built on the import screen, one write)
 * In components: the /teach layout calls provideWorkspace(new TeacherWorkspace()); pages call
 * useWorkspace() to get that one instance (a type-safe context, see createContext).
 * Writes run one at a time, each against the latest stored story, so quick clicks never lose an edit.
 */
import { createContext } from 'svelte';
import {
	mergeGenerated,
	newStoryInfo,
	removeQuestions,
	renameStory,
	reorder,
	restoreQuestions,
	setPublished,
	setStatus,
	upsertQuestion
} from '$lib/bank/ops/edit';
import {
	addArticles,
	newStory,
	removeArticle,
	restoreArticle,
	updateArticleMeta,
	type ArticleMeta,
	type NewArticle
} from '$lib/bank/ops/articles';
import { planImport, type ImportPlan, type MergeResult } from '$lib/bank/ops/merge';
import type { Question, Status } from '$lib/bank/schema';
import type { StoryBundle } from '$lib/bank/story';
import { storage as appStorage } from './storage.svelte';
import type { StorageManager } from './storage-manager.svelte';
import { messageOf, plural } from '$lib/text/format';
import { storiesForImport, type ImportChoice } from '$lib/teach/import-choice';

export type UndoEntry = { id: number; message: string; undo: () => Promise<boolean> };
export type { ImportChoice };

const MAX_UNDO = 20;

export interface ImportedStory {
	storyIds: string[];
	dropped: MergeResult['dropped'];
}

export class TeacherWorkspace {
	#status = $state<'idle' | 'loading' | 'ready' | 'error'>('idle');
	/** As stored; `stories` is the order the teacher sees. */
	#stored = $state.raw<StoryBundle[]>([]);
	error = $state<string | null>(null);
	notice = $state<string | null>(null);
	undoStack = $state.raw<UndoEntry[]>([]);
	toast: UndoEntry | null = $derived(this.undoStack.at(-1) ?? null);
	stories: StoryBundle[] = $derived(
		[...this.#stored].sort((a, b) =>
			(b.story.updatedAt ?? '').localeCompare(a.story.updatedAt ?? '')
		)
	);

	#storage: StorageManager;
	/** Loads, then reloads after changes (this tab's or another's) while the stories are shown. */
	#follow: () => void;
	#queue: Promise<unknown> = Promise.resolve();
	#nextUndoId = 1;
	#now: () => Date;

	constructor(
		storage: StorageManager = appStorage,
		// A timestamp source, read once per edit; nothing observes it, so it need not be reactive.
		// eslint-disable-next-line svelte/prefer-svelte-reactivity
		now: () => Date = () => new Date()
	) {
		this.#storage = storage;
		this.#now = now;
		this.#follow = storage.follow(
			() => this.load(),
			(change) => change.kind !== 'progress'
		);
	}

	get status(): 'idle' | 'loading' | 'ready' | 'error' {
		this.#follow();
		return this.#status;
	}

	storyOf(storyId: string): StoryBundle | null {
		return this.#stored.find((s) => s.story.id === storyId) ?? null;
	}

	load(): Promise<void> {
		if (this.#status === 'idle') this.#status = 'loading';
		return this.#serial(async () => {
			try {
				const store = await this.#storage.open();
				this.#stored = await store.listStories();
				this.#status = 'ready';
			} catch (error) {
				this.error = `Your stories could not be read: ${messageOf(error)}`;
				this.#status = 'error';
			}
		});
	}

	clearError(): void {
		this.error = null;
	}

	dismissUndo(id: number): void {
		this.undoStack = this.undoStack.filter((e) => e.id !== id);
	}

	/** Runs the newest undo (or the given one) and removes it from the stack. */
	async undo(id?: number): Promise<boolean> {
		const entry =
			id === undefined ? this.undoStack.at(-1) : this.undoStack.find((e) => e.id === id);
		if (!entry) return false;
		this.dismissUndo(entry.id);
		const ok = await entry.undo();
		if (ok) this.notice = 'Undone.';
		return ok;
	}

	createStory(title: string, articles: readonly NewArticle[]): Promise<string | null> {
		return this.#serial(async () => {
			try {
				const info = newStoryInfo(title, {
					takenStoryIds: this.#stored.map((s) => s.story.id),
					now: this.#now()
				});
				await this.#put(newStory(info, articles));
				return info.id;
			} catch (error) {
				this.error = messageOf(error);
				return null;
			}
		});
	}

	addArticles(storyId: string, articles: readonly NewArticle[]): Promise<boolean> {
		return this.#edit(storyId, (story) => addArticles(story, articles));
	}

	renameStory(storyId: string, title: string): Promise<boolean> {
		return this.#edit(storyId, (story) => renameStory(story, title, this.#now()));
	}

	updateArticle(storyId: string, articleId: string, meta: ArticleMeta): Promise<boolean> {
		return this.#edit(storyId, (story) => updateArticleMeta(story, articleId, meta));
	}

	async setPublished(storyId: string, published: boolean): Promise<boolean> {
		const ok = await this.#edit(storyId, (story) => setPublished(story, published, this.#now()));
		if (ok) this.notice = published ? 'Story published for students.' : 'Story unpublished.';
		return ok;
	}

	saveQuestion(storyId: string, question: Question): Promise<boolean> {
		return this.#edit(storyId, (story) => upsertQuestion(story, question));
	}

	reorder(storyId: string, orderedIds: readonly string[]): Promise<boolean> {
		return this.#edit(storyId, (story) => reorder(story, orderedIds));
	}

	async setStatus(
		storyId: string,
		ids: readonly string[],
		status: Status
	): Promise<UndoEntry | null> {
		// A private snapshot for the undo closure; nothing renders it.
		// eslint-disable-next-line svelte/prefer-svelte-reactivity
		const before = new Map(
			(this.storyOf(storyId)?.questions ?? [])
				.filter((q) => ids.includes(q.id) && q.status !== status)
				.map((q) => [q.id, q.status])
		);
		const ok = await this.#edit(storyId, (story) => setStatus(story, ids, status));
		if (!ok) return null;
		const word = { draft: 'moved back to drafts', approved: 'approved', rejected: 'rejected' }[
			status
		];
		return this.#offerUndo(`${plural(before.size, 'question')} ${word}.`, () =>
			this.#edit(storyId, (story) => ({
				...story,
				questions: story.questions.map((q) => {
					const old = before.get(q.id);
					return old && q.status === status ? { ...q, status: old } : q;
				})
			}))
		);
	}

	async removeQuestions(storyId: string, ids: readonly string[]): Promise<UndoEntry | null> {
		let removed: ReturnType<typeof removeQuestions>['removed'] = [];
		const ok = await this.#edit(storyId, (story) => {
			const result = removeQuestions(story, ids);
			removed = result.removed;
			return result.story;
		});
		if (!ok) return null;
		return this.#offerUndo(`${plural(removed.length, 'question')} deleted.`, () =>
			this.#edit(storyId, (story) => restoreQuestions(story, removed))
		);
	}

	async deleteArticle(storyId: string, articleId: string): Promise<UndoEntry | null> {
		let result: ReturnType<typeof removeArticle> | null = null;
		const ok = await this.#edit(storyId, (story) => {
			result = removeArticle(story, articleId);
			return result.story;
		});
		if (!ok || !result) return null;
		const removed = result as ReturnType<typeof removeArticle>;
		const { article } = removed;
		const cited = removed.removed.length
			? ` and ${plural(removed.removed.length, 'question')} citing it`
			: '';
		return this.#offerUndo(`Article “${article.title}”${cited} deleted.`, () =>
			this.#edit(storyId, (story) => restoreArticle(story, removed))
		);
	}

	async deleteStory(storyId: string): Promise<UndoEntry | null> {
		const deleted = await this.#serial(async () => {
			const story = this.storyOf(storyId);
			if (!story) {
				this.error = `There is no story with id "${storyId}".`;
				return null;
			}
			try {
				const store = await this.#storage.open();
				await store.deleteStory(storyId);
				this.#stored = this.#stored.filter((s) => s !== story);
				return story;
			} catch (error) {
				this.error = `The story could not be deleted: ${messageOf(error)}`;
				return null;
			}
		});
		if (!deleted) return null;
		const title = deleted.story.title;
		return this.#offerUndo(`Story “${title}” deleted.`, () =>
			this.#serial(async () => {
				if (this.storyOf(storyId)) {
					this.error = `A story with id "${storyId}" exists again, so the deleted one was not restored.`;
					return false;
				}
				return this.#tryPut(deleted);
			})
		);
	}

	addGenerated(
		storyId: string,
		drafts: readonly Question[]
	): Promise<{ added: number; skipped: number } | null> {
		let counts = { added: 0, skipped: 0 };
		return this.#edit(storyId, (story) => {
			const result = mergeGenerated(story, drafts);
			counts = { added: result.added.length, skipped: result.skipped };
			return result.story;
		}).then((ok) => (ok ? counts : null));
	}

	/**
	 * Adds questions read from another tool's file (GIFT, Moodle XML, CSV, QTI) to a story, as
	 * one write; an id the story already uses is refused rather than overwritten. Undo removes them.
	 */
	async addImportedQuestions(
		storyId: string,
		questions: readonly Question[]
	): Promise<UndoEntry | null> {
		const ids = questions.map((q) => q.id);
		const ok = await this.#edit(storyId, (story) => {
			const clash = ids.find((id) => story.questions.some((q) => q.id === id));
			if (clash) throw new Error(`The story already has a question “${clash}”; import again.`);
			return { ...story, questions: [...story.questions, ...questions] };
		});
		if (!ok) return null;
		return this.#offerUndo(`${plural(questions.length, 'question')} imported.`, async () => {
			const entry = await this.removeQuestions(storyId, ids);
			if (entry) this.dismissUndo(entry.id);
			return entry !== null;
		});
	}

	/**
	 * Stores a story the import screen built (its articles and the questions imported into it)
	 * in one write. A story id taken meanwhile (another tab) is refused, not overwritten.
	 * Undo deletes the story.
	 */
	async createImportedStory(imported: StoryBundle): Promise<UndoEntry | null> {
		const { story } = imported;
		const ok = await this.#serial(async () => {
			if (this.storyOf(story.id)) {
				this.error = `A story with id "${story.id}" was stored meanwhile (in another tab?); nothing was imported. Start the import again.`;
				return false;
			}
			return this.#tryPut(imported);
		});
		if (!ok) return null;
		return this.#offerUndo(
			`Story “${story.title}” created with ${plural(imported.questions.length, 'question')}.`,
			async () => {
				const entry = await this.deleteStory(story.id);
				if (entry) this.dismissUndo(entry.id);
				return entry !== null;
			}
		);
	}

	/** What importing `incoming` would do to the stored copy of its story. */
	planImport(incoming: readonly StoryBundle[]): ImportPlan {
		return planImport(this.#storedFor(incoming), incoming);
	}

	/** The stored story an imported file's stories would meet, if any. */
	#storedFor(incoming: readonly StoryBundle[]): StoryBundle | null {
		return incoming.map((s) => this.storyOf(s.story.id)).find((s) => s !== null) ?? null;
	}

	/**
	 * Stores an imported story file. `new` refuses to overwrite; `keepBoth` stores a renamed
	 * copy; `merge` applies per-conflict choices; `replace` swaps the stored story for the file.
	 */
	importStory(
		incoming: readonly StoryBundle[],
		choice: ImportChoice
	): Promise<ImportedStory | null> {
		return this.#serial(() => this.#importNow(incoming, choice));
	}

	/**
	 * Stores a story file that is new here, or returns the plan for one that is already
	 * stored so the teacher can choose. The check and the write are one step, so a second
	 * file picked while the first is still being stored is checked against the first.
	 */
	importIfNew(
		incoming: readonly StoryBundle[]
	): Promise<
		{ kind: 'stored'; imported: ImportedStory } | Extract<ImportPlan, { kind: 'exists' }> | null
	> {
		return this.#serial(async () => {
			const plan = this.planImport(incoming);
			if (plan.kind === 'exists') return plan;
			const imported = await this.#importNow(incoming, { kind: 'new' });
			return imported && { kind: 'stored' as const, imported };
		});
	}

	async #importNow(
		incoming: readonly StoryBundle[],
		choice: ImportChoice
	): Promise<ImportedStory | null> {
		try {
			const { stories, dropped } = storiesForImport(this.#storedFor(incoming), incoming, choice);
			for (const story of stories) await this.#put(story);
			return { storyIds: stories.map((s) => s.story.id), dropped };
		} catch (error) {
			this.error = `The story file was not stored: ${messageOf(error)}`;
			return null;
		}
	}

	/** Applies a pure edit to one story and stores it; on any failure nothing changes. */
	#edit(storyId: string, change: (story: StoryBundle) => StoryBundle): Promise<boolean> {
		return this.#serial(async () => {
			const story = this.storyOf(storyId);
			if (!story) {
				this.error = `There is no story with id "${storyId}".`;
				return false;
			}
			let next: StoryBundle;
			try {
				next = change(story);
			} catch (error) {
				this.error = messageOf(error);
				return false;
			}
			return this.#tryPut(next);
		});
	}

	async #tryPut(story: StoryBundle): Promise<boolean> {
		try {
			await this.#put(story);
			return true;
		} catch (error) {
			this.error = `Your change was not saved: ${messageOf(error)}`;
			return false;
		}
	}

	/** Stores first, then updates memory, so memory never shows what storage refused. */
	async #put(story: StoryBundle): Promise<void> {
		const store = await this.#storage.open();
		await store.putStory(story);
		const index = this.#stored.findIndex((s) => s.story.id === story.story.id);
		this.#stored =
			index < 0 ? [...this.#stored, story] : this.#stored.map((s, i) => (i === index ? story : s));
		this.error = null;
	}

	#serial<T>(task: () => Promise<T>): Promise<T> {
		const run = this.#queue.then(task, task);
		this.#queue = run.catch(() => undefined);
		return run;
	}

	#offerUndo(message: string, undo: () => Promise<boolean>): UndoEntry {
		const entry = { id: this.#nextUndoId++, message, undo };
		this.undoStack = [...this.undoStack, entry].slice(-MAX_UNDO);
		return entry;
	}
}

const [getWorkspace, setWorkspace] = createContext<TeacherWorkspace>();

/** Shares one workspace with every page under /teach (called by the teacher layout). */
export const provideWorkspace = setWorkspace;

/** The workspace the teacher layout provides; teacher pages and components call this. */
export const useWorkspace = getWorkspace;
