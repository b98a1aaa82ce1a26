/**
 * Everything the results page's "Hand in" needs, loaded only when the student asks to hand in:
 * the assignment (class, the teacher's ids and version) when the story came by class link, and
 * otherwise the version worked out from the story as this device has it.
 */
import type { Article, Question } from '$lib/bank/model';
import type { Attempt } from '$lib/quiz/types';
import { loadAssignment, loadStudentName, saveStudentName } from './assignment';
import { bankVersion } from './bank-version';
import type { SettingsStore } from './class-record';
import { buildHandIn, handInFileName, handInQrText, serializeHandIn, type HandIn } from './hand-in';
import { MAX_QR_LINK } from './share-link';

export { handInFileName, serializeHandIn, saveStudentName };
export { qrPath } from './qr-image';

export interface HandInContext {
	storyId: string;
	title: string;
	articles: readonly Article[];
	questions: Question[];
	attempt: Attempt;
}

export interface Prepared {
	studentName: string;
	className: string;
	make(studentName: string, className: string): HandIn;
}

export async function prepareHandIn(
	store: SettingsStore,
	context: HandInContext
): Promise<Prepared> {
	const [assignment, studentName] = await Promise.all([
		loadAssignment(store, context.storyId),
		loadStudentName(store)
	]);
	const version =
		assignment?.bankVersion ??
		(await bankVersion({
			storyId: context.storyId,
			articles: context.articles,
			questions: context.questions
		}));
	const idMap = new Map(assignment?.questionIds ?? []);
	return {
		studentName,
		className: assignment?.className ?? '',
		make: (name, className) =>
			buildHandIn({
				story: {
					id: assignment?.sourceStoryId ?? context.storyId,
					title: context.title,
					bankVersion: version
				},
				className,
				studentName: name,
				attempt: context.attempt,
				questions: context.questions,
				questionIdMap: idMap
			})
	};
}

/** The QR text, or null when the hand-in is too big for one code. */
export function qrTextOf(handIn: HandIn): string | null {
	const text = handInQrText(handIn);
	return text.length <= MAX_QR_LINK ? text : null;
}
