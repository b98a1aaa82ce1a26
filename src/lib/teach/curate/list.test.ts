import { describe, expect, it } from 'vitest';
import { LIMITS, QuestionSchema, type Question } from '$lib/bank/schema';
import { makeDraft, makeTeacherStory, TEACHER_STORY, teacherQuestions } from '$test-data';
import {
	EDITED_TAG,
	hasUnsavedChanges,
	moveAmong,
	newQuestion,
	parseTags,
	prepareForSave,
	sortQuestions,
	storyQuestions,
	tagsProblem
} from './list';
import { check } from '$lib/validation';
import { onlyStory } from '$lib/storage/testing';

const questions = teacherQuestions();

describe('storyQuestions', () => {
	it('follows the teacher’s order, then stored order, and skips other stories', () => {
		const bank = makeTeacherStory();
		bank.questions = [
			{ ...makeDraft('x', 'x') },
			{ ...makeDraft('y', 'y'), order: 1 },
			{ ...makeDraft('z', 'z'), order: 0 },
			{ ...makeDraft('w', 'w'), storyId: 'other' }
		];
		expect(storyQuestions(onlyStory(bank)).map((q) => q.id)).toEqual(['z', 'y', 'x']);
	});
});

describe('sortQuestions', () => {
	const list: Question[] = [
		{ ...makeDraft('a', 'a'), status: 'approved', score: 0.3 },
		{ ...makeDraft('b', 'b'), status: 'draft', score: 0.9 },
		{ ...questions[1]!, id: 'c' },
		{ ...makeDraft('d', 'd'), status: 'rejected', score: 0.9 }
	];
	it('sorts by score with ties in quiz order and unscored last', () => {
		expect(sortQuestions(list, 'score').map((q) => q.id)).toEqual(['b', 'd', 'a', 'c']);
	});
	it('sorts drafts first by status', () => {
		expect(sortQuestions(list, 'status').map((q) => q.id)).toEqual(['b', 'c', 'a', 'd']);
	});
	it('keeps quiz order unchanged and does not mutate the input', () => {
		const before = list.map((q) => q.id);
		expect(sortQuestions(list, 'order').map((q) => q.id)).toEqual(before);
		sortQuestions(list, 'type');
		expect(list.map((q) => q.id)).toEqual(before);
	});
});

describe('moveAmong', () => {
	const all = ['a', 'b', 'c', 'd', 'e'];
	it('swaps with the next neighbour when everything is visible', () => {
		expect(moveAmong(all, all, 'b', 1)).toEqual(['a', 'c', 'b', 'd', 'e']);
		expect(moveAmong(all, all, 'b', -1)).toEqual(['b', 'a', 'c', 'd', 'e']);
	});
	it('jumps past hidden questions to the visible neighbour and leaves them in place', () => {
		// Only a, d and e are on screen; moving e up puts it just before d.
		expect(moveAmong(all, ['a', 'd', 'e'], 'e', -1)).toEqual(['a', 'b', 'c', 'e', 'd']);
		expect(moveAmong(all, ['a', 'd', 'e'], 'a', 1)).toEqual(['b', 'c', 'd', 'a', 'e']);
	});
	it('returns null at either end or for an unknown id', () => {
		expect(moveAmong(all, all, 'a', -1)).toBeNull();
		expect(moveAmong(all, all, 'e', 1)).toBeNull();
		expect(moveAmong(all, all, 'zz', 1)).toBeNull();
	});
});

describe('tags', () => {
	it('parses a comma list, trimming and dropping blanks and repeats in any case', () => {
		expect(parseTags(' numbers, Quotes ,, quotes,  two   words ')).toEqual([
			'numbers',
			'Quotes',
			'two words'
		]);
		expect(parseTags('')).toEqual([]);
	});
	it('explains tag lists the bank would refuse', () => {
		expect(tagsProblem(['ok'])).toBeNull();
		expect(tagsProblem(Array.from({ length: LIMITS.tags + 1 }, (_, i) => `t${i}`))).toMatch(
			/at most/
		);
		expect(tagsProblem(['x'.repeat(41)])).toMatch(/40 characters/);
	});
});

describe('prepareForSave', () => {
	const generated = makeDraft('g', 'Did the engineer say the water is under control?');
	it('tags a generated question whose content changed, keeping its origin', () => {
		const saved = prepareForSave(generated, { ...generated, prompt: 'Did Ortiz say it?' });
		expect(saved.origin).toBe('generated');
		expect(saved.tags).toEqual([EDITED_TAG]);
	});
	it('adds nothing for curation-only changes or to hand-written questions', () => {
		expect(
			prepareForSave(generated, { ...generated, status: 'approved', difficulty: 3, tags: ['x'] })
				.tags
		).toEqual(['x']);
		const curated = questions[0]!;
		expect(prepareForSave(curated, { ...curated, prompt: 'Changed?' }).tags).toBeUndefined();
		expect(prepareForSave(null, curated)).toBe(curated);
	});
	it('does not repeat the tag', () => {
		const once = prepareForSave(generated, { ...generated, prompt: 'New?', tags: [EDITED_TAG] });
		expect(once.tags).toEqual([EDITED_TAG]);
	});
});

describe('newQuestion', () => {
	it('is curated, approved, has a free id and comes last in the quiz', () => {
		const bank = makeTeacherStory();
		bank.questions[0] = { ...bank.questions[0]!, order: 4 };
		const q = newQuestion(onlyStory(bank), 'single');
		expect(q).toMatchObject({
			type: 'single',
			origin: 'curated',
			status: 'approved',
			order: 5,
			storyId: TEACHER_STORY
		});
		expect(bank.questions.some((other) => other.id === q.id)).toBe(false);
		// Blank on purpose: the editor's validation lists what to fill in.
		expect(check(QuestionSchema, q).success).toBe(false);
	});
	it('leaves order unset when no question has one', () => {
		expect(newQuestion(onlyStory(makeTeacherStory()), 'cloze').order).toBeUndefined();
	});
});

describe('hasUnsavedChanges', () => {
	const q = questions[0]!;
	it('ignores key order and undefined fields', () => {
		const reordered = {
			...Object.fromEntries(Object.entries(q).reverse()),
			unit: undefined
		} as unknown as Question;
		expect(hasUnsavedChanges(q, reordered)).toBe(false);
	});
	it('sees a changed field', () => {
		expect(hasUnsavedChanges(q, { ...q, prompt: 'Other?' })).toBe(true);
	});
});
