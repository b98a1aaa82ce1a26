import { describe, expect, it } from 'vitest';
import { MemoryDriver } from './memory';
import { FailingDriver } from './testing';
import { recoverPendingWrite, writeAllOrNothing } from './transaction';

async function seeded() {
	const kv = new MemoryDriver();
	await kv.setItem('a', 1);
	await kv.setItem('b', 2);
	await kv.setItem('gone', 'old');
	return kv;
}

const writes = [
	{ key: 'a', value: 10 },
	{ key: 'b', value: 20 },
	{ key: 'c', value: 30 },
	{ key: 'gone', value: undefined }
];

async function snapshot(kv: MemoryDriver) {
	const out: Record<string, unknown> = {};
	for (const key of (await kv.keys()).sort()) out[key] = await kv.getItem(key);
	return out;
}

describe('writeAllOrNothing', () => {
	it('writes and removes every key, leaving no staging data', async () => {
		const kv = await seeded();
		await writeAllOrNothing(kv, writes);
		expect(await snapshot(kv)).toEqual({ a: 10, b: 20, c: 30 });
	});

	it.each([1, 2, 3, 4, 5, 6, 7])(
		'leaves the old data when set call %i fails',
		async (failingCall) => {
			const inner = await seeded();
			const kv = new FailingDriver(inner, (_key, call) =>
				call === failingCall ? new Error('disk full') : null
			);
			const before = await snapshot(inner);
			await expect(writeAllOrNothing(kv, writes)).rejects.toThrow('disk full');
			expect(await snapshot(inner)).toEqual(before);
		}
	);
});

describe('recoverPendingWrite', () => {
	it('rolls forward a write whose journal was committed before a crash', async () => {
		const kv = await seeded();
		// Stage and commit as writeAllOrNothing does, then "crash" before applying.
		await kv.setItem('staging:a', 10);
		await kv.setItem('staging:c', 30);
		await kv.setItem('meta:pendingWrite', {
			changes: [
				{ key: 'a', remove: false },
				{ key: 'c', remove: false },
				{ key: 'gone', remove: true }
			]
		});
		expect(await recoverPendingWrite(kv)).toBe('rolled-forward');
		expect(await snapshot(kv)).toEqual({ a: 10, b: 2, c: 30 });
	});

	it('discards staged data that was never committed', async () => {
		const kv = await seeded();
		await kv.setItem('staging:a', 10);
		expect(await recoverPendingWrite(kv)).toBe('discarded');
		expect(await snapshot(kv)).toEqual({ a: 1, b: 2, gone: 'old' });
	});

	it('does nothing on a clean database', async () => {
		const kv = await seeded();
		expect(await recoverPendingWrite(kv)).toBe('none');
		expect(await snapshot(kv)).toEqual({ a: 1, b: 2, gone: 'old' });
	});
});
