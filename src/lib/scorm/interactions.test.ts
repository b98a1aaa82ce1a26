import { describe, expect, it } from 'vitest';
import { at, makeEveryKind, START } from '$test-data';
import { Scorm12API, scormAttempt } from './lms.test-helpers';
import {
	interactionElements,
	interactionFor,
	interactionId,
	scorm12Timespan
} from './interactions';

const everyKind = Object.values(makeEveryKind());

const attempt = scormAttempt(everyKind, {
	'q-single': { type: 'single', choiceId: 'tue' },
	'q-multi': { type: 'multi', choiceIds: ['mw', 'dp'] },
	'q-tf': { type: 'truefalse', choiceId: 'false' },
	'q-cloze': { type: 'cloze', text: '  Overdue ' },
	'q-num': { type: 'numeric', value: 'forty thousand' },
	'q-match': { type: 'matching', matches: { p1: 'Maria Lopez', p2: 'A bridge inspector' } },
	'q-order': { type: 'ordering', order: ['i2', 'i1', 'i3'] },
	'q-evid': { type: 'evidence', choiceId: 'dot', evidenceId: 'e2' }
});

const interactions = everyKind.map((q) => interactionFor(q, attempt.answers[q.id]!, START));

describe('SCORM 1.2 interactions', () => {
	it('names each type in SCORM 1.2 vocabulary, with responses and patterns in its formats', () => {
		const summary = interactions.map((i) => [
			i.id,
			i.type,
			i.student_response,
			i.correct,
			i.result
		]);
		expect(summary).toEqual([
			['q-single', 'choice', 'b', ['a'], 'wrong'],
			['q-multi', 'choice', 'b,a', ['a,b'], 'correct'],
			['q-tf', 'true-false', 'f', ['t'], 'wrong'],
			['q-cloze', 'fill-in', 'Overdue', ['overdue'], 'correct'],
			['q-num', 'numeric', '40000', ['40000'], 'correct'],
			// Right-hand options in fixed order: a Maria Lopez, b Tom Reyes, c A bridge inspector.
			['q-match', 'matching', 'a.a,b.c', ['a.a,b.b'], 'wrong'],
			['q-order', 'sequencing', 'b,a,c', ['a,b,c'], 'wrong'],
			['q-evid', 'performance', 'a,b', ['a,b'], 'correct']
		]);
	});

	it('times each answer from the one before', () => {
		expect(interactions[0]?.latency).toBe('00:00:30.00');
		expect(interactionFor(everyKind[1]!, attempt.answers['q-multi']!, at(30)).latency).toBe(
			'00:00:30.00'
		);
		expect(scorm12Timespan(3 * 3600_000 + 61_234)).toBe('03:01:01.23');
	});

	it('keeps ids and responses within SCORM 1.2 limits', () => {
		expect(interactionId('bank q/1 é')).toBe('bank_q_1__');
		const long = interactionFor(
			everyKind[3]!,
			{ ...attempt.answers['q-cloze']!, response: { type: 'cloze', text: 'x'.repeat(600) } },
			START
		);
		expect(long.student_response).toHaveLength(255);
	});

	it('is accepted by a real SCORM 1.2 runtime, every element', () => {
		const api = new Scorm12API({ logLevel: 5 });
		api.LMSInitialize('');
		interactions.forEach((interaction, n) => {
			for (const [element, value] of interactionElements(n, interaction)) {
				expect([element, api.LMSSetValue(element, value), api.LMSGetLastError()]).toEqual([
					element,
					'true',
					'0'
				]);
			}
		});
		expect(api.LMSGetValue('cmi.interactions._count')).toBe(String(everyKind.length));
	});
});
