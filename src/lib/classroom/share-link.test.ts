import { describe, expect, it } from 'vitest';
import { compressText } from './compact';
import { makeClassStory } from '$test-data';
import {
	classroomShareUrl,
	embeddedStoryLink,
	hasShareLink,
	hostedStoryLink,
	hostedUrlProblem,
	MAX_EMBEDDED_LINK,
	readShareLink
} from './share-link';

const APP = 'https://byline.example/app/';

describe('share links', () => {
	const file = JSON.stringify(makeClassStory());

	it('embeds a story file in the fragment with the class name, and reads it back', () => {
		const link = embeddedStoryLink(APP, file, '  Year 8  B ');
		expect(link.ok).toBe(true);
		if (!link.ok) return;
		const url = new URL(link.url);
		expect(url.origin + url.pathname).toBe(APP);
		expect(url.search).toBe('');
		expect(hasShareLink(url)).toBe(true);
		expect(readShareLink(url)).toEqual({ kind: 'embedded', fileText: file, className: 'Year 8 B' });
		// Deflate makes it much smaller than the file itself.
		expect(link.url.length).toBeLessThan(file.length);
	});

	it('refuses to embed a story whose link would be too long', () => {
		// Pseudo-random text (xorshift32) barely compresses: 40 KB of it
		// becomes about 33 KB of DEFLATE, 44,000 base64url characters, over the 32,000 limit.
		let noise = '';
		let seed = 12345;
		for (let i = 0; i < 40_000; i++) {
			seed ^= seed << 13;
			seed ^= seed >>> 17;
			seed ^= seed << 5;
			noise += String.fromCharCode(33 + ((seed >>> 0) % 93));
		}
		const link = embeddedStoryLink(APP, noise, '');
		expect(link.ok).toBe(false);
		if (!link.ok) expect(link.length).toBeGreaterThan(MAX_EMBEDDED_LINK);
	});

	it('builds and reads hosted links, https only', () => {
		const link = hostedStoryLink(APP, 'https://files.example/flood.byline.json', '8B');
		expect(readShareLink(new URL(link))).toEqual({
			kind: 'hosted',
			url: 'https://files.example/flood.byline.json',
			className: '8B'
		});
		expect(hostedUrlProblem('http://files.example/a.json')).toMatch(/https/);
		expect(hostedUrlProblem('javascript:alert(1)')).toMatch(/https/);
		expect(hostedUrlProblem('not a url')).toMatch(/full address/);
		expect(readShareLink(new URL(`${APP}?story=ftp://x/y`)).kind).toBe('broken');
	});

	it('reports a cut-short or hostile embedded story instead of throwing', () => {
		const cut = readShareLink(new URL(`${APP}#story=${compressText(file).slice(0, 50)}`));
		expect(cut.kind).toBe('broken');
		const bomb = readShareLink(
			new URL(`${APP}#story=${compressText(' '.repeat(6 * 1024 * 1024))}`)
		);
		expect(bomb.kind === 'broken' && bomb.message).toMatch(/unpacks to more than/);
		expect(readShareLink(new URL(APP))).toEqual({ kind: 'none' });
	});

	it('makes a Google Classroom share link only while it stays short enough', () => {
		const share = classroomShareUrl(`${APP}#story=abc`, 'River flood');
		expect(share).toBe(
			'https://classroom.google.com/share?url=https%3A%2F%2Fbyline.example%2Fapp%2F%23story%3Dabc&title=River+flood'
		);
		expect(classroomShareUrl(`${APP}#story=${'a'.repeat(9_000)}`, 'x')).toBeNull();
	});
});
