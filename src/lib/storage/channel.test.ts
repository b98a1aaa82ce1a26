import { afterEach, describe, expect, it, vi } from 'vitest';
import { ChangeChannel } from './channel';
import type { StorageChange } from './types';

const open: (ChangeChannel | BroadcastChannel)[] = [];
afterEach(() => {
	for (const c of open.splice(0)) c.close();
	vi.restoreAllMocks();
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
