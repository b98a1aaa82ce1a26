import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { articleA, articleB } from '$lib/components/fixtures';
import type { Bank, Question } from '$lib/bank/schema';
import { EVERY_TYPE, STORY_ID } from './fixtures.test-helpers';
import { manifestSchemaErrors } from './manifest-schema.test-helpers';
import { buildScormPackage } from './package';
import { readPackageData } from './player/data';

function bank(questions: Question[] = EVERY_TYPE, published = true): Bank {
	return {
		format: 'byline-bank',
		version: 1,
		stories: [
			{
				id: STORY_ID,
				title: 'Bridge </script> <!-- reopens',
				articleIds: [articleA.id, articleB.id],
				published
			}
		],
		articles: [articleA, articleB],
		questions
	};
}

const readPlayerFile = async (name: string) => new TextEncoder().encode(`/* ${name} */`);

describe('buildScormPackage', () => {
	it('zips the launch page, player, story data and a valid manifest listing them', async () => {
		const drafts = EVERY_TYPE.map((q, i) => (i === 0 ? { ...q, status: 'draft' as const } : q));
		const pkg = await buildScormPackage(bank(drafts), STORY_ID, {
			masteryScore: 75,
			readPlayerFile
		});
		expect(pkg.filename).toBe('bridge-script-reopens.scorm12.zip');
		expect(pkg.questionCount).toBe(EVERY_TYPE.length - 1);
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
		expect(content.questions.map((q) => q.id)).toEqual(EVERY_TYPE.slice(1).map((q) => q.id));
		expect(strFromU8(files['index.html']!)).toContain('<title>Bridge &lt;/script&gt;');
	});

	it('refuses an unpublished story, one without approved questions, and a bad pass mark', async () => {
		const options = { masteryScore: null, readPlayerFile };
		await expect(buildScormPackage(bank(EVERY_TYPE, false), STORY_ID, options)).rejects.toThrow(
			/Publish the story first/
		);
		const drafts = EVERY_TYPE.map((q) => ({ ...q, status: 'draft' as const }));
		await expect(buildScormPackage(bank(drafts), STORY_ID, options)).rejects.toThrow(
			/no approved questions/
		);
		await expect(
			buildScormPackage(bank(), STORY_ID, { ...options, masteryScore: 120 })
		).rejects.toThrow(/0 to 100/);
		await expect(buildScormPackage(bank(), 'elsewhere', options)).rejects.toThrow(/not on this/);
	});

	it('warns when so many questions leave no room to resume, and still builds', async () => {
		const many = Array.from({ length: 1200 }, (_, i) => ({ ...EVERY_TYPE[0]!, id: `q${i}` }));
		const pkg = await buildScormPackage(bank(many), STORY_ID, {
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
