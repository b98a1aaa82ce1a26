import { describe, expect, it } from 'vitest';
import type { Scorm12Api } from './api';
import { at, makeEveryKind, START, STORY_ID } from '$test-data';
import { Scorm12API, scormAttempt } from './lms.test-helpers';
import { ScormReporter } from './reporter';
import { decodeAttempt } from './suspend';
import { ScormAttemptStore } from './store';

const everyKind = Object.values(makeEveryKind());

/** A real LMS-side SCORM 1.2 runtime (scorm-again), as an LMS frame would provide it. */
function lms(cmi: Record<string, unknown> = {}) {
	const api = new Scorm12API({ logLevel: 5 });
	if (Object.keys(cmi).length > 0) api.loadFromJSON(cmi as never);
	return { api, sco: api as unknown as Scorm12Api };
}

/** What the LMS recorded, write-only elements included (as the LMS would store them). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- scorm-again's CMI JSON is untyped
const recorded = (api: Scorm12API): any => JSON.parse(JSON.stringify(api.cmi));

const clock = (seconds: number[]) => {
	let i = 0;
	return () => Date.parse(at(seconds[Math.min(i++, seconds.length - 1)]!));
};

const firstTwo = everyKind.slice(0, 2);

describe('ScormReporter with scorm-again', () => {
	it('reports score, status, interactions and suspend data for each answer, then finishes', async () => {
		const { api, sco } = lms();
		const reporter = new ScormReporter(sco, firstTwo, STORY_ID, clock([0, 125]));
		const launch = reporter.begin();
		expect(launch).toMatchObject({ resumed: null, masteryScore: null, readOnly: false });

		const store = new ScormAttemptStore(
			STORY_ID,
			null,
			(a) => reporter.save(a),
			() => START
		);
		const attempt = await store.startAttempt(STORY_ID, ['q-single', 'q-multi']);
		expect(recorded(api).core).toMatchObject({ lesson_status: 'incomplete', exit: 'suspend' });

		const answered = scormAttempt(firstTwo, {
			'q-single': { type: 'single', choiceId: 'mon' },
			'q-multi': { type: 'multi', choiceIds: ['dp'] }
		});
		await store.saveAnswer(STORY_ID, attempt.id, answered.answers['q-single']!, 1);
		expect(api.cmi.core.score.raw).toBe('50');
		expect(Object.keys(recorded(api).interactions)).toHaveLength(1);
		await store.saveAnswer(STORY_ID, attempt.id, answered.answers['q-multi']!, 1);
		await store.finishAttempt(STORY_ID, attempt.id);
		reporter.end();

		const cmi = recorded(api);
		// q-single right (1), q-multi half right (0.5): 75%.
		expect(cmi.core.score.raw).toBe('75');
		expect(cmi.core.score.min).toBe('0');
		expect(cmi.core.score.max).toBe('100');
		expect(cmi.core.lesson_status).toBe('completed');
		expect(cmi.core.exit).toBe('');
		expect(cmi.core.session_time).toMatch(/^00:02:05/);
		const { 0: single, 1: multi } = cmi.interactions;
		expect(single).toMatchObject({
			id: 'q-single',
			type: 'choice',
			student_response: 'a',
			result: 'correct'
		});
		expect(single.correct_responses[0].pattern).toBe('a');
		expect(multi).toMatchObject({ id: 'q-multi', student_response: 'a', result: 'wrong' });
		expect(multi.correct_responses[0].pattern).toBe('a,b');
		expect(cmi.suspend_data).toMatch(/^B1\|/);
	});

	it('passes or fails against the mastery score from the manifest', async () => {
		for (const [choice, status] of [
			['mon', 'passed'],
			['tue', 'failed']
		]) {
			const { api, sco } = lms({ student_data: { mastery_score: '80' } });
			const reporter = new ScormReporter(sco, [everyKind[0]!], STORY_ID);
			expect(reporter.begin().masteryScore).toBe(80);
			const store = new ScormAttemptStore(STORY_ID, null, (a) => reporter.save(a));
			const attempt = await store.startAttempt(STORY_ID, ['q-single']);
			const record = scormAttempt([everyKind[0]!], {
				'q-single': { type: 'single', choiceId: choice! }
			}).answers['q-single']!;
			await store.saveAnswer(STORY_ID, attempt.id, record, 1);
			await store.finishAttempt(STORY_ID, attempt.id);
			expect(api.cmi.core.lesson_status).toBe(status);
		}
	});

	it('uses the pass mark the package carries when the LMS passes none on', async () => {
		const { api, sco } = lms();
		const reporter = new ScormReporter(sco, [everyKind[0]!], STORY_ID);
		expect(reporter.begin(50).masteryScore).toBe(50);
		const store = new ScormAttemptStore(STORY_ID, null, (a) => reporter.save(a));
		const attempt = await store.startAttempt(STORY_ID, ['q-single']);
		const record = scormAttempt([everyKind[0]!], {
			'q-single': { type: 'single', choiceId: 'tue' }
		}).answers['q-single']!;
		await store.saveAnswer(STORY_ID, attempt.id, record, 1);
		await store.finishAttempt(STORY_ID, attempt.id);
		expect(api.cmi.core.lesson_status).toBe('failed');
		// The LMS's own mastery score wins when it gives one.
		const other = lms({ student_data: { mastery_score: '0' } });
		expect(new ScormReporter(other.sco, [everyKind[0]!], STORY_ID).begin(50).masteryScore).toBe(0);
	});

	it('resumes from the suspend data an earlier session left, adding interactions after its own', async () => {
		const first = lms();
		const r1 = new ScormReporter(first.sco, firstTwo, STORY_ID);
		r1.begin();
		const s1 = new ScormAttemptStore(
			STORY_ID,
			null,
			(a) => r1.save(a),
			() => START
		);
		const attempt = await s1.startAttempt(STORY_ID, ['q-single', 'q-multi']);
		const answers = scormAttempt(firstTwo, {
			'q-single': { type: 'single', choiceId: 'mon' },
			'q-multi': { type: 'multi', choiceIds: ['dp', 'mw'] }
		}).answers;
		await s1.saveAnswer(STORY_ID, attempt.id, answers['q-single']!, 1);
		r1.end();
		expect(recorded(first.api).core.exit).toBe('suspend');

		// What an LMS hands back at the next launch.
		const second = lms({
			core: { entry: 'resume' },
			suspend_data: first.api.cmi.suspend_data,
			interactions: { '0': { id: 'q-single', type: 'choice' } }
		});
		const r2 = new ScormReporter(second.sco, firstTwo, STORY_ID);
		const launch = r2.begin();
		expect(launch.resumed?.id).toBe(attempt.id);
		expect(launch.resumed?.currentIndex).toBe(1);
		expect(launch.resumed?.answers['q-single']?.credit).toBe(1);
		const s2 = new ScormAttemptStore(STORY_ID, launch.resumed, (a) => r2.save(a));
		await s2.saveAnswer(STORY_ID, attempt.id, answers['q-multi']!, 1);
		await s2.finishAttempt(STORY_ID, attempt.id);
		const ids = Object.values(recorded(second.api).interactions).map((i: any) => i.id); // eslint-disable-line @typescript-eslint/no-explicit-any
		expect(ids).toEqual(['q-single', 'q-multi']);
		expect(second.api.cmi.core.score.raw).toBe('100');
	});

	it('changes nothing when the LMS refuses a save, so the student can try again', async () => {
		const { sco } = lms();
		const reporter = new ScormReporter(sco, firstTwo, STORY_ID);
		reporter.begin();
		const store = new ScormAttemptStore(STORY_ID, null, (a) => reporter.save(a));
		const attempt = await store.startAttempt(STORY_ID, ['q-single', 'q-multi']);
		sco.LMSCommit = () => 'false';
		const record = scormAttempt(firstTwo, { 'q-single': { type: 'single', choiceId: 'mon' } })
			.answers['q-single']!;
		await expect(store.saveAnswer(STORY_ID, attempt.id, record, 1)).rejects.toThrow(/did not save/);
		expect((await store.getProgress(STORY_ID)).attempts[0]?.answers).toEqual({});
	});

	it('runs without an LMS (a preview) and says answers are not recorded', () => {
		const launch = new ScormReporter(null, firstTwo, STORY_ID).begin();
		expect(launch.notice).toMatch(/not recorded/);
	});
});

describe('ScormReporter limits', () => {
	it('keeps the last suspend data that fitted when an attempt outgrows the limit', async () => {
		// SCORM 1.2's 4,096 characters take hundreds of questions to fill (see suspend.test.ts);
		// a 50-character limit shows the same behaviour with eight.
		const { api, sco } = lms();
		const reporter = new ScormReporter(sco, everyKind, STORY_ID, Date.now, 50);
		reporter.begin();
		const store = new ScormAttemptStore(
			STORY_ID,
			null,
			(a) => reporter.save(a),
			() => START
		);
		const ids = everyKind.map((q) => q.id);
		let current = await store.startAttempt(STORY_ID, ids);
		const all = scormAttempt(everyKind, {
			'q-single': { type: 'single', choiceId: 'mon' },
			'q-multi': { type: 'multi', choiceIds: ['dp', 'mw'] },
			'q-tf': { type: 'truefalse', choiceId: 'true' },
			'q-cloze': { type: 'cloze', text: 'overdue' },
			'q-num': { type: 'numeric', value: '40000' }
		}).answers;
		const fits: string[] = [];
		const sizes: number[] = [];
		for (const id of Object.keys(all)) {
			current = await store.saveAnswer(STORY_ID, current.id, all[id]!, current.currentIndex + 1);
			fits.push(reporter.fit);
			sizes.push(recorded(api).suspend_data.length);
		}
		// Detail goes first, then nothing more fits: the student goes on, the suspend data stays
		// the last one that fitted, and score and interactions are still reported.
		expect(fits[0]).toBe('full');
		expect(fits.at(-1)).toBe('none');
		expect(Math.max(...sizes)).toBeLessThanOrEqual(50);
		const cmi = recorded(api);
		expect(cmi.core.score.raw).toBe('63'); // 5 of 8 right
		expect(Object.keys(cmi.interactions)).toHaveLength(5);
		expect(decodeAttempt(cmi.suspend_data, everyKind, STORY_ID)).not.toBeNull();
	});

	it('never starts over an attempt the LMS already holds as finished', async () => {
		const first = lms();
		const r1 = new ScormReporter(first.sco, [everyKind[0]!], STORY_ID);
		r1.begin();
		const s1 = new ScormAttemptStore(STORY_ID, null, (a) => r1.save(a));
		const a1 = await s1.startAttempt(STORY_ID, ['q-single']);
		const record = scormAttempt([everyKind[0]!], {
			'q-single': { type: 'single', choiceId: 'mon' }
		}).answers['q-single']!;
		await s1.saveAnswer(STORY_ID, a1.id, record, 1);
		await s1.finishAttempt(STORY_ID, a1.id);

		const second = lms({ suspend_data: recorded(first.api).suspend_data });
		const r2 = new ScormReporter(second.sco, [everyKind[0]!], STORY_ID, () => Date.now() + 5000);
		expect(r2.begin().resumed?.finishedAt).toBeDefined();
		const s2 = new ScormAttemptStore(
			STORY_ID,
			null,
			(a) => r2.save(a),
			() => at(9999)
		);
		await expect(s2.startAttempt(STORY_ID, ['q-single'])).rejects.toThrow(/finished/);
	});
});
