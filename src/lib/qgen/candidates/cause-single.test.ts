import { describe, expect, it } from 'vitest';
import { storyOf } from '../article.test-helpers';
import { readableEvent, causeCandidates } from './cause';
import { eventAfterAuxiliary } from './cause-single';

describe('eventAfterAuxiliary: an event after "has", "was" … in an article read alone', () => {
	it('takes an adverb before the participle and an irregular past the word list knows', () => {
		expect(eventAfterAuxiliary('crews', ['swiftly', 'evacuated'], true)).toBe(true);
		expect(eventAfterAuxiliary('Roe', ['repeatedly', 'criticised', 'the', 'board'], true)).toBe(
			true
		);
		expect(eventAfterAuxiliary('Roe', ['won', 'the', 'harbour', 'seat'], true)).toBe(true);
		expect(eventAfterAuxiliary('talks', ['held', 'in', 'the', 'port'], true)).toBe(true);
	});
	it('still refuses a state, a cut subject, and anything new in a story of several outlets', () => {
		expect(eventAfterAuxiliary('crews', ['gone'], true)).toBe(false);
		expect(eventAfterAuxiliary('crews', ['a', 'keen', 'team'], true)).toBe(false);
		// "… to disavow Mr. Roe and has repeatedly …": the auxiliary's subject was cut off.
		expect(eventAfterAuxiliary('and', ['repeatedly', 'criticised'], true)).toBe(false);
		expect(eventAfterAuxiliary('crews', ['swiftly', 'evacuated'], false)).toBe(false);
		expect(eventAfterAuxiliary('Roe', ['won', 'the', 'seat'], false)).toBe(false);
		// The ending test holds in both.
		expect(eventAfterAuxiliary('Roe', ['resigned'], false)).toBe(true);
	});
	it('lets readableEvent keep such a wrong answer for one article alone only', () => {
		for (const phrase of [
			'the ferry crews were swiftly evacuated',
			'Jane Roe has repeatedly criticised the harbour board',
			'Jane Roe has won the harbour seat'
		]) {
			expect(readableEvent(phrase, true), phrase).toBe(true);
			expect(readableEvent(phrase), phrase).toBe(false);
		}
	});
});

describe('causeCandidates: one article read alone', () => {
	it('offers events told with an adverb or an irregular past as wrong reasons', () => {
		const text =
			'The harbour board closed the old ferry terminal on Monday because inspectors found deep cracks in its main pier. ' +
			'Jane Roe has repeatedly criticised the council over its budget. ' +
			'The sailing club has won a regional trophy this season.';
		const q = causeCandidates(storyOf(text))[0];
		// Without them the article has too few events of the key's shape, and no why question.
		expect(q?.draft.type === 'single' && q.draft.choices.map((c) => c.text)).toEqual(
			expect.arrayContaining([
				'inspectors found deep cracks in its main pier',
				'Jane Roe has repeatedly criticised the council',
				'the sailing club has won a regional trophy this season'
			])
		);
	});
});
