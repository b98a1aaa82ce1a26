import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BankSchema } from '$lib/bank/schema';
import { builtinBanks } from './builtin';
import { bankFileName, prebuiltContentFiles, type BuiltinIndex } from './prebuilt';
import { STATIC_CONTENT_DIR, builtinContentFiles } from '$lib/server/prebuilt-node';
import { check } from '$lib/validation';

describe('prebuilt built-in content (static/content)', () => {
	const expected = builtinContentFiles();

	it('is current: run `npm run content` after changing seeds, cleaner or curated questions', () => {
		expect(readdirSync(STATIC_CONTENT_DIR).sort()).toEqual([...expected.keys()].sort());
		for (const [name, text] of expected) {
			expect(readFileSync(`${STATIC_CONTENT_DIR}/${name}`, 'utf8'), name).toBe(text);
		}
	});

	it('holds the same banks the app builds in memory, and they are valid', () => {
		for (const bank of builtinBanks) {
			const file = expected.get(bankFileName(bank.stories[0]!.id));
			expect(file).toBeDefined();
			const fromFile: unknown = JSON.parse(file!);
			expect(fromFile).toEqual(bank);
			expect(check(BankSchema, fromFile).success).toBe(true);
		}
	});

	it('indexes each story with what the library shows before loading a bank', () => {
		const index = JSON.parse(expected.get('index.json')!) as BuiltinIndex;
		const bank = builtinBanks[0]!;
		const story = bank.stories[0]!;
		expect(index.stories).toHaveLength(builtinBanks.length);
		expect(index.stories[0]).toMatchObject({
			id: 'baghdad-embassy-2019',
			title: story.title,
			articleIds: story.articleIds,
			articleCount: 5,
			// The outlets of articles 000..004, in that order (seed/meta.json).
			outlets: ['The Hill', 'CBS News', 'CNBC', 'Voice of America', 'NBC News'],
			file: 'baghdad-embassy-2019.byline.json'
		});
		const approved = bank.questions.filter((q) => q.status === 'approved').length;
		expect(index.stories[0]!.questionCount).toBe(approved);
	});

	it('refuses a bank that bundles several stories', () => {
		const bank = builtinBanks[0]!;
		const two = { ...bank, stories: [bank.stories[0]!, { ...bank.stories[0]!, id: 'other' }] };
		expect(() => prebuiltContentFiles([two])).toThrow(/exactly one story; one has 2/);
	});
});
