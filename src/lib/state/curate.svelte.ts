/**
 * State for the teacher's curation screens: the review queue (drafts one at a time or as a
 * checklist) and the question list (search, filters, order, bulk changes). Both read the
 * story from the TeacherWorkspace and change it only through the workspace, which persists
 * each edit and offers Undo for status changes and deletions.
 */
import { SvelteSet } from 'svelte/reactivity';
import {
	buildQuestionIndex,
	filterQuestions,
	type QuestionFilter,
	type QuestionIndex
} from '$lib/bank/ops/search';
import type { Question, Skill, Status } from '$lib/bank/schema';
import {
	moveAmong,
	parseTags,
	sortQuestions,
	storyQuestions,
	tagsProblem,
	type SortKey
} from '$lib/teach/curate/list';
import { reviewDrafts } from '$lib/teach/curate/queue';
import type { TeacherWorkspace, UndoEntry } from './teach.svelte';

export class ReviewQueue {
	#workspace: TeacherWorkspace;
	#storyId: () => string;
	/**
	 * What is on screen: a draft the teacher went to, or after a decision the place in the list
	 * where the decided draft was (so the one that takes its place shows, and an undo brings the
	 * decided one back there). One or the other, never both.
	 */
	#at = $state.raw<{ id: string } | { index: number }>({ index: 0 });
	mode = $state<'one' | 'list'>('one');
	/** True while a status change is being stored; actions wait rather than act twice. */
	busy = $state(false);
	readonly selected = new SvelteSet<string>();
	readonly drafts: Question[];
	/**
	 * The draft on screen. After it is approved or rejected it leaves the queue and the one that
	 * took its place shows, so the teacher works down the list without pressing Next.
	 */
	readonly current: Question | null;
	readonly position: number;

	// Derived fields are assigned here because they read the constructor's arguments.
	constructor(workspace: TeacherWorkspace, storyId: () => string) {
		this.#workspace = workspace;
		this.#storyId = storyId;
		this.drafts = $derived(reviewDrafts(workspace.storyOf(storyId())));
		this.current = $derived.by(() => {
			const at = this.#at;
			if ('id' in at) return this.drafts.find((q) => q.id === at.id) ?? this.drafts[0] ?? null;
			return this.drafts[Math.min(at.index, this.drafts.length - 1)] ?? null;
		});
		this.position = $derived(
			this.current ? this.drafts.findIndex((q) => q.id === this.current!.id) : -1
		);
	}

	/** Moves by one, wrapping at either end so skipped drafts come round again. */
	step(delta: 1 | -1): void {
		const count = this.drafts.length;
		if (count === 0) return;
		const next = ((((this.position < 0 ? 0 : this.position) + delta) % count) + count) % count;
		this.#at = { id: this.drafts[next]!.id };
	}

	show(id: string): void {
		if (this.drafts.some((q) => q.id === id)) this.#at = { id };
	}

	approve(): Promise<UndoEntry | null> {
		return this.#decideCurrent('approved');
	}

	reject(): Promise<UndoEntry | null> {
		return this.#decideCurrent('rejected');
	}

	toggle(id: string, on: boolean): void {
		if (on) this.selected.add(id);
		else this.selected.delete(id);
	}

	selectAll(on: boolean): void {
		this.selected.clear();
		if (on) for (const q of this.drafts) this.selected.add(q.id);
	}

	/** Applies a status to every selected draft; the workspace offers one Undo for all of them. */
	async decideSelected(status: Exclude<Status, 'draft'>): Promise<UndoEntry | null> {
		const ids = this.drafts.filter((q) => this.selected.has(q.id)).map((q) => q.id);
		if (ids.length === 0 || this.busy) return null;
		this.busy = true;
		try {
			const entry = await this.#workspace.setStatus(this.#storyId(), ids, status);
			if (entry) this.selected.clear();
			return entry;
		} finally {
			this.busy = false;
		}
	}

	async #decideCurrent(status: Exclude<Status, 'draft'>): Promise<UndoEntry | null> {
		const question = this.current;
		if (!question || this.busy) return null;
		this.busy = true;
		try {
			this.#at = { index: this.position };
			const entry = await this.#workspace.setStatus(this.#storyId(), [question.id], status);
			this.selected.delete(question.id);
			return entry;
		} finally {
			this.busy = false;
		}
	}
}

/**
 * Rows rendered at first and added per "Show more". Rendering rows, not filtering, is what a
 * keystroke costs (filtering 5,000 questions takes about 1 ms). Measured in Chromium on a busy
 * 2-core machine (tests/e2e/curate-perf.spec.ts): 100 rows took up to 0.46 s per keystroke,
 * 50 rows up to 0.18 s, and 50 rows still fill several screens.
 */
export const LIST_PAGE = 50;

export type ListFilter = Omit<QuestionFilter, 'storyId'>;

export class QuestionList {
	#workspace: TeacherWorkspace;
	#storyId: () => string;
	filter = $state.raw<ListFilter>({});
	sort = $state<SortKey>('order');
	limit = $state(LIST_PAGE);
	busy = $state(false);
	readonly selected = new SvelteSet<string>();

	readonly all: Question[];
	readonly #index: QuestionIndex;
	readonly results: Question[];
	readonly shown: Question[];
	readonly tagsInUse: string[];
	readonly filtered: boolean = $derived(
		Object.values(this.filter).some((v) => (typeof v === 'string' ? v.trim() !== '' : !!v?.length))
	);

	// Derived fields are assigned here because they read the constructor's arguments.
	constructor(workspace: TeacherWorkspace, storyId: () => string) {
		this.#workspace = workspace;
		this.#storyId = storyId;
		this.all = $derived(storyQuestions(workspace.storyOf(storyId())));
		// Rebuilt only when the story's questions change, not per keystroke.
		this.#index = $derived(buildQuestionIndex(this.all));
		this.results = $derived(sortQuestions(filterQuestions(this.#index, this.filter), this.sort));
		this.shown = $derived(this.results.slice(0, this.limit));
		this.tagsInUse = $derived(
			this.all
				.flatMap((q) => q.tags ?? [])
				.sort((a, b) => a.localeCompare(b))
				// Sorted, so a repeat sits next to its first copy; linear even with thousands of tags.
				.filter((tag, i, tags) => i === 0 || tags[i - 1] !== tag)
		);
	}

	/** Changes the filter and starts the list from the top again. */
	setFilter(patch: Partial<ListFilter>): void {
		this.filter = { ...this.filter, ...patch };
		this.limit = LIST_PAGE;
	}

	clearFilters(): void {
		this.filter = {};
		this.limit = LIST_PAGE;
	}

	showMore(): void {
		this.limit += LIST_PAGE;
	}

	toggle(id: string, on: boolean): void {
		if (on) this.selected.add(id);
		else this.selected.delete(id);
	}

	/** Selects (or clears) every question matching the filter, not only the rows on screen. */
	selectAllResults(on: boolean): void {
		this.selected.clear();
		if (on) for (const q of this.results) this.selected.add(q.id);
	}

	/** Moves a question past its neighbour on screen; only meaningful in quiz order. */
	move(id: string, delta: -1 | 1): Promise<boolean> {
		const order = moveAmong(
			this.all.map((q) => q.id),
			this.shown.map((q) => q.id),
			id,
			delta
		);
		if (!order || this.sort !== 'order') return Promise.resolve(false);
		return this.#workspace.reorder(this.#storyId(), order);
	}

	setStatusSelected(status: Status): Promise<UndoEntry | null> {
		return this.#bulk((ids) => this.#workspace.setStatus(this.#storyId(), ids, status));
	}

	setStatusOf(id: string, status: Status): Promise<UndoEntry | null> {
		return this.#workspace.setStatus(this.#storyId(), [id], status);
	}

	deleteSelected(): Promise<UndoEntry | null> {
		return this.#bulk((ids) => this.#workspace.removeQuestions(this.#storyId(), ids));
	}

	deleteOne(id: string): Promise<UndoEntry | null> {
		this.selected.delete(id);
		return this.#workspace.removeQuestions(this.#storyId(), [id]);
	}

	/** Saves a comma-separated tag list; returns a message when the tags cannot be stored. */
	async saveTags(id: string, text: string): Promise<string | null> {
		const tags = parseTags(text);
		const problem = tagsProblem(tags);
		if (problem) return problem;
		const ok = await this.#change(id, (q) => {
			// An empty list is stored as no field at all, as the bank format writes it.
			const { tags: _old, ...rest } = q;
			return (tags.length ? { ...rest, tags } : rest) as Question;
		});
		return ok ? null : (this.#workspace.error ?? 'The tags were not saved.');
	}

	setSkill(id: string, skill: Skill): Promise<boolean> {
		return this.#change(id, (q) => ({ ...q, skill }));
	}

	setDifficulty(id: string, difficulty: number): Promise<boolean> {
		return this.#change(id, (q) => ({ ...q, difficulty }));
	}

	#change(id: string, edit: (q: Question) => Question): Promise<boolean> {
		const question = this.all.find((q) => q.id === id);
		if (!question) return Promise.resolve(false);
		return this.#workspace.saveQuestion(this.#storyId(), edit(question));
	}

	async #bulk(run: (ids: string[]) => Promise<UndoEntry | null>): Promise<UndoEntry | null> {
		const ids = this.all.filter((q) => this.selected.has(q.id)).map((q) => q.id);
		if (ids.length === 0 || this.busy) return null;
		this.busy = true;
		try {
			const entry = await run(ids);
			if (entry) this.selected.clear();
			return entry;
		} finally {
			this.busy = false;
		}
	}
}
