import { describe, expect, it } from 'vitest';
import { createMemoryStore } from '$lib/storage';
import { makeAnswer } from '$test-data';
import { StoryProgressSchema } from '$lib/storage/schemas';
import { check } from '$lib/validation';
import { answerFor, hasAnswer } from './answers';
import { summarizeProgress } from './student-progress';

const PROTO_IDS = ['__proto__', 'constructor', 'hasOwnProperty'];

describe('answers keyed by question ids that are prototype names', () => {
	it('an unanswered "constructor" is not answered, and saved answers survive a re-read', async () => {
		const store = createMemoryStore('test');
		const attempt = await store.startAttempt('s', PROTO_IDS);
		for (const id of PROTO_IDS) expect(hasAnswer(attempt.answers, id)).toBe(false);

		await store.saveAnswer('s', attempt.id, makeAnswer('constructor', '2026-01-01T00:00:00Z'), 1);
		let stored = (await store.getProgress('s')).attempts[0]!;
		expect(hasAnswer(stored.answers, 'constructor')).toBe(true);
		expect(hasAnswer(stored.answers, '__proto__')).toBe(false);
		expect(hasAnswer(stored.answers, 'hasOwnProperty')).toBe(false);

		await store.saveAnswer(
			's',
			attempt.id,
			makeAnswer('__proto__', '2026-01-01T00:00:01Z', 'b'),
			2
		);
		await store.saveAnswer(
			's',
			attempt.id,
			makeAnswer('hasOwnProperty', '2026-01-01T00:00:02Z'),
			3
		);
		stored = (await store.getProgress('s')).attempts[0]!;
		expect(Object.keys(stored.answers).sort()).toEqual([...PROTO_IDS].sort());
		expect(answerFor(stored.answers, '__proto__')?.credit).toBe(0);
		expect(Object.getPrototypeOf(stored.answers)).toBeNull();
	});

	it('stored data with those keys validates with every answer kept (valibot records would drop them)', () => {
		const raw = JSON.parse(
			JSON.stringify({
				storyId: 's',
				attempts: [
					{
						id: 'a1',
						storyId: 's',
						startedAt: '2026-01-01T00:00:00Z',
						questionIds: PROTO_IDS,
						answers: {},
						currentIndex: 3
					}
				]
			})
		);
		// JSON.parse makes "__proto__" an own key, as structured clone from IndexedDB does.
		raw.attempts[0].answers = JSON.parse(
			`{${PROTO_IDS.map((id) => `"${id}": ${JSON.stringify(makeAnswer(id, '2026-01-01T00:00:00Z'))}`).join(',')}}`
		);
		const checked = check(StoryProgressSchema, raw);
		expect(checked.success).toBe(true);
		const answers = checked.data!.attempts[0]!.answers;
		expect(Object.keys(answers).sort()).toEqual([...PROTO_IDS].sort());
		expect(summarizeProgress(checked.data!, [])).toMatchObject({
			kind: 'in-progress',
			answered: 3,
			total: 3
		});
	});
});
