/**
 * The "Import questions" screen's state: the files a teacher dropped or picked, each one's
 * preview against the chosen story, and the confirmed import. Files are limited by count and
 * size before any is read; the importers (and fflate, entities, papaparse) load only when the
 * first file arrives, so the teacher pages that never import do not download them. Nothing is
 * stored until `confirm`, and a refused file stores nothing at all.
 *
 * Questions go into a story already stored, or into a new one the teacher builds on the same
 * screen (`useNewStory`): its articles are kept in memory as a story of its own, the previews
 * find evidence in them and picked evidence points into them, and `confirm` stores that story
 * with the questions in one write.
 */
import type { Article, Evidence, Question } from '$lib/bank/schema';
import type { StoryBundle } from '$lib/bank/story';
import type { FilePreview, StoryPreview } from '$lib/formats/import-file';
import { MAX_IMPORT_FILES, type ImportKind } from '$lib/formats/import-kinds';
import type { TeacherWorkspace } from './teach.svelte';

const MAX_FILES = MAX_IMPORT_FILES;
const MAX_BYTES = 10 * 1024 * 1024;

export type ImportEntry = {
	key: number;
	name: string;
	size: number;
	/** Kept so the preview can be redone when the target story changes. */
	bytes: Uint8Array | null;
	kind: ImportKind | null;
	preview: FilePreview;
};

type Importers = typeof import('$lib/formats/import-file');
let importers: Promise<Importers> | null = null;
const loadImporters = () => (importers ??= import('$lib/formats/import-file'));

export class QuestionImportSession {
	entries = $state.raw<ImportEntry[]>([]);
	reading = $state(false);
	storing = $state(false);
	/** The story question files go into; '' = none chosen yet. */
	targetId = $state('');
	/** The new story being built here (not stored until `confirm`), when that is the target. */
	newStory = $state.raw<StoryBundle | null>(null);
	/** Files refused before reading (too many, too big, wrong kind). */
	refusedEarly = $state.raw<string[]>([]);
	/**
	 * Evidence the teacher picked for questions whose answer Byline found in no sentence, by
	 * `pickKey(entry, index)`. Cleared when the story changes (its articles are what was picked).
	 */
	picked = $state.raw<Record<string, Evidence[]>>({});
	#nextKey = 1;

	constructor(private readonly workspace: TeacherWorkspace) {}

	get questionCount(): number {
		return this.entries.reduce(
			(n, e) =>
				n +
				(e.preview.kind === 'questions'
					? e.preview.arriving.length +
						e.preview.needsEvidence.filter((_, i) => this.evidenceFor(e.key, i).length).length
					: 0),
			0
		);
	}

	/** The target story's articles, for picking evidence. */
	get targetArticles(): Article[] {
		return this.#targetStory()?.articles ?? [];
	}

	evidenceFor(entryKey: number, index: number): Evidence[] {
		return this.picked[`${entryKey}:${index}`] ?? [];
	}

	pickEvidence(entryKey: number, index: number, evidence: Evidence[]): void {
		this.picked = { ...this.picked, [`${entryKey}:${index}`]: evidence };
	}
	get storyFiles(): (ImportEntry & { preview: StoryPreview })[] {
		return this.entries.filter(
			(e): e is ImportEntry & { preview: StoryPreview } => e.preview.kind === 'story'
		);
	}
	get canImport(): boolean {
		return !this.reading && !this.storing && (this.questionCount > 0 || this.storyFiles.length > 0);
	}

	async add(files: readonly File[]): Promise<void> {
		const room = MAX_FILES - this.entries.length;
		const refused: string[] = [];
		if (files.length > room)
			refused.push(
				`Only ${MAX_FILES} files can be imported at once; ${files.length - Math.max(room, 0)} were left out.`
			);
		const chosen = files.slice(0, Math.max(room, 0));
		this.reading = true;
		try {
			const lib = await loadImporters();
			const added: ImportEntry[] = [];
			for (const file of chosen) {
				// Checked on the size the browser reports, before a byte is read.
				const problem = lib.fileLimitProblem(file.name, file.size);
				if (problem) {
					refused.push(`${problem} Nothing from it was imported.`);
					continue;
				}
				const bytes = new Uint8Array(await file.arrayBuffer());
				if (bytes.length > MAX_BYTES) {
					refused.push(
						`“${file.name}” grew past the limit while being read; nothing was imported.`
					);
					continue;
				}
				const kind = lib.detectKind(file.name, bytes);
				added.push({
					key: this.#nextKey++,
					name: file.name,
					size: file.size,
					bytes,
					kind,
					preview: lib.previewFile(file.name, bytes, this.#target([...this.entries, ...added]))
				});
			}
			this.entries = [...this.entries, ...added];
		} catch (error) {
			refused.push(
				`The files could not be read: ${error instanceof Error ? error.message : String(error)}`
			);
		} finally {
			this.refusedEarly = refused;
			this.reading = false;
		}
	}

	/** Re-reads every file against a newly chosen story (evidence and free ids depend on it). */
	async setTarget(storyId: string): Promise<void> {
		this.newStory = null;
		await this.#retarget(storyId);
	}

	/**
	 * Makes a story built on this screen the target (null: none). The story, with its articles,
	 * stays in memory until `confirm`; every file is read again against those articles.
	 */
	async useNewStory(story: StoryBundle | null): Promise<void> {
		this.newStory = story;
		await this.#retarget(story?.story.id ?? '');
	}

	async #retarget(storyId: string): Promise<void> {
		this.targetId = storyId;
		this.picked = {};
		if (this.entries.length === 0) return;
		const lib = await loadImporters();
		const redone: ImportEntry[] = [];
		for (const e of this.entries) {
			redone.push(
				e.bytes ? { ...e, preview: lib.previewFile(e.name, e.bytes, this.#target(redone)) } : e
			);
		}
		this.entries = redone;
	}

	remove(key: number): void {
		this.entries = this.entries.filter((e) => e.key !== key);
	}

	cancel(): void {
		this.entries = [];
		this.refusedEarly = [];
		this.picked = {};
		if (this.newStory) {
			this.newStory = null;
			this.targetId = '';
		}
	}

	/**
	 * Stores what the previews promised: questions into the target story in one write, story
	 * files as new stories (a story already here is left for the dashboard's merge screen).
	 */
	async confirm(): Promise<{ message: string; ok: boolean }> {
		this.storing = true;
		try {
			const questions: Question[] = this.entries.flatMap((e) =>
				e.preview.kind === 'questions' ? e.preview.arriving.map((a) => a.question) : []
			);
			const parts: string[] = [];
			// Questions the teacher picked evidence for join the others, validated like them.
			const lib = await loadImporters();
			// eslint-disable-next-line svelte/prefer-svelte-reactivity -- ids used within this one call, never rendered
			const taken = new Set([
				...(this.#targetStory()?.questions.map((q) => q.id) ?? []),
				...questions.map((q) => q.id)
			]);
			let unstorable = 0;
			for (const e of this.entries) {
				if (e.preview.kind !== 'questions') continue;
				e.preview.needsEvidence.forEach((n, i) => {
					const evidence = this.evidenceFor(e.key, i);
					if (!evidence.length) return;
					const done = lib.completeDraft(n.draft, evidence, {
						storyId: this.targetId,
						taken,
						articles: this.targetArticles
					});
					if ('question' in done) questions.push(done.question);
					else unstorable++;
				});
			}
			if (unstorable)
				parts.push(
					`${unstorable} question${unstorable === 1 ? '' : 's'} with picked evidence could not be stored.`
				);
			let ok = true;
			const newStory = this.newStory;
			if (newStory) {
				const title = newStory.story.title;
				if (!questions.length) {
					if (!this.storyFiles.length) ok = false;
					parts.push(`No question is ready to go into “${title}”, so it was not created.`);
				} else if (await this.workspace.createImportedStory({ ...newStory, questions })) {
					parts.push(
						`Created the story “${title}” with ${newStory.articles.length} article${newStory.articles.length === 1 ? '' : 's'} and ${questions.length} question${questions.length === 1 ? '' : 's'} as drafts to review.`
					);
					this.newStory = null;
				} else ok = false;
			} else if (questions.length) {
				const story = this.workspace.storyOf(this.targetId);
				const done = await this.workspace.addImportedQuestions(this.targetId, questions);
				if (done)
					parts.push(
						`Imported ${questions.length} question${questions.length === 1 ? '' : 's'} into “${story?.story.title ?? this.targetId}” as drafts to review.`
					);
				else ok = false;
			}
			for (const entry of this.storyFiles) {
				const outcome = await this.workspace.importIfNew(entry.preview.stories);
				const title = entry.preview.stories[0]!.story.title;
				if (outcome?.kind === 'stored') parts.push(`Imported the story “${title}”.`);
				else if (outcome)
					parts.push(
						`“${title}” is already on this device; open its file from “Your stories” to keep both or merge.`
					);
				else ok = false;
			}
			if (ok) {
				this.entries = [];
				this.picked = {};
			}
			return {
				ok,
				message: ok
					? parts.join(' ')
					: (this.workspace.error ?? (parts.join(' ') || 'Nothing was imported.'))
			};
		} finally {
			this.storing = false;
		}
	}

	/** The chosen story; ids used by the story or by files read before are taken. */
	#target(before: readonly ImportEntry[]) {
		const story = this.#targetStory();
		if (!story) return null;
		const earlier = before.flatMap((e) =>
			e.preview.kind === 'questions' ? e.preview.arriving.map((a) => a.question.id) : []
		);
		return {
			storyId: this.targetId,
			articles: story.articles,
			takenIds: [...story.questions.map((q) => q.id), ...earlier]
		};
	}

	#targetStory(): StoryBundle | null {
		if (this.newStory) return this.newStory;
		return this.targetId ? this.workspace.storyOf(this.targetId) : null;
	}
}
