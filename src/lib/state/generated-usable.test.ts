import { describe, expect, it } from 'vitest';
import { QuestionSchema, type Question } from '$lib/bank/schema';
import { check } from '$lib/validation';
import { makeStudentStory, STUDENT_STORY } from '$test-data';
import { usableCached } from './generated';
import { onlyStory } from '$lib/storage/testing';
import { forStudents } from './story-data';
import type { StoryBundle } from '$lib/bank/story';

function content(): StoryBundle {
	const c = forStudents({ ...onlyStory(makeStudentStory()), builtIn: true });
	if (!c) throw new Error('fixture story missing');
	return c;
}

function single(overrides: Record<string, unknown> = {}): Question {
	const article = content().articles[0]!;
	return {
		id: 'gen-1',
		storyId: STUDENT_STORY,
		type: 'single',
		skill: 'fact',
		prompt: 'Which is right?',
		choices: [
			{ id: 'a', text: 'One' },
			{ id: 'b', text: 'Two' }
		],
		correct: ['a'],
		evidence: [{ articleId: article.id, start: 0, end: 10 }],
		explanation: 'The first sentence.',
		origin: 'generated',
		status: 'draft',
		difficulty: 1,
		...overrides
	} as Question;
}

describe('usableCached (cached generated questions, checked without the full schema)', () => {
	it('accepts valid questions for this story', () => {
		expect(check(QuestionSchema, single()).success).toBe(true);
		expect(usableCached([single()], content())).toEqual([single()]);
		expect(usableCached([], content())).toEqual([]);
	});

	it.each([
		['not a list', { id: 'gen-1' }],
		['junk entries', [{ id: 'junk' }]],
		['another story', [single({ storyId: 'other-story' })]],
		[
			'evidence outside the article',
			[single({ evidence: [{ articleId: 'harbor-a', start: 0, end: 99_999 }] })]
		],
		['an unknown article', [single({ evidence: [{ articleId: 'nope', start: 0, end: 3 }] })]],
		['a type without its fields', [single({ choices: undefined })]],
		['a correct answer that is no choice', [single({ correct: ['zzz'] })]],
		['choices that are not objects', [single({ choices: [null, 3] })]],
		['an unknown type', [single({ type: 'essay' })]],
		['a repeated id', [single(), single()]]
	])('rejects %s', (_why, stored) => {
		expect(usableCached(stored, content())).toBeNull();
	});
});
