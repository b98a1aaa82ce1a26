/**
 * What a SCORM package tells the LMS, in SCORM 1.2's data model (RTE 3.4): the score, the lesson
 * status, where the student is (suspend data and lesson location) and one interaction per
 * answer. Every checked answer is committed at once, as the app saves each answer at once.
 *
 * Status: `incomplete` until the last question is checked; then `passed` or `failed` against
 * the mastery score the LMS passes on from the manifest (`adlcp:masteryscore`), or `completed`
 * when there is none. An LMS that ignores the manifest's mastery score (some do) leaves the
 * pass mark the package carries itself; the LMS's value wins when it gives one. Exit is `suspend` while unfinished, so the LMS keeps the attempt open and
 * hands the suspend data back next time; normal ("") once finished.
 */
import type { Question } from '$lib/bank/schema';
import { scoreAttempt } from '$lib/quiz/score';
import type { Attempt } from '$lib/quiz/types';
import type { Scorm12Api } from './api';
import { interactionElements, interactionFor, scorm12Timespan } from './interactions';
import { decodeAttempt, encodeAttempt, SUSPEND_DATA_LIMIT, type DetailLevel } from './suspend';

export interface ScormLaunch {
	/** The attempt to resume, from suspend data. */
	resumed: Attempt | null;
	masteryScore: number | null;
	/** The LMS opened the activity to look back only (lesson_mode review or browse). */
	readOnly: boolean;
	/** Something the student should know: no LMS, no connection, progress that could not be read. */
	notice: string | null;
}

export class ScormError extends Error {
	constructor(message: string) {
		super(message);
		this.name = 'ScormError';
	}
}

export class ScormReporter {
	readonly #api: Scorm12Api | null;
	readonly #questions: readonly Question[];
	readonly #byId: ReadonlyMap<string, Question>;
	readonly #storyId: string;
	readonly #now: () => number;
	readonly #suspendLimit: number;
	#connected = false;
	#finished = false;
	/** An attempt finished in an earlier session: its grade stands; no other attempt overwrites it. */
	#finishedBefore: string | null = null;
	#readOnly = false;
	#started = 0;
	#mastery: number | null = null;
	#interactionCount = 0;
	/** Question ids whose interaction the LMS already has (this session or an earlier one). */
	readonly #reported = new Set<string>();
	/** How much detail the last suspend data kept; 'none' when the attempt no longer fits. */
	fit: DetailLevel | 'none' = 'full';
	/** Problems the LMS reported for optional data (interactions), kept for diagnosis. */
	readonly warnings: string[] = [];

	constructor(
		api: Scorm12Api | null,
		questions: readonly Question[],
		storyId: string,
		now: () => number = Date.now,
		/** SCORM 1.2's limit; smaller only in tests. */
		suspendLimit = SUSPEND_DATA_LIMIT
	) {
		this.#suspendLimit = suspendLimit;
		this.#api = api;
		this.#questions = questions;
		this.#byId = new Map(questions.map((q) => [q.id, q]));
		this.#storyId = storyId;
		this.#now = now;
	}

	get connected(): boolean {
		return this.#connected;
	}

	/** LMSInitialize, and what the LMS knows of earlier sessions. */
	begin(packageMastery: number | null = null): ScormLaunch {
		this.#started = this.#now();
		const api = this.#api;
		if (!api) {
			return {
				resumed: null,
				masteryScore: null,
				readOnly: false,
				notice: 'Preview: no learning platform found, so your answers are not recorded.'
			};
		}
		if (api.LMSInitialize('') !== 'true') {
			return {
				resumed: null,
				masteryScore: null,
				readOnly: false,
				notice: `Your learning platform did not connect (${this.#lastError()}), so your answers are not recorded.`
			};
		}
		this.#connected = true;
		const mode = api.LMSGetValue('cmi.core.lesson_mode');
		this.#readOnly = mode === 'review' || mode === 'browse';
		const mastery = Number.parseFloat(api.LMSGetValue('cmi.student_data.mastery_score'));
		this.#mastery = Number.isFinite(mastery) ? mastery : packageMastery;
		const count = Number.parseInt(api.LMSGetValue('cmi.interactions._count'), 10);
		this.#interactionCount = Number.isFinite(count) && count > 0 ? count : 0;

		const suspend = api.LMSGetValue('cmi.suspend_data');
		const resumed = suspend ? decodeAttempt(suspend, this.#questions, this.#storyId) : null;
		// Answers in the suspend data were reported with their interactions in the same commit.
		for (const id of Object.keys(resumed?.answers ?? {})) this.#reported.add(id);
		if (resumed?.finishedAt) {
			this.#finished = true;
			this.#finishedBefore = resumed.id;
		}
		return {
			resumed,
			masteryScore: this.#mastery,
			readOnly: this.#readOnly,
			notice:
				suspend && !resumed
					? 'Your earlier progress could not be read, so the quiz starts again.'
					: null
		};
	}

	/** Writes the attempt and commits; throws a ScormError when the LMS refuses. */
	save(attempt: Attempt): void {
		if (!this.#connected || this.#readOnly) return;
		if (this.#finishedBefore !== null && attempt.id !== this.#finishedBefore) {
			throw new ScormError('This activity is finished; your learning platform keeps its result.');
		}
		this.#writeInteractions(attempt);

		const score = scoreAttempt(attempt, [...this.#questions]);
		const finished = attempt.finishedAt !== undefined;
		this.#set('cmi.core.score.raw', String(score.percent));
		this.#set('cmi.core.score.min', '0');
		this.#set('cmi.core.score.max', '100');
		this.#set('cmi.core.lesson_status', this.#status(finished, score.percent));
		this.#set('cmi.core.lesson_location', String(attempt.currentIndex));
		this.#set('cmi.core.exit', finished ? '' : 'suspend');
		const fitted = encodeAttempt(attempt, this.#questions, this.#suspendLimit);
		this.fit = fitted?.level ?? 'none';
		// An attempt too big for suspend data keeps the last one that fitted: resuming then
		// loses the newest answers, never the score or the interactions already reported.
		if (fitted) this.#set('cmi.suspend_data', fitted.data);
		this.#commit();
		if (finished) this.#finished = true;
	}

	/** Session time, exit, LMSFinish. Safe to call more than once (finish, then pagehide). */
	end(): void {
		if (!this.#connected) return;
		this.#connected = false;
		const api = this.#api!;
		if (!this.#readOnly) {
			api.LMSSetValue('cmi.core.session_time', scorm12Timespan(this.#now() - this.#started));
			if (!this.#finished) api.LMSSetValue('cmi.core.exit', 'suspend');
			api.LMSCommit('');
		}
		api.LMSFinish('');
	}

	#status(finished: boolean, percent: number): string {
		if (!finished) return 'incomplete';
		if (this.#mastery === null) return 'completed';
		return percent >= this.#mastery ? 'passed' : 'failed';
	}

	#writeInteractions(attempt: Attempt): void {
		const records = attempt.questionIds
			.map((id) => attempt.answers[id])
			.filter((r) => r !== undefined)
			.sort((a, b) => a.answeredAt.localeCompare(b.answeredAt));
		let previousAt = attempt.startedAt;
		for (const record of records) {
			const question = this.#byId.get(record.questionId);
			if (question && !this.#reported.has(record.questionId)) {
				const interaction = interactionFor(question, record, previousAt);
				const elements = interactionElements(this.#interactionCount, interaction);
				// An LMS may not keep interactions (they are optional in SCORM 1.2): note it, go on.
				const refused = elements.find(([element, value]) => !this.#trySet(element, value));
				if (refused) this.warnings.push(`${refused[0]}: ${this.#lastError()}`);
				this.#interactionCount++;
				this.#reported.add(record.questionId);
			}
			previousAt = record.answeredAt;
		}
	}

	#trySet(element: string, value: string): boolean {
		return this.#api!.LMSSetValue(element, value) === 'true';
	}

	#set(element: string, value: string): void {
		if (!this.#trySet(element, value)) {
			throw new ScormError(`The learning platform refused ${element} (${this.#lastError()}).`);
		}
	}

	#commit(): void {
		if (this.#api!.LMSCommit('') !== 'true') {
			throw new ScormError(`The learning platform did not save it (${this.#lastError()}).`);
		}
	}

	#lastError(): string {
		const api = this.#api;
		if (!api) return 'no connection';
		const code = api.LMSGetLastError();
		return `error ${code}: ${api.LMSGetErrorString(code) || 'unknown'}`;
	}
}
