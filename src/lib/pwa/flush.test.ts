import { afterEach, describe, expect, it } from 'vitest';
import { clearFlushCallbacks, flushBeforeUpdate, onBeforeUpdate } from './flush';

afterEach(() => clearFlushCallbacks());

/** Work (a storage write in flight) that lasts until `release()` is called. */
function pendingWrite() {
	let release = () => {};
	const done = new Promise<void>((resolve) => (release = resolve));
	return { wait: () => done, release };
}

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
		const result = await flushBeforeUpdate();
		expect(ran.sort()).toEqual(['async', 'sync']);
		expect(result).toEqual({ failures: ['draft could not be saved'], timedOut: false });
	});

	it('waits until a storage write in flight has finished', async () => {
		const write = pendingWrite();
		onBeforeUpdate(write.wait);
		let finished = false;
		const flushing = flushBeforeUpdate({ timeoutMs: 1000 }).then((r) => {
			finished = true;
			return r;
		});
		await new Promise((r) => setTimeout(r, 20));
		expect(finished).toBe(false);
		write.release();
		expect(await flushing).toEqual({ failures: [], timedOut: false });
	});

	it('gives up waiting after the time limit and says so', async () => {
		onBeforeUpdate(pendingWrite().wait);
		expect(await flushBeforeUpdate({ timeoutMs: 30 })).toEqual({
			failures: [],
			timedOut: true
		});
	});
});
