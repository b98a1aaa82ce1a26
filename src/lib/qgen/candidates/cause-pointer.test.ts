import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../analyze';
import { article } from '../article.test-helpers';
import { pointsToActBefore, sentenceNamingPointer } from './cause-pointer';

describe('pointsToActBefore', () => {
	it('finds an act named only by a pointer noun, with or without a modifier', () => {
		expect(pointsToActBefore('Roe said she took the unusual action')).toBe(true);
		expect(pointsToActBefore('the council defended the move')).toBe(true);
		expect(pointsToActBefore('Roe said she did so')).toBe(true);
	});
	it('leaves a pointer whose complement names the act, and a clause without one', () => {
		expect(pointsToActBefore('Roe defended the decision to close the pier')).toBe(false);
		expect(pointsToActBefore('the plan for a new stadium stalled')).toBe(false);
		expect(pointsToActBefore('the board closed the ferry terminal')).toBe(false);
	});
});

describe('sentenceNamingPointer', () => {
	const sentences = (text: string) => {
		const a = analyzeArticle(article(1, text));
		return { a, last: a.sentences.at(-1)! };
	};
	it('gives the reporter’s own sentence before', () => {
		const { a, last } = sentences(
			'Mayor Ana Ruiz began taping every meeting of the harbour board in March. Ruiz said she took the unusual action because she feared a leak.'
		);
		expect(sentenceNamingPointer(a, last, 'she feared a leak')?.text).toMatch(
			/^Mayor Ana Ruiz began/
		);
	});
	it('refuses a sentence that leans back itself or tells the key', () => {
		const leans = sentences(
			'It began taping every meeting of the harbour board in March. Ruiz said she took the unusual action because she feared a leak.'
		);
		expect(sentenceNamingPointer(leans.a, leans.last, 'she feared a leak')).toBeUndefined();
		const tells = sentences(
			'Mayor Ana Ruiz feared a leak from the harbour board in March. Ruiz said she took the unusual action because she feared a leak.'
		);
		expect(sentenceNamingPointer(tells.a, tells.last, 'she feared a leak')).toBeUndefined();
	});
});
