/**
 * Grading every question type. Pure functions: the same question and response always
 * give the same grade, so the quiz, the review page and stored attempts agree.
 */
import type { Question } from '$lib/bank/schema';
import type { Grade, Response } from './types';
import {
	initialsOf,
	initialsWithSmallWordsOf,
	isAbbreviation,
	normalizeAnswer,
	parseAmount,
	parseNumber,
	type Amount
} from './normalize';

const WRONG: Grade = { correct: false, credit: 0 };
const RIGHT: Grade = { correct: true, credit: 1 };

function round(credit: number): number {
	return Math.round(credit * 1000) / 1000;
}

/** A wrong answer that earns the fraction Moodle gave it, if any; never below 0. */
const partly = (fraction = 0): Grade => ({ correct: false, credit: Math.max(0, fraction) });

/** A response of the wrong kind (e.g. from a stale attempt after a teacher edit) earns nothing. */
export function grade(question: Question, response: Response): Grade {
	switch (question.type) {
		case 'single':
		case 'truefalse':
			if (response.type !== question.type) return WRONG;
			if (response.choiceId === question.correct[0]) return RIGHT;
			// True/false choices carry no fraction; a single choice's other answers may.
			return partly(
				(question.choices as { id: string; fraction?: number }[]).find(
					(c) => c.id === response.choiceId
				)?.fraction
			);
		case 'multi': {
			if (response.type !== 'multi') return WRONG;
			const correct = new Set(question.correct);
			const picked = new Set(response.choiceIds);
			// Weighted as in Moodle: the picked choices' fractions summed, kept within 0..1.
			if (question.choices.some((c) => c.fraction !== undefined)) {
				let sum = 0;
				for (const c of question.choices) if (picked.has(c.id)) sum += c.fraction ?? 0;
				const credit = round(Math.min(1, Math.max(0, sum)));
				return { correct: credit === 1, credit };
			}
			let right = 0;
			let wrong = 0;
			for (const id of picked) {
				if (correct.has(id)) right++;
				else wrong++;
			}
			const exact = wrong === 0 && right === correct.size;
			return { correct: exact, credit: round(Math.max(0, (right - wrong) / correct.size)) };
		}
		case 'cloze': {
			if (response.type !== 'cloze') return WRONG;
			if (clozeMatches(question.accepted, response.text)) return RIGHT;
			return partly(question.partial?.find((p) => clozeMatches([p.text], response.text))?.fraction);
		}
		case 'numeric': {
			if (response.type !== 'numeric') return WRONG;
			const value = parseNumber(withoutUnit(response.value, question.unit));
			if (value === null) return WRONG;
			const near = (p: { answer: number; tolerance: number }) =>
				Math.abs(value - p.answer) <= p.tolerance + 1e-9;
			return near(question) ? RIGHT : partly(question.partial?.find(near)?.fraction);
		}
		case 'matching': {
			if (response.type !== 'matching') return WRONG;
			const right = question.pairs.filter((p) => response.matches[p.id] === p.right).length;
			return {
				correct: right === question.pairs.length,
				credit: round(right / question.pairs.length)
			};
		}
		case 'ordering': {
			if (response.type !== 'ordering') return WRONG;
			return gradeOrdering(
				question.items.map((i) => i.id),
				response.order
			);
		}
		case 'evidence': {
			if (response.type !== 'evidence') return WRONG;
			const answerRight = response.choiceId === question.correct[0];
			const evidenceRight = response.evidenceId === question.evidenceCorrect[0];
			return {
				correct: answerRight && evidenceRight,
				credit: (answerRight ? 0.5 : 0) + (evidenceRight ? 0.5 : 0)
			};
		}
	}
}

/**
 * Students often type the unit the question names ("25 fighters"); it says nothing wrong, so it
 * is dropped before the number is read. Singular forms ("1 target") count too.
 */
function withoutUnit(typed: string, unit: string | undefined): string {
	if (!unit) return typed;
	const trimmed = typed.trim();
	const lower = trimmed.toLowerCase();
	const forms = [unit, unit.replace(/s$/i, '')].map((f) => f.toLowerCase()).filter((f) => f !== '');
	for (const form of forms) {
		if (lower.endsWith(form) && /[\d\s]$/.test(lower.slice(0, -form.length) || 'x')) {
			return trimmed.slice(0, -form.length).trim();
		}
	}
	return trimmed;
}

/**
 * A typed answer is right when its normalised form equals an accepted one, when both read as
 * the same amount ("6,000" = "six thousand", "$1.2 million" = "1,200,000 dollars", "40%" =
 * "40 percent"), or when one is an abbreviation of the other ("FBI" = "Federal Bureau of
 * Investigation"). The abbreviation rule is by initials on purpose: any expansion whose
 * initials spell the abbreviation is what a teacher accepts, and a student who invents a
 * different one with the same initials has still named the body.
 */
export function clozeMatches(accepted: string[], typed: string): boolean {
	const answer = normalizeAnswer(typed);
	if (answer === '') return false;
	const typedAmount = parseAmount(typed);
	const place = withoutRegion(typed);
	return accepted.some((a) => {
		if (normalizeAnswer(a) === answer) return true;
		if (place && !a.includes(',') && normalizeAnswer(a) === place) return true;
		if (typedAmount && sameAmount(typedAmount, parseAmount(a))) return true;
		return abbreviates(a, typed, true) || abbreviates(typed, a, false);
	});
}

/**
 * "Washington, D.C." or "Springfield, Ill." for a gap keyed "Washington" or "Springfield": news
 * English writes a city with its state's or district's short form after a comma, and a student
 * who adds it names the same place. Only a short form (dotted, or two letters as in "TX"; dotted
 * initials also without the comma, "Washington D.C.") counts:
 * a second name after a comma ("Roe, Poe") would let a student hedge between two answers.
 * Returns the normalised part before the comma, or null when the typed text is not that shape.
 */
function withoutRegion(typed: string): string | null {
	const m =
		/^([^,]+?)(?:,\s*(?:(?:\p{L}\.){1,3}|\p{L}\p{Ll}{1,4}\.|\p{L}{2})|\s+(?:\p{L}\.){2,3})$/u.exec(
			typed.trim()
		);
	return m ? normalizeAnswer(m[1]!) : null;
}

/** Equal values whose units do not clash: a bare "1.2 million" matches "$1.2 million". */
function sameAmount(typed: Amount, accepted: Amount | null): boolean {
	if (!accepted || typed.value !== accepted.value) return false;
	return typed.unit === null || accepted.unit === null || typed.unit === accepted.unit;
}

/**
 * `short` is an abbreviation and `long` a name of two or more words with those initials. The
 * stored answer must be written in capitals to count as one; a student typing "fbi" in lower
 * case still means the abbreviation, so typed text only has to be one short word.
 */
function abbreviates(short: string, long: string, shortIsStored: boolean): boolean {
	const looksShort = shortIsStored
		? isAbbreviation(short)
		: /^(?:\p{L}\.?){2,6}$/u.test(short.trim());
	if (!looksShort) return false;
	const typed = normalizeAnswer(short);
	// "DOJ" for "Department of Justice": some short forms keep the letter of "of".
	return initialsOf(long) === typed || initialsWithSmallWordsOf(long) === typed;
}

/**
 * Ordering credit counts item pairs in the right relative order rather than items in the
 * right slot: with slot counting, moving the first event to the end scores zero even though
 * the student got every other sequence right. Pairwise credit rewards what they understood.
 */
function gradeOrdering(expected: string[], given: string[]): Grade {
	const position = new Map(given.map((id, i) => [id, i]));
	if (expected.length < 2 || expected.some((id) => !position.has(id))) return WRONG;
	let inOrder = 0;
	let pairs = 0;
	for (let i = 0; i < expected.length; i++) {
		for (let j = i + 1; j < expected.length; j++) {
			pairs++;
			if ((position.get(expected[i]!) ?? 0) < (position.get(expected[j]!) ?? 0)) inOrder++;
		}
	}
	return { correct: inOrder === pairs, credit: round(inOrder / pairs) };
}

/** The response a question starts with: nothing chosen, nothing typed. */
export function emptyResponse(question: Question): Response {
	switch (question.type) {
		case 'single':
		case 'truefalse':
			return { type: question.type, choiceId: null };
		case 'multi':
			return { type: 'multi', choiceIds: [] };
		case 'cloze':
			return { type: 'cloze', text: '' };
		case 'numeric':
			return { type: 'numeric', value: '' };
		case 'matching':
			return { type: 'matching', matches: {} };
		case 'ordering':
			// The student has to arrange the items, so an ordering starts from no order at all.
			return { type: 'ordering', order: [] };
		case 'evidence':
			return { type: 'evidence', choiceId: null, evidenceId: null };
	}
}

/**
 * Whether the student has given an answer worth submitting. A matching question counts once
 * any pair is matched; a two-part question needs both parts.
 */
export function isAnswered(response: Response): boolean {
	switch (response.type) {
		case 'single':
		case 'truefalse':
			return response.choiceId !== null;
		case 'multi':
			return response.choiceIds.length > 0;
		case 'cloze':
			return response.text.trim() !== '';
		case 'numeric':
			return response.value.trim() !== '';
		case 'matching':
			return Object.values(response.matches).some((v) => v !== '');
		case 'ordering':
			return response.order.length > 0;
		case 'evidence':
			return response.choiceId !== null && response.evidenceId !== null;
	}
}

function choiceText(choices: { id: string; text: string }[], id: string | undefined): string {
	return choices.find((c) => c.id === id)?.text ?? '';
}

function listInWords(items: string[]): string {
	if (items.length <= 1) return items.join('');
	return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** The right answer in plain words, for feedback and review. */
export function correctAnswerText(question: Question): string {
	switch (question.type) {
		case 'single':
		case 'truefalse':
			return choiceText(question.choices, question.correct[0]);
		case 'multi':
			return listInWords(question.correct.map((id) => choiceText(question.choices, id)));
		case 'cloze':
			return question.accepted[0] ?? '';
		case 'numeric': {
			const value = question.answer.toLocaleString('en-US');
			const unit = question.unit ? ` ${question.unit}` : '';
			const spread =
				question.tolerance > 0 ? ` (within ${question.tolerance.toLocaleString('en-US')})` : '';
			return `${value}${unit}${spread}`;
		}
		case 'matching':
			return question.pairs.map((p) => `${p.left} → ${p.right}`).join('; ');
		case 'ordering':
			return question.items.map((item, i) => `${i + 1}. ${item.text}`).join(' ');
		case 'evidence': {
			const answer = choiceText(question.choices, question.correct[0]);
			const proof = question.evidenceChoices.find((c) => c.id === question.evidenceCorrect[0]);
			return proof ? `${answer}, because: “${proof.text}”` : answer;
		}
	}
}
