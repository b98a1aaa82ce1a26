import { describe, expect, it } from 'vitest';
import { createMemoryStore } from '$lib/storage';
import { PIN_MIN_ITERATIONS } from './pin';
import { newPinProblem, PIN_SETTING, removePin, savePin, storedPin } from './pin-setting';

const FAST = PIN_MIN_ITERATIONS;

describe('teacher PIN setting', () => {
	it('stores a hash, never the PIN', async () => {
		const store = createMemoryStore('test');
		await savePin(store, '', '482193', FAST);
		const record = await storedPin(store);
		expect(record).not.toBeNull();
		expect(JSON.stringify(await store.getSetting(PIN_SETTING))).not.toContain('482193');
	});

	it('needs the current PIN to change or remove it', async () => {
		const store = createMemoryStore('test');
		await savePin(store, '', '482193', FAST);
		await expect(savePin(store, '000000', '999999', FAST)).rejects.toThrow(
			/current PIN is not right/
		);
		await expect(removePin(store, '111111')).rejects.toThrow(/current PIN is not right/);
		await savePin(store, '482193', 'river stone', FAST);
		await removePin(store, 'river stone');
		expect(await storedPin(store)).toBeNull();
	});

	it('treats a malformed stored record as no PIN', async () => {
		const store = createMemoryStore('test');
		await store.setSetting(PIN_SETTING, { algo: 'md5', hash: 'x' });
		expect(await storedPin(store)).toBeNull();
	});

	it('checks the rules and the confirmation', () => {
		expect(newPinProblem('12', '12')).toMatch(/at least 6 digits/);
		expect(newPinProblem('482193', '482139')).toMatch(/do not match/);
		expect(newPinProblem('482193', '482193')).toBeNull();
	});
});
