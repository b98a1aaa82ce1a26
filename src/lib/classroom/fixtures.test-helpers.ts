/**
 * Test data for the classroom loop: one small story (two outlets, four approved questions and a
 * draft), and hand-ins built through buildHandIn from the answers a student picks, so every test
 * reads as "this student chose these answers".
 */
import type { Bank, Question } from '$lib/bank/model';
import { grade } from '$lib/quiz/grade';
import type { Attempt, Response } from '$lib/quiz/types';
import { buildHandIn, type HandIn } from './hand-in';

export const CLASS_STORY = 'flood-story';
const textA =
	'The river rose two metres overnight, the Valley Courier reported.\n\nMayor Ruth Okafor said "the levee held".\n\nAbout 300 people left their homes.';
const textB = 'The River Post said 450 people were evacuated as the river rose.';

function span(text: string, articleId: string, quote: string) {
	const start = text.indexOf(quote);
	if (start < 0) throw new Error(`fixture quote not found: ${quote}`);
	return [{ articleId, start, end: start + quote.length }];
}

const base = {
	storyId: CLASS_STORY,
	explanation: 'See the evidence.',
	origin: 'curated' as const,
	status: 'approved' as const,
	difficulty: 1
};

export const classQuestions: Question[] = [
	{
		...base,
		id: 'q1',
		type: 'single',
		skill: 'fact',
		prompt: 'How far did the river rise?',
		evidence: span(textA, 'flood-a', 'The river rose two metres overnight'),
		choices: [
			{ id: 'a', text: 'Two metres' },
			{ id: 'b', text: 'One metre' },
			{ id: 'c', text: 'Three metres' }
		],
		correct: ['a']
	},
	{
		...base,
		id: 'q2',
		type: 'single',
		skill: 'source',
		prompt: 'Which outlet reported 450 people evacuated?',
		evidence: span(textB, 'flood-b', 'The River Post said 450 people were evacuated'),
		choices: [
			{ id: 'post', text: 'River Post' },
			{ id: 'courier', text: 'Valley Courier' }
		],
		correct: ['post']
	},
	{
		...base,
		id: 'q3',
		type: 'single',
		skill: 'quote',
		prompt: 'Who said "the levee held"?',
		evidence: span(textA, 'flood-a', 'Mayor Ruth Okafor said "the levee held"'),
		choices: [
			{ id: 'mayor', text: 'Ruth Okafor' },
			{ id: 'chief', text: 'The fire chief' },
			{ id: 'none', text: 'Nobody is named' }
		],
		correct: ['mayor']
	},
	{
		...base,
		id: 'q4',
		type: 'numeric',
		skill: 'fact',
		prompt: 'How many people left their homes, according to the Valley Courier?',
		evidence: span(textA, 'flood-a', 'About 300 people left their homes.'),
		answer: 300,
		tolerance: 0
	},
	{
		...base,
		id: 'q-draft',
		status: 'draft',
		type: 'truefalse',
		skill: 'fact',
		prompt: 'The levee broke.',
		evidence: span(textA, 'flood-a', 'Mayor Ruth Okafor said "the levee held"'),
		choices: [
			{ id: 'true', text: 'True' },
			{ id: 'false', text: 'False' }
		],
		correct: ['false']
	}
];

export function classBank(): Bank {
	return {
		format: 'byline-bank',
		version: 1,
		stories: [
			{ id: CLASS_STORY, title: 'River flood', articleIds: ['flood-a', 'flood-b'], published: true }
		],
		articles: [
			{
				id: 'flood-a',
				storyId: CLASS_STORY,
				title: 'River rises',
				outlet: 'Valley Courier',
				date: '2024-03-02',
				text: textA
			},
			{
				id: 'flood-b',
				storyId: CLASS_STORY,
				title: 'Hundreds evacuated',
				outlet: 'River Post',
				date: '2024-03-02',
				text: textB
			}
		],
		questions: structuredClone(classQuestions)
	};
}

export const approvedClassQuestions = (): Question[] =>
	classQuestions.filter((q) => q.status === 'approved');

/** A choice id for a choice question, or the typed value for the numeric one. */
export type Picks = Partial<Record<string, string>>;

function responseFor(question: Question, pick: string): Response {
	if (question.type === 'numeric') return { type: 'numeric', value: pick };
	return { type: 'single', choiceId: pick };
}

export interface HandInOptions {
	name: string;
	className?: string;
	attemptId?: string;
	finishedAt?: string;
	bankVersion?: string;
	storyId?: string;
}

/** A finished attempt with these picks, graded by the real grader, handed in. */
export function handInWith(picks: Picks, options: HandInOptions): HandIn {
	const questions = approvedClassQuestions();
	const finishedAt = options.finishedAt ?? '2024-03-04T10:00:00.000Z';
	const attempt: Attempt = {
		id: options.attemptId ?? `attempt-${options.name}`,
		storyId: CLASS_STORY,
		startedAt: '2024-03-04T09:40:00.000Z',
		finishedAt,
		questionIds: questions.map((q) => q.id),
		currentIndex: questions.length,
		answers: {}
	};
	for (const q of questions) {
		const pick = picks[q.id];
		if (pick === undefined) continue;
		const response = responseFor(q, pick);
		const g = grade(q, response);
		attempt.answers[q.id] = {
			questionId: q.id,
			response,
			correct: g.correct,
			credit: g.credit,
			answeredAt: finishedAt
		};
	}
	return buildHandIn({
		story: {
			id: options.storyId ?? CLASS_STORY,
			title: 'River flood',
			bankVersion: options.bankVersion ?? 'v-test'
		},
		className: options.className ?? '8B',
		studentName: options.name,
		attempt,
		questions,
		now: new Date(finishedAt)
	});
}
