import { describe, expect, it } from 'vitest';
import { formatBytes, requestPersistence, storageEstimate } from './persistence';

describe('persistence', () => {
	it('reports unknown values when the Storage API is missing', async () => {
		expect(await requestPersistence(undefined)).toBe(false);
		expect(await storageEstimate(undefined)).toEqual({ usage: null, quota: null, persisted: null });
	});

	it('asks for persistence only when not already persisted', async () => {
		let asked = 0;
		const persist = async () => (asked++, true);
		expect(await requestPersistence({ persisted: async () => true, persist })).toBe(true);
		expect(asked).toBe(0);
		expect(await requestPersistence({ persisted: async () => false, persist })).toBe(true);
		expect(asked).toBe(1);
	});

	it('never throws when the browser refuses', async () => {
		const refuse = async (): Promise<never> => {
			throw new DOMException('no', 'SecurityError');
		};
		expect(await requestPersistence({ persist: refuse })).toBe(false);
		expect(await storageEstimate({ estimate: refuse })).toEqual({
			usage: null,
			quota: null,
			persisted: null
		});
	});

	it('passes through the estimate', async () => {
		const manager = {
			estimate: async () => ({ usage: 1_500_000, quota: 300_000_000 }),
			persisted: async () => false
		};
		expect(await storageEstimate(manager)).toEqual({
			usage: 1_500_000,
			quota: 300_000_000,
			persisted: false
		});
	});

	it('formats sizes', () => {
		expect(formatBytes(512)).toBe('512 B');
		expect(formatBytes(1_500_000)).toBe('1.5 MB');
		expect(formatBytes(300_000_000)).toBe('300 MB');
	});
});
