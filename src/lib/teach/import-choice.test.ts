import { describe, expect, it } from 'vitest';
import { makeTeacherStory, TEACHER_STORY } from '$test-data';
import { banksForImport } from './import-choice';

describe('banksForImport', () => {
	const theirs = () => {
		const bank = makeTeacherStory();
		bank.stories[0]!.title = 'Their title';
		return bank;
	};

	it('stores a new story as it is, and refuses "new" over an existing one', () => {
		expect(banksForImport(null, theirs(), { kind: 'new' }).banks).toEqual([theirs()]);
		expect(() => banksForImport(makeTeacherStory(), theirs(), { kind: 'new' })).toThrow(
			/already stored/
		);
	});

	it('keeps both under a new id, leaving the stored story alone', () => {
		const { banks } = banksForImport(makeTeacherStory(), theirs(), { kind: 'keepBoth' });
		expect(banks.map((b) => b.stories[0]!.id)).toEqual([`${TEACHER_STORY}-copy`]);
	});

	it('merges with the chosen side, or replaces outright', () => {
		const mine = banksForImport(makeTeacherStory(), theirs(), { kind: 'merge', resolution: {} });
		expect(mine.banks[0]!.stories[0]!.title).toBe('Ridge Dam spillway');
		const chosen = banksForImport(makeTeacherStory(), theirs(), {
			kind: 'merge',
			resolution: { [`story:${TEACHER_STORY}`]: 'theirs' }
		});
		expect(chosen.banks[0]!.stories[0]!.title).toBe('Their title');
		const replaced = banksForImport(makeTeacherStory(), theirs(), { kind: 'replace' });
		expect(replaced.banks).toEqual([theirs()]);
	});
});
