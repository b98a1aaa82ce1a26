/**
 * PinGate: the teacher area's lock, and the one place the teacher PIN is set, changed or removed.
 * The /teach layout makes one, starts it and provides it; the lock screen and the PIN settings
 * page use that instance, so unlocking and upgrading a short PIN show everywhere at once.
 *
 *   gate.status    'checking' | 'locked' | 'open' (the teacher pages render only when open)
 *   gate.hasPin    whether a PIN is stored (null until start() has read it)
 *   gate.weakPin   the PIN that unlocked this session is shorter than a new PIN may be
 *   start()                                  reads the PIN; opens unless one is set (or it cannot be read) and this session has not unlocked
 *   unlock(pin) → message | null             null once open; every try is counted (pin-guard)
 *   setPin(current, next, again) → outcome   changing a PIN needs the current one
 *   removePin(current) → outcome
 *
 * The PIN keeps students on a shared device out of the teacher pages; it is not server security
 * (see $lib/teach/pin.ts). Every way in goes through checkPin, so guessing costs the same everywhere.
 */
import { createContext } from 'svelte';
import { checkPin } from '$lib/teach/pin-guard';
import {
	newPinProblem,
	removePin,
	savePin,
	storedPin,
	UNLOCK_SESSION_KEY,
	WEAK_PIN_SESSION_KEY,
	type SettingsStore
} from '$lib/teach/pin-setting';
import { messageOf } from '$lib/text/format';

export type GateStatus = 'checking' | 'locked' | 'open';

/** What a PIN change says to the teacher: `ok` false means nothing was changed. */
export interface PinOutcome {
	ok: boolean;
	message: string;
}

/** Yes/no flags that last for the browser session. */
export interface SessionFlags {
	get(key: string): boolean;
	set(key: string, on: boolean): void;
}

/**
 * The browser's sessionStorage. Where it is refused (some private modes) flags read as unset
 * and are not kept: the PIN is then asked again on the next visit, and nothing else breaks.
 */
export const browserSession: SessionFlags = {
	get(key) {
		try {
			return sessionStorage.getItem(key) === 'yes';
		} catch {
			return false;
		}
	},
	set(key, on) {
		try {
			if (on) sessionStorage.setItem(key, 'yes');
			else sessionStorage.removeItem(key);
		} catch {
			// See above: without sessionStorage there is nothing to remember.
		}
	}
};

export class PinGate {
	status = $state<GateStatus>('checking');
	hasPin = $state<boolean | null>(null);
	weakPin = $state(false);

	#openStore: () => Promise<SettingsStore>;
	#session: SessionFlags;
	/** PBKDF2 rounds for a new PIN; only tests pass fewer (the default is pin.ts's). */
	#iterations: number | undefined;

	constructor(
		openStore: () => Promise<SettingsStore>,
		session: SessionFlags = browserSession,
		iterations?: number
	) {
		this.#openStore = openStore;
		this.#session = session;
		this.#iterations = iterations;
	}

	async start(): Promise<void> {
		const store = await this.#openStore();
		const unlocked = this.#session.get(UNLOCK_SESSION_KEY);
		try {
			this.hasPin = (await storedPin(store)) !== null;
		} catch {
			// A PIN record that cannot be read is not an absent one: stay locked (fail closed).
			// unlock() reads it again, so once storage answers the right PIN (or, if none is set,
			// any try) opens the area, and the teacher is never locked out for good.
			this.hasPin = null;
			if (unlocked) this.#open();
			else this.status = 'locked';
			return;
		}
		if (!this.hasPin || unlocked) this.#open();
		else this.status = 'locked';
	}

	/** Checks `pin` (rate-limited, counted on this device); null once open, else what to show. */
	async unlock(pin: string): Promise<string | null> {
		let check: Awaited<ReturnType<typeof checkPin>>;
		try {
			check = await checkPin(await this.#openStore(), pin);
		} catch (error) {
			return `The PIN could not be checked, because this browser's storage did not answer (${messageOf(error)}). Nothing was unlocked: try again, or reload the page.`;
		}
		if (!check.ok) return check.message;
		this.hasPin ??= (await this.#readHasPin()) ?? null;
		this.#open(check.needsUpgrade);
		return null;
	}

	/** Whether a PIN is stored, or undefined while storage does not answer. */
	async #readHasPin(): Promise<boolean | undefined> {
		try {
			return (await storedPin(await this.#openStore())) !== null;
		} catch {
			return undefined;
		}
	}

	async setPin(current: string, next: string, confirmation: string): Promise<PinOutcome> {
		const rule = newPinProblem(next, confirmation);
		if (rule) return { ok: false, message: rule };
		const changing = this.hasPin;
		return this.#change(
			async (store) => {
				await savePin(store, current, next, this.#iterations);
				this.hasPin = true;
				this.#setWeak(false);
			},
			changing ? 'PIN changed.' : 'PIN set. The teacher area will ask for it in new sessions.'
		);
	}

	async removePin(current: string): Promise<PinOutcome> {
		return this.#change(async (store) => {
			await removePin(store, current);
			this.hasPin = false;
			this.#setWeak(false);
		}, 'PIN removed. The teacher area opens without a PIN.');
	}

	async #change(
		task: (store: SettingsStore) => Promise<void>,
		success: string
	): Promise<PinOutcome> {
		try {
			await task(await this.#openStore());
			return { ok: true, message: success };
		} catch (error) {
			return { ok: false, message: messageOf(error) };
		}
	}

	/** `needsUpgrade` is known only right after a PIN was typed; otherwise the session remembers it. */
	#open(needsUpgrade?: boolean): void {
		this.#session.set(UNLOCK_SESSION_KEY, true);
		if (needsUpgrade === undefined) this.weakPin = this.#session.get(WEAK_PIN_SESSION_KEY);
		else this.#setWeak(needsUpgrade);
		this.status = 'open';
	}

	#setWeak(weak: boolean): void {
		this.#session.set(WEAK_PIN_SESSION_KEY, weak);
		this.weakPin = weak;
	}
}

const [getPinGate, setPinGate] = createContext<PinGate>();

/** Shares the teacher layout's gate with the lock screen and the PIN settings page. */
export const providePinGate = setPinGate;
/** The gate the /teach layout provides. */
export const usePinGate = getPinGate;
