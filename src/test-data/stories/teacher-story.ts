/**
 * The story the teacher-workspace tests curate: two outlets that disagree on how many homes
 * were evacuated, one approved question and one hand-written draft, plus generated-looking
 * drafts on demand. Tests check ids, statuses and the articles' wording, so those matter here.
 */
import type { Article, Bank, Question } from '$lib/bank/schema';
import { makeArticle, makeSecondArticle } from '../article';
import { makeQuestion } from '../question';
import { span } from '../span';
import { makeBankFile, makeStory } from '../story';

export const TEACHER_STORY = 'dam-story';

const first = makeArticle({
	id: 'dam-a',
	storyId: TEACHER_STORY,
	title: 'Spillway opens at Ridge Dam',
	outlet: 'Valley Courier',
	date: '2024-05-10',
	text: 'The Ridge Dam spillway opened on Friday.\n\nEngineer Maya Ortiz said "the water is under control".\n\nAbout 300 homes were evacuated.'
});
const second = makeSecondArticle({
	id: 'dam-b',
	storyId: TEACHER_STORY,
	title: 'Hundreds leave homes',
	outlet: 'River Post',
	date: '2024-05-10',
	url: 'https://example.org/dam',
	text: 'Officials said 450 homes were evacuated near the Ridge Dam.'
});

const own = { storyId: TEACHER_STORY, explanation: 'See the evidence.' };

/** The story's articles, in story order: dam-a (Valley Courier), dam-b (River Post). */
export const teacherArticles = (): [Article, Article] => [
	structuredClone(first),
	structuredClone(second)
];

/** q-day: approved single choice; q-homes: an unscored hand-written numeric draft. */
export function teacherQuestions(): Question[] {
	return [
		makeQuestion('single', {
			...own,
			id: 'q-day',
			prompt: 'When did the spillway open?',
			evidence: [span(first, 'The Ridge Dam spillway opened on Friday.')],
			choices: [
				{ id: 'fri', text: 'Friday' },
				{ id: 'sat', text: 'Saturday' }
			],
			correct: ['fri']
		}),
		makeQuestion('numeric', {
			...own,
			id: 'q-homes',
			status: 'draft',
			skill: 'compare',
			prompt: 'How many homes does the River Post say were evacuated?',
			evidence: [span(second, 'Officials said 450 homes were evacuated')],
			answer: 450,
			tolerance: 0
		})
	];
}

/** The story as the teacher's workspace holds it (not published). */
export function makeTeacherStory(): Bank {
	return makeBankFile(
		makeStory({
			id: TEACHER_STORY,
			title: 'Ridge Dam spillway',
			articles: teacherArticles(),
			questions: teacherQuestions()
		})
	);
}

/** A generated-looking draft (true/false, score 0.5) whose id and prompt a test chooses. */
export function makeDraft(id: string, prompt: string): Question {
	return makeQuestion('truefalse', {
		...own,
		id,
		origin: 'generated',
		status: 'draft',
		score: 0.5,
		skill: 'quote',
		prompt,
		evidence: [span(first, 'Engineer Maya Ortiz said "the water is under control".')],
		correct: ['true']
	});
}
