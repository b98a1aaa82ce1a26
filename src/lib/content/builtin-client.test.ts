import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { storiesFromBank } from '$lib/bank/bank-stories';
import { builtinBanks } from './builtin';
import { fetchBuiltinStory, fetchBuiltinStoryFor, fetchBuiltinIndex } from './builtin-client';

/** Serves static/content like the site does; anything else is a 404. */
function staticFetch(overrides: Record<string, unknown> = {}) {
	return vi.fn(async (input: RequestInfo | URL) => {
		const name = String(input).split('/content/')[1] ?? '';
		if (name in overrides) return new Response(JSON.stringify(overrides[name]));
		try {
			return new Response(readFileSync(`static/content/${name}`, 'utf8'));
		} catch {
			return new Response('not found', { status: 404 });
		}
	});
}

describe('built-in content for student pages', () => {
	it('loads the same stories the app builds in memory, marked built in', async () => {
		const fetch = staticFetch();
		const index = await fetchBuiltinIndex(fetch);
		const stories = await Promise.all(index.stories.map((s) => fetchBuiltinStory(fetch, s)));
		expect(stories).toEqual(
			builtinBanks.flatMap(storiesFromBank).map((s) => ({ ...s, builtIn: true }))
		);
	});

	it('finds a story by id and asks for nothing more when it is not built in', async () => {
		const fetch = staticFetch();
		const story = await fetchBuiltinStoryFor(fetch, 'baghdad-embassy-2019');
		expect(story?.story.id).toBe('baghdad-embassy-2019');
		fetch.mockClear();
		expect(await fetchBuiltinStoryFor(fetch, 'teacher-story')).toBeNull();
		expect(fetch).toHaveBeenCalledTimes(1);
		expect(String(fetch.mock.calls[0]![0])).toMatch(/\/content\/index\.json$/);
	});

	it('says clearly when the files are missing, unreadable or of another format', async () => {
		const missing = vi.fn(async () => new Response('gone', { status: 404 }));
		await expect(fetchBuiltinIndex(missing)).rejects.toThrow(/could not be loaded.*404/);
		const offline = vi.fn(async () => {
			throw new TypeError('Failed to fetch');
		});
		await expect(fetchBuiltinIndex(offline)).rejects.toThrow(/Are you offline/);
		const other = staticFetch({ 'index.json': { format: 'something-else', version: 1 } });
		await expect(fetchBuiltinIndex(other)).rejects.toThrow(/unknown format/);
	});
});
