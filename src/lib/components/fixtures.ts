/**
 * Small hand-written questions and articles for component tests. Invented text
 * (not the seed story) so the tests can't lean on any real article's content.
 */
import type {
	Article,
	ClozeQuestion,
	EvidenceQuestion,
	MatchingQuestion,
	MultiQuestion,
	NumericQuestion,
	OrderingQuestion,
	SingleQuestion,
	TrueFalseQuestion
} from '$lib/bank/schema';

export const STORY_ID = 'test-story';

export const articleA: Article = {
	id: 'art-a',
	storyId: STORY_ID,
	title: 'Bridge reopens after repairs',
	outlet: 'Daily Planet',
	date: '2024-03-05',
	text: [
		'The Harbor Bridge reopened on Monday after six weeks of repairs.',
		'Sen. Maria Lopez, D-Calif., said the U.S. Department of Transportation paid for most of the work. "It was overdue," she said.',
		'Correction: An earlier version of this article misstated the cost of the repairs.'
	].join('\n\n'),
	notes: [{ paragraph: 2, kind: 'correction' }]
};

export const articleB: Article = {
	id: 'art-b',
	storyId: STORY_ID,
	title: 'Traffic returns to Harbor Bridge',
	outlet: 'Metro Wire',
	date: '2024-03-05',
	text: [
		'About 40,000 cars crossed the bridge on its first day back.',
		'City engineer Tom Reyes said the deck was replaced. Drivers were relieved.'
	].join('\n\n')
};

const base = {
	storyId: STORY_ID,
	evidence: [{ articleId: 'art-a', start: 0, end: 64 }],
	explanation: 'The Daily Planet says the bridge reopened on Monday.',
	origin: 'curated' as const,
	status: 'approved' as const,
	difficulty: 1
};

export const singleQ: SingleQuestion = {
	...base,
	id: 'q-single',
	type: 'single',
	skill: 'fact',
	prompt: 'On which day did the bridge reopen?',
	choices: [
		{ id: 'mon', text: 'Monday' },
		{ id: 'tue', text: 'Tuesday' },
		{ id: 'fri', text: 'Friday' }
	],
	correct: ['mon']
};

export const multiQ: MultiQuestion = {
	...base,
	id: 'q-multi',
	type: 'multi',
	skill: 'source',
	prompt: 'Which outlets reported on the bridge?',
	choices: [
		{ id: 'dp', text: 'Daily Planet' },
		{ id: 'mw', text: 'Metro Wire' },
		{ id: 'gz', text: 'Gazette' }
	],
	correct: ['dp', 'mw']
};

export const trueFalseQ: TrueFalseQuestion = {
	...base,
	id: 'q-tf',
	type: 'truefalse',
	skill: 'fact',
	prompt: 'The repairs took six weeks.',
	choices: [
		{ id: 'true', text: 'True' },
		{ id: 'false', text: 'False' }
	],
	correct: ['true']
};

export const clozeQ: ClozeQuestion = {
	...base,
	id: 'q-cloze',
	type: 'cloze',
	skill: 'quote',
	prompt: 'Lopez said the repairs were "____," according to the Daily Planet.',
	accepted: ['overdue']
};

export const numericQ: NumericQuestion = {
	...base,
	id: 'q-num',
	type: 'numeric',
	skill: 'fact',
	prompt: 'About how many cars crossed the bridge on its first day back?',
	answer: 40000,
	tolerance: 0,
	unit: 'cars'
};

export const matchingQ: MatchingQuestion = {
	...base,
	id: 'q-match',
	type: 'matching',
	skill: 'quote',
	prompt: 'Match each statement to the person who made it.',
	pairs: [
		{ id: 'p1', left: '"It was overdue"', right: 'Maria Lopez' },
		{ id: 'p2', left: 'The deck was replaced', right: 'Tom Reyes' }
	],
	extraRights: ['A bridge inspector']
};

export const orderingQ: OrderingQuestion = {
	...base,
	id: 'q-order',
	type: 'ordering',
	skill: 'timeline',
	prompt: 'Put the events in order.',
	items: [
		{ id: 'i1', text: 'Repairs begin' },
		{ id: 'i2', text: 'The bridge reopens' },
		{ id: 'i3', text: 'Cars cross again' }
	]
};

export const evidenceQ: EvidenceQuestion = {
	...base,
	id: 'q-evid',
	type: 'evidence',
	skill: 'inference',
	prompt: 'Who paid for most of the repairs?',
	choices: [
		{ id: 'dot', text: 'The U.S. Department of Transportation' },
		{ id: 'city', text: 'The city' }
	],
	correct: ['dot'],
	evidencePrompt: 'Which sentence supports your answer?',
	evidenceChoices: [
		{
			id: 'e1',
			text: 'The Harbor Bridge reopened on Monday after six weeks of repairs.',
			articleId: 'art-a',
			start: 0,
			end: 64
		},
		{
			id: 'e2',
			text: 'Sen. Maria Lopez, D-Calif., said the U.S. Department of Transportation paid for most of the work.',
			articleId: 'art-a',
			start: 66,
			end: 163
		}
	],
	evidenceCorrect: ['e2']
};
