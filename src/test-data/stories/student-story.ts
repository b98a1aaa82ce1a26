/**
 * The story the student-state tests take: the default bridge story told in shorter articles,
 * three approved questions (a day, a count, a quote) and a draft. Tests check which questions a
 * quiz asks, in which sections and order, so the ids, kinds and cited paragraphs matter here.
 */
import type { Article, Bank, Question } from '$lib/bank/schema';
import { makeArticle, makeSecondArticle } from '../article';
import { makeQuestion } from '../question';
import { span } from '../span';
import { makeBankFile, makeStory } from '../story';

export const STUDENT_STORY = 'harbor-story';

const first = makeArticle({
	id: 'harbor-a',
	storyId: STUDENT_STORY,
	text: 'The Harbor Bridge reopened on Monday.\n\nThe mayor called it "overdue".\n\nRepairs took six weeks.'
});
const second = makeSecondArticle({
	id: 'harbor-b',
	storyId: STUDENT_STORY,
	title: 'Traffic returns',
	text: 'About 40,000 cars crossed on the first day.'
});

const own = { storyId: STUDENT_STORY, explanation: 'See the evidence.' };

/** The story's articles, in story order. */
export const studentArticles = (): [Article, Article] => [
	structuredClone(first),
	structuredClone(second)
];

/** Approved: q-day (single), q-cars (numeric), q-who (true/false); q-draft is a draft cloze. */
export function studentQuestions(): Question[] {
	return [
		makeQuestion('single', {
			...own,
			id: 'q-day',
			prompt: 'When did the bridge reopen?',
			evidence: [span(first, 'The Harbor Bridge reopened on Monday.')],
			choices: [
				{ id: 'mon', text: 'Monday' },
				{ id: 'tue', text: 'Tuesday' }
			],
			correct: ['mon']
		}),
		makeQuestion('numeric', {
			...own,
			id: 'q-cars',
			prompt: 'How many cars crossed on the first day?',
			evidence: [span(second, 'About 40,000 cars crossed on the first day.')],
			answer: 40000,
			tolerance: 0
		}),
		makeQuestion('truefalse', {
			...own,
			id: 'q-who',
			skill: 'quote',
			prompt: 'The mayor called the repairs overdue.',
			evidence: [span(first, 'The mayor called it "overdue".')],
			correct: ['true']
		}),
		makeQuestion('cloze', {
			...own,
			id: 'q-draft',
			skill: 'fact',
			status: 'draft',
			prompt: 'It took ____ weeks.',
			evidence: [span(first, 'Repairs took six weeks.')],
			accepted: ['six']
		})
	];
}

/** The story as the app holds it; a student sees it only when published. */
export function makeStudentStory(published = true): Bank {
	return makeBankFile(
		makeStory({
			id: STUDENT_STORY,
			title: 'The Harbor Bridge reopens',
			published,
			articles: studentArticles(),
			questions: studentQuestions()
		})
	);
}

/** A generated true/false question on the story (draft, citing its first sentence). */
export function makeGeneratedQuestion(n: number, overrides: Partial<Question> = {}): Question {
	return {
		...makeQuestion('truefalse', {
			id: `gen-${n}`,
			storyId: STUDENT_STORY,
			prompt: `Generated statement ${n}.`,
			evidence: [span(first, 'The Harbor Bridge reopened on Monday.')],
			explanation: 'From the first paragraph.',
			origin: 'generated',
			status: 'draft'
		}),
		...overrides
	} as Question;
}
