import { describe, expect, it } from 'vitest';
import { CURRENT_SCHEMA_VERSION, MemoryDriver, needsUpkeep } from './kv';
import { migrate } from './migrations';
import { writeAllOrNothing } from './restore';

describe('needsUpkeep (whether opening must load recovery and migration code)', () => {
	it('is false only for a current database with no leftovers', () => {
		expect(needsUpkeep(CURRENT_SCHEMA_VERSION, ['progress:s1', 'setting:x'])).toBe(false);
		expect(needsUpkeep(undefined, [])).toBe(true);
		expect(needsUpkeep(null, [])).toBe(true);
		expect(needsUpkeep(CURRENT_SCHEMA_VERSION + 1, [])).toBe(true);
		expect(needsUpkeep(1, [])).toBe(true);
		expect(needsUpkeep(CURRENT_SCHEMA_VERSION, ['progress'])).toBe(true);
		expect(needsUpkeep(CURRENT_SCHEMA_VERSION, ['settings'])).toBe(true);
		expect(needsUpkeep(CURRENT_SCHEMA_VERSION, ['meta:pendingWrite'])).toBe(true);
		expect(needsUpkeep(CURRENT_SCHEMA_VERSION, ['staging:progress:s1'])).toBe(true);
		expect(needsUpkeep(CURRENT_SCHEMA_VERSION, ['meta:restore'])).toBe(true);
	});

	it('agrees with what migrating and a finished multi-key write leave behind', async () => {
		const kv = new MemoryDriver();
		await migrate(kv);
		await writeAllOrNothing(kv, [{ key: 'progress:s1', value: { storyId: 's1', attempts: [] } }]);
		expect(needsUpkeep(await kv.getItem('meta:schemaVersion'), await kv.keys())).toBe(false);
	});
});

describe('MemoryDriver over a read-only base (storage that cannot be written)', () => {
	it('shows what was saved and keeps this tab’s changes on top, never writing the base', async () => {
		const base = new MemoryDriver();
		await base.setItem('progress:a', 1);
		await base.setItem('progress:b', 2);
		const kv = new MemoryDriver(base);
		await kv.setItem('progress:a', 10);
		await kv.removeItem('progress:b');
		await kv.setItem('progress:c', 30);
		expect(await kv.getItem('progress:a')).toBe(10);
		expect(await kv.getItem('progress:b')).toBeNull();
		expect((await kv.keys()).sort()).toEqual(['progress:a', 'progress:c']);
		expect(await base.getItem('progress:a')).toBe(1);
		expect((await base.keys()).sort()).toEqual(['progress:a', 'progress:b']);
	});
});
