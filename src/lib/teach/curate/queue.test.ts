import { describe, expect, it } from 'vitest';
import type { Question } from '$lib/bank/schema';
import { makeDraft, makeTeacherStory, span, teacherArticles } from '$test-data';
import {
	brokenEvidenceCount,
	evidenceViews,
	isTypingTarget,
	reviewDrafts,
	shortcutAction
} from './queue';
import { onlyStory } from '$lib/storage/testing';

const articles = teacherArticles();
const [damA, damB] = articles;

function withScore(id: string, score: number | undefined, order?: number): Question {
	const q = { ...makeDraft(id, `Prompt ${id}`), ...(order === undefined ? {} : { order }) };
	if (score === undefined) delete (q as { score?: number }).score;
	else q.score = score;
	return q;
}

describe('reviewDrafts', () => {
	it('holds only the story’s drafts, best score first, unscored last', () => {
		const bank = makeTeacherStory();
		bank.questions.push(
			withScore('low', 0.2),
			withScore('high', 0.9),
			withScore('none', undefined),
			{ ...withScore('done', 0.99), status: 'approved' },
			{ ...withScore('other-story', 0.95), storyId: 'elsewhere' }
		);
		// q-homes is the fixture's unscored draft; it keeps its stored place among unscored ones.
		expect(reviewDrafts(onlyStory(bank)).map((q) => q.id)).toEqual([
			'high',
			'low',
			'q-homes',
			'none'
		]);
	});

	it('breaks score ties by the teacher’s order, then stored order', () => {
		const bank = {
			...makeTeacherStory(),
			questions: [withScore('b', 0.5, 2), withScore('a', 0.5, 1), withScore('c', 0.5)]
		};
		expect(reviewDrafts(onlyStory(bank)).map((q) => q.id)).toEqual(['a', 'b', 'c']);
	});

	it('is empty without a bank', () => {
		expect(reviewDrafts(null)).toEqual([]);
	});
});

describe('shortcutAction', () => {
	it('maps letters (either case) and arrows to actions', () => {
		expect(shortcutAction({ key: 'a' })).toBe('approve');
		expect(shortcutAction({ key: 'R' })).toBe('reject');
		expect(shortcutAction({ key: 'e' })).toBe('edit');
		expect(shortcutAction({ key: 'j' })).toBe('next');
		expect(shortcutAction({ key: 'ArrowRight' })).toBe('next');
		expect(shortcutAction({ key: 'k' })).toBe('previous');
		expect(shortcutAction({ key: 'ArrowLeft' })).toBe('previous');
		expect(shortcutAction({ key: 'x' })).toBeNull();
	});

	it('ignores keys with modifiers (browser shortcuts such as Ctrl+R stay the browser’s)', () => {
		expect(shortcutAction({ key: 'r', ctrlKey: true })).toBeNull();
		expect(shortcutAction({ key: 'a', metaKey: true })).toBeNull();
		expect(shortcutAction({ key: 'j', altKey: true })).toBeNull();
	});

	it('ignores keys while typing or inside a dialog', () => {
		expect(shortcutAction({ key: 'a', targetTag: 'INPUT', targetType: 'text' })).toBeNull();
		expect(shortcutAction({ key: 'a', targetTag: 'INPUT' })).toBeNull();
		expect(shortcutAction({ key: 'a', targetTag: 'TEXTAREA' })).toBeNull();
		expect(shortcutAction({ key: 'ArrowLeft', targetTag: 'SELECT' })).toBeNull();
		expect(shortcutAction({ key: 'r', targetTag: 'DIV', targetEditable: true })).toBeNull();
		expect(shortcutAction({ key: 'a', targetTag: 'BUTTON', inDialog: true })).toBeNull();
	});

	it('still works with focus on a button or checkbox', () => {
		expect(shortcutAction({ key: 'a', targetTag: 'BUTTON' })).toBe('approve');
		expect(shortcutAction({ key: 'j', targetTag: 'INPUT', targetType: 'checkbox' })).toBe('next');
	});
});

describe('isTypingTarget', () => {
	it('lets letters through on a radio button but keeps its arrow keys', () => {
		expect(isTypingTarget({ key: 'a', targetTag: 'INPUT', targetType: 'radio' })).toBe(false);
		expect(isTypingTarget({ key: 'ArrowLeft', targetTag: 'INPUT', targetType: 'radio' })).toBe(
			true
		);
	});
	it('treats number and search inputs as typing', () => {
		expect(isTypingTarget({ key: 'k', targetTag: 'INPUT', targetType: 'number' })).toBe(true);
		expect(isTypingTarget({ key: 'k', targetTag: 'input', targetType: 'search' })).toBe(true);
	});
});

describe('evidenceViews', () => {
	it('shows each cited article once, in story order, with the paragraphs holding evidence', () => {
		const q: Question = {
			...makeDraft('multi-source', 'Compare'),
			evidence: [
				span(damB, 'Officials said 450 homes'),
				span(damA, 'About 300 homes were evacuated.')
			]
		};
		const views = evidenceViews(q, articles);
		expect(views.map((v) => v.article.id)).toEqual(['dam-a', 'dam-b']);
		// "About 300 homes…" is the third paragraph of dam-a (index 2); dam-b has one paragraph.
		expect(views[0]!.paragraphs).toEqual([2]);
		expect(views[1]!.paragraphs).toEqual([0]);
		const a = articles[0]!.text;
		expect(a.slice(views[0]!.highlights[0]!.start, views[0]!.highlights[0]!.end)).toBe(
			'About 300 homes were evacuated.'
		);
	});

	it('leaves out spans outside the text or naming a missing article, and counts them', () => {
		const q: Question = {
			...makeDraft('broken', 'Broken'),
			evidence: [
				{ articleId: 'dam-a', start: 0, end: 10_000 },
				{ articleId: 'gone', start: 0, end: 5 },
				span(damB, 'Officials said')
			]
		};
		expect(evidenceViews(q, articles).map((v) => v.article.id)).toEqual(['dam-b']);
		expect(brokenEvidenceCount(q, articles)).toBe(2);
	});

	it('also highlights the sentence part B of a two-part question keys as the proof', () => {
		const partA = span(damA, 'About 300 homes were evacuated.');
		const proof = span(damB, 'Officials said 450 homes');
		const wrong = span(damA, 'The Ridge Dam spillway opened on Friday.');
		const q: Question = {
			...makeDraft('two-part', 'How many homes?'),
			type: 'evidence',
			skill: 'compare',
			choices: [
				{ id: 'a', text: '300' },
				{ id: 'b', text: '450' }
			],
			correct: ['b'],
			evidencePrompt: 'Which sentence proves it?',
			evidenceChoices: [
				{ id: 'p', text: 'Officials said 450 homes', ...proof },
				{ id: 'w', text: 'The Ridge Dam spillway opened on Friday.', ...wrong }
			],
			evidenceCorrect: ['p'],
			evidence: [partA]
		} as Question;
		const views = evidenceViews(q, articles);
		expect(views.map((v) => v.article.id)).toEqual(['dam-a', 'dam-b']);
		const highlighted = views.flatMap((v) =>
			v.highlights.map((h) => v.article.text.slice(h.start, h.end))
		);
		expect(highlighted).toEqual(['About 300 homes were evacuated.', 'Officials said 450 homes']);
	});
});
