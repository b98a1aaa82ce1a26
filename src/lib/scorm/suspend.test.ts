import { describe, expect, it } from 'vitest';
import { seedBank } from '$lib/bank/seed-bank';
import { attemptQuestionIds } from '$lib/quiz/attempt-order';
import { planQuiz, studentQuestions } from '$lib/quiz/plan';
import type { Question } from '$lib/bank/schema';
import type { Attempt, Response } from '$lib/quiz/types';
import { at, makeEveryKind, STORY_ID } from '$test-data';
import { scormAttempt } from './lms.test-helpers';
import {
	DETAIL_LEVELS,
	SUSPEND_DATA_LIMIT,
	decodeAttempt,
	encodeAttempt,
	encodeAttemptAt
} from './suspend';

const everyKind = Object.values(makeEveryKind());

const RESPONSES: Record<string, Response> = {
	'q-single': { type: 'single', choiceId: 'tue' },
	'q-multi': { type: 'multi', choiceIds: ['mw', 'dp'] },
	'q-tf': { type: 'truefalse', choiceId: 'true' },
	'q-cloze': { type: 'cloze', text: 'long | overdue; 100%, ça' },
	'q-num': { type: 'numeric', value: '40,000 cars' },
	'q-match': { type: 'matching', matches: { p1: 'Maria Lopez', p2: 'A bridge inspector' } },
	'q-order': { type: 'ordering', order: ['i2', 'i1', 'i3'] },
	'q-evid': { type: 'evidence', choiceId: 'dot', evidenceId: 'e1' }
};

describe('suspend data', () => {
	it('gives back the same attempt, every question type included', () => {
		const attempt = scormAttempt(everyKind, RESPONSES, { currentIndex: 7, finishedAt: at(600) });
		const fitted = encodeAttempt(attempt, everyKind);
		expect(fitted?.level).toBe('full');
		expect(decodeAttempt(fitted!.data, everyKind, STORY_ID)).toEqual(attempt);
	});

	it('keeps an unfinished attempt unfinished, with unanswered questions left empty', () => {
		const attempt = scormAttempt(everyKind, { 'q-multi': RESPONSES['q-multi']! });
		const decoded = decodeAttempt(encodeAttempt(attempt, everyKind)!.data, everyKind, STORY_ID);
		expect(decoded?.finishedAt).toBeUndefined();
		expect(Object.keys(decoded?.answers ?? {})).toEqual(['q-multi']);
		// Partial credit survives: one right, one wrong of two would be 0; both right is 1.
		expect(decoded?.answers['q-multi']).toMatchObject({ credit: 1, correct: true });
	});

	it('refuses data from another version or for other questions, so the student starts afresh', () => {
		const data = encodeAttempt(scormAttempt(everyKind, RESPONSES), everyKind)!.data;
		expect(decodeAttempt(data.replace(/^B1/, 'B9'), everyKind, STORY_ID)).toBeNull();
		expect(decodeAttempt(data, everyKind.slice(0, 3), STORY_ID)).toBeNull();
		expect(decodeAttempt('not ours', everyKind, STORY_ID)).toBeNull();
		// A new version of the package whose choices moved: positions would point elsewhere.
		const reordered = everyKind.map((q) =>
			q.type === 'single' ? { ...q, choices: [...q.choices].reverse() } : q
		);
		expect(decodeAttempt(data, reordered, STORY_ID)).toBeNull();
		// Wording fixes change nothing suspend data refers to, so students keep their progress.
		const reworded = everyKind.map((q) => ({ ...q, explanation: 'Better wording.' }));
		expect(decodeAttempt(data, reworded, STORY_ID)).not.toBeNull();
		expect(decodeAttempt('', everyKind, STORY_ID)).toBeNull();
	});

	it('drops detail before credit when an attempt is too long, and says how far it went', () => {
		const long = scormAttempt(everyKind, {
			...RESPONSES,
			'q-cloze': { type: 'cloze', text: 'x'.repeat(3000) }
		});
		const full = encodeAttemptAt(long, everyKind, 'full').length;
		expect(full).toBeGreaterThan(3000);
		const fitted = encodeAttempt(long, everyKind, 400);
		expect(fitted?.level).toBe('short-text');
		const decoded = decodeAttempt(fitted!.data, everyKind, STORY_ID)!;
		expect(decoded.answers['q-cloze']?.response).toEqual({ type: 'cloze', text: 'x'.repeat(40) });
		// The grade the student saw is kept, not re-graded from the shortened text.
		expect(decoded.answers['q-cloze']?.credit).toBe(long.answers['q-cloze']?.credit);
		expect(encodeAttempt(long, everyKind, 10)).toBeNull();
	});

	it('cuts typed text by characters, never inside an emoji', () => {
		const attempt = scormAttempt(everyKind, {
			'q-cloze': { type: 'cloze', text: '😀'.repeat(50) + '\uD800' }
		});
		const data = encodeAttemptAt(attempt, everyKind, 'short-text');
		const decoded = decodeAttempt(data, everyKind, STORY_ID)!;
		expect(decoded.answers['q-cloze']?.response).toEqual({ type: 'cloze', text: '😀'.repeat(40) });
	});
});

/** The seed story as a package carries it: its student questions, every one answered at length. */
function worstSeedAttempt(): { questions: Question[]; attempt: Attempt } {
	const story = seedBank.stories[0]!;
	const questions = studentQuestions(seedBank.questions.filter((q) => q.storyId === story.id));
	const articles = seedBank.articles.filter((a) => story.articleIds.includes(a.id));
	const order = attemptQuestionIds(planQuiz(questions, articles));
	const byId = new Map(questions.map((q) => [q.id, q]));
	const responses: Record<string, Response> = {};
	for (const id of order) {
		const q = byId.get(id)!;
		// The longest response each type can have: every choice, every item, long typed text.
		responses[id] =
			q.type === 'multi'
				? { type: 'multi', choiceIds: q.choices.map((c) => c.id) }
				: q.type === 'single' || q.type === 'truefalse'
					? { type: q.type, choiceId: q.choices.at(-1)!.id }
					: q.type === 'cloze'
						? { type: 'cloze', text: 'a much longer answer than any gap needs '.repeat(5) }
						: q.type === 'numeric'
							? { type: 'numeric', value: '123,456,789.5 protesters' }
							: q.type === 'matching'
								? {
										type: 'matching',
										matches: Object.fromEntries(q.pairs.map((p) => [p.id, p.right]))
									}
								: q.type === 'ordering'
									? { type: 'ordering', order: q.items.map((i) => i.id).reverse() }
									: {
											type: 'evidence',
											choiceId: q.choices.at(-1)!.id,
											evidenceId: q.evidenceChoices.at(-1)!.id
										};
	}
	const ordered = order.map((id) => byId.get(id)!);
	// Hours apart, so answer times need their longest codes.
	const attempt = scormAttempt(ordered, responses, { finishedAt: at(10 * 3600) });
	for (const [i, id] of order.entries()) attempt.answers[id]!.answeredAt = at(3600 + i * 97);
	return { questions, attempt };
}

describe('suspend data for the seed story', () => {
	it('fits the worst case in SCORM 1.2’s 4,096 characters with every response kept', () => {
		const { questions, attempt } = worstSeedAttempt();
		expect(attempt.questionIds.length).toBeGreaterThan(20);
		const sizes = Object.fromEntries(
			DETAIL_LEVELS.map((level) => [level, encodeAttemptAt(attempt, questions, level).length])
		);
		// Printed so the figure is visible in the test log (and the report).
		console.info(
			`seed story (${attempt.questionIds.length} questions) worst-case suspend_data: ${JSON.stringify(sizes)}`
		);
		const fitted = encodeAttempt(attempt, questions);
		expect(fitted).not.toBeNull();
		expect(fitted!.data.length).toBeLessThanOrEqual(SUSPEND_DATA_LIMIT);
		// Nothing is dropped: even 200-character typed answers fit in full.
		expect(fitted!.level).toBe('full');
		const decoded = decodeAttempt(fitted!.data, questions, attempt.storyId)!;
		for (const id of attempt.questionIds) {
			expect(decoded.answers[id]?.credit).toBe(attempt.answers[id]?.credit);
		}
	});
});
