import type { Question } from '$lib/bank/schema';
import type { GenerateInput, GenerateOptions } from './index';
import type { FromWorker, ToWorker } from './worker-protocol';

type Generate = (input: GenerateInput, options: GenerateOptions) => Question[];

/**
 * The Worker's message logic, separate from `self` so it can be tested in Node.
 *
 * Generation is synchronous, so a cancel message posted while a request runs
 * is only read once it finishes; what this flag does stop is a request whose
 * cancel arrived before it started, and the generator's own checks between
 * stages once the runtime delivers messages. The client therefore also
 * terminates the Worker after a short grace period.
 */
export function createWorkerHandler(post: (message: FromWorker) => void, generate: Generate) {
	const cancelled = new Set<number>();

	return function handle(message: ToWorker): void {
		if (message.kind === 'cancel') {
			cancelled.add(message.requestId);
			return;
		}
		if (message.kind !== 'generate') return;
		const { requestId } = message;
		const shouldCancel = () => cancelled.has(requestId);
		if (shouldCancel()) {
			cancelled.delete(requestId);
			post({ kind: 'cancelled', requestId });
			return;
		}
		try {
			const questions = generate(message.input, {
				max: message.options.max,
				shouldCancel,
				onProgress: (p) => post({ kind: 'progress', requestId, ...p })
			});
			post(
				shouldCancel() ? { kind: 'cancelled', requestId } : { kind: 'result', requestId, questions }
			);
		} catch (error) {
			post({
				kind: 'error',
				requestId,
				message: error instanceof Error ? error.message : String(error)
			});
		} finally {
			cancelled.delete(requestId);
		}
	};
}
