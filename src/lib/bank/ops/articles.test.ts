import { describe, expect, it } from 'vitest';
import { BankSchema } from '../schema';
import type { StoryBundle } from '../story';
import {
	addArticles,
	articleMetaErrors,
	defaultStoryTitle,
	newStory,
	questionsCiting,
	removeArticle,
	restoreArticle,
	updateArticleMeta
} from './articles';
import { EditError } from './edit';
import { bankFromStories } from '$lib/bank/bank-stories';
import { onlyStory } from '$lib/storage/testing';
import { makeFileBank, makeTeacherStory } from '$test-data';
import { check } from '$lib/validation';

function deepFreeze<T>(value: T): T {
	if (value && typeof value === 'object') {
		Object.values(value).forEach(deepFreeze);
		Object.freeze(value);
	}
	return value;
}

const frozen = (): StoryBundle => deepFreeze(onlyStory(makeFileBank()));
const valid = (s: StoryBundle) =>
	expect(check(BankSchema, bankFromStories([s])).error?.issues ?? []).toEqual([]);
const dam = () => onlyStory(makeTeacherStory());
const goodMeta = { title: 'A title', outlet: 'An outlet', date: '2024-05-10', url: '' };

describe('article edits', () => {
	const article = { title: 'Extra', outlet: 'Wire', date: '2024-03-05', text: 'More text.' };

	it('adds articles with fresh ids when missing or taken', () => {
		const next = addArticles(frozen(), [article, { ...article, id: 'harbor-times' }]);
		expect(next.articles.map((a) => a.id)).toEqual([
			'harbor-times',
			'coast-news',
			'harbor-storm-a-1',
			'harbor-storm-a-2'
		]);
		valid(next);
	});

	it('makes a valid new story of its articles, and refuses one without', () => {
		const story = newStory({ id: 'harbor-storm-1', title: 'Harbor storm' }, [
			{ title: 'A', outlet: 'B', date: '2024-01-01', text: 'Hello.' }
		]);
		expect(story.articles[0]!.id).toBe('harbor-storm-1-a-1');
		expect(story.articles[0]!.storyId).toBe('harbor-storm-1');
		valid(story);
		expect(() => newStory({ id: 't', title: 'T' }, [])).toThrow(/at least one article/);
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
		expect(result.story.articles.map((a) => a.id)).toEqual(['harbor-times']);
		valid(result.story);
	});

	it('refuses to remove a story’s last article', () => {
		const once = removeArticle(frozen(), 'coast-news').story;
		expect(() => removeArticle(once, 'harbor-times')).toThrow(EditError);
	});
});

describe('article restore', () => {
	it('is the exact undo of removeArticle', () => {
		const story = dam();
		const { story: without, ...removed } = removeArticle(story, 'dam-a');
		expect(questionsCiting(story, 'dam-a')).toBe(1);
		expect(without.questions.map((q) => q.id)).toEqual(['q-homes']);
		expect(restoreArticle(without, removed)).toEqual(story);
	});

	it('refuses to restore over an article that exists again', () => {
		const story = dam();
		const { story: _without, ...removed } = removeArticle(story, 'dam-a');
		expect(() => restoreArticle(story, removed)).toThrow(/exists again/);
	});
});

describe('article metadata', () => {
	it('accepts complete metadata with or without a link', () => {
		expect(articleMetaErrors(goodMeta)).toEqual({});
		expect(articleMetaErrors({ ...goodMeta, url: 'https://example.org/a' })).toEqual({});
	});

	it('names each missing or malformed field', () => {
		const errors = articleMetaErrors({
			title: ' ',
			outlet: '',
			date: '2024-02-30',
			url: 'javascript:alert(1)'
		});
		expect(Object.keys(errors).sort()).toEqual(['date', 'outlet', 'title', 'url']);
		expect(errors.date).toMatch(/YYYY-MM-DD/);
		expect(articleMetaErrors({ ...goodMeta, date: '10/05/2024' }).date).toBeDefined();
		expect(articleMetaErrors({ ...goodMeta, url: 'ftp://example.org' }).url).toBeDefined();
	});

	it('updates metadata, drops an emptied link and keeps the text', () => {
		const story = updateArticleMeta(dam(), 'dam-b', { ...goodMeta, title: '  New   title ' });
		const article = story.articles.find((a) => a.id === 'dam-b')!;
		expect(article.title).toBe('New title');
		expect(article.url).toBeUndefined();
		expect(article.text).toBe(makeTeacherStory().articles[1]!.text);
		valid(story);
	});

	it('refuses invalid metadata with the field messages', () => {
		expect(() => updateArticleMeta(dam(), 'dam-a', { ...goodMeta, outlet: '' })).toThrow(/outlet/);
		expect(() => updateArticleMeta(dam(), 'missing', goodMeta)).toThrow(/no article/);
	});
});

describe('defaultStoryTitle', () => {
	it('uses the first non-empty headline', () => {
		expect(defaultStoryTitle([{ title: ' ' }, { title: 'Second headline' }])).toBe(
			'Second headline'
		);
		expect(defaultStoryTitle([])).toBe('');
	});
});
