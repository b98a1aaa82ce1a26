/**
 * Moodle's answer fractions turned into Byline's partial credit, shared by the GIFT and Moodle
 * XML readers. Moodle grades a single-choice question by the picked answer's fraction, a
 * multiple-select one by the sum of the picked answers' fractions (kept within 0..1), and short
 * answer and numerical questions by the first answer (in the file's order) the response matches.
 * Byline stores exactly those fractions, so a question scores the same in both. What Byline
 * cannot hold is returned as a loss, one sentence each.
 */
import type { Choice, Question } from '../bank/schema';

export type WeighedAnswer = { text: string; weight: number };

const percent = (w: number) => `${Math.round(w * 1000) / 10}%`;
const quoted = (s: string) => `“${s.length > 50 ? `${s.slice(0, 49)}…` : s}”`;
const CHOICE_IDS = 'abcdefghijklmnopqrstuvwxyz';

export type ChoiceCredit =
	{ choices: Choice[]; correct: string[]; losses: string[] } | { refuse: string };

/** Single choice: the first best answer is the right one; other answers keep their fraction. */
export function singleChoiceCredit(answers: readonly WeighedAnswer[]): ChoiceCredit {
	const best = Math.max(...answers.map((a) => a.weight));
	if (!(best > 0)) return { refuse: 'No answer earns any marks.' };
	const rightIndex = answers.findIndex((a) => a.weight === best);
	const losses: string[] = [];
	if (best < 1)
		losses.push(
			`The best answer earned only ${percent(best)} in Moodle; in Byline it is fully right.`
		);
	const choices = answers.map((a, i): Choice => {
		const choice = { id: CHOICE_IDS[i]!, text: a.text };
		if (i === rightIndex || a.weight === 0) return choice;
		// Fractions are relative to the best answer, as Byline's right answer earns everything.
		const share = a.weight / best;
		if (share >= 1)
			losses.push(
				`${quoted(a.text)} was also fully right in Moodle; Byline keeps one right answer, ${quoted(answers[rightIndex]!.text)}.`
			);
		else if (share < 0)
			losses.push(
				`${quoted(a.text)} cost ${percent(-a.weight)} in Moodle; in Byline a wrong answer scores 0, never less.`
			);
		else return { ...choice, fraction: share };
		return choice;
	});
	return { choices, correct: [choices[rightIndex]!.id], losses };
}

/**
 * Multiple select: every nonzero fraction is kept unless the weights are Byline's own rule
 * (each right answer 1/k, each wrong one −1/k), which needs none. Moodle itself refuses right
 * answers that do not add up to 100%; such a file falls back to Byline's rule, reported.
 */
export function multiChoiceCredit(answers: readonly WeighedAnswer[]): ChoiceCredit {
	const right = answers.filter((a) => a.weight > 0);
	if (right.length === 0) return { refuse: 'No answer earns any marks.' };
	const near = (x: number, y: number) => Math.abs(x - y) < 0.001;
	const k = right.length;
	const choices = answers.map((a, i) => ({ id: CHOICE_IDS[i]!, text: a.text }));
	const correct = choices.filter((_, i) => answers[i]!.weight > 0).map((c) => c.id);
	const bylineRule = answers.every((a) => near(a.weight, a.weight > 0 ? 1 / k : -1 / k));
	if (bylineRule) return { choices, correct, losses: [] };
	const sum = right.reduce((s, a) => s + a.weight, 0);
	if (Math.abs(sum - 1) > 0.01)
		return {
			choices,
			correct,
			losses: [
				`Moodle’s right answers add up to ${percent(sum)}, not 100%; Byline counts each right answer equally and each wrong pick cancels one.`
			]
		};
	return {
		choices: choices.map((c, i) => {
			const weight = Math.max(-1, Math.min(1, answers[i]!.weight));
			return weight === 0 ? c : { ...c, fraction: weight };
		}),
		correct,
		losses: []
	};
}

/**
 * Short answer or numerical: answers in the file's order, full-mark ones accepted, the ones
 * worth part of the marks kept with their fraction. Moodle takes the first answer a response
 * matches; Byline checks the full-mark answers first, so a part-mark answer listed before a
 * full-mark one it overlaps (`same`) is reported.
 */
export function alternativesCredit<T extends { weight: number; label: string }>(
	answers: readonly T[],
	same: (a: T, b: T) => boolean
): { full: T[]; partial: (T & { fraction: number })[]; losses: string[] } {
	const full = answers.filter((a) => a.weight >= 1);
	const losses: string[] = [];
	answers.forEach((p, i) => {
		if (!(p.weight > 0 && p.weight < 1)) return;
		const shadowed = answers.find((f, j) => j > i && f.weight >= 1 && same(p, f));
		if (shadowed)
			losses.push(
				`In Moodle ${quoted(p.label)} (${percent(p.weight)}) comes before ${quoted(shadowed.label)} and catches some of its answers first; Byline gives those full marks.`
			);
	});
	const partial = answers
		.filter((a) => a.weight > 0 && a.weight < 1)
		.map((a) => ({ ...a, fraction: a.weight }));
	return { full, partial, losses };
}

/**
 * The partial credit a question gives, in words for the teacher ("The harbor master 50%"), or
 * '' when it gives none. Multiple select lists every weighted choice, penalties included.
 */
export function partialCreditText(q: Question): string {
	const marks = (text: string, fraction: number) =>
		`${text} ${fraction < 0 ? '−' : ''}${Math.round(Math.abs(fraction) * 1000) / 10}%`;
	switch (q.type) {
		case 'single':
		case 'multi':
			return q.choices
				.filter((c) => c.fraction !== undefined && !(q.type === 'single' && c.fraction === 1))
				.map((c) => marks(c.text, c.fraction!))
				.join('; ');
		case 'cloze':
			return (q.partial ?? []).map((p) => marks(p.text, p.fraction)).join('; ');
		case 'numeric':
			return (q.partial ?? [])
				.map((p) => marks(`${p.answer}${p.tolerance ? ` ± ${p.tolerance}` : ''}`, p.fraction))
				.join('; ');
		default:
			return '';
	}
}
