import { describe, expect, it } from 'vitest';
import { compressText } from './compact';
import { makeClassStory, makeHandIn } from '$test-data';
import {
	handInFileName,
	handInQrText,
	QR_PREFIX,
	readHandInQr,
	readHandInText,
	serializeHandIn
} from './hand-in';

describe('hand-in files', () => {
	const handIn = makeHandIn(
		{ q1: 'b', q2: 'post', q4: '300' },
		{ name: 'Ana López', className: '8B' }
	);

	it('round-trips through its file text and keeps story, version, class, times and scores', () => {
		const read = readHandInText(serializeHandIn(handIn));
		expect(read.ok).toBe(true);
		if (!read.ok) return;
		expect(read.handIn).toEqual(handIn);
		expect(read.handIn.story).toEqual({
			id: 'flood-story',
			title: 'River flood',
			bankVersion: 'v-test'
		});
		expect(read.handIn.className).toBe('8B');
		expect(read.handIn.attempt.questionIds).toEqual(['q1', 'q2', 'q3', 'q4']);
		expect(read.handIn.responses.map((r) => [r.questionId, r.correct])).toEqual([
			['q1', false],
			['q2', true],
			['q4', true]
		]);
		// 2 of 4 right: 50%. Facts q1 (wrong) and q4 (right): 50%.
		expect(read.handIn.score).toEqual({ asked: 4, answered: 3, credit: 2, percent: 50 });
		expect(read.handIn.skills.fact).toEqual({ asked: 2, credit: 1, percent: 50 });
	});

	it('never carries the answer key', () => {
		const text = serializeHandIn(handIn);
		const bank = makeClassStory();
		for (const key of [
			'"correct":[',
			'"accepted"',
			'"answer"',
			'"evidenceCorrect"',
			'"explanation"'
		]) {
			expect(text).not.toContain(key);
		}
		// The right choice of the question Ana got wrong appears nowhere.
		expect(text).not.toMatch(/"choiceId":\s*"a"/);
		expect(text).not.toContain(bank.questions[0]!.prompt);
	});

	it('is named after the story and the student', () => {
		expect(handInFileName(handIn)).toBe('river-flood-ana-lopez.byline-results.json');
	});

	it.each([
		['not JSON', '{', 'it is not JSON'],
		['a story file', JSON.stringify(makeClassStory()), 'not a Byline results file'],
		['a newer version', JSON.stringify({ ...handIn, version: 2 }), 'must be version 1'],
		['a blank name', JSON.stringify({ ...handIn, student: { name: '   ' } }), 'must not be blank'],
		[
			'an answer to a question not asked',
			JSON.stringify({ ...handIn, attempt: { ...handIn.attempt, questionIds: ['q2'] } }),
			'not asked'
		],
		['a huge file', ' '.repeat(600 * 1024), 'larger than']
	])('refuses %s with a reason', (_label, text, reason) => {
		const read = readHandInText(text);
		expect(read.ok).toBe(false);
		if (!read.ok) expect(read.message).toContain(reason);
	});

	it('drops unknown fields, so nothing extra rides along', () => {
		const read = readHandInText(JSON.stringify({ ...handIn, answerKey: { q1: 'a' } }));
		expect(read.ok && 'answerKey' in read.handIn).toBe(false);
	});
});

describe('hand-in QR text', () => {
	const handIn = makeHandIn({ q1: 'a', q2: 'post', q3: 'mayor', q4: '300' }, { name: 'Ben' });

	it('round-trips and fits a QR code', () => {
		const qr = handInQrText(handIn);
		expect(qr.startsWith(QR_PREFIX)).toBe(true);
		expect(qr.length).toBeLessThan(2_953);
		const read = readHandInQr(qr);
		expect(read.ok && read.handIn).toEqual(handIn);
	});

	it('refuses other QR codes, damaged data and bombs', () => {
		expect(readHandInQr('https://example.org').ok).toBe(false);
		expect(readHandInQr(`${QR_PREFIX}!!!`).ok).toBe(false);
		expect(readHandInQr(`${QR_PREFIX}AAAA`).ok).toBe(false);
		const bomb = readHandInQr(QR_PREFIX + compressText(' '.repeat(5 * 1024 * 1024)));
		expect(bomb.ok).toBe(false);
		if (!bomb.ok) expect(bomb.message).toContain('unpacks to more than');
	});
});
