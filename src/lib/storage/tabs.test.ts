import { afterEach, describe, expect, it, vi } from 'vitest';
import { ChangeChannel, defaultLock, promiseChainLock, tracked, writesSettled } from './tabs';
import type { StorageChange } from './types';

const tick = () => new Promise((resolve) => setTimeout(resolve, 1));

const open: (ChangeChannel | BroadcastChannel)[] = [];
afterEach(() => {
	for (const c of open.splice(0)) c.close();
	vi.restoreAllMocks();
	vi.unstubAllGlobals();
});

describe('locks', () => {
	it('runs tasks on one name strictly one after another, even after a failure', async () => {
		const log: string[] = [];
		const task =
			(name: string, fail = false) =>
			async () => {
				log.push(`start ${name}`);
				await tick();
				log.push(`end ${name}`);
				if (fail) throw new Error(name);
			};
		await Promise.allSettled([
			promiseChainLock('k', task('1', true)),
			promiseChainLock('k', task('2')),
			promiseChainLock('k', task('3'))
		]);
		expect(log).toEqual(['start 1', 'end 1', 'start 2', 'end 2', 'start 3', 'end 3']);
	});

	it('lets different names run side by side', async () => {
		const log: string[] = [];
		const task = (name: string) => async () => {
			log.push(`start ${name}`);
			await tick();
			log.push(`end ${name}`);
		};
		await Promise.all([promiseChainLock('x', task('x')), promiseChainLock('y', task('y'))]);
		expect(log.slice(0, 2)).toEqual(['start x', 'start y']);
	});

	it('uses the Web Locks API when the browser has it', async () => {
		const request = vi.fn((_name: string, callback: () => Promise<unknown>) => callback());
		vi.stubGlobal('navigator', { locks: { request } });
		expect(await defaultLock()('progress:s', async () => 42)).toBe(42);
		expect(request).toHaveBeenCalledWith('byline:progress:s', expect.any(Function));
	});
});
describe('ChangeChannel', () => {
	it('tells this tab and other tabs, and ignores malformed messages', async () => {
		const tabA = new ChangeChannel('channel-test-1');
		const tabB = new ChangeChannel('channel-test-1');
		const stranger = new BroadcastChannel('channel-test-1');
		open.push(tabA, tabB, stranger);
		const heardA: StorageChange[] = [];
		const heardB: StorageChange[] = [];
		tabA.subscribe((c) => heardA.push(c));
		tabB.subscribe((c) => heardB.push(c));

		stranger.postMessage({ kind: 'progress' });
		stranger.postMessage('hello');
		tabA.publish({ kind: 'content', storyId: 's' });

		await expect.poll(() => heardB).toEqual([{ kind: 'content', storyId: 's' }]);
		expect(heardA).toEqual([{ kind: 'content', storyId: 's' }]);
	});

	it('keeps delivering when one listener throws, and unsubscribes', () => {
		vi.spyOn(console, 'warn').mockImplementation(() => {});
		const channel = new ChangeChannel(null);
		open.push(channel);
		const heard: StorageChange[] = [];
		channel.subscribe(() => {
			throw new Error('bad listener');
		});
		const stop = channel.subscribe((c) => heard.push(c));
		channel.publish({ kind: 'all' });
		stop();
		channel.publish({ kind: 'all' });
		expect(heard).toEqual([{ kind: 'all' }]);
		// The throwing listener is still subscribed, so both publishes warn.
		expect(console.warn).toHaveBeenCalledTimes(2);
	});
});

describe('writesSettled', () => {
	it('waits for every write in flight, including one started while waiting', async () => {
		const lock = tracked(promiseChainLock);
		const log: string[] = [];
		const write = (name: string, then?: () => void) =>
			lock(name, async () => {
				await tick();
				log.push(name);
				then?.();
			});
		void write('a', () => void write('b'));
		await writesSettled();
		expect(log).toEqual(['a', 'b']);
	});
});
