import { flushBeforeUpdate, type FlushResult } from './flush';
import { SKIP_WAITING } from './offline-cache';

/** The parts of the service worker API the update flow uses (tests pass fakes). */
export interface WorkerLike {
	state: string;
	postMessage(message: unknown): void;
	addEventListener(type: 'statechange', listener: () => void): void;
}

export interface RegistrationLike {
	waiting: WorkerLike | null;
	installing: WorkerLike | null;
	addEventListener(type: 'updatefound', listener: () => void): void;
	update(): Promise<unknown>;
}

export interface ContainerLike {
	controller: unknown;
	addEventListener(type: 'controllerchange', listener: () => void): void;
}

export interface UpdateEnvironment {
	container: ContainerLike;
	reload: () => void;
}

/**
 * Tracks whether a new version is installed and waiting, and applies it when
 * the student says so: unsaved work is flushed first, then the waiting worker
 * takes over and the page reloads once it controls it.
 */
export class UpdateState {
	waiting = $state.raw<WorkerLike | null>(null);
	applying = $state(false);
	/** Set when something went wrong while applying; the prompt stays so it can be retried. */
	error = $state<string | null>(null);
	available = $derived(this.waiting !== null);

	#env: UpdateEnvironment;
	#reloading = false;
	/** Another tab already switched to the new version; this page only needs to reload. */
	#takenOver = false;

	constructor(env: UpdateEnvironment) {
		this.#env = env;
		env.container.addEventListener('controllerchange', () => {
			// Only reload for an update we asked for; the first install also claims the page.
			if (!this.applying) {
				this.#takenOver = this.waiting !== null;
				return;
			}
			this.#reload();
		});
	}

	/** Watches a registration for a worker that finishes installing behind the current one. */
	watch(registration: RegistrationLike): void {
		// Without a controller this is the first install, not an update: nothing to offer.
		const isUpdate = () => this.#env.container.controller !== null;
		if (registration.waiting && isUpdate()) this.waiting = registration.waiting;
		registration.addEventListener('updatefound', () => {
			const worker = registration.installing;
			if (!worker) return;
			worker.addEventListener('statechange', () => {
				if (worker.state === 'installed' && isUpdate()) this.waiting = worker;
			});
		});
	}

	/** Saves what needs saving, then hands over to the waiting worker. */
	async apply(): Promise<FlushResult | null> {
		const worker = this.waiting;
		if (!worker || this.applying) return null;
		this.applying = true;
		this.error = null;
		try {
			const result = await flushBeforeUpdate();
			if (this.#takenOver) this.#reload();
			else worker.postMessage({ type: SKIP_WAITING });
			return result;
		} catch (cause) {
			this.applying = false;
			this.error = cause instanceof Error ? cause.message : String(cause);
			return null;
		}
	}

	#reload(): void {
		if (this.#reloading) return;
		this.#reloading = true;
		this.#env.reload();
	}
}
