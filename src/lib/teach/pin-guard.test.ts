import { describe, expect, it } from 'vitest';
import { createMemoryStore } from '$lib/storage';
import { makeLegacyPinRecord } from '$test-data';
import {
	checkPin,
	describeWait,
	FREE_ATTEMPTS,
	PIN_ATTEMPTS_SETTING,
	waitAfter
} from './pin-guard';
import { PIN_MIN_ITERATIONS } from './pin';
import { PIN_SETTING, savePin } from './pin-setting';

const FAST = PIN_MIN_ITERATIONS;

describe('PIN rate limit', () => {
	it('waits longer after each wrong PIN past the free ones, up to an hour', () => {
		expect(waitAfter(FREE_ATTEMPTS - 1)).toBe(0);
		expect(waitAfter(FREE_ATTEMPTS)).toBe(30_000);
		expect(waitAfter(FREE_ATTEMPTS + 1)).toBe(60_000);
		expect(waitAfter(FREE_ATTEMPTS + 2)).toBe(120_000);
		expect(waitAfter(100)).toBe(3_600_000);
		expect(describeWait(30_000)).toBe('30 seconds');
		expect(describeWait(61_000)).toBe('2 minutes');
	});

	it('refuses even the right PIN while a wait runs, and the count survives a new page', async () => {
		const store = createMemoryStore('test');
		await savePin(store, '', '482193', FAST);
		let now = 1_000_000;
		for (let i = 1; i < FREE_ATTEMPTS; i++) {
			const wrong = await checkPin(store, '000000', now);
			expect(wrong).toMatchObject({ ok: false, reason: 'wrong', waitMs: 0 });
		}
		const third = await checkPin(store, '000000', now);
		expect(third).toMatchObject({ ok: false, reason: 'wrong', waitMs: 30_000 });
		if (!third.ok)
			expect(third.message).toBe('That PIN is not right. Wait 30 seconds before trying again.');
		// The count is a stored setting, read afresh on every check (a reload starts from it).
		expect(await store.getSetting(PIN_ATTEMPTS_SETTING)).toEqual({
			failures: 3,
			lockedUntil: now + 30_000
		});
		now += 10_000;
		const early = await checkPin(store, '482193', now);
		expect(early).toMatchObject({ ok: false, reason: 'waiting', waitMs: 20_000 });
		now += 20_000;
		expect(await checkPin(store, '482193', now)).toEqual({ ok: true, needsUpgrade: false });
		expect(await store.getSetting(PIN_ATTEMPTS_SETTING)).toEqual({ failures: 0, lockedUntil: 0 });
	});

	it('a tampered record cannot lock the teacher out for more than an hour', async () => {
		const store = createMemoryStore('test');
		await savePin(store, '', '482193', FAST);
		await store.setSetting(PIN_ATTEMPTS_SETTING, { failures: 9, lockedUntil: Number.MAX_VALUE });
		const check = await checkPin(store, '482193', 0);
		expect(check).toMatchObject({ ok: false, waitMs: 3_600_000 });
	});

	it('an old four-digit PIN still unlocks and asks for an upgrade', async () => {
		const store = createMemoryStore('test');
		await store.setSetting(PIN_SETTING, await makeLegacyPinRecord('4821'));
		expect(await checkPin(store, '4821')).toEqual({ ok: true, needsUpgrade: true });
		expect(await checkPin(store, '4822')).toMatchObject({ ok: false, reason: 'wrong' });
	});
});
