import { describe, expect, it } from 'vitest';
import { planQuiz, studentQuestions } from './plan';
import type { SingleQuestion } from '$lib/bank/schema';
import { makeArticle, makeQuestion, paragraphSpan as para, makeSecondArticle } from '$test-data';

/** Paragraph structure is what planning reads: six short paragraphs, and two. */
const articleA = makeArticle({
	id: 'a',
	outlet: 'Outlet A',
	text: 'Para zero. It has two sentences.\n\nPara one says 25 were killed.\n\nPara two.\n\nPara three.\n\nPara four.\n\nPara five.'
});
const articleB = makeSecondArticle({
	id: 'b',
	outlet: 'Outlet B',
	text: 'B zero.\n\nB one says 50 were killed.'
});
const articles = [articleA, articleB];

/** An approved single-choice question citing `evidence` (by default the first paragraph). */
const single = (id: string, evidence = [para(articleA, 0)], extra: Partial<SingleQuestion> = {}) =>
	makeQuestion('single', { id, evidence, ...extra });

describe('planQuiz', () => {
	it('puts questions on the same or adjacent paragraphs in one section with their outlet', () => {
		const sections = planQuiz(
			[single('q1', [para(articleA, 1)]), single('q2', [para(articleA, 2)])],
			articles
		);
		expect(sections).toEqual([
			{
				id: 'section-q1',
				excerpts: [{ articleId: 'a', outlet: 'Outlet A', paragraphs: [1, 2] }],
				questionIds: ['q1', 'q2']
			}
		]);
	});

	it('splits questions on distant paragraphs and keeps article then paragraph order', () => {
		const sections = planQuiz(
			[
				single('late', [para(articleA, 5)]),
				single('other', [para(articleB, 0)]),
				single('early', [para(articleA, 0)])
			],
			articles
		);
		expect(sections.map((s) => s.questionIds)).toEqual([['early'], ['late'], ['other']]);
	});

	it('keeps excerpts to at most three paragraphs per article', () => {
		const qs = [0, 1, 2, 3, 4].map((i) => single(`q${i}`, [para(articleA, i)]));
		const sections = planQuiz(qs, articles);
		expect(sections.map((s) => s.excerpts[0]?.paragraphs)).toEqual([
			[0, 1, 2],
			[3, 4]
		]);
	});

	it('gives cross-source questions a section showing each outlet, after single-article ones', () => {
		const sections = planQuiz(
			[
				single('cross', [para(articleB, 1), para(articleA, 1)]),
				single('solo', [para(articleA, 1)])
			],
			articles
		);
		expect(sections.map((s) => s.questionIds)).toEqual([['solo'], ['cross']]);
		expect(sections[1]?.excerpts).toEqual([
			{ articleId: 'a', outlet: 'Outlet A', paragraphs: [1] },
			{ articleId: 'b', outlet: 'Outlet B', paragraphs: [1] }
		]);
	});

	it('respects a teacher-set order before the reading order', () => {
		const sections = planQuiz(
			[
				single('first-read', [para(articleA, 0)]),
				single('pinned', [para(articleB, 1)], { order: 1 })
			],
			articles
		);
		expect(sections.map((s) => s.questionIds)).toEqual([['pinned'], ['first-read']]);
	});

	it('collects questions citing unknown articles in a last section without excerpt', () => {
		const sections = planQuiz(
			[
				single('lost', [{ articleId: 'gone', start: 0, end: 3 }]),
				single('ok', [para(articleA, 0)])
			],
			articles
		);
		expect(sections.at(-1)).toEqual({ id: 'section-lost', excerpts: [], questionIds: ['lost'] });
	});

	it('marks every paragraph a span crosses as cited', () => {
		const a1 = para(articleA, 1);
		const a2 = para(articleA, 2);
		const sections = planQuiz(
			[single('wide', [{ articleId: 'a', start: a1.start + 3, end: a2.end - 1 }])],
			articles
		);
		expect(sections[0]?.excerpts[0]?.paragraphs).toEqual([1, 2]);
	});
});

describe('studentQuestions', () => {
	const approved = single('ok');
	const draft = single('draft', undefined, { status: 'draft' });
	const generated = single('gen', undefined, { status: 'draft', origin: 'generated' });
	const rejected = single('nope', undefined, { status: 'rejected', origin: 'generated' });

	it('keeps only approved questions by default', () => {
		expect(studentQuestions([approved, draft]).map((q) => q.id)).toEqual(['ok']);
		expect(
			studentQuestions([approved, draft], { generated: [generated] }).map((q) => q.id)
		).toEqual(['ok']);
	});

	it('adds unrejected generated questions when allowed, without repeating ids', () => {
		const ids = studentQuestions([approved, draft], {
			includeGenerated: true,
			generated: [generated, rejected, single('ok', undefined, { status: 'draft' })]
		}).map((q) => q.id);
		expect(ids).toEqual(['ok', 'gen']);
	});
});
