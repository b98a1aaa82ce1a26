import { afterEach, describe, expect, it } from 'vitest';
import { clearFlushCallbacks, onBeforeUpdate } from './flush';
import { UpdateState, type RegistrationLike, type WorkerLike } from './update.svelte';

afterEach(() => clearFlushCallbacks());

class FakeWorker implements WorkerLike {
	state = 'installing';
	messages: unknown[] = [];
	#listeners: (() => void)[] = [];
	postMessage(message: unknown): void {
		this.messages.push(message);
	}
	addEventListener(_type: 'statechange', listener: () => void): void {
		this.#listeners.push(listener);
	}
	become(state: string): void {
		this.state = state;
		for (const listener of this.#listeners) listener();
	}
}

class FakeRegistration implements RegistrationLike {
	waiting: WorkerLike | null = null;
	installing: WorkerLike | null = null;
	#listeners: (() => void)[] = [];
	addEventListener(_type: 'updatefound', listener: () => void): void {
		this.#listeners.push(listener);
	}
	update = async () => undefined;
	found(worker: FakeWorker): void {
		this.installing = worker;
		for (const listener of this.#listeners) listener();
	}
}

function setup(controller: unknown = {}) {
	const changeListeners: (() => void)[] = [];
	let reloads = 0;
	const container = {
		controller,
		addEventListener: (_type: 'controllerchange', listener: () => void) =>
			changeListeners.push(listener)
	};
	const state = new UpdateState({ container, reload: () => reloads++ });
	return {
		state,
		container,
		changeController: () => changeListeners.forEach((l) => l()),
		reloads: () => reloads
	};
}

describe('UpdateState', () => {
	it('offers an update when a new worker finishes installing behind a controller', () => {
		const { state } = setup();
		const registration = new FakeRegistration();
		state.watch(registration);
		const worker = new FakeWorker();
		registration.found(worker);
		expect(state.available).toBe(false);
		worker.become('installed');
		expect(state.available).toBe(true);
		expect(state.waiting).toBe(worker);
	});

	it('offers a worker that was already waiting when the page loaded', () => {
		const { state } = setup();
		const registration = new FakeRegistration();
		registration.waiting = new FakeWorker();
		state.watch(registration);
		expect(state.available).toBe(true);
	});

	it('offers nothing on the very first install (no controller yet)', () => {
		const { state } = setup(null);
		const registration = new FakeRegistration();
		state.watch(registration);
		const worker = new FakeWorker();
		registration.found(worker);
		worker.become('installed');
		expect(state.available).toBe(false);
	});

	it('flushes, then asks the worker to take over, and reloads once it does', async () => {
		const { state, changeController, reloads } = setup();
		const registration = new FakeRegistration();
		state.watch(registration);
		const worker = new FakeWorker();
		registration.found(worker);
		worker.become('installed');

		const order: string[] = [];
		onBeforeUpdate(() => void order.push(`flush (messages: ${worker.messages.length})`));
		await state.apply();
		expect(order).toEqual(['flush (messages: 0)']);
		expect(worker.messages).toEqual([{ type: 'SKIP_WAITING' }]);
		expect(reloads()).toBe(0);
		changeController();
		changeController();
		expect(reloads()).toBe(1);
	});

	it('does not reload for a controller change it did not ask for', () => {
		const { changeController, reloads } = setup(null);
		changeController();
		expect(reloads()).toBe(0);
	});

	it('only reloads when another tab already switched to the waiting version', async () => {
		const { state, changeController, reloads } = setup();
		const registration = new FakeRegistration();
		const worker = new FakeWorker();
		registration.waiting = worker;
		state.watch(registration);
		changeController();
		expect(reloads()).toBe(0);
		await state.apply();
		expect(worker.messages).toEqual([]);
		expect(reloads()).toBe(1);
	});
});
