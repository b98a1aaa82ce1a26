/**
 * The story the classroom tests assign: two outlets on a river flood, four approved questions
 * (three single choice, one numeric) and a draft, and students' hand-ins over it built from the
 * answers each student picks, so a test reads "this student chose these answers".
 */
import type { Article, Bank, Question } from '$lib/bank/schema';
import { buildHandIn, type HandIn } from '$lib/classroom/hand-in';
import type { Response } from '$lib/quiz/types';
import { makeArticle, makeSecondArticle } from '../article';
import { makeAttempt } from '../progress';
import { makeQuestion } from '../question';
import { span } from '../span';
import { makeBankFile, makeStory } from '../story';

export const CLASS_STORY = 'flood-story';

const first = makeArticle({
	id: 'flood-a',
	storyId: CLASS_STORY,
	title: 'River rises',
	outlet: 'Valley Courier',
	date: '2024-03-02',
	text: 'The river rose two metres overnight, the Valley Courier reported.\n\nMayor Ruth Okafor said "the levee held".\n\nAbout 300 people left their homes.'
});
const second = makeSecondArticle({
	id: 'flood-b',
	storyId: CLASS_STORY,
	title: 'Hundreds evacuated',
	outlet: 'River Post',
	date: '2024-03-02',
	text: 'The River Post said 450 people were evacuated as the river rose.'
});

const own = { storyId: CLASS_STORY, explanation: 'See the evidence.' };
const leveeHeld = () => [span(first, 'Mayor Ruth Okafor said "the levee held"')];

/** q1-q3 single choice, q4 numeric (all approved), q-draft a true/false draft. */
export function classQuestions(): Question[] {
	return [
		makeQuestion('single', {
			...own,
			id: 'q1',
			skill: 'fact',
			prompt: 'How far did the river rise?',
			evidence: [span(first, 'The river rose two metres overnight')],
			choices: [
				{ id: 'a', text: 'Two metres' },
				{ id: 'b', text: 'One metre' },
				{ id: 'c', text: 'Three metres' }
			],
			correct: ['a']
		}),
		makeQuestion('single', {
			...own,
			id: 'q2',
			skill: 'source',
			prompt: 'Which outlet reported 450 people evacuated?',
			evidence: [span(second, 'The River Post said 450 people were evacuated')],
			choices: [
				{ id: 'post', text: 'River Post' },
				{ id: 'courier', text: 'Valley Courier' }
			],
			correct: ['post']
		}),
		makeQuestion('single', {
			...own,
			id: 'q3',
			skill: 'quote',
			prompt: 'Who said "the levee held"?',
			evidence: leveeHeld(),
			choices: [
				{ id: 'mayor', text: 'Ruth Okafor' },
				{ id: 'chief', text: 'The fire chief' },
				{ id: 'none', text: 'Nobody is named' }
			],
			correct: ['mayor']
		}),
		makeQuestion('numeric', {
			...own,
			id: 'q4',
			skill: 'fact',
			prompt: 'How many people left their homes, according to the Valley Courier?',
			evidence: [span(first, 'About 300 people left their homes.')],
			answer: 300,
			tolerance: 0
		}),
		makeQuestion('truefalse', {
			...own,
			id: 'q-draft',
			status: 'draft',
			skill: 'fact',
			prompt: 'The levee broke.',
			evidence: leveeHeld(),
			correct: ['false']
		})
	];
}

export const approvedClassQuestions = (): Question[] =>
	classQuestions().filter((q) => q.status === 'approved');

/** The published story a class is assigned. */
export function makeClassStory(): Bank {
	const articles: Article[] = [structuredClone(first), structuredClone(second)];
	return makeBankFile(
		makeStory({
			id: CLASS_STORY,
			title: 'River flood',
			published: true,
			articles,
			questions: classQuestions()
		})
	);
}

/** A choice id for a choice question, or the typed value for the numeric one. */
export type Picks = Partial<Record<string, string>>;

export interface HandInOptions {
	name: string;
	className?: string;
	attemptId?: string;
	finishedAt?: string;
	bankVersion?: string;
	storyId?: string;
}

/** A finished attempt with these picks, graded by the real grader, handed in. */
export function makeHandIn(picks: Picks, options: HandInOptions): HandIn {
	const questions = approvedClassQuestions();
	const finishedAt = options.finishedAt ?? '2024-03-04T10:00:00.000Z';
	const responses: Record<string, Response> = {};
	for (const q of questions) {
		const pick = picks[q.id];
		if (pick === undefined) continue;
		responses[q.id] =
			q.type === 'numeric' ? { type: 'numeric', value: pick } : { type: 'single', choiceId: pick };
	}
	const attempt = makeAttempt(questions, responses, {
		id: options.attemptId ?? `attempt-${options.name}`,
		storyId: CLASS_STORY,
		startedAt: '2024-03-04T09:40:00.000Z',
		finishedAt,
		currentIndex: questions.length
	});
	for (const record of Object.values(attempt.answers)) record.answeredAt = finishedAt;
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
