import { afterEach, describe, expect, it } from 'vitest';
import {
	busyStorageLocks,
	clearFlushCallbacks,
	flushBeforeUpdate,
	onBeforeUpdate,
	type LockManagerLike
} from './flush';

afterEach(() => clearFlushCallbacks());

/** A lock manager where each named lock is held until `release(name)` is called. */
function fakeLocks(held: string[], pending: string[] = []) {
	const releases = new Map<string, () => void>();
	const gates = new Map(
		held.map((name) => [name, new Promise<void>((r) => releases.set(name, r))] as const)
	);
	const taken: string[] = [];
	const locks: LockManagerLike = {
		query: async () => ({
			held: held.map((name) => ({ name })),
			pending: pending.map((name) => ({ name }))
		}),
		request: async (name, callback) => {
			await gates.get(name);
			taken.push(name);
			return callback();
		}
	};
	return { locks, taken, release: (name: string) => releases.get(name)?.() };
}

describe('busyStorageLocks', () => {
	it('lists storage locks once, held or pending, and ignores other locks', async () => {
		const { locks } = fakeLocks(
			['byline:progress:s1', 'other-app'],
			['byline:progress:s1', 'byline:import']
		);
		expect(await busyStorageLocks(locks)).toEqual(['byline:progress:s1', 'byline:import']);
	});
});

describe('flushBeforeUpdate', () => {
	it('runs every registered callback and reports the ones that fail', async () => {
		const ran: string[] = [];
		onBeforeUpdate(() => void ran.push('sync'));
		onBeforeUpdate(async () => {
			await Promise.resolve();
			ran.push('async');
		});
		const off = onBeforeUpdate(() => void ran.push('removed'));
		off();
		onBeforeUpdate(() => {
			throw new Error('draft could not be saved');
		});
		const result = await flushBeforeUpdate({ locks: null });
		expect(ran.sort()).toEqual(['async', 'sync']);
		expect(result).toEqual({ failures: ['draft could not be saved'], timedOut: false });
	});

	it('waits until a storage write holding a lock has finished', async () => {
		const { locks, taken, release } = fakeLocks(['byline:progress:s1']);
		let finished = false;
		const flushing = flushBeforeUpdate({ locks, timeoutMs: 1000 }).then((r) => {
			finished = true;
			return r;
		});
		await new Promise((r) => setTimeout(r, 20));
		expect(finished).toBe(false);
		release('byline:progress:s1');
		expect(await flushing).toEqual({ failures: [], timedOut: false });
		expect(taken).toEqual(['byline:progress:s1']);
	});

	it('gives up waiting after the time limit and says so', async () => {
		const { locks } = fakeLocks(['byline:progress:stuck']);
		expect(await flushBeforeUpdate({ locks, timeoutMs: 30 })).toEqual({
			failures: [],
			timedOut: true
		});
	});
});
