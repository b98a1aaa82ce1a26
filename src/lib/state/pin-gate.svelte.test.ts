import { describe, expect, it } from 'vitest';
import { createMemoryStore } from '$lib/storage';
import type { ByLineStore } from '$lib/storage';
import { PIN_MIN_ITERATIONS } from '$lib/teach/pin';
import { PIN_SETTING, storedPin, UNLOCK_SESSION_KEY } from '$lib/teach/pin-setting';
import { makeLegacyPinRecord } from '$test-data';
import { PinGate, type SessionFlags } from './pin-gate.svelte';

/** A browser session of its own per test; pass the same one to a second gate to "reload". */
function memorySession(): SessionFlags & { flags: Set<string> } {
	const flags = new Set<string>();
	return {
		flags,
		get: (key) => flags.has(key),
		set: (key, on) => void (on ? flags.add(key) : flags.delete(key))
	};
}

function gateOver(store: ByLineStore, session = memorySession()) {
	return new PinGate(async () => store, session, PIN_MIN_ITERATIONS);
}

/** A store with `pin` set, as the settings page would set it. */
async function storeWithPin(pin: string): Promise<ByLineStore> {
	const store = createMemoryStore('test');
	const outcome = await gateOver(store).setPin('', pin, pin);
	expect(outcome.ok).toBe(true);
	return store;
}

describe('PinGate', () => {
	it('opens at once when no PIN is set', async () => {
		const gate = gateOver(createMemoryStore('test'));
		expect(gate.status).toBe('checking');
		await gate.start();
		expect(gate.status).toBe('open');
		expect(gate.hasPin).toBe(false);
	});

	it('stays locked until the right PIN, and a wrong one says so', async () => {
		const session = memorySession();
		const gate = gateOver(await storeWithPin('482193'), session);
		await gate.start();
		expect(gate.status).toBe('locked');
		expect(gate.hasPin).toBe(true);

		expect(await gate.unlock('111111')).toMatch(/^That PIN is not right\./);
		expect(gate.status).toBe('locked');
		expect(session.flags.has(UNLOCK_SESSION_KEY)).toBe(false);

		expect(await gate.unlock('482193')).toBeNull();
		expect(gate.status).toBe('open');
		expect(gate.weakPin).toBe(false);
	});

	it('stays open for the rest of the session, but a new session is asked again', async () => {
		const store = await storeWithPin('482193');
		const session = memorySession();
		const first = gateOver(store, session);
		await first.start();
		await first.unlock('482193');

		const reloaded = gateOver(store, session);
		await reloaded.start();
		expect(reloaded.status).toBe('open');

		const newSession = gateOver(store);
		await newSession.start();
		expect(newSession.status).toBe('locked');
	});

	it('makes the lock screen wait after three wrong PINs, even for the right one', async () => {
		const gate = gateOver(await storeWithPin('482193'));
		await gate.start();
		for (const wrong of ['111111', '222222', '333333']) await gate.unlock(wrong);
		expect(await gate.unlock('482193')).toMatch(/^Too many wrong PINs on this device\. Wait/);
		expect(gate.status).toBe('locked');
	});

	it('asks for an upgrade after a short old PIN unlocks, until a new PIN is set', async () => {
		const store = createMemoryStore('test');
		await store.setSetting(PIN_SETTING, await makeLegacyPinRecord('4821'));
		const session = memorySession();
		const gate = gateOver(store, session);
		await gate.start();
		expect(await gate.unlock('4821')).toBeNull();
		expect(gate.weakPin).toBe(true);

		// A reload in the same session cannot see the typed PIN, so the session remembers.
		const reloaded = gateOver(store, session);
		await reloaded.start();
		expect(reloaded.weakPin).toBe(true);

		expect(await reloaded.setPin('4821', '482193', '482193')).toEqual({
			ok: true,
			message: 'PIN changed.'
		});
		expect(reloaded.weakPin).toBe(false);
		const again = gateOver(store, session);
		await again.start();
		expect(again.weakPin).toBe(false);
	});

	it('refuses a new PIN that breaks the rules or its confirmation, storing nothing', async () => {
		const store = createMemoryStore('test');
		const gate = gateOver(store);
		await gate.start();
		expect(await gate.setPin('', '4821', '4821')).toEqual({
			ok: false,
			message: 'A number PIN needs at least 6 digits.'
		});
		expect((await gate.setPin('', '482193', '482139')).message).toMatch(/do not match/);
		expect(await storedPin(store)).toBeNull();
		expect(gate.hasPin).toBe(false);
	});

	it('changes or removes a PIN only with the current one', async () => {
		const store = await storeWithPin('482193');
		const gate = gateOver(store);
		await gate.start();
		await gate.unlock('482193');
		const before = await storedPin(store);

		const wrongChange = await gate.setPin('000000', '999999', '999999');
		expect(wrongChange.ok).toBe(false);
		expect(wrongChange.message).toMatch(/^The current PIN is not right\./);
		expect(await storedPin(store)).toEqual(before);

		expect((await gate.removePin('000000')).ok).toBe(false);
		expect(gate.hasPin).toBe(true);

		expect(await gate.removePin('482193')).toEqual({
			ok: true,
			message: 'PIN removed. The teacher area opens without a PIN.'
		});
		expect(gate.hasPin).toBe(false);
		expect(await storedPin(store)).toBeNull();
	});

	describe('when the PIN record cannot be read', () => {
		/** `store` whose PIN reads fail while `failing.on` is set, as a storage error would. */
		function flakyPinReads(store: ByLineStore) {
			const failing = { on: true };
			const flaky: ByLineStore = Object.create(store);
			flaky.getSetting = async <T>(key: string) => {
				if (failing.on && key === PIN_SETTING) throw new Error('IndexedDB read failed');
				return store.getSetting<T>(key);
			};
			return { flaky, failing };
		}

		it('stays locked (fails closed), and opens with the right PIN once storage answers', async () => {
			const { flaky, failing } = flakyPinReads(await storeWithPin('482193'));
			const gate = gateOver(flaky);
			await gate.start();
			expect(gate.status).toBe('locked');

			expect(await gate.unlock('482193')).toMatch(/could not be checked.*Nothing was unlocked/);
			expect(gate.status).toBe('locked');

			failing.on = false;
			expect(await gate.unlock('111111')).toMatch(/^That PIN is not right\./);
			expect(gate.status).toBe('locked');
			expect(await gate.unlock('482193')).toBeNull();
			expect(gate.status).toBe('open');
			expect(gate.hasPin).toBe(true);
		});

		it('does not lock the teacher out when no PIN was ever set', async () => {
			const { flaky, failing } = flakyPinReads(createMemoryStore('test'));
			const gate = gateOver(flaky);
			await gate.start();
			expect(gate.status).toBe('locked');
			failing.on = false;
			expect(await gate.unlock('anything')).toBeNull();
			expect(gate.status).toBe('open');
			expect(gate.hasPin).toBe(false);
		});
	});
});
