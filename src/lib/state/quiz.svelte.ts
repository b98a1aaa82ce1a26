import { answerFor, hasAnswer } from '$lib/quiz/answers';
import type { Question } from '$lib/bank/schema';
import {
	attemptQuestions,
	nextAvailableIndex,
	questionsById,
	sectionsByQuestion
} from '$lib/quiz/attempt-order';
import { grade, isAnswered } from '$lib/quiz/grade';
import { orderSeed, startingResponse } from '$lib/quiz/item-order';
import { planQuiz } from '$lib/quiz/plan';
import { openAttempt } from '$lib/quiz/student-progress';
import type { AnswerRecord, Attempt, Grade, Response } from '$lib/quiz/types';
import type { ByLineStore } from '$lib/storage/types';
import type { StorageManager } from './storage-manager.svelte';
import { isoNow, startNewAttempt, withGenerated } from './story-data';
import type { StoryBundle } from '$lib/bank/story';

export type QuizPhase = 'loading' | 'ready' | 'finished' | 'empty' | 'error';

/** Where a session gets generated questions. Only cached ones join a quiz: generating takes long. */
export interface GeneratedSource {
	cached(): Promise<Question[]>;
	/** Generates and caches questions in the background for a later attempt; never awaited. */
	prepare(): void;
}

const NO_GENERATED: GeneratedSource = { cached: async () => [], prepare: () => {} };

/** Told about every answer once it is saved (review cards follow answers this way). */
export type AnswerListener = (question: Question, grade: Grade, answeredAt: string) => void;

/**
 * A student's run through one story's quiz: the open attempt (resumed, or started when
 * there is none), the question on screen, its draft answer, and checking and moving on.
 * Every checked answer is saved at once, so closing the tab loses nothing.
 */
export class QuizSession {
	error = $state<string | null>(null);
	busy = $state(false);

	#storage: StorageManager;
	#content: StoryBundle;
	#pool = $state.raw<Question[]>([]);
	#generated: GeneratedSource;
	#now: () => string;
	#onAnswered: AnswerListener | undefined;
	/** The phase until the attempt is on screen; after that it follows from the attempt. */
	#start = $state<'loading' | 'empty' | 'error' | null>('loading');
	#attemptId = $state<string | null>(null);
	/** The answer being composed, for the question it was composed for. */
	#draft = $state.raw<{ questionId: string; response: Response } | null>(null);

	/**
	 * The attempt as storage has it: the manager's copy, so an answer saved in another tab
	 * shows here too, and this session keeps no copy of its own.
	 */
	attempt: Attempt | null = $derived.by(() => {
		const id = this.#attemptId;
		if (id === null) return null;
		return this.#storage.progress(this.content.story.id)?.attempts.find((a) => a.id === id) ?? null;
	});
	phase: QuizPhase = $derived(
		this.#start ?? (this.attempt ? (this.attempt.finishedAt ? 'finished' : 'ready') : 'loading')
	);
	questions = $derived(this.attempt ? attemptQuestions(this.attempt, this.#pool) : []);
	#byId = $derived(questionsById(this.questions));
	#sections = $derived(sectionsByQuestion(planQuiz(this.questions, this.content.articles)));

	index = $derived(this.attempt?.currentIndex ?? 0);
	total = $derived(this.attempt?.questionIds.length ?? 0);
	question: Question | null = $derived.by(() => {
		const id = this.attempt?.questionIds[this.index];
		return id === undefined ? null : (this.#byId.get(id) ?? null);
	});
	/** Fixes the shown order of the question's choices for this attempt (a reload keeps it). */
	orderSeed = $derived(this.question ? orderSeed(this.attempt?.id, this.question.id) : '');
	section = $derived(this.question ? (this.#sections.get(this.question.id) ?? null) : null);
	record: AnswerRecord | null = $derived(
		this.question && this.attempt
			? (answerFor(this.attempt.answers, this.question.id) ?? null)
			: null
	);
	checked = $derived(this.record !== null);
	/** The answer being composed for the current question, before it is checked. */
	draft: Response | null = $derived.by(() => {
		const question = this.question;
		if (!question) return null;
		const draft = this.#draft;
		return draft?.questionId === question.id
			? draft.response
			: startingResponse(question, this.orderSeed);
	});
	response: Response | null = $derived(this.record?.response ?? this.draft);
	grade: Grade | null = $derived(
		this.record ? { correct: this.record.correct, credit: this.record.credit } : null
	);
	canCheck = $derived(!this.busy && !this.checked && this.draft !== null && isAnswered(this.draft));
	isLast = $derived(this.index >= this.total - 1);
	answeredCount = $derived(
		this.attempt
			? this.attempt.questionIds.filter((id) => this.attempt && hasAnswer(this.attempt.answers, id))
					.length
			: 0
	);

	constructor(
		storage: StorageManager,
		content: StoryBundle,
		options: { generated?: GeneratedSource; now?: () => string; onAnswered?: AnswerListener } = {}
	) {
		this.#storage = storage;
		this.#content = content;
		this.#pool = content.questions;
		this.#generated = options.generated ?? NO_GENERATED;
		this.#now = options.now ?? isoNow;
		this.#onAnswered = options.onAnswered;
	}

	// A getter, not a field: the derived fields above read it, and fields initialise in order.
	get content(): StoryBundle {
		return this.#content;
	}

	/** Resumes the open attempt, or starts one. */
	async start(): Promise<void> {
		try {
			const store = await this.#storage.open();
			const open = openAttempt(await this.#storage.loadProgress(this.content.story.id));
			const generated = await this.#generated.cached();
			// Without cached ones, this attempt goes ahead with the curated questions and the
			// generator prepares some for the next attempt.
			if (generated.length === 0) this.#generated.prepare();
			this.#pool = withGenerated(this.content, generated);
			if (open) {
				await this.#show(open);
				return;
			}
			// A published story may have no approved questions yet; an empty attempt helps nobody.
			if (this.#pool.length === 0) {
				this.#start = 'empty';
				return;
			}
			const started = await startNewAttempt(store, this.content, this.#pool);
			await this.#storage.loadProgress(this.content.story.id);
			await this.#show(started);
		} catch (cause) {
			this.#fail(cause);
		}
	}

	setResponse(response: Response): void {
		if (!this.checked && this.question) {
			this.#draft = { questionId: this.question.id, response };
		}
	}

	/** Grades the draft and saves it; the question stays on screen to show its feedback. */
	async check(): Promise<Grade | null> {
		const { question, attempt, draft } = this;
		if (!question || !attempt || !draft || !this.canCheck) return null;
		const result = grade(question, draft);
		const record: AnswerRecord = {
			questionId: question.id,
			response: draft,
			correct: result.correct,
			credit: result.credit,
			answeredAt: this.#now()
		};
		await this.#save((store) =>
			store.saveAnswer(this.content.story.id, attempt.id, record, attempt.currentIndex)
		);
		if (this.error) return null;
		this.#onAnswered?.(question, result, record.answeredAt);
		return result;
	}

	/** Moves to the next question, or finishes the attempt after the last one. */
	async next(): Promise<void> {
		const attempt = this.attempt;
		if (!attempt || !this.checked) return;
		const target = nextAvailableIndex(attempt, this.questions, attempt.currentIndex + 1);
		const storyId = this.content.story.id;
		if (target >= attempt.questionIds.length) {
			await this.#save((store) => store.finishAttempt(storyId, attempt.id));
			return;
		}
		await this.#save((store) => store.setCurrentIndex(storyId, attempt.id, target));
	}

	async #show(attempt: Attempt): Promise<void> {
		const storyId = this.content.story.id;
		const store = await this.#storage.open();
		this.#attemptId = attempt.id;
		// Skip past questions a teacher deleted since the attempt began.
		const index = nextAvailableIndex(attempt, this.questions, attempt.currentIndex);
		if (index >= attempt.questionIds.length) {
			await store.finishAttempt(storyId, attempt.id);
		} else if (index !== attempt.currentIndex) {
			await store.setCurrentIndex(storyId, attempt.id, index);
		}
		await this.#storage.loadProgress(storyId);
		this.#start = null;
	}

	async #save(write: (store: ByLineStore) => Promise<unknown>): Promise<void> {
		this.busy = true;
		this.error = null;
		try {
			await write(await this.#storage.open());
			await this.#storage.loadProgress(this.content.story.id);
		} catch (cause) {
			// The draft stays on screen, so the student can simply try again.
			this.error = cause instanceof Error ? cause.message : String(cause);
		} finally {
			this.busy = false;
		}
	}

	#fail(cause: unknown): void {
		this.error = cause instanceof Error ? cause.message : String(cause);
		this.#start = 'error';
	}
}
