/**
 * A student's response in plain words, for the results review ("Your answer: …").
 * The counterpart of `correctAnswerText` in grade.ts, which words the right answer.
 */
import type { Question } from '$lib/bank/schema';
import type { Response } from './types';

export const NO_ANSWER = 'No answer';

function choiceText(
	choices: { id: string; text: string }[],
	id: string | null | undefined
): string | null {
	return choices.find((c) => c.id === id)?.text ?? null;
}

export function responseText(question: Question, response: Response | undefined): string {
	if (!response || response.type !== question.type) return NO_ANSWER;
	switch (response.type) {
		case 'single':
		case 'truefalse':
			return 'choices' in question
				? (choiceText(question.choices, response.choiceId) ?? NO_ANSWER)
				: NO_ANSWER;
		case 'multi': {
			if (!('choices' in question)) return NO_ANSWER;
			const texts = question.choices
				.filter((c) => response.choiceIds.includes(c.id))
				.map((c) => c.text);
			return texts.length > 0 ? texts.join('; ') : NO_ANSWER;
		}
		case 'cloze':
			return response.text.trim() || NO_ANSWER;
		case 'numeric':
			return response.value.trim() || NO_ANSWER;
		case 'matching': {
			if (question.type !== 'matching') return NO_ANSWER;
			const matched = question.pairs
				.filter((p) => response.matches[p.id])
				.map((p) => `${p.left} → ${response.matches[p.id]}`);
			return matched.length > 0 ? matched.join('; ') : NO_ANSWER;
		}
		case 'ordering': {
			if (question.type !== 'ordering') return NO_ANSWER;
			const texts = response.order
				.map((id) => question.items.find((item) => item.id === id)?.text)
				.filter((text): text is string => text !== undefined);
			return texts.length > 0 ? texts.map((text, i) => `${i + 1}. ${text}`).join(' ') : NO_ANSWER;
		}
		case 'evidence': {
			if (question.type !== 'evidence') return NO_ANSWER;
			const answer = choiceText(question.choices, response.choiceId);
			const proof = choiceText(question.evidenceChoices, response.evidenceId);
			if (!answer && !proof) return NO_ANSWER;
			return `${answer ?? NO_ANSWER}, because: “${proof ?? NO_ANSWER}”`;
		}
	}
}
