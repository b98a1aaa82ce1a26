import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ArticleSchema, BankSchema, StorySchema, paragraphsOf } from '$lib/bank/schema';
import { buildSeedStory, seedMeta, seedStory } from './seed';
import { SEED_DIR, readSeedFiles } from '$lib/server/seed-node';
import { check, parse } from '$lib/validation';

// The brief's shared folder sits beside the repository (`../shared`), wherever it is cloned.
const SHARED_SEEDS = resolve(process.cwd(), '../shared/seeds');

describe('seed story', () => {
	it('validates against the bank schema', () => {
		expect(() => parse(StorySchema, seedStory.story)).not.toThrow();
		for (const a of seedStory.articles) expect(() => parse(ArticleSchema, a)).not.toThrow();
		const bank = check(BankSchema, {
			format: 'byline-bank',
			version: 1,
			stories: [seedStory.story],
			articles: seedStory.articles,
			questions: []
		});
		expect(bank.success).toBe(true);
	});

	it('uses the fixed ids, outlets and date', () => {
		expect(seedStory.story.id).toBe('baghdad-embassy-2019');
		expect(seedStory.articles.map((a) => [a.id, a.outlet])).toEqual([
			['baghdad-hill', 'The Hill'],
			['baghdad-cbs', 'CBS News'],
			['baghdad-cnbc', 'CNBC'],
			['baghdad-voa', 'Voice of America'],
			['baghdad-nbc', 'NBC News']
		]);
		expect(new Set(seedStory.articles.map((a) => a.date))).toEqual(new Set(['2019-12-31']));
		expect(seedStory.story.articleIds).toEqual(seedStory.articles.map((a) => a.id));
	});

	it('marks only the CNBC title as written by an editor', () => {
		const editorTitles = seedMeta.articles.filter((m) => m.titleSource === 'editor');
		expect(editorTitles.map((m) => m.id)).toEqual(['baghdad-cnbc']);
	});

	it('keeps every body paragraph (counts checked by hand against the files)', () => {
		const counts = seedStory.articles.map((a) => paragraphsOf(a.text).length);
		expect(counts).toEqual([12, 6, 17, 22, 22]);
		const hill = seedStory.articles[0]?.text ?? '';
		expect(hill.startsWith('President Trump on Tuesday spoke with Iraqi Prime Minister')).toBe(
			true
		);
	});

	it('keeps headlines out of the article text', () => {
		for (const a of seedStory.articles) expect(a.text.startsWith(a.title)).toBe(false);
	});

	it('labels the NBC correction and the CNBC contributor line', () => {
		const nbc = seedStory.articles.find((a) => a.id === 'baghdad-nbc');
		const cnbc = seedStory.articles.find((a) => a.id === 'baghdad-cnbc');
		const paragraphText = (text: string, index: number) => paragraphsOf(text)[index]?.text ?? '';
		const correction = nbc?.notes?.find((n) => n.kind === 'correction');
		expect(paragraphText(nbc?.text ?? '', correction?.paragraph ?? -1)).toMatch(/^CORRECTION/);
		const contributors = cnbc?.notes?.find((n) => n.kind === 'contributors');
		expect(paragraphText(cnbc?.text ?? '', contributors?.paragraph ?? -1)).toMatch(
			/contributed to this report\.$/
		);
	});

	it('is the same whether the raw files come from Vite or from disk', () => {
		expect(buildSeedStory(readSeedFiles())).toEqual(seedStory);
	});

	it('names a missing file', () => {
		expect(() => buildSeedStory({})).toThrow(/000_be7e365406693585\.txt/);
	});
});

describe.skipIf(!existsSync(SHARED_SEEDS))('seed files', () => {
	it('are byte-identical to the shared originals', () => {
		const shipped = readdirSync(SEED_DIR).filter((f) => f.endsWith('.txt'));
		const originals = readdirSync(SHARED_SEEDS).filter((f) => f.endsWith('.txt'));
		expect(shipped.sort()).toEqual(originals.sort());
		for (const f of originals) {
			expect(readFileSync(`${SEED_DIR}/${f}`).equals(readFileSync(`${SHARED_SEEDS}/${f}`))).toBe(
				true
			);
		}
	});
});
