/**
 * One run of the question generator for a story, in a Web Worker so the page stays
 * responsive. Results are merged into the stored bank as drafts by the workspace.
 */
import type { Question } from '$lib/bank/schema';
import type { GenerateInput, GenerateProgress } from '$lib/qgen';
import { generateInWorker } from '$lib/qgen/client';
import type { TeacherWorkspace } from './teach.svelte';

type Generate = (
	input: GenerateInput,
	options: { onProgress?: (p: GenerateProgress) => void; signal?: AbortSignal; max?: number }
) => Promise<Question[]>;

export class GenerationRun {
	state = $state<'idle' | 'running' | 'done' | 'cancelled' | 'failed'>('idle');
	progress = $state.raw<GenerateProgress | null>(null);
	message = $state<string | null>(null);
	/** Milliseconds the last finished run took, from start to drafts stored. */
	elapsedMs = $state<number | null>(null);
	#controller: AbortController | null = null;
	#generate: Generate;

	constructor(generate: Generate = generateInWorker) {
		this.#generate = generate;
	}

	async start(workspace: TeacherWorkspace, storyId: string, max = 40): Promise<void> {
		const story = workspace.storyOf(storyId);
		if (!story || this.state === 'running') return;
		const { articles } = story;
		this.#controller = new AbortController();
		this.state = 'running';
		this.progress = null;
		this.message = null;
		const started = performance.now();
		try {
			const drafts = await this.#generate(
				{ storyId, articles: $state.snapshot(articles) },
				{ max, signal: this.#controller.signal, onProgress: (p) => (this.progress = p) }
			);
			const counts = await workspace.addGenerated(storyId, drafts);
			this.elapsedMs = Math.round(performance.now() - started);
			if (!counts) {
				this.state = 'failed';
				this.message =
					'The questions were generated but could not be saved; see the message above.';
				return;
			}
			this.state = 'done';
			const skipped = counts.skipped ? ` ${counts.skipped} were already in the story.` : '';
			this.message = `${counts.added} new draft question${counts.added === 1 ? '' : 's'} added in ${(this.elapsedMs / 1000).toFixed(1)} s.${skipped}`;
		} catch (error) {
			if (error instanceof DOMException && error.name === 'AbortError') {
				this.state = 'cancelled';
				this.message = 'Generation cancelled; nothing was added.';
			} else {
				this.state = 'failed';
				this.message = `Generation failed: ${error instanceof Error ? error.message : String(error)}`;
			}
		} finally {
			this.#controller = null;
		}
	}

	cancel(): void {
		this.#controller?.abort();
	}
}
