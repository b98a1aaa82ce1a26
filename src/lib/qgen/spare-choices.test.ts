import { describe, expect, it } from 'vitest';
import type { Question } from '$lib/bank/schema';
import { r } from './select.test-helpers';
import type { Ranked } from './select';
import { spareGivenChoices } from './spare-choices';

const KEY = 'The harbour board closed the ferry terminal on Monday after inspectors found cracks.';
const GIVEN = 'The board said it would spend $84,000 on a survey of the pier next month.';
const SPARE = 'The rowing club moved its regatta to the lake in Wexley Park this summer.';

/** A main-idea item with three wrong answers, one printing $84,000, and one spare. */
function mainIdea(wrong = GIVEN, spares = [SPARE]): Ranked {
	const x = r(
		'mi',
		0.9,
		'main-idea',
		'main-idea',
		'Which sentence best states what the story is mainly about?',
		'single',
		{ skill: 'inference' }
	);
	const texts = [
		KEY,
		wrong,
		'A bakery on Dock Street sells bread from a boat.',
		'The city approved a bicycle lane last year.'
	];
	return {
		candidate: { ...x.candidate, spares },
		question: {
			...x.question,
			choices: texts.map((text, i) => ({ id: `c${i + 1}`, text })),
			correct: ['c1']
		} as Question
	};
}

/** A gap keyed 84,000, as the cloze family writes it. */
function gap(): Ranked {
	const x = r(
		'gap',
		0.8,
		'cloze',
		'cloze:84000',
		'Fill the gap: the board will spend $____ on a survey.',
		'cloze',
		{ skill: 'fact' }
	);
	return { ...x, question: { ...x.question, accepted: ['84,000', '84000'] } as Question };
}

const choices = (x: Ranked) =>
	x.question.type === 'single' ? x.question.choices.map((c) => c.text) : [];

describe('spareGivenChoices', () => {
	it('trades a wrong answer that prints another pick’s key for a spare, and keeps both items', () => {
		const [mi, g] = spareGivenChoices([mainIdea(), gap()], 10);
		expect(choices(mi!)).not.toContain(GIVEN);
		expect(choices(mi!)).toContain(SPARE);
		expect(choices(mi!)[0]).toBe(KEY);
		expect(g!.question.type).toBe('cloze');
	});

	it('leaves an item without a spare, or whose spare prints the key too, as it is', () => {
		const none = mainIdea(GIVEN, []);
		expect(spareGivenChoices([none, gap()], 10)[0]).toBe(none);
		const alike = mainIdea(GIVEN, ['Another $84,000 went to lawyers.']);
		expect(spareGivenChoices([alike, gap()], 10)[0]).toBe(alike);
	});

	it('leaves a key the item’s right answer prints too, and picks past the first ten', () => {
		const x = mainIdea('The survey of the pier will cost 84,000 dollars.');
		const onKey = {
			...x,
			question: {
				...x.question,
				choices: (x.question.type === 'single' ? x.question.choices : []).map((c, i) =>
					i === 0 ? { ...c, text: `${KEY} The repairs cost $84,000.` } : c
				)
			} as Question
		};
		expect(spareGivenChoices([onKey, gap()], 10)[0]).toBe(onKey);
		const late = mainIdea();
		expect(spareGivenChoices([gap(), late], 1)[1]).toBe(late);
	});
});
