/**
 * Work that must finish before the app reloads into a new version. Views that
 * hold unsaved state, and the store (for writes still in flight, such as a checked
 * answer being saved), register a flush callback; the update prompt runs them all
 * and waits for them, up to a time limit, so the reload never cuts a save short.
 */

export type FlushCallback = () => void | Promise<void>;

const callbacks = new Set<FlushCallback>();

/** Registers work to finish before an update reload. Returns the unregister function. */
export function onBeforeUpdate(callback: FlushCallback): () => void {
	callbacks.add(callback);
	return () => callbacks.delete(callback);
}

export interface FlushResult {
	/** Callbacks that threw or rejected (their messages); the update may still go ahead. */
	failures: string[];
	/** True when waiting stopped at the time limit rather than because everything finished. */
	timedOut: boolean;
}

/** Runs every registered callback and waits for them all, or until the time limit. */
export async function flushBeforeUpdate(
	options: { timeoutMs?: number } = {}
): Promise<FlushResult> {
	let timer: ReturnType<typeof setTimeout> | undefined;
	const timeLimit = new Promise<null>((resolve) => {
		timer = setTimeout(() => resolve(null), options.timeoutMs ?? 5000);
	});
	const work = Promise.allSettled([...callbacks].map(async (callback) => callback()));
	const settled = await Promise.race([work, timeLimit]);
	clearTimeout(timer);
	const failures: string[] = [];
	for (const result of settled ?? []) {
		if (result.status === 'rejected') {
			failures.push(result.reason instanceof Error ? result.reason.message : String(result.reason));
		}
	}
	return { failures, timedOut: settled === null };
}

/** For tests: forget every registered callback. */
export function clearFlushCallbacks(): void {
	callbacks.clear();
}
