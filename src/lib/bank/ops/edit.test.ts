import { describe, expect, it } from 'vitest';
import { BankSchema, type Bank, type Question } from '../schema';
import {
	addArticles,
	EditError,
	newStoryBank,
	nextId,
	nextQuestionId,
	removeArticle,
	removeQuestions,
	renameStory,
	reorder,
	restoreQuestions,
	setStatus,
	upsertQuestion
} from './edit';
import { FILE_STORY, makeFileBank } from '$test-data';
import { check } from '$lib/validation';

function deepFreeze<T>(value: T): T {
	if (value && typeof value === 'object') {
		Object.values(value).forEach(deepFreeze);
		Object.freeze(value);
	}
	return value;
}

const frozen = (): Bank => deepFreeze(makeFileBank());
const ids = (b: Bank) => b.questions.map((q) => q.id);
const valid = (b: Bank) => expect(check(BankSchema, b).error?.issues ?? []).toEqual([]);

describe('ids', () => {
	it('picks the smallest free number', () => {
		expect(nextId('s-q-', ['s-q-1', 's-q-3'])).toBe('s-q-2');
		expect(nextId('c', [])).toBe('c1');
		expect(nextId('c', ['c1', 'c2', 'c4'])).toBe('c3');
		expect(nextQuestionId(makeFileBank(), 'x')).toBe('x-q-1');
	});
});

describe('question edits', () => {
	it('upserts by id without mutating the input', () => {
		const bank = frozen();
		const changed = { ...bank.questions[0]!, prompt: 'Changed?' } as Question;
		const next = upsertQuestion(bank, changed);
		expect(next.questions[0]!.prompt).toBe('Changed?');
		expect(next.questions).toHaveLength(8);
		const added = upsertQuestion(bank, { ...changed, id: 'new-q' } as Question);
		expect(ids(added).at(-1)).toBe('new-q');
		valid(added);
	});

	it('removes questions and restores them at their old places', () => {
		const bank = frozen();
		const { bank: next, removed } = removeQuestions(bank, ['q-multi', 'q-numeric']);
		expect(ids(next)).not.toContain('q-multi');
		expect(removed.map((r) => [r.question.id, r.index])).toEqual([
			['q-multi', 1],
			['q-numeric', 4]
		]);
		expect(ids(restoreQuestions(next, removed))).toEqual(ids(bank));
	});

	it('sets status only on the chosen questions', () => {
		const next = setStatus(frozen(), ['q-matching', 'q-ordering'], 'approved');
		expect(next.questions.filter((q) => q.status === 'draft')).toHaveLength(0);
		expect(next.questions.find((q) => q.id === 'q-evidence')!.status).toBe('rejected');
	});

	it('reorders listed questions first, keeping the rest after', () => {
		const next = reorder(frozen(), FILE_STORY, ['q-tf', 'q-single']);
		const byOrder = [...next.questions].sort((a, b) => a.order! - b.order!).map((q) => q.id);
		expect(byOrder.slice(0, 3)).toEqual(['q-tf', 'q-single', 'q-multi']);
		expect(byOrder).toHaveLength(8);
		// array order stays the same: order is a field, not a position
		expect(ids(next)).toEqual(ids(makeFileBank()));
	});
});

describe('article edits', () => {
	const article = { title: 'Extra', outlet: 'Wire', date: '2024-03-05', text: 'More text.' };

	it('adds articles with fresh ids when missing or taken', () => {
		const next = addArticles(frozen(), FILE_STORY, [article, { ...article, id: 'harbor-times' }]);
		expect(next.stories[0]!.articleIds).toEqual([
			'harbor-times',
			'coast-news',
			'harbor-storm-a-1',
			'harbor-storm-a-2'
		]);
		valid(next);
	});

	it('removes an article with the questions that cite it, for undo', () => {
		const result = removeArticle(frozen(), 'coast-news');
		expect(result.article.id).toBe('coast-news');
		expect(result.removed.map((r) => r.question.id)).toEqual([
			'q-multi',
			'q-cloze',
			'q-numeric',
			'q-matching',
			'q-evidence'
		]);
		expect(result.bank.stories[0]!.articleIds).toEqual(['harbor-times']);
		valid(result.bank);
	});

	it('refuses to remove a story’s last article', () => {
		const once = removeArticle(frozen(), 'coast-news').bank;
		expect(() => removeArticle(once, 'harbor-times')).toThrow(EditError);
	});
});

describe('story edits', () => {
	it('renames with trimmed whitespace and rejects empty titles', () => {
		const next = renameStory(frozen(), FILE_STORY, '  New   title ', new Date(0));
		expect(next.stories[0]!.title).toBe('New title');
		expect(next.stories[0]!.updatedAt).toBe('1970-01-01T00:00:00.000Z');
		expect(() => renameStory(frozen(), FILE_STORY, '   ')).toThrow(/needs a title/);
	});

	it('creates a valid one-story bank with an unused id', () => {
		const bank = newStoryBank(
			'Harbor storm',
			[{ title: 'A', outlet: 'B', date: '2024-01-01', text: 'Hello.' }],
			{
				takenStoryIds: ['harbor-storm']
			}
		);
		expect(bank.stories[0]!.id).toBe('harbor-storm-1');
		expect(bank.articles[0]!.id).toBe('harbor-storm-1-a-1');
		valid(bank);
		expect(() => newStoryBank('T', [])).toThrow(/at least one article/);
	});
});
