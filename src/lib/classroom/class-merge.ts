/**
 * Merge rules for hand-ins. The class record stores every accepted hand-in (so history is
 * kept); who counts in the report is derived: each student's latest attempt. A student is their
 * class and name, compared without case, accents' composition or extra spaces, so "Ana  Lopez"
 * and "ana lopez" in the same class are one student.
 */
import type { HandIn } from './hand-in';

export interface ClassTarget {
	storyId: string;
	bankVersion: string;
}

export interface MergeResult {
	/** Everything stored after the merge: the old hand-ins, then the new ones. */
	handIns: HandIn[];
	added: HandIn[];
	/** The same attempt by the same student, already stored or twice in this import. */
	duplicates: HandIn[];
	/** For another story: not mixed in. */
	otherStory: HandIn[];
	/** For this story but another version of its questions: not mixed in. */
	otherVersion: HandIn[];
}

function normalize(s: string): string {
	return s.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase();
}

export function studentKey(handIn: HandIn): string {
	return `${normalize(handIn.className)}\n${normalize(handIn.student.name)}`;
}

function attemptKey(handIn: HandIn): string {
	return `${studentKey(handIn)}\n${handIn.attempt.id}`;
}

export function mergeHandIns(
	stored: readonly HandIn[],
	incoming: readonly HandIn[],
	target: ClassTarget
): MergeResult {
	const seen = new Set(stored.map(attemptKey));
	const result: MergeResult = {
		handIns: [...stored],
		added: [],
		duplicates: [],
		otherStory: [],
		otherVersion: []
	};
	for (const handIn of incoming) {
		if (handIn.story.id !== target.storyId) result.otherStory.push(handIn);
		else if (handIn.story.bankVersion !== target.bankVersion) result.otherVersion.push(handIn);
		else if (seen.has(attemptKey(handIn))) result.duplicates.push(handIn);
		else {
			seen.add(attemptKey(handIn));
			result.added.push(handIn);
			result.handIns.push(handIn);
		}
	}
	return result;
}

function newerFirst(a: HandIn, b: HandIn): number {
	const byFinish = Date.parse(b.attempt.finishedAt) - Date.parse(a.attempt.finishedAt);
	return byFinish !== 0 ? byFinish : Date.parse(b.handedInAt) - Date.parse(a.handedInAt);
}

export interface StudentRecord {
	key: string;
	name: string;
	className: string;
	/** The attempt the report counts. */
	latest: HandIn;
	/** Earlier attempts, newest first. */
	history: HandIn[];
}

/** One record per student, latest attempt first in each, students sorted by class then name. */
export function latestPerStudent(handIns: readonly HandIn[]): StudentRecord[] {
	const groups = new Map<string, HandIn[]>();
	for (const h of handIns) {
		const key = studentKey(h);
		const group = groups.get(key);
		if (group) group.push(h);
		else groups.set(key, [h]);
	}
	return [...groups.entries()]
		.map(([key, group]) => {
			const [latest, ...history] = [...group].sort(newerFirst);
			return {
				key,
				name: latest!.student.name.trim(),
				className: latest!.className,
				latest: latest!,
				history
			};
		})
		.sort(
			(a, b) =>
				a.className.localeCompare(b.className) ||
				a.name.localeCompare(b.name, undefined, { sensitivity: 'base' })
		);
}

/** Removes one student's hand-ins (all attempts); used by "remove" with undo. */
export function withoutStudent(handIns: readonly HandIn[], key: string): HandIn[] {
	return handIns.filter((h) => studentKey(h) !== key);
}
