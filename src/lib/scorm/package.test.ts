import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { Question } from '$lib/bank/schema';
import type { StoryBundle } from '$lib/bank/story';
import { makeBankFile, makeEveryKind, makeStory } from '$test-data';
import { manifestSchemaErrors } from './manifest-schema.test-helpers';
import { buildScormPackage } from './package';
import { readPackageData } from './player/data';
import { storyFromBank } from '$lib/bank/bank-stories';

const everyKind = Object.values(makeEveryKind());

const story = (questions: Question[] = everyKind, published = true): StoryBundle =>
	makeStory({ title: 'Bridge </script> <!-- reopens', published, questions });

const readPlayerFile = async (name: string) => new TextEncoder().encode(`/* ${name} */`);

describe('buildScormPackage', () => {
	it('zips the launch page, player, story data and a valid manifest listing them', async () => {
		const drafts = everyKind.map((q, i) => (i === 0 ? { ...q, status: 'draft' as const } : q));
		const pkg = await buildScormPackage(story(drafts), {
			masteryScore: 75,
			readPlayerFile
		});
		expect(pkg.filename).toBe('bridge-script-reopens.scorm12.zip');
		expect(pkg.questionCount).toBe(everyKind.length - 1);
		const files = unzipSync(pkg.bytes);
		expect(Object.keys(files).sort()).toEqual([
			'imsmanifest.xml',
			'index.html',
			'player.css',
			'player.js',
			'story.js'
		]);
		expect(strFromU8(files['player.js']!)).toBe('/* player.js */');
		const manifest = strFromU8(files['imsmanifest.xml']!);
		expect(await manifestSchemaErrors(manifest)).toEqual([]);
		expect(manifest).toContain('<adlcp:masteryscore>75</adlcp:masteryscore>');

		// The data script sets one global with the story; no '<' can end a script or open a comment.
		const script = strFromU8(files['story.js']!);
		expect(script).not.toContain('<');
		const global: Record<string, unknown> = {};
		new Function('globalThis', script)(global);
		const data = readPackageData(Object.values(global)[0]);
		if (typeof data === 'string') throw new Error(data);
		const { content } = data;
		expect(data.masteryScore).toBe(75);
		expect(content.story.title).toBe('Bridge </script> <!-- reopens');
		// Only what students see: approved questions (the draft stays behind).
		expect(content.questions.map((q) => q.id)).toEqual(everyKind.slice(1).map((q) => q.id));
		expect(strFromU8(files['index.html']!)).toContain('<title>Bridge &lt;/script&gt;');
	});

	it('refuses an unpublished story, one without approved questions, and a bad pass mark', async () => {
		const options = { masteryScore: null, readPlayerFile };
		await expect(buildScormPackage(story(everyKind, false), options)).rejects.toThrow(
			/Publish the story first/
		);
		const drafts = everyKind.map((q) => ({ ...q, status: 'draft' as const }));
		await expect(buildScormPackage(story(drafts), options)).rejects.toThrow(
			/no approved questions/
		);
		await expect(buildScormPackage(story(), { ...options, masteryScore: 120 })).rejects.toThrow(
			/0 to 100/
		);
		await expect(
			buildScormPackage(storyFromBank(makeBankFile(story()), 'elsewhere'), options)
		).rejects.toThrow(/not on this/);
	});

	it('warns when so many questions leave no room to resume, and still builds', async () => {
		const many = Array.from({ length: 1200 }, (_, i) => ({ ...everyKind[0]!, id: `q${i}` }));
		const pkg = await buildScormPackage(story(many), {
			masteryScore: null,
			readPlayerFile
		});
		expect(pkg.warnings.join(' ')).toMatch(/1200 questions.*one sitting/);
	});
});

describe('readPackageData', () => {
	it('says why a damaged or foreign story file cannot be used', () => {
		expect(readPackageData(undefined)).toMatch(/no story data/);
		expect(readPackageData({ format: 'byline-scorm', version: 2 })).toMatch(/newer version/);
		expect(readPackageData({ format: 'byline-scorm', version: 1, storyId: 'x' })).toMatch(
			/damaged/
		);
	});
});
