import { describe, expect, it } from 'vitest';
import { formatPoints, plural } from './format';

describe('formatPoints', () => {
	it('shows at most one decimal and drops a trailing .0', () => {
		expect(formatPoints(24.166)).toBe('24.2 points');
		expect(formatPoints(3)).toBe('3 points');
		expect(formatPoints(2.96)).toBe('3 points');
		expect(formatPoints(0.5)).toBe('0.5 points');
		expect(formatPoints(0)).toBe('0 points');
	});

	it('says "point" for exactly one', () => {
		expect(formatPoints(1)).toBe('1 point');
		expect(formatPoints(1.04)).toBe('1 point');
	});
});

describe('plural', () => {
	it('pluralises with an optional irregular form', () => {
		expect(plural(1, 'answer')).toBe('1 answer');
		expect(plural(0, 'answer')).toBe('0 answers');
		expect(plural(2, 'story', 'stories')).toBe('2 stories');
	});
});
