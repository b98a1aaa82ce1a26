import { afterEach, describe, expect, it, vi } from 'vitest';
import { defaultLock, promiseChainLock } from './lock';

const tick = () => new Promise((resolve) => setTimeout(resolve, 1));

afterEach(() => vi.unstubAllGlobals());

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
