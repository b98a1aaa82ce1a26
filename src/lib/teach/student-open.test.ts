import { describe, expect, it } from 'vitest';
import type { StoryBundle } from '$lib/bank/story';
import { createMemoryStore } from '$lib/storage';
import { makeTeacherStory, TEACHER_STORY } from '$test-data';
import { builtInIdProblem, openConflicts, storeOpenedStory } from './student-open';
import { onlyStory, storeBank } from '$lib/storage/testing';

/** The teacher story as a file brings it: one story. */
const file = (): StoryBundle[] => [onlyStory(makeTeacherStory())];

function titled(stories: StoryBundle[], title: string): StoryBundle[] {
	return stories.map((s) => ({ ...s, story: { ...s.story, title } }));
}

describe('opening a story file on a student device', () => {
	it('stores a new story as opened and published', async () => {
		const store = createMemoryStore('test');
		expect(await openConflicts(store, file())).toEqual([]);
		expect(await storeOpenedStory(store, file(), 'replace')).toEqual([TEACHER_STORY]);
		expect((await store.getStory(TEACHER_STORY))!.story).toMatchObject({
			published: true,
			opened: true
		});
	});

	it('replaces or keeps both when a story opened before has the id, showing both titles', async () => {
		const store = createMemoryStore('test');
		await storeOpenedStory(store, file(), 'replace');
		const changed = titled(file(), 'Ridge Dam, revised');
		changed[0]!.questions = changed[0]!.questions.slice(0, 1);
		expect(await openConflicts(store, changed)).toEqual([
			{
				id: TEACHER_STORY,
				storedTitle: 'Ridge Dam spillway',
				incomingTitle: 'Ridge Dam, revised',
				teacher: false
			}
		]);

		expect(await storeOpenedStory(store, changed, 'keepBoth')).toEqual([`${TEACHER_STORY}-copy`]);
		expect((await store.getStory(TEACHER_STORY))!.questions).toHaveLength(2);
		const copy = (await store.getStory(`${TEACHER_STORY}-copy`))!;
		expect(copy.questions).toHaveLength(1);
		expect(copy.story.published).toBe(true);

		await storeOpenedStory(store, changed, 'replace');
		expect((await store.getStory(TEACHER_STORY))!.questions).toHaveLength(1);
		expect((await store.listStories()).length).toBe(2);
	});

	it('never replaces a teacher’s story, even when asked to: the file becomes a copy', async () => {
		const store = createMemoryStore('test');
		await storeBank(store, makeTeacherStory());
		const teacher = await store.getStory(TEACHER_STORY);
		const incoming = titled(file(), 'Hijacked');
		expect((await openConflicts(store, incoming))[0]).toMatchObject({
			storedTitle: 'Ridge Dam spillway',
			incomingTitle: 'Hijacked',
			teacher: true
		});
		expect(await storeOpenedStory(store, incoming, 'replace')).toEqual([`${TEACHER_STORY}-copy`]);
		expect(await store.getStory(TEACHER_STORY)).toEqual(teacher);
		expect((await store.getStory(`${TEACHER_STORY}-copy`))!.story).toMatchObject({
			title: 'Hijacked (copy)',
			opened: true
		});
	});

	it('refuses the built-in story’s id with a reason', () => {
		const builtIn = new Map([[TEACHER_STORY, 'The built-in one']]);
		expect(builtInIdProblem(file(), builtIn)).toBe(
			`“Ridge Dam spillway” uses the id "${TEACHER_STORY}", which belongs to the built-in story “The built-in one”, so it could never be shown. Ask for a file with a different story id.`
		);
		expect(builtInIdProblem(file(), new Map())).toBeNull();
	});
});
