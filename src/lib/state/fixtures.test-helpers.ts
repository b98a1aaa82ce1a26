/** A small invented story for the student-state tests (not the seed story). */
import type { Article, Bank, Question } from '$lib/bank/schema';

export const STORY = 'harbor-story';

export const articles: Article[] = [
	{
		id: 'harbor-a',
		storyId: STORY,
		title: 'Bridge reopens after repairs',
		outlet: 'Daily Planet',
		date: '2024-03-05',
		text: 'The Harbor Bridge reopened on Monday.\n\nThe mayor called it "overdue".\n\nRepairs took six weeks.'
	},
	{
		id: 'harbor-b',
		storyId: STORY,
		title: 'Traffic returns',
		outlet: 'Metro Wire',
		date: '2024-03-05',
		text: 'About 40,000 cars crossed on the first day.'
	}
];

const base = {
	storyId: STORY,
	explanation: 'See the evidence.',
	origin: 'curated' as const,
	status: 'approved' as const,
	difficulty: 1
};

export const questions: Question[] = [
	{
		...base,
		id: 'q-day',
		type: 'single',
		skill: 'fact',
		prompt: 'When did the bridge reopen?',
		evidence: [{ articleId: 'harbor-a', start: 0, end: 37 }],
		choices: [
			{ id: 'mon', text: 'Monday' },
			{ id: 'tue', text: 'Tuesday' }
		],
		correct: ['mon']
	},
	{
		...base,
		id: 'q-cars',
		type: 'numeric',
		skill: 'fact',
		prompt: 'How many cars crossed on the first day?',
		evidence: [{ articleId: 'harbor-b', start: 0, end: 43 }],
		answer: 40000,
		tolerance: 0
	},
	{
		...base,
		id: 'q-who',
		type: 'truefalse',
		skill: 'quote',
		prompt: 'The mayor called the repairs overdue.',
		evidence: [{ articleId: 'harbor-a', start: 39, end: 69 }],
		choices: [
			{ id: 'true', text: 'True' },
			{ id: 'false', text: 'False' }
		],
		correct: ['true']
	},
	{
		...base,
		id: 'q-draft',
		type: 'cloze',
		skill: 'fact',
		status: 'draft',
		prompt: 'It took ____ weeks.',
		evidence: [{ articleId: 'harbor-a', start: 71, end: 94 }],
		accepted: ['six']
	}
];

export function bank(published = true): Bank {
	return {
		format: 'byline-bank',
		version: 1,
		stories: [
			{
				id: STORY,
				title: 'The Harbor Bridge reopens',
				articleIds: ['harbor-a', 'harbor-b'],
				published
			}
		],
		articles,
		questions
	};
}

/** A generated true/false question on the fixture story (draft, citing harbor-a). */
export function generatedQuestion(n: number, overrides: Partial<Question> = {}): Question {
	return {
		id: `gen-${n}`,
		storyId: STORY,
		type: 'truefalse',
		skill: 'fact',
		prompt: `Generated statement ${n}.`,
		evidence: [{ articleId: 'harbor-a', start: 0, end: 37 }],
		explanation: 'From the first paragraph.',
		origin: 'generated',
		status: 'draft',
		difficulty: 1,
		choices: [
			{ id: 'true', text: 'True' },
			{ id: 'false', text: 'False' }
		],
		correct: ['true'],
		...overrides
	} as Question;
}
