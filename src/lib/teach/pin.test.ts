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
		expect(pinProblem('1234')).toBeNull();
		expect(pinProblem('123456789012')).toBeNull();
		expect(pinProblem('blue fox')).toBeNull();
		expect(pinProblem('123')).toMatch(/4 to 12 digits/);
		expect(pinProblem('1234567890123')).toMatch(/4 to 12 digits/);
		expect(pinProblem('ab ')).toMatch(/at least 4/);
		expect(pinProblem('x'.repeat(129))).toMatch(/at most 128/);
	});
});

describe('hashPin / verifyPin', () => {
	it('stores PBKDF2 parameters, salts randomly and verifies', async () => {
		const a = await hashPin('2468');
		const b = await hashPin('2468');
		expect(a.algo).toBe('PBKDF2-SHA-256');
		expect(a.iterations).toBe(PIN_DEFAULT_ITERATIONS);
		expect((await hashPin('2468', 1)).iterations).toBe(PIN_MIN_ITERATIONS);
		expect(atob(a.salt)).toHaveLength(16);
		expect(atob(a.hash)).toHaveLength(32);
		expect(a.salt).not.toBe(b.salt);
		expect(a.hash).not.toBe(b.hash);
		expect(await verifyPin('2468', a)).toBe(true);
		expect(await verifyPin('2469', a)).toBe(false);
	});

	it('matches a passphrase typed in another Unicode normal form', async () => {
		const stored = await hashPin('caf\u00e9 au lait');
		expect(await verifyPin('cafe\u0301 au lait', stored)).toBe(true);
	});

	it('refuses PINs that break the rules and weaker stored records', async () => {
		await expect(hashPin('12')).rejects.toThrow(/4 to 12 digits/);
		const stored = await hashPin('1357');
		expect(await verifyPin('1357', { ...stored, iterations: 1000 })).toBe(false);
		expect(await verifyPin('1357', { ...stored, salt: '***' })).toBe(false);
		expect(await verifyPin('1357', null)).toBe(false);
	});

	it('compares bytes without short-circuiting on length', () => {
		expect(constantTimeEqual(new Uint8Array([1, 2]), new Uint8Array([1, 2]))).toBe(true);
		expect(constantTimeEqual(new Uint8Array([1, 2]), new Uint8Array([1, 3]))).toBe(false);
		expect(constantTimeEqual(new Uint8Array([1, 2]), new Uint8Array([1, 2, 0]))).toBe(false);
	});
});
