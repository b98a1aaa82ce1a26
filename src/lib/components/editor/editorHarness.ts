/** Renders QuestionEditor as the teacher page does: the page keeps the question and feeds edits back. */
import { render } from '@testing-library/svelte';
import type { Question } from '$lib/bank/schema';
import QuestionEditor from './QuestionEditor.svelte';
import { makeArticles } from '$test-data';

const [articleA, articleB] = makeArticles();

export function renderEditor(question: Question) {
	const changes: Question[] = [];
	const result = render(QuestionEditor, {
		props: {
			question,
			articles: [articleA, articleB],
			onchange: (q: Question) => {
				changes.push(q);
				void result.rerender({ question: q });
			}
		}
	});
	return { ...result, changes, latest: () => changes.at(-1) ?? question };
}
