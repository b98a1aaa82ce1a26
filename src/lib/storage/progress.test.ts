import { describe, expect, it } from 'vitest';
import type { StoryProgress } from '$lib/quiz/types';
import {
	clampIndex,
	finish,
	inProgressAttempt,
	isAbandoned,
	laterAnswer,
	mergeAnswer,
	mergeRestored,
	newAttempt,
	ProgressRuleError
} from './progress';
import { makeAnswer } from '$test-data';

function progressWith(...ids: string[]): StoryProgress {
	return {
		storyId: 's',
		attempts: ids.map((id) => newAttempt('s', ['q1', 'q2'], id, '2026-01-01T00:00:00Z'))
	};
}

describe('progress rules', () => {
	it('refuses empty or repeating question lists', () => {
		expect(() => newAttempt('s', [], 'x', 'now')).toThrow(ProgressRuleError);
		expect(() => newAttempt('s', ['q', 'q'], 'x', 'now')).toThrow(/same question twice/);
	});

	it('only the last unfinished attempt is in progress; earlier unfinished ones are abandoned', () => {
		const progress = progressWith('old', 'new');
		expect(inProgressAttempt(progress)?.id).toBe('new');
		expect(isAbandoned(progress, progress.attempts[0]!)).toBe(true);
		expect(isAbandoned(progress, progress.attempts[1]!)).toBe(false);
		const done = finish(progress, 'new', '2026-01-02T00:00:00Z').progress;
		expect(inProgressAttempt(done)).toBeUndefined();
	});

	it('keeps the later answer regardless of arrival order', () => {
		const early = makeAnswer('q1', '2026-01-01T10:00:00Z', 'a');
		const late = makeAnswer('q1', '2026-01-01T10:05:00Z', 'b');
		expect(laterAnswer(early, late)).toBe(late);
		expect(laterAnswer(late, early)).toBe(late);
		expect(laterAnswer(undefined, early)).toBe(early);
	});

	it('merges one answer without touching the others', () => {
		let progress = progressWith('x');
		progress = mergeAnswer(progress, 'x', makeAnswer('q1', '2026-01-01T10:00:00Z'), 1).progress;
		const { attempt } = mergeAnswer(progress, 'x', makeAnswer('q2', '2026-01-01T10:01:00Z'), 2);
		expect(Object.keys(attempt.answers).sort()).toEqual(['q1', 'q2']);
		expect(attempt.currentIndex).toBe(2);
	});

	it('clamps indexes into the attempt', () => {
		const attempt = { questionIds: ['a', 'b', 'c'] };
		expect(clampIndex(attempt, 7)).toBe(3);
		expect(clampIndex(attempt, -1)).toBe(0);
		expect(clampIndex(attempt, Number.NaN)).toBe(0);
		expect(clampIndex(attempt, 1.7)).toBe(1);
	});

	it('undo puts saved attempts first and keeps newer ones', () => {
		const saved = progressWith('a', 'b');
		const current = progressWith('b', 'c');
		expect(mergeRestored(saved, current).attempts.map((a) => a.id)).toEqual(['a', 'b', 'c']);
	});
});
