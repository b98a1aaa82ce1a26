import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Question } from '$lib/bank/schema';
import { clozeMatches, correctAnswerText, emptyResponse, grade, isAnswered } from './grade';
import { makeArticle, makeQuestion, span } from '$test-data';

/** The article the two-part question's evidence sentences come from. */
const article = makeArticle({ text: 'Para zero.\n\nPara one says 25 were killed.\n\nPara two.' });
const choices = [
	{ id: 'a', text: 'Alpha' },
	{ id: 'b', text: 'Beta' },
	{ id: 'c', text: 'Gamma' },
	{ id: 'd', text: 'Delta' }
];
const q = {
	single: makeQuestion('single', { id: 's', prompt: 'p', choices, correct: ['b'] }),
	multi: makeQuestion('multi', {
		id: 'm',
		prompt: 'p',
		choices,
		correct: ['a', 'b', 'c']
	}),
	truefalse: makeQuestion('truefalse', {
		id: 't',
		prompt: 'p',
		choices: [
			{ id: 'true', text: 'True' },
			{ id: 'false', text: 'False' }
		],
		correct: ['false']
	}),
	cloze: makeQuestion('cloze', {
		id: 'c',
		prompt: 'About ____ came.',
		accepted: ['6,000', 'roughly 6,000']
	}),
	clozeWords: makeQuestion('cloze', {
		id: 'cw',
		prompt: 'A ____ war.',
		accepted: ['proxy']
	}),
	numeric: makeQuestion('numeric', {
		id: 'n',
		prompt: 'p',
		answer: 25,
		tolerance: 0,
		unit: 'fighters'
	}),
	numericTol: makeQuestion('numeric', {
		id: 'nt',
		prompt: 'p',
		answer: 6000,
		tolerance: 500
	}),
	matching: makeQuestion('matching', {
		id: 'mt',
		prompt: 'p',
		pairs: [
			{ id: 'p1', left: 'Quote one', right: 'Esper' },
			{ id: 'p2', left: 'Quote two', right: 'Pelosi' },
			{ id: 'p3', left: 'Quote three', right: 'Grisham' },
			{ id: 'p4', left: 'Quote four', right: 'Pompeo' }
		]
	}),
	ordering: makeQuestion('ordering', {
		id: 'o',
		prompt: 'p',
		items: [
			{ id: 'i1', text: 'First' },
			{ id: 'i2', text: 'Second' },
			{ id: 'i3', text: 'Third' },
			{ id: 'i4', text: 'Fourth' }
		]
	}),
	evidence: makeQuestion('evidence', {
		id: 'e',
		prompt: 'p',
		choices,
		correct: ['a'],
		evidencePrompt: 'Which sentence shows it?',
		evidenceChoices: [
			{
				id: 'e1',
				text: 'Para one says 25 were killed.',
				...span(article, 'Para one says 25 were killed.')
			},
			{ id: 'e2', text: 'Para two.', ...span(article, 'Para two.') }
		],
		evidenceCorrect: ['e1']
	})
} satisfies Record<string, Question>;

describe('grade', () => {
	it('grades single and true/false by the chosen id', () => {
		expect(grade(q.single, { type: 'single', choiceId: 'b' })).toEqual({
			correct: true,
			credit: 1
		});
		expect(grade(q.single, { type: 'single', choiceId: 'a' })).toEqual({
			correct: false,
			credit: 0
		});
		expect(grade(q.single, { type: 'single', choiceId: null }).credit).toBe(0);
		expect(grade(q.truefalse, { type: 'truefalse', choiceId: 'false' }).correct).toBe(true);
		expect(grade(q.truefalse, { type: 'truefalse', choiceId: 'true' }).correct).toBe(false);
	});

	it('gives multi partial credit of (right - wrong) / correct, floored at 0, correct only if exact', () => {
		expect(grade(q.multi, { type: 'multi', choiceIds: ['a', 'b', 'c'] })).toEqual({
			correct: true,
			credit: 1
		});
		expect(grade(q.multi, { type: 'multi', choiceIds: ['a', 'b'] })).toEqual({
			correct: false,
			credit: 0.667
		});
		expect(grade(q.multi, { type: 'multi', choiceIds: ['a', 'b', 'c', 'd'] })).toEqual({
			correct: false,
			credit: 0.667
		});
		expect(grade(q.multi, { type: 'multi', choiceIds: ['a', 'd'] }).credit).toBe(0);
		expect(grade(q.multi, { type: 'multi', choiceIds: ['d'] }).credit).toBe(0);
		expect(grade(q.multi, { type: 'multi', choiceIds: [] }).credit).toBe(0);
	});

	it('accepts cloze answers loosely and numbers in any spelling', () => {
		for (const typed of ['6,000', '6000', '6 000', 'six thousand', ' Roughly 6,000. ', '6k']) {
			expect(grade(q.cloze, { type: 'cloze', text: typed }).correct, typed).toBe(true);
		}
		expect(grade(q.cloze, { type: 'cloze', text: '600' }).correct).toBe(false);
		expect(grade(q.cloze, { type: 'cloze', text: 'thousands' }).correct).toBe(false);
		expect(grade(q.clozeWords, { type: 'cloze', text: '“Proxy”' }).correct).toBe(true);
		expect(grade(q.clozeWords, { type: 'cloze', text: 'civil' }).correct).toBe(false);
		expect(clozeMatches(['proxy'], '   ')).toBe(false);
	});

	it('accepts money and shares in any format, but not with the other unit', () => {
		const money = ['$1.2 million'];
		for (const typed of [
			'$1.2 million',
			'1.2 million',
			'1,200,000',
			'$1,200,000',
			'1.2 million dollars',
			'$1.2m'
		]) {
			expect(clozeMatches(money, typed), typed).toBe(true);
		}
		expect(clozeMatches(money, '1.2 million percent')).toBe(false);
		expect(clozeMatches(money, '$12 million')).toBe(false);
		for (const typed of ['40%', '40 percent', 'forty per cent', '40']) {
			expect(clozeMatches(['40 percent'], typed), typed).toBe(true);
		}
		expect(clozeMatches(['40 percent'], '$40')).toBe(false);
	});

	it('accepts an abbreviation for the full name and the full name for an abbreviation', () => {
		expect(clozeMatches(['FBI'], 'Federal Bureau of Investigation')).toBe(true);
		expect(clozeMatches(['FBI'], 'the federal bureau of investigation')).toBe(true);
		expect(clozeMatches(['United Nations'], 'U.N.')).toBe(true);
		expect(clozeMatches(['Federal Bureau of Investigation'], 'fbi')).toBe(true);
		// A different name, or a stored word that is not in capitals, is not an abbreviation.
		expect(clozeMatches(['FBI'], 'Federal Reserve Bank')).toBe(false);
		// Short forms that keep the letter of "of": "DOE" for "Department of Energy".
		expect(clozeMatches(['Department of Energy', 'Energy Department'], 'DOE')).toBe(true);
		expect(clozeMatches(['DOE'], 'department of energy')).toBe(true);
		expect(clozeMatches(['Department of Energy'], 'DOT')).toBe(false);
		expect(clozeMatches(['war'], 'World Affairs Reporter')).toBe(false);
		expect(clozeMatches(['Federal Bureau of Investigation'], 'CIA')).toBe(false);
		// One word has no initials to compare.
		expect(clozeMatches(['NATO'], 'Nato')).toBe(true);
		expect(clozeMatches(['Senate'], 's')).toBe(false);
	});

	it('accepts a city typed with its state or district short form', () => {
		for (const typed of [
			'Washington, D.C.',
			'washington, dc',
			'Washington D.C.',
			'Springfield, Ill.',
			'Austin, TX'
		]) {
			const city = typed.split(/[ ,]/)[0]!;
			expect(clozeMatches([city], typed), typed).toBe(true);
		}
		// A second name after the comma would let a student hedge between two answers.
		expect(clozeMatches(['Trump'], 'Trump, Clinton')).toBe(false);
		expect(clozeMatches(['Washington'], 'Seattle, WA')).toBe(false);
		// A key that already names the region is matched whole, as before.
		expect(clozeMatches(['Springfield, Illinois'], 'Springfield, Ill.')).toBe(false);
	});

	it('grades numeric answers within the tolerance', () => {
		expect(grade(q.numeric, { type: 'numeric', value: 'twenty-five' }).correct).toBe(true);
		expect(grade(q.numeric, { type: 'numeric', value: '26' }).correct).toBe(false);
		expect(grade(q.numeric, { type: 'numeric', value: 'dozens' }).correct).toBe(false);
		expect(grade(q.numeric, { type: 'numeric', value: '25 fighters' }).correct).toBe(true);
		expect(grade(q.numeric, { type: 'numeric', value: 'twenty-five Fighters' }).correct).toBe(true);
		expect(grade(q.numeric, { type: 'numeric', value: '25 soldiers' }).correct).toBe(false);
		expect(grade(q.numeric, { type: 'numeric', value: 'fighters' }).correct).toBe(false);
		expect(grade(q.numericTol, { type: 'numeric', value: '5,500' }).correct).toBe(true);
		expect(grade(q.numericTol, { type: 'numeric', value: '6.6k' }).correct).toBe(false);
	});

	it('gives matching credit for the share of pairs matched', () => {
		const all = { p1: 'Esper', p2: 'Pelosi', p3: 'Grisham', p4: 'Pompeo' };
		expect(grade(q.matching, { type: 'matching', matches: all })).toEqual({
			correct: true,
			credit: 1
		});
		expect(
			grade(q.matching, { type: 'matching', matches: { ...all, p3: 'Pompeo', p4: 'Grisham' } })
		).toEqual({
			correct: false,
			credit: 0.5
		});
		expect(grade(q.matching, { type: 'matching', matches: { p1: 'Esper' } }).credit).toBe(0.25);
	});

	it('gives ordering credit for pairs in the right relative order', () => {
		expect(grade(q.ordering, { type: 'ordering', order: ['i1', 'i2', 'i3', 'i4'] })).toEqual({
			correct: true,
			credit: 1
		});
		// Moving the first item last keeps 3 of 6 pairs in order.
		expect(grade(q.ordering, { type: 'ordering', order: ['i2', 'i3', 'i4', 'i1'] })).toEqual({
			correct: false,
			credit: 0.5
		});
		expect(grade(q.ordering, { type: 'ordering', order: ['i4', 'i3', 'i2', 'i1'] }).credit).toBe(0);
		expect(grade(q.ordering, { type: 'ordering', order: ['i1', 'i2'] }).credit).toBe(0);
	});

	it('gives half credit per part of a two-part evidence question', () => {
		expect(grade(q.evidence, { type: 'evidence', choiceId: 'a', evidenceId: 'e1' })).toEqual({
			correct: true,
			credit: 1
		});
		expect(grade(q.evidence, { type: 'evidence', choiceId: 'a', evidenceId: 'e2' })).toEqual({
			correct: false,
			credit: 0.5
		});
		expect(grade(q.evidence, { type: 'evidence', choiceId: 'b', evidenceId: 'e1' })).toEqual({
			correct: false,
			credit: 0.5
		});
		expect(grade(q.evidence, { type: 'evidence', choiceId: null, evidenceId: null }).credit).toBe(
			0
		);
	});

	it('gives nothing for a response of another type', () => {
		expect(grade(q.single, { type: 'multi', choiceIds: ['b'] })).toEqual({
			correct: false,
			credit: 0
		});
		expect(grade(q.numeric, { type: 'cloze', text: '25' }).credit).toBe(0);
	});
});

describe('emptyResponse and isAnswered', () => {
	it('starts every type unanswered', () => {
		for (const question of Object.values(q)) {
			const empty = emptyResponse(question);
			expect(empty.type).toBe(question.type);
			expect(isAnswered(empty)).toBe(false);
			expect(grade(question, empty).correct).toBe(false);
		}
	});
	it('sees an answer once given', () => {
		expect(isAnswered({ type: 'cloze', text: ' x ' })).toBe(true);
		expect(isAnswered({ type: 'numeric', value: '   ' })).toBe(false);
		expect(isAnswered({ type: 'evidence', choiceId: 'a', evidenceId: null })).toBe(false);
		expect(isAnswered({ type: 'evidence', choiceId: 'a', evidenceId: 'e1' })).toBe(true);
		expect(isAnswered({ type: 'matching', matches: { p1: 'Esper' } })).toBe(true);
	});
});

describe('correctAnswerText', () => {
	it('states the right answer in words for every type', () => {
		expect(correctAnswerText(q.single)).toBe('Beta');
		expect(correctAnswerText(q.truefalse)).toBe('False');
		expect(correctAnswerText(q.multi)).toBe('Alpha, Beta and Gamma');
		expect(correctAnswerText(q.cloze)).toBe('6,000');
		expect(correctAnswerText(q.numeric)).toBe('25 fighters');
		expect(correctAnswerText(q.numericTol)).toBe('6,000 (within 500)');
		expect(correctAnswerText(q.matching)).toBe(
			'Quote one → Esper; Quote two → Pelosi; Quote three → Grisham; Quote four → Pompeo'
		);
		expect(correctAnswerText(q.ordering)).toBe('1. First 2. Second 3. Third 4. Fourth');
		expect(correctAnswerText(q.evidence)).toBe('Alpha, because: “Para one says 25 were killed.”');
	});
});

describe('grade invariants', () => {
	it('keeps multi credit in 0..1 and calls it correct only for the exact set', () => {
		fc.assert(
			fc.property(fc.subarray(['a', 'b', 'c', 'd']), (picked) => {
				const { correct, credit } = grade(q.multi, { type: 'multi', choiceIds: picked });
				expect(credit).toBeGreaterThanOrEqual(0);
				expect(credit).toBeLessThanOrEqual(1);
				expect(correct).toBe([...picked].sort().join() === 'a,b,c');
			})
		);
	});

	it('gives full ordering credit to the stored order only, and reversed order none', () => {
		const ids = ['i1', 'i2', 'i3', 'i4'];
		fc.assert(
			fc.property(fc.shuffledSubarray(ids, { minLength: 4, maxLength: 4 }), (order) => {
				const { correct, credit } = grade(q.ordering, { type: 'ordering', order });
				const reversed = grade(q.ordering, { type: 'ordering', order: [...order].reverse() });
				expect(correct).toBe(order.join() === ids.join());
				// Every pair is in order in exactly one of a permutation and its reverse.
				expect(credit + reversed.credit).toBeCloseTo(1, 2);
			})
		);
	});
});
