import { describe, expect, it } from 'vitest';
import { createMemoryStore } from '$lib/storage';
import { loadAssignment } from './assignment';
import { bankVersion, versionedContent } from './bank-version';
import { CLASS_STORY, makeClassStory } from '$test-data';
import { fetchStoryFile, openSharedStory } from './open-shared';
import { storeBank } from '$lib/storage/testing';
import { onlyStory } from '$lib/storage/testing';

const linkFile = () => JSON.stringify(makeClassStory());

describe('openSharedStory', () => {
	it('stores a new story as published and remembers the class and version', async () => {
		const store = createMemoryStore('test');
		const opened = await openSharedStory(store, linkFile(), '8B');
		expect(opened).toMatchObject({ ok: true, storyId: CLASS_STORY, className: '8B', added: true });
		expect((await store.getStory(CLASS_STORY))!.story.published).toBe(true);
		const assignment = await loadAssignment(store, CLASS_STORY);
		expect(assignment).toEqual({
			sourceStoryId: CLASS_STORY,
			bankVersion: await bankVersion(versionedContent(onlyStory(makeClassStory()))),
			className: '8B',
			questionIds: []
		});
	});

	it('opens the same story again without writing it twice', async () => {
		const store = createMemoryStore('test');
		await openSharedStory(store, linkFile(), '8B');
		const again = await openSharedStory(store, linkFile(), '8C');
		expect(again).toMatchObject({ ok: true, storyId: CLASS_STORY, added: false });
		expect((await loadAssignment(store, CLASS_STORY))!.className).toBe('8C');
	});

	it("never replaces a teacher's different story with the same id: it keeps a copy and maps ids back", async () => {
		const store = createMemoryStore('test');
		const teacher = makeClassStory();
		teacher.stories[0]!.title = 'Teacher draft';
		teacher.questions[0]!.prompt = 'Edited by the teacher?';
		await storeBank(store, teacher);
		const opened = await openSharedStory(store, linkFile(), '8B');
		expect(opened.ok && opened.storyId).not.toBe(CLASS_STORY);
		expect(await store.getStory(CLASS_STORY)).toEqual(onlyStory(teacher));
		if (!opened.ok) return;
		const assignment = (await loadAssignment(store, opened.storyId))!;
		expect(assignment.sourceStoryId).toBe(CLASS_STORY);
		const copy = (await store.getStory(opened.storyId))!;
		expect(assignment.questionIds).toEqual(
			copy.questions.map((q, i) => [q.id, makeClassStory().questions[i]!.id])
		);
		expect(assignment.questionIds[0]![0]).not.toBe('q1');
	});

	it('refuses an invalid story file and stores nothing', async () => {
		const store = createMemoryStore('test');
		const opened = await openSharedStory(store, '{"format":"byline-bank"}', '8B');
		expect(opened.ok).toBe(false);
		expect(await store.listStories()).toEqual([]);
	});
});

describe('fetchStoryFile', () => {
	const url = 'https://files.example/river.byline.json';

	it('returns the text of a good response', async () => {
		const fetched = await fetchStoryFile(url, async () => new Response(linkFile()), true);
		expect(fetched).toEqual({ ok: true, text: linkFile(), name: '“river.byline.json”' });
	});

	it('explains offline, network/CORS failures, HTTP errors and oversized bodies', async () => {
		expect(await fetchStoryFile(url, fetch, false)).toMatchObject({ message: /You are offline/ });
		const refused = await fetchStoryFile(
			url,
			async () => Promise.reject(new TypeError('Failed to fetch')),
			true
		);
		expect(refused).toMatchObject({ ok: false, message: /CORS/ });
		const missing = await fetchStoryFile(
			url,
			async () => new Response('no', { status: 404 }),
			true
		);
		expect(missing).toMatchObject({ ok: false, message: /answered 404/ });
		const huge = await fetchStoryFile(
			url,
			async () => new Response(new Uint8Array(6 * 1024 * 1024)),
			true
		);
		expect(huge).toMatchObject({ ok: false, message: /at most 5 MB/ });
	});
});

describe('bankVersion', () => {
	it('ignores status, order and drafts but changes when a key or text changes', async () => {
		const v = (bank = makeClassStory()) => bankVersion(versionedContent(onlyStory(bank)));
		const base = await v();
		expect(base).toMatch(/^[0-9a-f]{16}$/);
		const reordered = makeClassStory();
		reordered.questions.reverse();
		reordered.questions[0]!.order = 5;
		reordered.questions.find((q) => q.status === 'draft')!.prompt = 'Changed draft';
		expect(await v(reordered)).toBe(base);
		const rekeyed = makeClassStory();
		(rekeyed.questions[0] as { correct: string[] }).correct = ['b'];
		expect(await v(rekeyed)).not.toBe(base);
		const retexted = makeClassStory();
		retexted.articles[1]!.text += ' More.';
		expect(await v(retexted)).not.toBe(base);
	});
});

describe('openSharedStory and earlier links', () => {
	it('updates a story opened from an earlier link in place when the teacher changed it', async () => {
		const store = createMemoryStore('test');
		await openSharedStory(store, linkFile(), '8B');
		const edited = makeClassStory();
		edited.questions[0]!.prompt = 'How many metres did the river rise?';
		const opened = await openSharedStory(store, JSON.stringify(edited), '8B');
		expect(opened).toMatchObject({ ok: true, storyId: CLASS_STORY, added: true });
		const stored = (await store.getStory(CLASS_STORY))!;
		expect(stored.questions[0]!.prompt).toBe('How many metres did the river rise?');
		expect(stored.story.opened).toBe(true);
		expect(await store.listStories()).toHaveLength(1);
	});

	it("refuses a link that reuses a built-in story's id", async () => {
		const store = createMemoryStore('test');
		const opened = await openSharedStory(
			store,
			linkFile(),
			'8B',
			'The linked story',
			new Map([[CLASS_STORY, 'Built-in flood']])
		);
		expect(opened.ok === false && opened.message).toMatch(/belongs to the built-in story/);
		expect(await store.listStories()).toEqual([]);
	});
});
