/**
 * After grading, each option says in words (and an icon) whether it was the
 * student's answer and whether it is right, so colour is never the only cue.
 */
export type MarkTone = 'ok' | 'bad' | 'missed';

export interface ChoiceMarkInfo {
	icon: string;
	text: string;
	tone: MarkTone;
}

export function choiceMark(isCorrect: boolean, isChosen: boolean): ChoiceMarkInfo | null {
	if (isCorrect && isChosen) return { icon: '✓', text: 'Your answer — correct', tone: 'ok' };
	if (isChosen) return { icon: '✗', text: 'Your answer — not correct', tone: 'bad' };
	if (isCorrect) return { icon: '✓', text: 'Correct answer', tone: 'missed' };
	return null;
}

/** The mark for a single free answer (cloze, numeric, a matching row, an ordering slot). */
export function answerMark(isCorrect: boolean, correction?: string): ChoiceMarkInfo {
	if (isCorrect) return { icon: '✓', text: 'Correct', tone: 'ok' };
	return {
		icon: '✗',
		text: correction ? `Not correct — ${correction}` : 'Not correct',
		tone: 'bad'
	};
}
