import { describe, expect, it } from 'vitest';
import { answerMark, choiceMark } from './marks';

describe('choiceMark', () => {
	it('describes each combination in words', () => {
		expect(choiceMark(true, true)).toMatchObject({
			text: 'Your answer — correct',
			tone: 'ok',
			icon: '✓'
		});
		expect(choiceMark(false, true)).toMatchObject({
			text: 'Your answer — not correct',
			tone: 'bad',
			icon: '✗'
		});
		expect(choiceMark(true, false)).toMatchObject({ text: 'Correct answer', tone: 'missed' });
		expect(choiceMark(false, false)).toBeNull();
	});
});

describe('answerMark', () => {
	it('adds the correction only when wrong', () => {
		expect(answerMark(true, 'ignored').text).toBe('Correct');
		expect(answerMark(false, 'belongs at position 2').text).toBe(
			'Not correct — belongs at position 2'
		);
		expect(answerMark(false).text).toBe('Not correct');
	});
});
