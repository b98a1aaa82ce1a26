import { describe, expect, it } from 'vitest';
import { MemoryDriver } from './kv';
import { FailingDriver } from './testing';
import { finishRestore, writeAllOrNothing } from './restore';

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
	it('writes and removes every key, leaving no restore record', async () => {
		const kv = await seeded();
		await writeAllOrNothing(kv, writes);
		expect(await snapshot(kv)).toEqual({ a: 10, b: 20, c: 30 });
	});

	// Call 1 commits the restore record; calls 2 to 4 write the live keys.
	it.each([1, 2, 3, 4])('leaves the old data when set call %i fails', async (failingCall) => {
		const inner = await seeded();
		const kv = new FailingDriver(inner, (_key, call) =>
			call === failingCall ? new Error('disk full') : null
		);
		const before = await snapshot(inner);
		await expect(writeAllOrNothing(kv, writes)).rejects.toThrow('disk full');
		expect(await snapshot(inner)).toEqual(before);
	});
});

describe('finishRestore', () => {
	it('completes a restore whose record was committed before a crash', async () => {
		const kv = await seeded();
		// Commit as writeAllOrNothing does, apply one key, then "crash".
		await kv.setItem('meta:restore', {
			writes: [
				['a', 10],
				['c', 30],
				['gone', null]
			]
		});
		await kv.setItem('a', 10);
		expect(await finishRestore(kv)).toBe('finished');
		expect(await snapshot(kv)).toEqual({ a: 10, b: 2, c: 30 });
	});

	it('does nothing on a clean database', async () => {
		const kv = await seeded();
		expect(await finishRestore(kv)).toBe('none');
		expect(await snapshot(kv)).toEqual({ a: 1, b: 2, gone: 'old' });
	});
});
