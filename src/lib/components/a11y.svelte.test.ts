/**
 * axe-core structural checks (names, roles, ARIA, ids) on every component in
 * its open, graded and invalid states. Colour contrast needs a real browser,
 * so that rule is left to the Playwright axe run on the pages.
 * axe-core comes with @axe-core/playwright.
 */
import { render } from '@testing-library/svelte';
import axe from 'axe-core';
import { describe, expect, it, vi } from 'vitest';
import type { Question } from '$lib/bank/schema';
import { blankQuestion } from '$lib/bank/ops/blank-question';
import QuestionEditor from './editor/QuestionEditor.svelte';
import Excerpt from './Excerpt.svelte';
import Feedback from './Feedback.svelte';
import QuestionView from './question/QuestionView.svelte';
import { emptyResponse } from '$lib/quiz/grade';
import { makeArticles, makeEveryKind } from '$test-data';

const kinds = makeEveryKind();
const [articleA, articleB] = makeArticles();

vi.setConfig({ testTimeout: 30_000 });

const questions: Question[] = Object.values(kinds);

async function violations(container: HTMLElement) {
	const result = await axe.run(container, {
		rules: { 'color-contrast': { enabled: false }, region: { enabled: false } }
	});
	return result.violations.map(
		(v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`
	);
}

describe('accessibility (axe, structural rules)', () => {
	it('catches an unlabelled control (the check itself works in jsdom)', async () => {
		const { container } = render(QuestionView, {
			props: { question: kinds.single, response: emptyResponse(kinds.single), onchange: () => {} }
		});
		container.append(document.createElement('input'));
		expect((await violations(container)).join()).toMatch(/label/);
	});

	for (const question of questions) {
		it(`QuestionView ${question.type}, open and graded`, async () => {
			const open = render(QuestionView, {
				props: { question, response: emptyResponse(question), onchange: () => {}, idPrefix: 'open' }
			});
			expect(await violations(open.container)).toEqual([]);
			open.unmount();
			const graded = render(QuestionView, {
				props: {
					question,
					response: emptyResponse(question),
					onchange: () => {},
					disabled: true,
					grade: { correct: false, credit: 0 },
					idPrefix: 'graded'
				}
			});
			expect(await violations(graded.container)).toEqual([]);
		});
	}

	it('Excerpt and Feedback', async () => {
		const start = articleA.text.indexOf('Sen.');
		const { container } = render(Excerpt, {
			props: { article: articleA, paragraphs: [0, 2], highlights: [{ start: 0, end: start }] }
		});
		expect(await violations(container)).toEqual([]);
		const feedback = render(Feedback, {
			props: {
				question: kinds.single,
				grade: { correct: false, credit: 0.5 },
				evidence: [{ articleId: 'art-a', outlet: 'Daily Planet', text: 'It reopened.' }],
				correctAnswer: 'Monday'
			}
		});
		expect(await violations(feedback.container)).toEqual([]);
	});

	for (const question of [
		kinds.evidence,
		kinds.matching,
		kinds.numeric,
		blankQuestion('multi', 'test-story', 'blank')
	]) {
		it(`QuestionEditor ${question.type}${question.id === 'blank' ? ' (blank, invalid)' : ''}`, async () => {
			const { container } = render(QuestionEditor, {
				props: { question, articles: [articleA, articleB], onchange: () => {} }
			});
			expect(await violations(container)).toEqual([]);
		});
	}
});
