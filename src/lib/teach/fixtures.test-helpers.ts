/** A small invented two-outlet story for the teacher-workspace tests. */
import type { Article, Bank, Question } from '$lib/bank/schema';

export const STORY = 'dam-story';

const textA =
	'The Ridge Dam spillway opened on Friday.\n\nEngineer Maya Ortiz said "the water is under control".\n\nAbout 300 homes were evacuated.';
const textB = 'Officials said 450 homes were evacuated near the Ridge Dam.';

export const articles: Article[] = [
	{
		id: 'dam-a',
		storyId: STORY,
		title: 'Spillway opens at Ridge Dam',
		outlet: 'Valley Courier',
		date: '2024-05-10',
		text: textA
	},
	{
		id: 'dam-b',
		storyId: STORY,
		title: 'Hundreds leave homes',
		outlet: 'River Post',
		date: '2024-05-10',
		url: 'https://example.org/dam',
		text: textB
	}
];

const base = {
	storyId: STORY,
	explanation: 'See the evidence.',
	origin: 'curated' as const,
	difficulty: 1
};

export function span(articleId: 'dam-a' | 'dam-b', quote: string) {
	const text = articleId === 'dam-a' ? textA : textB;
	const start = text.indexOf(quote);
	if (start < 0) throw new Error(`fixture quote not found: ${quote}`);
	return { articleId, start, end: start + quote.length };
}

export const questions: Question[] = [
	{
		...base,
		id: 'q-day',
		status: 'approved',
		type: 'single',
		skill: 'fact',
		prompt: 'When did the spillway open?',
		evidence: [span('dam-a', 'The Ridge Dam spillway opened on Friday.')],
		choices: [
			{ id: 'fri', text: 'Friday' },
			{ id: 'sat', text: 'Saturday' }
		],
		correct: ['fri']
	},
	{
		...base,
		id: 'q-homes',
		status: 'draft',
		type: 'numeric',
		skill: 'compare',
		prompt: 'How many homes does the River Post say were evacuated?',
		evidence: [span('dam-b', 'Officials said 450 homes were evacuated')],
		answer: 450,
		tolerance: 0
	}
];

export function damBank(): Bank {
	return {
		format: 'byline-bank',
		version: 1,
		stories: [{ id: STORY, title: 'Ridge Dam spillway', articleIds: ['dam-a', 'dam-b'] }],
		articles: structuredClone(articles),
		questions: structuredClone(questions)
	};
}

/** A generated-looking draft whose prompt and id can be chosen. */
export function draft(id: string, prompt: string): Question {
	return {
		...base,
		id,
		origin: 'generated',
		status: 'draft',
		score: 0.5,
		type: 'truefalse',
		skill: 'quote',
		prompt,
		evidence: [span('dam-a', 'Engineer Maya Ortiz said "the water is under control".')],
		choices: [
			{ id: 'true', text: 'True' },
			{ id: 'false', text: 'False' }
		],
		correct: ['true']
	};
}
