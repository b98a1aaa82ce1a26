/** Messages between the page (client.ts) and the generator Worker (worker.ts). */
import type { Question } from '$lib/bank/schema';
import type { GenerateInput } from './index';

export type ToWorker =
	| { kind: 'generate'; requestId: number; input: GenerateInput; options: { max?: number } }
	| { kind: 'cancel'; requestId: number };

export type FromWorker =
	| { kind: 'progress'; requestId: number; stage: string; done: number; total: number }
	| { kind: 'result'; requestId: number; questions: Question[] }
	| { kind: 'error'; requestId: number; message: string }
	/** The request stopped because a cancel message reached the Worker in time. */
	| { kind: 'cancelled'; requestId: number };
