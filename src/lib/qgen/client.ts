/**
 * Page-side entry to the question generator: runs it in a Web Worker so the
 * NLP code is bundled only into the worker chunk and the page stays responsive.
 */
import type { Question } from '$lib/bank/schema';
import type { GenerateInput, GenerateProgress } from './index';
import type { FromWorker, ToWorker } from './worker-protocol';

/** What the client needs of a Worker; tests pass a fake. */
export interface WorkerLike {
	postMessage(message: ToWorker): void;
	terminate(): void;
	onmessage: ((event: MessageEvent<FromWorker>) => void) | null;
	onerror: ((event: ErrorEvent) => void) | null;
}

export type WorkerFactory = () => WorkerLike;

export interface GenerateInWorkerOptions {
	max?: number;
	onProgress?: (p: GenerateProgress) => void;
	signal?: AbortSignal;
}

/** How long a cancelled Worker may take to acknowledge before it is terminated. */
export const CANCEL_GRACE_MS = 250;

export const createGeneratorWorker: WorkerFactory = () =>
	new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' }) as unknown as WorkerLike;

let nextRequestId = 1;

function abortError(): DOMException {
	return new DOMException('Question generation was cancelled.', 'AbortError');
}

/**
 * Generates questions in a fresh Worker, which is terminated once the answer
 * arrives. Aborting rejects at once with an AbortError; the Worker gets a
 * cancel message and is terminated after CANCEL_GRACE_MS at the latest,
 * because a generator busy in synchronous code cannot read that message.
 */
export function generateInWorker(
	input: GenerateInput,
	options: GenerateInWorkerOptions = {},
	createWorker: WorkerFactory = createGeneratorWorker
): Promise<Question[]> {
	const { signal, onProgress, max } = options;
	if (signal?.aborted) return Promise.reject(abortError());

	return new Promise<Question[]>((resolve, reject) => {
		const requestId = nextRequestId++;
		const worker = createWorker();
		let settled = false;
		let graceTimer: ReturnType<typeof setTimeout> | undefined;

		const stop = () => {
			if (graceTimer !== undefined) clearTimeout(graceTimer);
			signal?.removeEventListener('abort', onAbort);
			worker.onmessage = null;
			worker.onerror = null;
			worker.terminate();
		};
		const settle = (finish: () => void) => {
			if (settled) return;
			settled = true;
			finish();
		};
		function onAbort() {
			settle(() => reject(abortError()));
			worker.postMessage({ kind: 'cancel', requestId });
			graceTimer = setTimeout(stop, CANCEL_GRACE_MS);
		}

		worker.onmessage = (event) => {
			const message = event.data;
			if (message.requestId !== requestId) return;
			switch (message.kind) {
				case 'progress':
					if (!settled)
						onProgress?.({ stage: message.stage, done: message.done, total: message.total });
					return;
				case 'result':
					settle(() => resolve(message.questions));
					break;
				case 'error':
					settle(() => reject(new Error(message.message)));
					break;
				case 'cancelled':
					settle(() => reject(abortError()));
					break;
			}
			stop();
		};
		worker.onerror = (event) => {
			settle(() =>
				reject(new Error(`The question generator failed: ${event.message || 'worker error'}`))
			);
			stop();
		};
		signal?.addEventListener('abort', onAbort, { once: true });
		worker.postMessage({ kind: 'generate', requestId, input, options: { max } });
	});
}
