import { describe, expect, it } from 'vitest';
import { BankSchema, QUESTION_TYPES } from '../schema';
import { fixtureBank } from './fixtures';
import { check } from '$lib/validation';

describe('fixtureBank', () => {
	it('is a valid bank with one question of every type', () => {
		const r = check(BankSchema, fixtureBank());
		expect(r.error?.issues ?? []).toEqual([]);
		expect(new Set(fixtureBank().questions.map((q) => q.type))).toEqual(new Set(QUESTION_TYPES));
	});
});
