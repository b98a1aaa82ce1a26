import { describe, expect, it } from 'vitest';
import { damBank, STORY } from './fixtures.test-helpers';
import { banksForImport } from './import-choice';

describe('banksForImport', () => {
	const theirs = () => {
		const bank = damBank();
		bank.stories[0]!.title = 'Their title';
		return bank;
	};

	it('stores a new story as it is, and refuses "new" over an existing one', () => {
		expect(banksForImport(null, theirs(), { kind: 'new' }).banks).toEqual([theirs()]);
		expect(() => banksForImport(damBank(), theirs(), { kind: 'new' })).toThrow(/already stored/);
	});

	it('keeps both under a new id, leaving the stored story alone', () => {
		const { banks } = banksForImport(damBank(), theirs(), { kind: 'keepBoth' });
		expect(banks.map((b) => b.stories[0]!.id)).toEqual([`${STORY}-copy`]);
	});

	it('merges with the chosen side, or replaces outright', () => {
		const mine = banksForImport(damBank(), theirs(), { kind: 'merge', resolution: {} });
		expect(mine.banks[0]!.stories[0]!.title).toBe('Ridge Dam spillway');
		const chosen = banksForImport(damBank(), theirs(), {
			kind: 'merge',
			resolution: { [`story:${STORY}`]: 'theirs' }
		});
		expect(chosen.banks[0]!.stories[0]!.title).toBe('Their title');
		const replaced = banksForImport(damBank(), theirs(), { kind: 'replace' });
		expect(replaced.banks).toEqual([theirs()]);
	});
});
