import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Question } from '$lib/bank/schema';
import type { GenerateInput, GenerateOptions } from './index';
import { CANCEL_GRACE_MS, generateInWorker, type WorkerLike } from './client';
import { createWorkerHandler } from './worker-handler';
import type { FromWorker, ToWorker } from './worker-protocol';

const input: GenerateInput = { storyId: 's', articles: [] };
const question = { id: 'q1' } as unknown as Question;

/** Runs the real worker handler, delivering messages asynchronously like a Worker. */
class FakeWorker implements WorkerLike {
	onmessage: ((event: MessageEvent<FromWorker>) => void) | null = null;
	onerror: ((event: ErrorEvent) => void) | null = null;
	received: ToWorker[] = [];
	terminated = false;
	private handle: (m: ToWorker) => void;

	constructor(generate: (input: GenerateInput, options: GenerateOptions) => Question[]) {
		this.handle = createWorkerHandler((m) => this.emit(m), generate);
	}
	emit(message: FromWorker) {
		setTimeout(() => this.onmessage?.({ data: message } as unknown as MessageEvent<FromWorker>), 0);
	}
	postMessage(message: ToWorker) {
		this.received.push(message);
		setTimeout(() => this.handle(message), 0);
	}
	terminate() {
		this.terminated = true;
	}
}

afterEach(() => {
	vi.useRealTimers();
});

describe('generateInWorker', () => {
	it('resolves with the questions, reports progress and terminates the worker', async () => {
		const worker = new FakeWorker((_i, o) => {
			o.onProgress?.({ stage: 'quotes', done: 1, total: 3 });
			return [question];
		});
		const progress: unknown[] = [];
		const result = await generateInWorker(
			input,
			{ max: 9, onProgress: (p) => progress.push(p) },
			() => worker
		);
		expect(result).toEqual([question]);
		expect(progress).toEqual([{ stage: 'quotes', done: 1, total: 3 }]);
		expect(worker.received[0]).toMatchObject({ kind: 'generate', input, options: { max: 9 } });
		expect(worker.terminated).toBe(true);
	});

	it('rejects with the worker error message', async () => {
		const worker = new FakeWorker(() => {
			throw new Error('no sentences found');
		});
		await expect(generateInWorker(input, {}, () => worker)).rejects.toThrow('no sentences found');
		expect(worker.terminated).toBe(true);
	});

	it('rejects when the worker itself fails to load', async () => {
		const worker = new FakeWorker(() => []);
		worker.postMessage = () =>
			setTimeout(() => worker.onerror?.({ message: 'syntax error' } as ErrorEvent), 0);
		await expect(generateInWorker(input, {}, () => worker)).rejects.toThrow(/syntax error/);
	});

	it('ignores messages for other requests', async () => {
		const worker = new FakeWorker(() => [question]);
		const pending = generateInWorker(input, {}, () => worker);
		worker.onmessage?.({
			data: { kind: 'result', requestId: -1, questions: [] }
		} as unknown as MessageEvent<FromWorker>);
		await expect(pending).resolves.toEqual([question]);
	});

	it('rejects at once with an AbortError when the signal is already aborted', async () => {
		let created = false;
		const controller = new AbortController();
		controller.abort();
		await expect(
			generateInWorker(input, { signal: controller.signal }, () => {
				created = true;
				return new FakeWorker(() => []);
			})
		).rejects.toMatchObject({ name: 'AbortError' });
		expect(created).toBe(false);
	});

	it('on abort rejects with AbortError, sends cancel and terminates after the grace period', async () => {
		vi.useFakeTimers();
		const worker = new FakeWorker(() => [question]);
		worker.postMessage = (m) => worker.received.push(m); // a busy worker that never answers
		const controller = new AbortController();
		const pending = generateInWorker(input, { signal: controller.signal }, () => worker);
		controller.abort();
		await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
		expect(worker.received.map((m) => m.kind)).toEqual(['generate', 'cancel']);
		expect(worker.terminated).toBe(false);
		vi.advanceTimersByTime(CANCEL_GRACE_MS);
		expect(worker.terminated).toBe(true);
	});

	it('stops reporting progress once aborted', async () => {
		const worker = new FakeWorker(() => [question]);
		worker.postMessage = (m) => worker.received.push(m);
		const controller = new AbortController();
		const progress: unknown[] = [];
		const pending = generateInWorker(
			input,
			{ signal: controller.signal, onProgress: (p) => progress.push(p) },
			() => worker
		);
		controller.abort();
		await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
		const requestId = worker.received[0]!.requestId;
		worker.onmessage?.({
			data: { kind: 'progress', requestId, stage: 'x', done: 1, total: 1 }
		} as unknown as MessageEvent<FromWorker>);
		expect(progress).toEqual([]);
	});
});
