import { describe, expect, it } from 'vitest';
import { embeddedLink, hostedFile, hostedLink, studentStoryFile } from './assign-link';
import { CLASS_STORY, makeClassStory } from '$test-data';
import { readShareLink } from './share-link';
import { onlyStory } from '$lib/storage/testing';

const APP = 'https://byline.example/';

describe('assign links', () => {
	it("gives students the story's approved questions only, never drafts", () => {
		const file = JSON.parse(studentStoryFile(onlyStory(makeClassStory())));
		expect(file.questions.map((q: { id: string }) => q.id)).toEqual(['q1', 'q2', 'q3', 'q4']);
		expect(file.articles).toHaveLength(2);
		expect(hostedFile(onlyStory(makeClassStory())).filename).toBe('river-flood.byline.json');
	});

	it('makes an embedded link with its QR code and Google Classroom link', () => {
		const link = embeddedLink(onlyStory(makeClassStory()), '8B', APP);
		expect(link.ok).toBe(true);
		if (!link.ok) return;
		const read = readShareLink(new URL(link.url));
		expect(read.kind === 'embedded' && JSON.parse(read.fileText).stories[0].id).toBe(CLASS_STORY);
		expect(link.qr!.size).toBeGreaterThan(21);
		expect(link.classroom).toContain('https://classroom.google.com/share?url=');
	});

	it('refuses to embed a story too long for a link, and hosts it instead', () => {
		const bank = makeClassStory();
		// ~60,000 characters of varied text (xorshift32) that DEFLATE cannot shrink enough.
		let seed = 99;
		let text = '';
		for (let i = 0; i < 60_000; i++) {
			seed ^= seed << 13;
			seed ^= seed >>> 17;
			seed ^= seed << 5;
			text += 'abcdefghijklmnopqrstuvwxyz ,.'[(seed >>> 0) % 29];
		}
		bank.articles[1]!.text += `\n\n${text}`;
		const link = embeddedLink(onlyStory(bank), '8B', APP);
		expect(link).toMatchObject({ ok: false, limit: 32_000 });
		const hosted = hostedLink(onlyStory(bank), '8B', APP, 'https://files.example/river.json');
		expect(hosted.url).toBe(
			'https://byline.example/?story=https%3A%2F%2Ffiles.example%2Friver.json&class=8B'
		);
		expect(hosted.qr).not.toBeNull();
	});
});
