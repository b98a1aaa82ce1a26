import { describe, expect, it, vi } from 'vitest';
import { MAX_STORY_FILE_BYTES } from '$lib/teach/story-file';
import { makeBankFile, makeStory } from '$test-data';
import type { TeacherWorkspace } from './teach.svelte';
import { DashboardStoryFile } from './teach-story-file.svelte';

// jsdom's File has no text(); the flow needs only name, size and text().
const file = (name: string, text: string, size = new TextEncoder().encode(text).length) => ({
	name,
	size,
	text: vi.fn(async () => text)
});

/** A workspace where the file's story is new, or already stored ("exists"). */
function fakeWorkspace(storyIs: 'new' | 'exists') {
	const imported = { storyIds: ['s'], dropped: [] };
	const workspace = {
		importIfNew: vi.fn(async () =>
			storyIs === 'new'
				? { kind: 'stored' as const, imported }
				: { kind: 'exists' as const, conflicts: [] }
		),
		importStory: vi.fn(async () => imported)
	};
	return {
		workspace,
		opening: new DashboardStoryFile(() => workspace as unknown as TeacherWorkspace)
	};
}

const storyFile = () =>
	file('bridge.byline.json', JSON.stringify(makeBankFile(makeStory({ title: 'Bridge' }))));

describe('DashboardStoryFile', () => {
	it('imports a new story at once and says what it imported', async () => {
		const { workspace, opening } = fakeWorkspace('new');
		await opening.open(storyFile());
		expect(workspace.importIfNew).toHaveBeenCalledTimes(1);
		expect(opening.result).toBe('Imported “Bridge”.');
		expect(opening.problem).toBeNull();
		expect(opening.pending).toBeNull();
		expect(opening.busy).toBe(false);
	});

	it('refuses a file that is not a story file, storing nothing', async () => {
		const { workspace, opening } = fakeWorkspace('new');
		await opening.open(file('bad.json', '{ not json'));
		expect(opening.problem?.message).toMatch(/Nothing was imported\.$/);
		expect(workspace.importIfNew).not.toHaveBeenCalled();
	});

	it('does not read a file that is too big', async () => {
		const { workspace, opening } = fakeWorkspace('new');
		const big = file('big.byline.json', '{}', MAX_STORY_FILE_BYTES + 1);
		await opening.open(big);
		expect(big.text).not.toHaveBeenCalled();
		expect(opening.problem?.message).toMatch(/Nothing was imported\.$/);
		expect(workspace.importIfNew).not.toHaveBeenCalled();
	});

	it('asks before importing a story that is already here; cancelling stores nothing', async () => {
		const { workspace, opening } = fakeWorkspace('exists');
		await opening.open(storyFile());
		expect(opening.pending?.plan?.kind).toBe('exists');
		opening.cancel();
		expect(opening.pending).toBeNull();
		expect(opening.result).toBe('Import cancelled; nothing changed.');
		expect(workspace.importStory).not.toHaveBeenCalled();
	});

	it('imports a story that is already here as the teacher chose', async () => {
		const { workspace, opening } = fakeWorkspace('exists');
		await opening.open(storyFile());
		await opening.choose({ kind: 'keepBoth' });
		expect(workspace.importStory).toHaveBeenCalledWith(expect.anything(), { kind: 'keepBoth' });
		expect(opening.pending).toBeNull();
		expect(opening.result).toBe('Imported “Bridge”.');
	});
});
