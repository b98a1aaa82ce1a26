import { describe, expect, it } from 'vitest';
import { storyOf } from '../article.test-helpers';
import { causeCandidates } from './cause';
import { nameRestored, sharesFigure, tellsEffect } from './cause-overlap';

describe('tellsEffect: a wrong reason that tells the effect again', () => {
	it('does not count a name the two share', () => {
		expect(tellsEffect('the hearing for Okafor', 'Okafor resigned from the council in May')).toBe(
			false
		);
	});
	it('counts a capitalised first word as a common word', () => {
		expect(
			tellsEffect(
				'Harbour festival crowds bring noise and long queues',
				'The mayor cancelled the harbour festival, a quiet affair'
			)
		).toBe(true);
	});
	it('still refuses the effect’s own words', () => {
		expect(
			tellsEffect('the council accepted the resignation', 'Okafor’s resignation from the council')
		).toBe(true);
	});
});

describe('sharesFigure: one figure names one thing', () => {
	// "Fares will rise by $15" shares no content word with the key "the plan adds $15 to every
	// ticket", yet says it again: as a wrong answer it would be a second right one.
	it('finds the key’s figure in a wrong answer that restates the key', () => {
		expect(
			sharesFigure('fares will rise by $15 from June', 'the plan adds $15 to every ticket')
		).toBe(true);
		expect(
			sharesFigure('the $40 million package stalled', 'critics oppose the $40 million harbour plan')
		).toBe(true);
	});
	it('does not count a year or a different figure', () => {
		expect(sharesFigure('the pier closed in 2019', 'the board met in 2019 to vote')).toBe(false);
		expect(sharesFigure('fares will rise by $12', 'the plan adds $15 to every ticket')).toBe(false);
	});
});

describe('nameRestored: a plural group the article writes as a name', () => {
	it('puts back the capital of a group written so inside a sentence', () => {
		expect(nameRestored('greens oppose the plan', 'But Greens oppose the plan.')).toBe(
			'Greens oppose the plan'
		);
	});
	it('leaves a common plural lowered', () => {
		expect(
			nameRestored('demonstrators gathered at the quay', 'Demonstrators gathered at the quay.')
		).toBe('demonstrators gathered at the quay');
	});
});

const HARBOUR = [
	'But Greens oppose Mr. Roe’s harbour plan, which also includes new ferries and a wider quay, ' +
		'because the plan would be paid for with higher port fees on those with yearly incomes of more than $200,000 a year. ' +
		'A storm badly damaged the north pier in the spring. ' +
		'Mr. Roe singled out the leaders of both island parties in a speech. ' +
		'Ferry crews signed a new two-year contract with the port authority.',
	'The harbour plan faces a close vote in the island assembly. ' +
		'The port authority hired a new chief engineer.'
];

describe('a reason stated inside a long sentence', () => {
	const qs = causeCandidates(storyOf(...HARBOUR));
	const q = qs.find((c) => c.keyTexts[0] === 'the plan would be paid for with higher port fees');
	it('keys the reason without the phrase saying whom it falls on, and the effect without its aside', () => {
		expect(q?.draft.prompt).toBe(
			'Daily 0 reports that Greens oppose Mr. Roe’s harbour plan. What reason is given for this?'
		);
	});
	// "Greens oppose Mr. Roe’s plan" is about the Greens: Mr. Roe is in its object, and an act of
	// his is a wrong reason, not the effect told again.
	it('offers an act of a person the effect names only in its object', () => {
		if (q?.draft.type !== 'single') throw new Error('expected a single-choice why question');
		expect(q.draft.choices.map((c) => c.text)).toContain(
			'Mr. Roe singled out the leaders of both island parties in a speech'
		);
		// Mr. Roe's act is the one rival about the plan's people; one other event makes three
		// choices, and the rest (a storm, a contract, a hiring) are left out (cause-rival.ts).
		expect(q.draft.choices).toHaveLength(3);
	});
});
