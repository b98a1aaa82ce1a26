/** Renders QuestionEditor as the teacher page does: the page keeps the question and feeds edits back. */
import { render } from '@testing-library/svelte';
import type { Question } from '$lib/bank/schema';
import { articleA, articleB } from '../fixtures';
import QuestionEditor from './QuestionEditor.svelte';

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
