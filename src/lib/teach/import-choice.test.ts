import { describe, expect, it } from 'vitest';
import { onlyStory } from '$lib/storage/testing';
import { makeTeacherStory, TEACHER_STORY } from '$test-data';
import { storiesForImport } from './import-choice';

describe('storiesForImport', () => {
	const theirs = () => {
		const story = onlyStory(makeTeacherStory());
		story.story.title = 'Their title';
		return [story];
	};
	const stored = () => onlyStory(makeTeacherStory());

	it('stores a new story as it is, and refuses "new" over an existing one', () => {
		expect(storiesForImport(null, theirs(), { kind: 'new' }).stories).toEqual(theirs());
		expect(() => storiesForImport(stored(), theirs(), { kind: 'new' })).toThrow(/already stored/);
	});

	it('makes a story the file marks as opened the teacher’s own', () => {
		const opened = theirs();
		opened[0]!.story.opened = true;
		const [story] = storiesForImport(null, opened, { kind: 'new' }).stories;
		expect(story!.story).not.toHaveProperty('opened');
		expect(story!.story.title).toBe('Their title');
	});

	it('keeps both under a new id, leaving the stored story alone', () => {
		const { stories } = storiesForImport(stored(), theirs(), { kind: 'keepBoth' });
		expect(stories.map((s) => s.story.id)).toEqual([`${TEACHER_STORY}-copy`]);
	});

	it('merges with the chosen side, or replaces outright', () => {
		const mine = storiesForImport(stored(), theirs(), { kind: 'merge', resolution: {} });
		expect(mine.stories[0]!.story.title).toBe('Ridge Dam spillway');
		const chosen = storiesForImport(stored(), theirs(), {
			kind: 'merge',
			resolution: { [`story:${TEACHER_STORY}`]: 'theirs' }
		});
		expect(chosen.stories[0]!.story.title).toBe('Their title');
		const replaced = storiesForImport(stored(), theirs(), { kind: 'replace' });
		expect(replaced.stories).toEqual(theirs());
	});
});
