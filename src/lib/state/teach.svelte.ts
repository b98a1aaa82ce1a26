/**
 * TeacherWorkspace: the teacher's stories as stored, plus every edit the teacher UI makes.
 *
 * API (used by the teacher pages and the curation screens):
 *   const ws = new TeacherWorkspace();          // or new TeacherWorkspace(new StorageManager(() => someStore))
 *   ws.status        'idle' | 'loading' | 'ready' | 'error'; reading it on screen loads the
 *                    stories and follows changes from other tabs while it is shown
 *   ws.banks         Bank[] — one bank per story, exactly as stored
 *   ws.stories       StorySummary[] — story, articles, outlets, counts by status, published
 *   ws.bankOf(id) / ws.summaryOf(id)
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
 *   importIfNew(incoming) → stored, or the plan when the story exists (checked and stored in one step)
 *   addImportedQuestions(storyId, questions) → UndoEntry | null  (questions from another tool's file)
 *   createImportedStory(bank) → UndoEntry | null  (a new story built on the import screen, one write)
 * In components: the /teach layout calls provideWorkspace(new TeacherWorkspace()); pages call
 * useWorkspace() to get that one instance (a type-safe context, see createContext).
 * Writes run one at a time, each against the latest stored bank, so quick clicks never lose an edit.
 */
import { createContext } from 'svelte';
import {
	addArticles,
	removeArticle,
	removeQuestions,
	renameStory,
	reorder,
	restoreQuestions,
	newStoryBank,
	upsertQuestion,
	setStatus,
	type NewArticle
} from '$lib/bank/ops/edit';
import { planImport, type ImportPlan, type MergeResult } from '$lib/bank/ops/merge';
import type { Bank, Question, Status } from '$lib/bank/schema';
import { storage as appStorage } from './storage.svelte';
import type { StorageManager } from './storage-manager.svelte';
import { messageOf, plural } from '$lib/text/format';
import { banksForImport, type ImportChoice } from '$lib/teach/import-choice';
import {
	mergeGenerated,
	restoreArticle,
	setPublished,
	summarizeStory,
	updateArticleMeta,
	type ArticleMeta,
	type StorySummary
} from '$lib/teach/workspace-ops';

export type UndoEntry = { id: number; message: string; undo: () => Promise<boolean> };
export type { ImportChoice };

const MAX_UNDO = 20;

export interface ImportedStory {
	storyIds: string[];
	dropped: MergeResult['dropped'];
}

export class TeacherWorkspace {
	#status = $state<'idle' | 'loading' | 'ready' | 'error'>('idle');
	banks = $state.raw<Bank[]>([]);
	error = $state<string | null>(null);
	notice = $state<string | null>(null);
	undoStack = $state.raw<UndoEntry[]>([]);
	toast: UndoEntry | null = $derived(this.undoStack.at(-1) ?? null);
	stories: StorySummary[] = $derived(
		this.banks
			.flatMap((bank) => bank.stories.map((s) => summarizeStory(bank, s.id)))
			.filter((s): s is StorySummary => s !== null)
			.sort((a, b) => (b.story.updatedAt ?? '').localeCompare(a.story.updatedAt ?? ''))
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

	bankOf(storyId: string): Bank | null {
		return this.banks.find((b) => b.stories.some((s) => s.id === storyId)) ?? null;
	}

	summaryOf(storyId: string): StorySummary | null {
		const bank = this.bankOf(storyId);
		return bank ? summarizeStory(bank, storyId) : null;
	}

	load(): Promise<void> {
		if (this.#status === 'idle') this.#status = 'loading';
		return this.#serial(async () => {
			try {
				const store = await this.#storage.open();
				this.banks = await store.listBanks();
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
				const bank = newStoryBank(title, articles, {
					takenStoryIds: this.banks.flatMap((b) => b.stories.map((s) => s.id)),
					now: this.#now()
				});
				await this.#put(bank);
				return bank.stories[0]!.id;
			} catch (error) {
				this.error = messageOf(error);
				return null;
			}
		});
	}

	addArticles(storyId: string, articles: readonly NewArticle[]): Promise<boolean> {
		return this.#edit(storyId, (bank) => addArticles(bank, storyId, articles));
	}

	renameStory(storyId: string, title: string): Promise<boolean> {
		return this.#edit(storyId, (bank) => renameStory(bank, storyId, title, this.#now()));
	}

	updateArticle(storyId: string, articleId: string, meta: ArticleMeta): Promise<boolean> {
		return this.#edit(storyId, (bank) => updateArticleMeta(bank, articleId, meta));
	}

	async setPublished(storyId: string, published: boolean): Promise<boolean> {
		const ok = await this.#edit(storyId, (bank) =>
			setPublished(bank, storyId, published, this.#now())
		);
		if (ok) this.notice = published ? 'Story published for students.' : 'Story unpublished.';
		return ok;
	}

	saveQuestion(storyId: string, question: Question): Promise<boolean> {
		return this.#edit(storyId, (bank) => upsertQuestion(bank, question));
	}

	reorder(storyId: string, orderedIds: readonly string[]): Promise<boolean> {
		return this.#edit(storyId, (bank) => reorder(bank, storyId, orderedIds));
	}

	async setStatus(
		storyId: string,
		ids: readonly string[],
		status: Status
	): Promise<UndoEntry | null> {
		// A private snapshot for the undo closure; nothing renders it.
		// eslint-disable-next-line svelte/prefer-svelte-reactivity
		const before = new Map(
			(this.bankOf(storyId)?.questions ?? [])
				.filter((q) => ids.includes(q.id) && q.status !== status)
				.map((q) => [q.id, q.status])
		);
		const ok = await this.#edit(storyId, (bank) => setStatus(bank, ids, status));
		if (!ok) return null;
		const word = { draft: 'moved back to drafts', approved: 'approved', rejected: 'rejected' }[
			status
		];
		return this.#offerUndo(`${plural(before.size, 'question')} ${word}.`, () =>
			this.#edit(storyId, (bank) => ({
				...bank,
				questions: bank.questions.map((q) => {
					const old = before.get(q.id);
					return old && q.status === status ? { ...q, status: old } : q;
				})
			}))
		);
	}

	async removeQuestions(storyId: string, ids: readonly string[]): Promise<UndoEntry | null> {
		let removed: ReturnType<typeof removeQuestions>['removed'] = [];
		const ok = await this.#edit(storyId, (bank) => {
			const result = removeQuestions(bank, ids);
			removed = result.removed;
			return result.bank;
		});
		if (!ok) return null;
		return this.#offerUndo(`${plural(removed.length, 'question')} deleted.`, () =>
			this.#edit(storyId, (bank) => restoreQuestions(bank, removed))
		);
	}

	async deleteArticle(storyId: string, articleId: string): Promise<UndoEntry | null> {
		let result: ReturnType<typeof removeArticle> | null = null;
		let position = 0;
		const ok = await this.#edit(storyId, (bank) => {
			position = bank.stories.find((s) => s.id === storyId)?.articleIds.indexOf(articleId) ?? 0;
			result = removeArticle(bank, articleId);
			return result.bank;
		});
		if (!ok || !result) return null;
		const { article, articleIndex, removed } = result as ReturnType<typeof removeArticle>;
		const cited = removed.length ? ` and ${plural(removed.length, 'question')} citing it` : '';
		return this.#offerUndo(`Article “${article.title}”${cited} deleted.`, () =>
			this.#edit(storyId, (bank) =>
				restoreArticle(bank, { article, articleIndex, position, removed })
			)
		);
	}

	async deleteStory(storyId: string): Promise<UndoEntry | null> {
		const deleted = await this.#serial(async () => {
			const bank = this.bankOf(storyId);
			if (!bank) {
				this.error = `There is no story with id "${storyId}".`;
				return null;
			}
			try {
				const store = await this.#storage.open();
				await store.deleteBank(storyId);
				this.banks = this.banks.filter((b) => b !== bank);
				return bank;
			} catch (error) {
				this.error = `The story could not be deleted: ${messageOf(error)}`;
				return null;
			}
		});
		if (!deleted) return null;
		const title = deleted.stories[0]?.title ?? storyId;
		return this.#offerUndo(`Story “${title}” deleted.`, () =>
			this.#serial(async () => {
				if (this.bankOf(storyId)) {
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
		return this.#edit(storyId, (bank) => {
			const result = mergeGenerated(bank, storyId, drafts);
			counts = { added: result.added.length, skipped: result.skipped };
			return result.bank;
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
		const ok = await this.#edit(storyId, (bank) => {
			const clash = ids.find((id) => bank.questions.some((q) => q.id === id));
			if (clash) throw new Error(`The story already has a question “${clash}”; import again.`);
			return { ...bank, questions: [...bank.questions, ...questions] };
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
	async createImportedStory(bank: Bank): Promise<UndoEntry | null> {
		const story = bank.stories[0]!;
		const ok = await this.#serial(async () => {
			if (this.bankOf(story.id)) {
				this.error = `A story with id "${story.id}" was stored meanwhile (in another tab?); nothing was imported. Start the import again.`;
				return false;
			}
			return this.#tryPut(bank);
		});
		if (!ok) return null;
		return this.#offerUndo(
			`Story “${story.title}” created with ${plural(bank.questions.length, 'question')}.`,
			async () => {
				const entry = await this.deleteStory(story.id);
				if (entry) this.dismissUndo(entry.id);
				return entry !== null;
			}
		);
	}

	/** What importing `incoming` would do to the stored copy of its story. */
	planImport(incoming: Bank): ImportPlan {
		const existing = incoming.stories.map((s) => this.bankOf(s.id)).find((b) => b !== null);
		return planImport(existing ?? null, incoming);
	}

	/**
	 * Stores an imported story file. `new` refuses to overwrite; `keepBoth` stores a renamed
	 * copy; `merge` applies per-conflict choices; `replace` swaps the stored story for the file.
	 */
	importStory(incoming: Bank, choice: ImportChoice): Promise<ImportedStory | null> {
		return this.#serial(() => this.#importNow(incoming, choice));
	}

	/**
	 * Stores a story file that is new here, or returns the plan for one that is already
	 * stored so the teacher can choose. The check and the write are one step, so a second
	 * file picked while the first is still being stored is checked against the first.
	 */
	importIfNew(
		incoming: Bank
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

	async #importNow(incoming: Bank, choice: ImportChoice): Promise<ImportedStory | null> {
		try {
			const existing = incoming.stories.map((s) => this.bankOf(s.id)).find((b) => b !== null);
			const { banks, dropped } = banksForImport(existing ?? null, incoming, choice);
			for (const bank of banks) await this.#put(bank);
			return { storyIds: banks.map((b) => b.stories[0]!.id), dropped };
		} catch (error) {
			this.error = `The story file was not stored: ${messageOf(error)}`;
			return null;
		}
	}

	/** Applies a pure edit to one story's bank and stores it; on any failure nothing changes. */
	#edit(storyId: string, change: (bank: Bank) => Bank): Promise<boolean> {
		return this.#serial(async () => {
			const bank = this.bankOf(storyId);
			if (!bank) {
				this.error = `There is no story with id "${storyId}".`;
				return false;
			}
			let next: Bank;
			try {
				next = change(bank);
			} catch (error) {
				this.error = messageOf(error);
				return false;
			}
			return this.#tryPut(next);
		});
	}

	async #tryPut(bank: Bank): Promise<boolean> {
		try {
			await this.#put(bank);
			return true;
		} catch (error) {
			this.error = `Your change was not saved: ${messageOf(error)}`;
			return false;
		}
	}

	/** Stores first, then updates memory, so memory never shows what storage refused. */
	async #put(bank: Bank): Promise<void> {
		const store = await this.#storage.open();
		await store.putBank(bank);
		const id = bank.stories[0]!.id;
		const index = this.banks.findIndex((b) => b.stories.some((s) => s.id === id));
		this.banks =
			index < 0 ? [...this.banks, bank] : this.banks.map((b, i) => (i === index ? bank : b));
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
