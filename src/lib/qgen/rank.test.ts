import { describe, expect, it } from 'vitest';
import type { Question } from '$lib/bank/schema';
import type { Candidate } from './candidates/candidate';
import { keyInEveryHeadline, scoreOf } from './rank';

const q = (prompt: string, spans = 1) =>
	({
		prompt,
		evidence: Array.from({ length: spans }, () => ({ articleId: 'a', start: 0, end: 1 }))
	}) as Question;
const c = (family: Candidate['family'], quality = 0.7, position = 0) =>
	({ family, quality, position }) as Candidate;

describe('scoreOf', () => {
	it('puts source questions above cloze questions of equal quality', () => {
		expect(scoreOf(c('source'), q('Which outlet?'))).toBeGreaterThan(
			scoreOf(c('cloze'), q('Fill the gap.'))
		);
	});
	it('prefers early sentences, short prompts and few evidence spans', () => {
		expect(scoreOf(c('fact', 0.7, 0), q('x'))).toBeGreaterThan(scoreOf(c('fact', 0.7, 30), q('x')));
		expect(scoreOf(c('fact'), q('word '.repeat(20)))).toBeGreaterThan(
			scoreOf(c('fact'), q('word '.repeat(120)))
		);
		expect(scoreOf(c('fact'), q('x', 1))).toBeGreaterThan(scoreOf(c('fact'), q('x', 6)));
	});
	it('stays within 0..1', () => {
		const s = scoreOf(c('source', 1), q('x'));
		expect(s).toBeLessThanOrEqual(1);
		expect(s).toBeGreaterThan(0);
	});
});

describe('keyInEveryHeadline', () => {
	const who = (key: string) =>
		({
			type: 'single',
			prompt: 'According to Daily A, who opened the harbour office?',
			choices: [
				{ id: 'a', text: key },
				{ id: 'b', text: 'Bo Chen' }
			],
			correct: ['a']
		}) as Question;
	it('finds a person every headline names, by surname', () => {
		expect(
			keyInEveryHeadline(who('Ann M. Lee'), [
				'Lee opens harbour office',
				'Mayor Ann Lee cuts ribbon'
			])
		).toBe(true);
	});
	it('leaves a key one headline lacks, or a surname inside another word', () => {
		expect(keyInEveryHeadline(who('Ann Lee'), ['Lee opens office', 'Harbour office opens'])).toBe(
			false
		);
		expect(keyInEveryHeadline(who('Ann Lee'), ['Lee opens office', 'Fleet sails at Leeds'])).toBe(
			false
		);
	});
	it('reads a gap’s key whole', () => {
		const gap = { type: 'cloze', prompt: 'The ____ reopened.', accepted: ['harbour office'] };
		expect(
			keyInEveryHeadline(gap as Question, ['Harbour office reopens', 'City harbour office back'])
		).toBe(true);
	});
});
