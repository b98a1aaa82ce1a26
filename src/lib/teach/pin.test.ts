import { describe, expect, it } from 'vitest';
import {
	constantTimeEqual,
	hashPin,
	PIN_DEFAULT_ITERATIONS,
	PIN_MIN_ITERATIONS,
	pinProblem,
	verifyPin
} from './pin';

describe('pinProblem', () => {
	it('accepts 4–12 digit PINs and passphrases of 4+ characters', () => {
		expect(pinProblem('123456')).toBeNull();
		expect(pinProblem('12345678901234567890')).toBeNull();
		expect(pinProblem('blue fox')).toBeNull();
		expect(pinProblem('1234')).toMatch(/at least 6 digits/);
		expect(pinProblem('12345')).toMatch(/at least 6 digits/);
		expect(pinProblem('123456789012345678901')).toMatch(/at most 20 digits/);
		expect(pinProblem('blue fo')).toMatch(/passphrase of at least 8/);
		expect(pinProblem('ab      ')).toMatch(/passphrase of at least 8/);
		expect(pinProblem('x'.repeat(129))).toMatch(/at most 128/);
	});
});

describe('hashPin / verifyPin', () => {
	it('stores PBKDF2 parameters, salts randomly and verifies', async () => {
		const a = await hashPin('246813');
		const b = await hashPin('246813');
		expect(a.algo).toBe('PBKDF2-SHA-256');
		expect(a.iterations).toBe(PIN_DEFAULT_ITERATIONS);
		expect((await hashPin('246813', 1)).iterations).toBe(PIN_MIN_ITERATIONS);
		expect(atob(a.salt)).toHaveLength(16);
		expect(atob(a.hash)).toHaveLength(32);
		expect(a.salt).not.toBe(b.salt);
		expect(a.hash).not.toBe(b.hash);
		expect(await verifyPin('246813', a)).toBe(true);
		expect(await verifyPin('246814', a)).toBe(false);
		// Four full-strength hashes: slow by design, and slower on a machine shared by many runs.
	}, 30_000);

	it('matches a passphrase typed in another Unicode normal form', async () => {
		const stored = await hashPin('caf\u00e9 au lait');
		expect(await verifyPin('cafe\u0301 au lait', stored)).toBe(true);
	});

	it('refuses PINs that break the rules and weaker stored records', async () => {
		await expect(hashPin('1234')).rejects.toThrow(/at least 6 digits/);
		const stored = await hashPin('135790');
		expect(await verifyPin('135790', { ...stored, iterations: 1000 })).toBe(false);
		expect(await verifyPin('135790', { ...stored, salt: '***' })).toBe(false);
		expect(await verifyPin('135790', null)).toBe(false);
	});

	it('compares bytes without short-circuiting on length', () => {
		expect(constantTimeEqual(new Uint8Array([1, 2]), new Uint8Array([1, 2]))).toBe(true);
		expect(constantTimeEqual(new Uint8Array([1, 2]), new Uint8Array([1, 3]))).toBe(false);
		expect(constantTimeEqual(new Uint8Array([1, 2]), new Uint8Array([1, 2, 0]))).toBe(false);
	});
});
