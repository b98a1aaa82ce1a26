/** The LMS side of SCORM for the SCORM unit tests: scorm-again's runtime and SCORM's attempt ids. */
import type { Question } from '$lib/bank/schema';
import type { Attempt, Response } from '$lib/quiz/types';
import * as scorm12 from 'scorm-again/scorm12';
import type Scorm12APIClass from 'scorm-again/scorm12';
import { makeAttempt, START } from '$test-data';
import { scormAttemptId } from './suspend';

/** An attempt (see makeAttempt) with the id a SCORM package gives an attempt started at START. */
export function scormAttempt(
	questions: Question[],
	responses: Partial<Record<string, Response>>,
	extra: Partial<Attempt> = {}
): Attempt {
	return makeAttempt(questions, responses, { id: scormAttemptId(START), ...extra });
}

/**
 * scorm-again's LMS-side SCORM 1.2 runtime. Its type declarations name a default export while
 * its ES build exports the class by name, hence the cast.
 */
export const Scorm12API = (scorm12 as unknown as { Scorm12API: typeof Scorm12APIClass }).Scorm12API;
export type Scorm12API = Scorm12APIClass;
