/** Small hand-made questions and articles shared by the quiz unit tests. */
import type { Article, Question } from '$lib/bank/schema';

export const base = {
	storyId: 's1',
	skill: 'fact',
	explanation: 'Because the text says so.',
	origin: 'curated',
	status: 'approved',
	difficulty: 1
} as const;

export const articleA: Article = {
	id: 'a',
	storyId: 's1',
	title: 'A',
	outlet: 'Outlet A',
	date: '2019-12-31',
	text: 'Para zero. It has two sentences.\n\nPara one says 25 were killed.\n\nPara two.\n\nPara three.\n\nPara four.\n\nPara five.'
};

export const articleB: Article = {
	id: 'b',
	storyId: 's1',
	title: 'B',
	outlet: 'Outlet B',
	date: '2019-12-31',
	text: 'B zero.\n\nB one says 50 were killed.'
};

/** Evidence covering the whole of paragraph `index` of an article. */
export function para(article: Article, index: number) {
	const parts = article.text.split('\n\n');
	let start = 0;
	for (let i = 0; i < index; i++) start += (parts[i]?.length ?? 0) + 2;
	return { articleId: article.id, start, end: start + (parts[index]?.length ?? 0) };
}

export function single(
	id: string,
	evidence = [para(articleA, 0)],
	extra: Partial<Question> = {}
): Question {
	return {
		...base,
		id,
		type: 'single',
		prompt: 'Which?',
		choices: [
			{ id: 'x', text: 'X' },
			{ id: 'y', text: 'Y' }
		],
		correct: ['x'],
		evidence,
		...extra
	} as Question;
}
