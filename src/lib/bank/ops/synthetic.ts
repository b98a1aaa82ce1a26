/**
 * Deterministic fake questions for tests and benchmarks: the same `n` always gives the same
 * questions, so timings and assertions are comparable between runs.
 */
import { mulberry32 } from '../../quiz/shuffle';
import {
	BANK_FORMAT,
	BANK_VERSION,
	ORIGINS,
	SKILLS,
	STATUSES,
	type Article,
	type Bank,
	type Question
} from '../schema';

export const SYNTHETIC_STORY_ID = 'synthetic-story';
export const SYNTHETIC_ARTICLE: Article = {
	id: 'synthetic-article',
	storyId: SYNTHETIC_STORY_ID,
	title: 'Synthetic article',
	outlet: 'Test Wire',
	date: '2024-01-01',
	text: 'The council approved the budget on Tuesday after a long debate.\n\nCritics said the plan was rushed.'
};

const SUBJECTS = [
	'mayor',
	'council',
	'minister',
	'protesters',
	'police',
	'journalists',
	'Zoë Müller',
	'José Núñez'
];
const VERBS = ['said', 'denied', 'confirmed', 'reported', 'announced', 'disputed'];
const OBJECTS = [
	'the budget',
	'the embassy',
	'the election',
	'the storm',
	'the strike',
	'the fire'
];
const TAGS = ['numbers', 'quotes', 'dates', 'sources', 'disagreement'];

export function makeSyntheticQuestions(
	n: number,
	storyId = SYNTHETIC_STORY_ID,
	articleId = SYNTHETIC_ARTICLE.id
): Question[] {
	const random = mulberry32(n + 1);
	const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!;
	const questions: Question[] = [];
	for (let i = 0; i < n; i++) {
		const subject = pick(SUBJECTS);
		const object = pick(OBJECTS);
		const base = {
			id: `syn-${i}`,
			storyId,
			skill: pick(SKILLS),
			status: pick(STATUSES),
			origin: pick(ORIGINS),
			difficulty: 1 + (i % 3),
			evidence: [{ articleId, start: 0, end: 20 }],
			explanation: `The ${subject} ${pick(VERBS)} this about ${object}.`,
			tags: random() < 0.5 ? [pick(TAGS)] : undefined
		};
		const prompt = `What did the ${subject} say about ${object} (#${i})?`;
		const choices = [
			{ id: 'a', text: `${subject} ${pick(VERBS)} it` },
			{ id: 'b', text: `nobody commented on ${object}` }
		];
		switch (i % 4) {
			case 0:
				questions.push({ ...base, type: 'single', prompt, choices, correct: ['a'] });
				break;
			case 1:
				questions.push({ ...base, type: 'multi', prompt, choices, correct: ['a', 'b'] });
				break;
			case 2:
				questions.push({
					...base,
					type: 'cloze',
					prompt: `The ${subject} discussed ____ (#${i}).`,
					accepted: [object]
				});
				break;
			default:
				questions.push({
					...base,
					type: 'numeric',
					prompt,
					answer: i,
					tolerance: 0,
					unit: 'votes'
				});
		}
		if (base.tags === undefined) delete (questions[i] as { tags?: string[] }).tags;
	}
	return questions;
}

export function makeSyntheticBank(n: number): Bank {
	return {
		format: BANK_FORMAT,
		version: BANK_VERSION,
		stories: [
			{ id: SYNTHETIC_STORY_ID, title: 'Synthetic story', articleIds: [SYNTHETIC_ARTICLE.id] }
		],
		articles: [SYNTHETIC_ARTICLE],
		questions: makeSyntheticQuestions(n)
	};
}
