import { describe, expect, it } from 'vitest';
import { BankSchema } from './schema';
import { check } from '$lib/validation';
import { bankFromStories, storiesFromBank, storyFromBank } from './bank-stories';
import type { Bank } from './model';
import { keepBoth } from './ops/merge';
import { FILE_STORY, makeFileBank, makeTeacherStory, TEACHER_STORY } from '$test-data';

/** The fixture plus a second story whose article order differs from the bank's article order. */
function twoStoryBank(): Bank {
	const bank = makeFileBank();
	const [first, second] = bank.articles;
	return {
		...bank,
		stories: [...bank.stories, { id: 'second', title: 'Second', articleIds: ['s-b', 's-a'] }],
		articles: [
			...bank.articles,
			{ ...first!, id: 's-a', storyId: 'second' },
			{ ...second!, id: 's-b', storyId: 'second' }
		]
	};
}

describe('storiesFromBank / bankFromStories', () => {
	it('gives each story its articles in the story order and only its questions', () => {
		const bank = twoStoryBank();
		const [harbor, second] = storiesFromBank(bank);
		expect(harbor!.story.id).toBe(FILE_STORY);
		expect(harbor!.articles.map((a) => a.id)).toEqual(bank.stories[0]!.articleIds);
		expect(harbor!.questions).toEqual(bank.questions);
		expect(second!.articles.map((a) => a.id)).toEqual(['s-b', 's-a']);
		expect(second!.questions).toEqual([]);
		expect(second!.story).not.toHaveProperty('articleIds');
	});

	it('leaves out an article its story does not list', () => {
		const bank = twoStoryBank();
		bank.stories[1] = { ...bank.stories[1]!, articleIds: ['s-a'] };
		expect(storyFromBank(bank, 'second')!.articles.map((a) => a.id)).toEqual(['s-a']);
	});

	it('finds no story that is not there', () => {
		expect(storyFromBank(makeFileBank(), 'missing')).toBeNull();
	});

	it('round-trips a bank (articles grouped in story order), and the result is a valid bank', () => {
		const bank = twoStoryBank();
		const back = bankFromStories(storiesFromBank(bank));
		expect(back.stories).toEqual(bank.stories);
		expect(back.questions).toEqual(bank.questions);
		expect(back.articles.map((a) => a.id)).toEqual([...bank.stories[0]!.articleIds, 's-b', 's-a']);
		expect(back.articles).toEqual(expect.arrayContaining(bank.articles));
		expect(back.articles).toHaveLength(bank.articles.length);
		expect(check(BankSchema, back).error?.issues ?? []).toEqual([]);
	});

	it('writes the header it is given and never the built-in mark', () => {
		const [story] = storiesFromBank(makeFileBank());
		const bank = bankFromStories([{ ...story!, builtIn: true }], {
			exportedAt: '2024-01-01T00:00:00.000Z',
			generator: 'Byline'
		});
		expect(bank.exportedAt).toBe('2024-01-01T00:00:00.000Z');
		expect(bank.generator).toBe('Byline');
		expect(JSON.stringify(bank)).not.toContain('builtIn');
	});
});

describe('a keep-both copy', () => {
	it('is a valid bank on its own, its articles and questions moved to the copy', () => {
		const teacher = storiesFromBank(makeTeacherStory());
		const copies = keepBoth(teacher, teacher);
		expect(copies.map((s) => s.story.id)).toEqual([`${TEACHER_STORY}-copy`]);
		const copy = copies[0]!;
		expect(check(BankSchema, bankFromStories([copy])).error?.issues ?? []).toEqual([]);
		expect(copy.articles.every((a) => a.storyId === `${TEACHER_STORY}-copy`)).toBe(true);
		expect(copy.questions.every((q) => q.storyId === `${TEACHER_STORY}-copy`)).toBe(true);
	});
});
