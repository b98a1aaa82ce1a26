/**
 * Opening a story file (.byline.json), the flow the student library and the teacher dashboard
 * share: one file at a time, its size checked before it is read, every problem told in one
 * sentence with the checker's details, and a file that needs the user's word (warnings, a story
 * already here) held in `pending` until they choose or cancel. Nothing is stored before that.
 * Each side says, in `checked`, what happens to a file that passed the checks.
 */
import type { StoryBundle } from '$lib/bank/story';
import type { OpenConflict } from '$lib/teach/student-open';
import type { StoryFileResult } from '$lib/teach/story-file';
import { messageOf } from '$lib/text/format';
import { storage } from './storage.svelte';

export interface StoryFileProblem {
	message: string;
	details: readonly string[];
}

/** The file checks ($lib/teach/story-file), handed over so a page can load them lazily. */
export interface StoryFileChecks {
	storyFileSizeProblem(name: string, size: number): string | null;
	readStoryFile(name: string, text: string): StoryFileResult;
}

export interface StoryFileWords {
	/** Ends every problem's sentence: "Nothing was added." */
	nothingDone: string;
	/** The status once the user cancels a pending file. */
	cancelled: string;
}

export abstract class StoryFileOpening<Pending> {
	busy = $state(false);
	problem = $state.raw<StoryFileProblem | null>(null);
	/** What the last file did, or that it changed nothing. */
	result = $state<string | null>(null);
	/** A checked file waiting for the user's choice. */
	pending = $state.raw<Pending | null>(null);

	readonly #checks: () => Promise<StoryFileChecks>;
	readonly #words: StoryFileWords;

	constructor(checks: () => Promise<StoryFileChecks>, words: StoryFileWords) {
		this.#checks = checks;
		this.#words = words;
	}

	/** Checks and reads `file`; one that needs no choice is stored straight away. */
	async open(file: Pick<File, 'name' | 'size' | 'text'> | undefined): Promise<void> {
		if (!file) return;
		this.problem = null;
		this.result = null;
		this.pending = null;
		this.busy = true;
		try {
			const checks = await this.#checks();
			const tooBig = checks.storyFileSizeProblem(file.name, file.size);
			if (tooBig) return this.fail(tooBig);
			const read = checks.readStoryFile(file.name, await file.text());
			if (!read.ok) return this.fail(read.message, read.details);
			await this.checked(read.stories, read.warnings);
		} catch (error) {
			this.problem = { message: `The file could not be opened: ${messageOf(error)}`, details: [] };
		} finally {
			this.busy = false;
		}
	}

	/** Drops the pending file: nothing is stored. */
	cancel(): void {
		this.pending = null;
		this.result = this.#words.cancelled;
	}

	/** What to do with a file that passed the checks: store it, or set `pending` to ask first. */
	protected abstract checked(stories: StoryBundle[], warnings: string[]): Promise<void>;

	/** Reports a problem with the file; nothing was stored. */
	protected fail(message: string, details: readonly string[] = []): void {
		this.problem = { message: `${message} ${this.#words.nothingDone}`, details };
	}
}

const loadStudentOpen = () => import('$lib/teach/student-open');

/**
 * "Open a story file" in the library: the file becomes a published story on this device. It
 * may not reuse a built-in story's id; a clash with a story opened before asks Replace or Keep
 * both, one with the teacher's own story keeps it and adds the file as a copy.
 * The checking code loads only when a file is chosen, keeping the library light.
 */
export class LibraryStoryFile extends StoryFileOpening<{
	stories: StoryBundle[];
	conflicts: OpenConflict[];
	warnings: string[];
}> {
	readonly #builtIn: () => ReadonlyMap<string, string>;

	/** `builtIn`: the built-in stories' ids and titles. */
	constructor(builtIn: () => ReadonlyMap<string, string>) {
		super(loadStudentOpen, {
			nothingDone: 'Nothing was added.',
			cancelled: 'Nothing was changed.'
		});
		this.#builtIn = builtIn;
	}

	/** Whether the pending file clashes with a story opened before, which it may replace. */
	get replaceable(): boolean {
		return this.pending?.conflicts.some((c) => !c.teacher) ?? false;
	}

	protected async checked(stories: StoryBundle[], warnings: string[]): Promise<void> {
		const opener = await loadStudentOpen();
		const builtInClash = opener.builtInIdProblem(stories, this.#builtIn());
		if (builtInClash) return this.fail(builtInClash);
		const conflicts = await opener.openConflicts(await storage.open(), stories);
		if (conflicts.length || warnings.length) this.pending = { stories, conflicts, warnings };
		else await this.#store(stories, 'replace');
	}

	/** Stores the pending file: `replace` the story opened before, or `keepBoth` as a copy. */
	async choose(mode: 'replace' | 'keepBoth'): Promise<void> {
		const stories = this.pending?.stories;
		this.pending = null;
		if (stories) await this.#store(stories, mode);
	}

	async #store(stories: StoryBundle[], mode: 'replace' | 'keepBoth'): Promise<void> {
		try {
			const opener = await loadStudentOpen();
			const ids = await opener.storeOpenedStory(await storage.open(), stories, mode);
			const titles = stories.map(({ story }, i) =>
				ids[i] === story.id ? story.title : `${story.title} (copy)`
			);
			this.result = `Added “${titles.join('”, “')}” to the library.`;
		} catch (error) {
			this.problem = { message: `The story was not saved: ${messageOf(error)}`, details: [] };
		}
	}
}
