import { describe, expect, it } from 'vitest';
import { BankSchema } from '$lib/bank/schema';
import { removeArticle } from '$lib/bank/ops/edit';
import { keepBoth } from '$lib/bank/ops/merge';
import { makeDraft, makeTeacherStory, TEACHER_STORY } from '$test-data';
import {
	articleMetaErrors,
	defaultStoryTitle,
	mergeGenerated,
	promptKey,
	questionsCiting,
	restoreArticle,
	setPublished,
	splitByStory,
	statusCounts,
	summarizeStory,
	updateArticleMeta
} from './workspace-ops';
import { check } from '$lib/validation';

const goodMeta = { title: 'A title', outlet: 'An outlet', date: '2024-05-10', url: '' };

describe('summaries', () => {
	it('counts questions by status and lists outlets in article order', () => {
		const summary = summarizeStory(makeTeacherStory(), TEACHER_STORY)!;
		expect(summary.outlets).toEqual(['Valley Courier', 'River Post']);
		expect(summary.counts).toEqual({ draft: 1, approved: 1, rejected: 0, total: 2 });
		expect(summary.published).toBe(false);
		expect(summarizeStory(makeTeacherStory(), 'nope')).toBeNull();
	});

	it('counts an empty list as zeros', () => {
		expect(statusCounts([])).toEqual({ draft: 0, approved: 0, rejected: 0, total: 0 });
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
		const bank = updateArticleMeta(makeTeacherStory(), 'dam-b', {
			...goodMeta,
			title: '  New   title '
		});
		const article = bank.articles.find((a) => a.id === 'dam-b')!;
		expect(article.title).toBe('New title');
		expect(article.url).toBeUndefined();
		expect(article.text).toBe(makeTeacherStory().articles[1]!.text);
		expect(check(BankSchema, bank).success).toBe(true);
	});

	it('refuses invalid metadata with the field messages', () => {
		expect(() =>
			updateArticleMeta(makeTeacherStory(), 'dam-a', { ...goodMeta, outlet: '' })
		).toThrow(/outlet/);
		expect(() => updateArticleMeta(makeTeacherStory(), 'missing', goodMeta)).toThrow(/no article/);
	});
});

describe('publishing', () => {
	it('sets and clears the flag and stamps the time', () => {
		const now = new Date('2024-06-01T10:00:00Z');
		const published = setPublished(makeTeacherStory(), TEACHER_STORY, true, now);
		expect(published.stories[0]!.published).toBe(true);
		expect(published.stories[0]!.updatedAt).toBe(now.toISOString());
		expect(setPublished(published, TEACHER_STORY, false).stories[0]!.published).toBe(false);
		expect(() => setPublished(makeTeacherStory(), 'other', true)).toThrow();
	});
});

describe('mergeGenerated', () => {
	it('adds new drafts and skips those matching an id or a prompt', () => {
		const bank = makeTeacherStory();
		const result = mergeGenerated(bank, TEACHER_STORY, [
			makeDraft('g-new', 'Maya Ortiz said the water is under control.'),
			makeDraft('q-day', 'A different prompt with a taken id'),
			makeDraft('g-other', 'when did the spillway  OPEN')
		]);
		expect(result.added.map((q) => q.id)).toEqual(['g-new']);
		expect(result.skipped).toBe(2);
		expect(result.bank.questions).toHaveLength(3);
		// Existing questions are untouched objects.
		expect(result.bank.questions[0]).toBe(bank.questions[0]);
	});

	it('does not add the same draft twice when a run is repeated', () => {
		const first = mergeGenerated(makeTeacherStory(), TEACHER_STORY, [
			makeDraft('g-1', 'Prompt one?')
		]);
		const second = mergeGenerated(first.bank, TEACHER_STORY, [makeDraft('g-1', 'Prompt one?')]);
		expect(second.added).toEqual([]);
		expect(second.bank.questions).toHaveLength(3);
	});

	it('stores generated questions as drafts even if they claim another status', () => {
		const claimed = { ...makeDraft('g-2', 'Another prompt'), status: 'approved' as const };
		expect(mergeGenerated(makeTeacherStory(), TEACHER_STORY, [claimed]).added[0]!.status).toBe(
			'draft'
		);
	});

	it('ignores drafts for another story', () => {
		const foreign = { ...makeDraft('g-3', 'Elsewhere'), storyId: 'other' };
		expect(mergeGenerated(makeTeacherStory(), TEACHER_STORY, [foreign]).added).toEqual([]);
	});

	it('compares prompts without case, spacing or final punctuation', () => {
		expect(promptKey('  When  did it OPEN? ')).toBe(promptKey('when did it open'));
		expect(promptKey('When did it open')).not.toBe(promptKey('When did it close'));
	});
});

describe('article restore', () => {
	it('is the exact undo of removeArticle', () => {
		const bank = makeTeacherStory();
		const position = bank.stories[0]!.articleIds.indexOf('dam-a');
		const { bank: without, article, articleIndex, removed } = removeArticle(bank, 'dam-a');
		expect(questionsCiting(bank, 'dam-a')).toBe(1);
		expect(without.questions.map((q) => q.id)).toEqual(['q-homes']);
		const back = restoreArticle(without, { article, articleIndex, position, removed });
		expect(back).toEqual(bank);
	});

	it('refuses to restore over an article that exists again', () => {
		const bank = makeTeacherStory();
		const { article, articleIndex, removed } = removeArticle(bank, 'dam-a');
		expect(() => restoreArticle(bank, { article, articleIndex, position: 0, removed })).toThrow(
			/exists again/
		);
	});
});

describe('splitByStory', () => {
	it('splits a keep-both result into one valid bank per story', () => {
		const both = keepBoth(makeTeacherStory(), makeTeacherStory());
		const parts = splitByStory(both.bank);
		expect(parts.map((b) => b.stories.map((s) => s.id))).toEqual([
			[TEACHER_STORY],
			[`${TEACHER_STORY}-copy`]
		]);
		for (const part of parts) expect(check(BankSchema, part).success).toBe(true);
		expect(parts[1]!.questions.every((q) => q.storyId === `${TEACHER_STORY}-copy`)).toBe(true);
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
