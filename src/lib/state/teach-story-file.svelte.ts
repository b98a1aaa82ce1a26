import type { ImportPlan } from '$lib/bank/ops/merge';
import type { Bank } from '$lib/bank/schema';
import { StoryFileOpening } from './story-file-open.svelte';
import type { ImportChoice, ImportedStory, TeacherWorkspace } from './teach.svelte';

/**
 * "Import a story file" on the teacher's dashboard: warnings are shown before anything is
 * stored ("Import anyway"); a story that is already here asks Keep both / Merge / Cancel.
 */
export class DashboardStoryFile extends StoryFileOpening<
	| { bank: Bank; warnings: string[]; plan?: undefined }
	| { bank: Bank; plan: Extract<ImportPlan, { kind: 'exists' }> }
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

	protected async checked(bank: Bank, warnings: string[]): Promise<void> {
		if (warnings.length) this.pending = { bank, warnings };
		else await this.#importChecked(bank);
	}

	/** Imports the pending file despite its warnings ("Import anyway"). */
	async importAnyway(): Promise<void> {
		const bank = this.pending?.bank;
		if (bank) await this.#importChecked(bank);
	}

	/** Imports a checked file that is new here, or asks how to import one that is not. */
	async #importChecked(bank: Bank): Promise<void> {
		this.pending = null;
		const outcome = await this.#workspace().importIfNew(bank);
		if (outcome?.kind === 'stored') this.#imported(bank, outcome.imported);
		else if (outcome) this.pending = { bank, plan: outcome };
	}

	/** Imports the pending file, whose story is here already, as the teacher chose. */
	async choose(choice: ImportChoice): Promise<void> {
		const bank = this.pending?.bank;
		this.pending = null;
		if (!bank) return;
		const done = await this.#workspace().importStory(bank, choice);
		if (done) this.#imported(bank, done);
	}

	#imported(bank: Bank, done: ImportedStory): void {
		const dropped = done.dropped.length
			? ` ${done.dropped.length} questions were left out because the text they quote is not in the chosen article version.`
			: '';
		this.result = `Imported “${bank.stories.map((s) => s.title).join('”, “')}”.${dropped}`;
	}
}
