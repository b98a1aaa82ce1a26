import type { ImportPlan } from '$lib/bank/ops/merge';
import type { StoryBundle } from '$lib/bank/story';
import { StoryFileOpening } from './story-file-open.svelte';
import type { ImportChoice, ImportedStory, TeacherWorkspace } from './teach.svelte';

/**
 * "Import a story file" on the teacher's dashboard: warnings are shown before anything is
 * stored ("Import anyway"); a story that is already here asks Keep both / Merge / Cancel.
 */
export class DashboardStoryFile extends StoryFileOpening<
	| { stories: StoryBundle[]; warnings: string[]; plan?: undefined }
	| { stories: StoryBundle[]; plan: Extract<ImportPlan, { kind: 'exists' }> }
> {
	readonly #workspace: () => TeacherWorkspace;

	/** `workspace`: the teacher's stories, where the file is imported. */
	constructor(workspace: () => TeacherWorkspace) {
		super(() => import('$lib/teach/story-file'), {
			nothingDone: 'Nothing was imported.',
			cancelled: 'Import cancelled; nothing changed.'
		});
		this.#workspace = workspace;
	}

	protected async checked(stories: StoryBundle[], warnings: string[]): Promise<void> {
		if (warnings.length) this.pending = { stories, warnings };
		else await this.#importChecked(stories);
	}

	/** Imports the pending file despite its warnings ("Import anyway"). */
	async importAnyway(): Promise<void> {
		const stories = this.pending?.stories;
		if (stories) await this.#importChecked(stories);
	}

	/** Imports a checked file that is new here, or asks how to import one that is not. */
	async #importChecked(stories: StoryBundle[]): Promise<void> {
		this.pending = null;
		const outcome = await this.#workspace().importIfNew(stories);
		if (outcome?.kind === 'stored') this.#imported(stories, outcome.imported);
		else if (outcome) this.pending = { stories, plan: outcome };
	}

	/** Imports the pending file, whose story is here already, as the teacher chose. */
	async choose(choice: ImportChoice): Promise<void> {
		const stories = this.pending?.stories;
		this.pending = null;
		if (!stories) return;
		const done = await this.#workspace().importStory(stories, choice);
		if (done) this.#imported(stories, done);
	}

	#imported(stories: StoryBundle[], done: ImportedStory): void {
		const dropped = done.dropped.length
			? ` ${done.dropped.length} questions were left out because the text they quote is not in the chosen article version.`
			: '';
		this.result = `Imported “${stories.map((s) => s.story.title).join('”, “')}”.${dropped}`;
	}
}
