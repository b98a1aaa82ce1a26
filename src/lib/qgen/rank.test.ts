import { describe, expect, it } from 'vitest';
import type { Question } from '$lib/bank/schema';
import type { Candidate } from './candidates/candidate';
import { scoreOf } from './rank';

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
