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
import { isoNow, startNewAttempt, withGenerated, type StoryContent } from './story-data';

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
	phase = $state<QuizPhase>('loading');
	error = $state<string | null>(null);
	attempt = $state.raw<Attempt | null>(null);
	/** The answer being composed for the current question, before it is checked. */
	draft = $state.raw<Response | null>(null);
	busy = $state(false);

	#store: ByLineStore;
	#content: StoryContent;
	#pool = $state.raw<Question[]>([]);
	#generated: GeneratedSource;
	#now: () => string;
	#onAnswered: AnswerListener | undefined;

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
		store: ByLineStore,
		content: StoryContent,
		options: { generated?: GeneratedSource; now?: () => string; onAnswered?: AnswerListener } = {}
	) {
		this.#store = store;
		this.#content = content;
		this.#pool = content.questions;
		this.#generated = options.generated ?? NO_GENERATED;
		this.#now = options.now ?? isoNow;
		this.#onAnswered = options.onAnswered;
	}

	// A getter, not a field: the derived fields above read it, and fields initialise in order.
	get content(): StoryContent {
		return this.#content;
	}

	/** Resumes the open attempt, or starts one. */
	async start(): Promise<void> {
		try {
			const progress = await this.#store.getProgress(this.content.story.id);
			const open = openAttempt(progress);
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
				this.phase = 'empty';
				return;
			}
			await this.#show(await startNewAttempt(this.#store, this.content, this.#pool));
		} catch (cause) {
			this.#fail(cause);
		}
	}

	/** Picks up answers saved by another tab on the same attempt. */
	async refresh(): Promise<void> {
		if (this.busy || !this.attempt) return;
		const progress = await this.#store.getProgress(this.content.story.id);
		const same = progress.attempts.find((a) => a.id === this.attempt?.id);
		if (!same) return;
		const questionBefore = this.question?.id;
		this.attempt = same;
		if (same.finishedAt) this.phase = 'finished';
		else if (this.question?.id !== questionBefore) this.#resetDraft();
	}

	setResponse(response: Response): void {
		if (!this.checked) this.draft = response;
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
		await this.#save(() =>
			this.#store.saveAnswer(this.content.story.id, attempt.id, record, attempt.currentIndex)
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
			await this.#save(() => this.#store.finishAttempt(storyId, attempt.id));
			if (!this.error) this.phase = 'finished';
			return;
		}
		await this.#save(() => this.#store.setCurrentIndex(storyId, attempt.id, target));
		this.#resetDraft();
	}

	async #show(attempt: Attempt): Promise<void> {
		this.attempt = attempt;
		// Skip past questions a teacher deleted since the attempt began.
		const index = nextAvailableIndex(attempt, this.questions, attempt.currentIndex);
		const storyId = this.content.story.id;
		if (index >= attempt.questionIds.length) {
			this.attempt = await this.#store.finishAttempt(storyId, attempt.id);
			this.phase = 'finished';
			return;
		}
		if (index !== attempt.currentIndex) {
			this.attempt = await this.#store.setCurrentIndex(storyId, attempt.id, index);
		}
		this.#resetDraft();
		this.phase = 'ready';
	}

	async #save(write: () => Promise<Attempt>): Promise<void> {
		this.busy = true;
		this.error = null;
		try {
			this.attempt = await write();
		} catch (cause) {
			// The draft stays on screen, so the student can simply try again.
			this.error = cause instanceof Error ? cause.message : String(cause);
		} finally {
			this.busy = false;
		}
	}

	#resetDraft(): void {
		this.draft = this.question ? startingResponse(this.question, this.orderSeed) : null;
	}

	#fail(cause: unknown): void {
		this.error = cause instanceof Error ? cause.message : String(cause);
		this.phase = 'error';
	}
}
