/**
 * Work that must finish before the app reloads into a new version. Views that
 * hold unsaved state register a flush callback; the update prompt runs them all,
 * then waits for every storage write still holding a Web Lock (a checked answer
 * being saved), so the reload never cuts a save short. No DOM access here: the
 * lock manager is passed in.
 */

export type FlushCallback = () => void | Promise<void>;

const callbacks = new Set<FlushCallback>();

/** Registers work to finish before an update reload. Returns the unregister function. */
export function onBeforeUpdate(callback: FlushCallback): () => void {
	callbacks.add(callback);
	return () => callbacks.delete(callback);
}

/** The parts of the Web Locks API this module uses. */
export interface LockManagerLike {
	query(): Promise<{ held?: { name?: string }[]; pending?: { name?: string }[] }>;
	request(name: string, callback: () => unknown): Promise<unknown>;
}

/** Storage locks are named `byline:<key>` (see storage/lock.ts). */
export const STORAGE_LOCK_PREFIX = 'byline:';

/** Names of storage locks held or waited for right now. */
export async function busyStorageLocks(locks: LockManagerLike): Promise<string[]> {
	const { held = [], pending = [] } = await locks.query();
	const names = [...held, ...pending]
		.map((lock) => lock.name ?? '')
		.filter((name) => name.startsWith(STORAGE_LOCK_PREFIX));
	return [...new Set(names)];
}

export interface FlushResult {
	/** Callbacks that threw or rejected (their messages); the update may still go ahead. */
	failures: string[];
	/** True when waiting stopped at the time limit rather than because everything finished. */
	timedOut: boolean;
}

function withTimeout<T>(work: Promise<T>, ms: number): Promise<{ done: true; value: T } | null> {
	return new Promise((resolve, reject) => {
		const timer = setTimeout(() => resolve(null), ms);
		work.then(
			(value) => {
				clearTimeout(timer);
				resolve({ done: true, value });
			},
			(error: unknown) => {
				clearTimeout(timer);
				reject(error instanceof Error ? error : new Error(String(error)));
			}
		);
	});
}

/**
 * Runs every registered callback, then waits for busy storage locks: taking a
 * lock after its holder is the surest sign the holder's write has committed.
 */
export async function flushBeforeUpdate(
	options: { locks?: LockManagerLike | null; timeoutMs?: number } = {}
): Promise<FlushResult> {
	const timeoutMs = options.timeoutMs ?? 5000;
	const failures: string[] = [];
	const settled = await Promise.allSettled([...callbacks].map(async (callback) => callback()));
	for (const result of settled) {
		if (result.status === 'rejected') {
			failures.push(result.reason instanceof Error ? result.reason.message : String(result.reason));
		}
	}
	const locks = options.locks;
	if (!locks) return { failures, timedOut: false };
	const busy = await busyStorageLocks(locks);
	const waited = await withTimeout(
		Promise.all(busy.map((name) => locks.request(name, () => undefined))),
		timeoutMs
	);
	return { failures, timedOut: waited === null };
}

/** For tests: forget every registered callback. */
export function clearFlushCallbacks(): void {
	callbacks.clear();
}
