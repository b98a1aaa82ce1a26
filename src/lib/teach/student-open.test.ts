import { describe, expect, it } from 'vitest';
import { createMemoryStore } from '$lib/storage';
import { damBank, STORY } from './fixtures.test-helpers';
import { existingStories, storeOpenedStory } from './student-open';

describe('opening a story file on a student device', () => {
	it('stores a new story as published', async () => {
		const store = createMemoryStore('test');
		expect(await existingStories(store, damBank())).toEqual([]);
		expect(await storeOpenedStory(store, damBank(), 'replace')).toEqual([STORY]);
		expect((await store.getBank(STORY))!.stories[0]!.published).toBe(true);
	});

	it('replaces or keeps both when the story is already there', async () => {
		const store = createMemoryStore('test');
		await store.putBank(damBank());
		expect(await existingStories(store, damBank())).toEqual(['Ridge Dam spillway']);
		const changed = damBank();
		changed.questions = changed.questions.slice(0, 1);

		expect(await storeOpenedStory(store, changed, 'keepBoth')).toEqual([`${STORY}-copy`]);
		expect((await store.getBank(STORY))!.questions).toHaveLength(2);
		const copy = (await store.getBank(`${STORY}-copy`))!;
		expect(copy.questions).toHaveLength(1);
		expect(copy.stories[0]!.published).toBe(true);

		await storeOpenedStory(store, changed, 'replace');
		expect((await store.getBank(STORY))!.questions).toHaveLength(1);
		expect((await store.listBanks()).length).toBe(2);
	});
});
