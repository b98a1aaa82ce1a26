/** A student's answer to one question, as the question components produce it. */
export type Response =
	| { type: 'single'; choiceId: string | null }
	| { type: 'truefalse'; choiceId: string | null }
	| { type: 'multi'; choiceIds: string[] }
	| { type: 'cloze'; text: string }
	/** Raw text as typed ("6,000", "six thousand"); parsed when graded. */
	| { type: 'numeric'; value: string }
	/** pair id -> the right-hand text the student chose for it. */
	| { type: 'matching'; matches: Record<string, string> }
	/** Item ids in the order the student put them. */
	| { type: 'ordering'; order: string[] }
	| { type: 'evidence'; choiceId: string | null; evidenceId: string | null };

export interface Grade {
	correct: boolean;
	/** 0..1; partial credit for multi, matching, ordering and two-part questions. */
	credit: number;
}

export interface AnswerRecord {
	questionId: string;
	response: Response;
	correct: boolean;
	credit: number;
	/** ISO timestamp. */
	answeredAt: string;
}

export interface Attempt {
	id: string;
	storyId: string;
	startedAt: string;
	finishedAt?: string;
	/** The questions of this attempt, in the order they are asked. Fixed when the attempt starts. */
	questionIds: string[];
	answers: Record<string, AnswerRecord>;
	/** Index into questionIds of the question the student is on. */
	currentIndex: number;
}

export interface StoryProgress {
	storyId: string;
	/** Every attempt, oldest first; the last one may be in progress. */
	attempts: Attempt[];
}
