import { describe, expect, it } from 'vitest';
import { BankSchema, type Question } from '../schema';
import type { StoryBundle } from '../story';
import {
	mergeGenerated,
	newStoryInfo,
	nextId,
	nextQuestionId,
	promptKey,
	removeQuestions,
	renameStory,
	reorder,
	restoreQuestions,
	setPublished,
	setStatus,
	statusCounts,
	upsertQuestion
} from './edit';
import { bankFromStories } from '$lib/bank/bank-stories';
import { onlyStory } from '$lib/storage/testing';
import { FILE_STORY, makeDraft, makeFileBank, makeTeacherStory } from '$test-data';
import { check } from '$lib/validation';

function deepFreeze<T>(value: T): T {
	if (value && typeof value === 'object') {
		Object.values(value).forEach(deepFreeze);
		Object.freeze(value);
	}
	return value;
}

const frozen = (): StoryBundle => deepFreeze(onlyStory(makeFileBank()));
const ids = (s: StoryBundle) => s.questions.map((q) => q.id);
const valid = (s: StoryBundle) =>
	expect(check(BankSchema, bankFromStories([s])).error?.issues ?? []).toEqual([]);
const dam = () => onlyStory(makeTeacherStory());

describe('ids', () => {
	it('picks the smallest free number', () => {
		expect(nextId('s-q-', ['s-q-1', 's-q-3'])).toBe('s-q-2');
		expect(nextId('c', [])).toBe('c1');
		expect(nextId('c', ['c1', 'c2', 'c4'])).toBe('c3');
		const empty = { ...frozen(), story: { id: 'x', title: 'X' }, questions: [] };
		expect(nextQuestionId(empty)).toBe('x-q-1');
	});
});

describe('question edits', () => {
	it('upserts by id without mutating the input', () => {
		const story = frozen();
		const changed = { ...story.questions[0]!, prompt: 'Changed?' } as Question;
		const next = upsertQuestion(story, changed);
		expect(next.questions[0]!.prompt).toBe('Changed?');
		expect(next.questions).toHaveLength(8);
		const added = upsertQuestion(story, { ...changed, id: 'new-q' } as Question);
		expect(ids(added).at(-1)).toBe('new-q');
		valid(added);
	});

	it('removes questions and restores them at their old places', () => {
		const story = frozen();
		const { story: next, removed } = removeQuestions(story, ['q-multi', 'q-numeric']);
		expect(ids(next)).not.toContain('q-multi');
		expect(removed.map((r) => [r.question.id, r.index])).toEqual([
			['q-multi', 1],
			['q-numeric', 4]
		]);
		expect(ids(restoreQuestions(next, removed))).toEqual(ids(story));
	});

	it('sets status only on the chosen questions', () => {
		const next = setStatus(frozen(), ['q-matching', 'q-ordering'], 'approved');
		expect(next.questions.filter((q) => q.status === 'draft')).toHaveLength(0);
		expect(next.questions.find((q) => q.id === 'q-evidence')!.status).toBe('rejected');
	});

	it('reorders listed questions first, keeping the rest after', () => {
		const next = reorder(frozen(), ['q-tf', 'q-single']);
		const byOrder = [...next.questions].sort((a, b) => a.order! - b.order!).map((q) => q.id);
		expect(byOrder.slice(0, 3)).toEqual(['q-tf', 'q-single', 'q-multi']);
		expect(byOrder).toHaveLength(8);
		// array order stays the same: order is a field, not a position
		expect(ids(next)).toEqual(ids(frozen()));
	});

	it('counts questions by status, an empty list as zeros', () => {
		expect(statusCounts(dam().questions)).toEqual({
			draft: 1,
			approved: 1,
			rejected: 0,
			total: 2
		});
		expect(statusCounts([])).toEqual({ draft: 0, approved: 0, rejected: 0, total: 0 });
	});
});

describe('story edits', () => {
	it('renames with trimmed whitespace and rejects empty titles', () => {
		const next = renameStory(frozen(), '  New   title ', new Date(0));
		expect(next.story.title).toBe('New title');
		expect(next.story.updatedAt).toBe('1970-01-01T00:00:00.000Z');
		expect(() => renameStory(frozen(), '   ')).toThrow(/needs a title/);
	});

	it('gives a new story an unused id', () => {
		const info = newStoryInfo('Harbor storm', { takenStoryIds: [FILE_STORY] });
		expect(info.id).toBe('harbor-storm-1');
		expect(info.title).toBe('Harbor storm');
		expect(() => newStoryInfo('  ')).toThrow(/needs a title/);
	});

	it('publishes and unpublishes, stamping the time', () => {
		const now = new Date('2024-06-01T10:00:00Z');
		const published = setPublished(dam(), true, now);
		expect(published.story.published).toBe(true);
		expect(published.story.updatedAt).toBe(now.toISOString());
		expect(setPublished(published, false).story.published).toBe(false);
	});
});

describe('mergeGenerated', () => {
	it('adds new drafts and skips those matching an id or a prompt', () => {
		const story = dam();
		const result = mergeGenerated(story, [
			makeDraft('g-new', 'Maya Ortiz said the water is under control.'),
			makeDraft('q-day', 'A different prompt with a taken id'),
			makeDraft('g-other', 'when did the spillway  OPEN')
		]);
		expect(result.added.map((q) => q.id)).toEqual(['g-new']);
		expect(result.skipped).toBe(2);
		expect(result.story.questions).toHaveLength(3);
		// Existing questions are untouched objects.
		expect(result.story.questions[0]).toBe(story.questions[0]);
	});

	it('does not add the same draft twice when a run is repeated', () => {
		const first = mergeGenerated(dam(), [makeDraft('g-1', 'Prompt one?')]);
		const second = mergeGenerated(first.story, [makeDraft('g-1', 'Prompt one?')]);
		expect(second.added).toEqual([]);
		expect(second.story.questions).toHaveLength(3);
	});

	it('stores generated questions as drafts even if they claim another status', () => {
		const claimed = { ...makeDraft('g-2', 'Another prompt'), status: 'approved' as const };
		expect(mergeGenerated(dam(), [claimed]).added[0]!.status).toBe('draft');
	});

	it('ignores drafts for another story', () => {
		const foreign = { ...makeDraft('g-3', 'Elsewhere'), storyId: 'other' };
		expect(mergeGenerated(dam(), [foreign]).added).toEqual([]);
	});

	it('compares prompts without case, spacing or final punctuation', () => {
		expect(promptKey('  When  did it OPEN? ')).toBe(promptKey('when did it open'));
		expect(promptKey('When did it open')).not.toBe(promptKey('When did it close'));
	});
});
