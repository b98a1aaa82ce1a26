/**
 * Renders QuestionView the way the quiz page uses it: the response lives
 * outside and every onchange feeds the new response back in as a prop.
 */
import { render } from '@testing-library/svelte';
import type { Question } from '$lib/bank/schema';
import type { Grade, Response } from '$lib/quiz/types';
import QuestionView from './QuestionView.svelte';
import { emptyResponse } from '$lib/quiz/grade';

export function renderQuestion(
	question: Question,
	options: {
		response?: Response;
		disabled?: boolean;
		grade?: Grade | null;
		orderSeed?: string;
	} = {}
) {
	const changes: Response[] = [];
	let response = options.response ?? emptyResponse(question);
	const result = render(QuestionView, {
		props: {
			question,
			response,
			disabled: options.disabled ?? false,
			grade: options.grade ?? null,
			idPrefix: 'test',
			orderSeed: options.orderSeed,
			onchange: (r: Response) => {
				changes.push(r);
				response = r;
				void result.rerender({ response: r });
			}
		}
	});
	return { ...result, changes, latest: () => response };
}
