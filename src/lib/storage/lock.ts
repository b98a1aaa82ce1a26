/**
 * Serialises read-modify-write cycles on one key. Across tabs this needs the
 * Web Locks API; without it (old browsers, Node) an in-tab promise chain still
 * serialises everything this tab does, and the per-answer merge rule keeps
 * cross-tab races from losing answers in all but the narrowest overlap.
 */
export type LockRunner = <T>(name: string, task: () => Promise<T>) => Promise<T>;

interface WebLocks {
	request<T>(name: string, callback: () => Promise<T>): Promise<T>;
}

const tails = new Map<string, Promise<unknown>>();

/** In-tab fallback: each task on a name starts after the previous one settles. */
export const promiseChainLock: LockRunner = (name, task) => {
	const previous = tails.get(name) ?? Promise.resolve();
	const run = previous.then(task, task);
	const tail = run.catch(() => undefined);
	tails.set(name, tail);
	void tail.then(() => {
		if (tails.get(name) === tail) tails.delete(name);
	});
	return run;
};

export function webLocks(): WebLocks | undefined {
	const nav = (globalThis as { navigator?: { locks?: WebLocks } }).navigator;
	return typeof nav?.locks?.request === 'function' ? nav.locks : undefined;
}

export function defaultLock(): LockRunner {
	const locks = webLocks();
	if (!locks) return promiseChainLock;
	return (name, task) => locks.request(`byline:${name}`, task);
}
