import { describe, expect, it } from 'vitest';
import { ImportSession } from './import-session.svelte';

// jsdom's File has no text(); the session needs only name, size and text().
const file = (name: string, content: string | Uint8Array) => {
	const text = typeof content === 'string' ? content : new TextDecoder().decode(content);
	const size =
		typeof content === 'string' ? new TextEncoder().encode(content).length : content.length;
	return { name, size, text: async () => text };
};

describe('ImportSession', () => {
	it('reads files and pasted text into reviewable articles', async () => {
		const session = new ImportSession();
		await session.addFiles([
			file(
				'dam.md',
				'---\ntitle: Spillway opens\noutlet: Valley Courier\ndate: 2024-05-10\n---\n\nThe spillway opened on Friday.'
			)
		]);
		expect(
			await session.addPasted('Homes evacuated\n\nAbout 300 homes were evacuated.', 'text')
		).toBe(true);
		expect(session.ready.map((e) => e.meta.title)).toEqual(['Spillway opens', 'Homes evacuated']);
		// The pasted article has no outlet or date yet, so it cannot be saved.
		expect(session.canSave).toBe(false);
		const pasted = session.ready[1]!;
		expect(Object.keys(pasted.errors).sort()).toEqual(['date', 'outlet']);
		pasted.meta.outlet = 'River Post';
		pasted.meta.date = '2024-05-10';
		expect(session.canSave).toBe(true);
		expect(session.articles().map((a) => a.outlet)).toEqual(['Valley Courier', 'River Post']);
	});

	it('gives each bad file its own message and keeps the good ones', async () => {
		const session = new ImportSession();
		await session.addFiles([
			file('big.txt', 'a'.repeat(2 * 1024 * 1024 + 1)),
			file('binary.txt', new Uint8Array([0, 1, 2, 0])),
			file('slides.pdf', '%PDF'),
			file('ok.txt', 'Headline here\n\nA paragraph of text.')
		]);
		expect(session.entries.map((e) => e.state)).toEqual(['failed', 'failed', 'failed', 'ready']);
		expect(session.entries[0]!.error).toMatch(/“big\.txt”.*larger than 2 MB/);
		expect(session.entries[1]!.error).toMatch(/“binary\.txt”.*not text/);
		expect(session.entries[2]!.error).toMatch(/“slides\.pdf”/);
		session.remove(session.entries[0]!.key);
		expect(session.entries).toHaveLength(3);
	});

	it('ignores an empty paste', async () => {
		const session = new ImportSession();
		expect(await session.addPasted('   ', 'html')).toBe(false);
		expect(session.entries).toEqual([]);
	});
});
