import { describe, expect, it } from 'vitest';
import type { Bank } from '$lib/bank/schema';
import { createMemoryStore } from '$lib/storage';
import { makeTeacherStory, TEACHER_STORY } from '$test-data';
import { builtInIdProblem, openConflicts, storeOpenedStory } from './student-open';
import { storeBank } from '$lib/storage/testing';

function titled(bank: Bank, title: string): Bank {
	return { ...bank, stories: bank.stories.map((s) => ({ ...s, title })) };
}

describe('opening a story file on a student device', () => {
	it('stores a new story as opened and published', async () => {
		const store = createMemoryStore('test');
		expect(await openConflicts(store, makeTeacherStory())).toEqual([]);
		expect(await storeOpenedStory(store, makeTeacherStory(), 'replace')).toEqual([TEACHER_STORY]);
		expect((await store.getStory(TEACHER_STORY))!.story).toMatchObject({
			published: true,
			opened: true
		});
	});

	it('replaces or keeps both when a story opened before has the id, showing both titles', async () => {
		const store = createMemoryStore('test');
		await storeOpenedStory(store, makeTeacherStory(), 'replace');
		const changed = titled(makeTeacherStory(), 'Ridge Dam, revised');
		changed.questions = changed.questions.slice(0, 1);
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
		const incoming = titled(makeTeacherStory(), 'Hijacked');
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
		expect(builtInIdProblem(makeTeacherStory(), builtIn)).toBe(
			`“Ridge Dam spillway” uses the id "${TEACHER_STORY}", which belongs to the built-in story “The built-in one”, so it could never be shown. Ask for a file with a different story id.`
		);
		expect(builtInIdProblem(makeTeacherStory(), new Map())).toBeNull();
	});
});
