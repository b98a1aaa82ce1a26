import { describe, expect, it } from 'vitest';
import { CURRENT_SCHEMA_VERSION, isNewDatabase, KEYS, needsUpkeep } from './kv';
import { migrate } from './migrations';
import { MemoryDriver } from './memory';
import { writeAllOrNothing } from './transaction';

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
	});

	it('agrees with what migrating and a finished multi-key write leave behind', async () => {
		const kv = new MemoryDriver();
		await migrate(kv);
		await writeAllOrNothing(kv, [{ key: 'progress:s1', value: { storyId: 's1', attempts: [] } }]);
		expect(needsUpkeep(await kv.getItem('meta:schemaVersion'), await kv.keys())).toBe(false);
	});
});

describe('isNewDatabase (a first visit skips loading the migration code)', () => {
	it('holds only for a database with no version and no keys at all', () => {
		expect(isNewDatabase(undefined, [])).toBe(true);
		expect(isNewDatabase(null, [])).toBe(true);
		expect(isNewDatabase(undefined, ['progress'])).toBe(false);
		expect(isNewDatabase(undefined, ['meta:pendingWrite'])).toBe(false);
		expect(isNewDatabase(1, [])).toBe(false);
		expect(isNewDatabase(CURRENT_SCHEMA_VERSION, [])).toBe(false);
	});

	it('leaves what migrating a new database leaves: only the current version', async () => {
		const migrated = new MemoryDriver();
		await migrate(migrated);
		expect(await migrated.keys()).toEqual([KEYS.schemaVersion]);
		expect(await migrated.getItem(KEYS.schemaVersion)).toBe(CURRENT_SCHEMA_VERSION);
	});
});
