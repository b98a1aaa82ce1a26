import { describe, expect, it } from 'vitest';
import type { Question } from '$lib/bank/schema';
import type { GenerateInput, GenerateOptions } from './index';
import { createWorkerHandler } from './worker-handler';
import type { FromWorker } from './worker-protocol';

const input: GenerateInput = { storyId: 's', articles: [] };
const question = { id: 'q1' } as unknown as Question;

function setup(generate: (input: GenerateInput, options: GenerateOptions) => Question[]) {
	const posted: FromWorker[] = [];
	const handle = createWorkerHandler((m) => posted.push(m), generate);
	return { posted, handle };
}

describe('createWorkerHandler', () => {
	it('posts progress and then the result, tagged with the request id', () => {
		const { posted, handle } = setup((_i, o) => {
			o.onProgress?.({ stage: 'sentences', done: 1, total: 2 });
			return [question];
		});
		handle({ kind: 'generate', requestId: 7, input, options: { max: 5 } });
		expect(posted).toEqual([
			{ kind: 'progress', requestId: 7, stage: 'sentences', done: 1, total: 2 },
			{ kind: 'result', requestId: 7, questions: [question] }
		]);
	});

	it('passes max through to the generator', () => {
		let seenMax: number | undefined;
		const { handle } = setup((_i, o) => {
			seenMax = o.max;
			return [];
		});
		handle({ kind: 'generate', requestId: 1, input, options: { max: 3 } });
		expect(seenMax).toBe(3);
	});

	it('turns a thrown error into an error message', () => {
		const { posted, handle } = setup(() => {
			throw new Error('bad article');
		});
		handle({ kind: 'generate', requestId: 2, input, options: {} });
		expect(posted).toEqual([{ kind: 'error', requestId: 2, message: 'bad article' }]);
	});

	it('does not start a request cancelled before it began', () => {
		let ran = false;
		const { posted, handle } = setup(() => {
			ran = true;
			return [];
		});
		handle({ kind: 'cancel', requestId: 3 });
		handle({ kind: 'generate', requestId: 3, input, options: {} });
		expect(ran).toBe(false);
		expect(posted).toEqual([{ kind: 'cancelled', requestId: 3 }]);
	});

	it('lets the generator see a cancel through shouldCancel and reports it', () => {
		const ref: { handle?: (m: { kind: 'cancel'; requestId: number }) => void } = {};
		const { posted, handle } = setup((_i, o) => {
			expect(o.shouldCancel?.()).toBe(false);
			ref.handle?.({ kind: 'cancel', requestId: 4 });
			expect(o.shouldCancel?.()).toBe(true);
			return [];
		});
		ref.handle = handle;
		handle({ kind: 'generate', requestId: 4, input, options: {} });
		expect(posted).toEqual([{ kind: 'cancelled', requestId: 4 }]);
	});

	it('a cancel for one request leaves another alone', () => {
		const { posted, handle } = setup(() => [question]);
		handle({ kind: 'cancel', requestId: 5 });
		handle({ kind: 'generate', requestId: 6, input, options: {} });
		expect(posted).toEqual([{ kind: 'result', requestId: 6, questions: [question] }]);
	});
});
