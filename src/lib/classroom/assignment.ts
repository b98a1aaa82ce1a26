/**
 * The student's side of an assignment, kept on their device: which class a story was assigned
 * to, which of the teacher's stories and question versions it is (a story opened beside one with
 * the same id is stored as a copy under new ids, and hand-ins must still name the teacher's
 * ids), and the student's name for the next hand-in.
 */
import * as v from 'valibot';
import { text } from '$lib/validation';
import type { SettingsStore } from './class-record';

export const STUDENT_NAME_SETTING = 'student.name';

export function assignmentKey(localStoryId: string): string {
	return `student.assignment.${localStoryId}`;
}

const AssignmentSchema = v.object({
	sourceStoryId: text(1, 200),
	bankVersion: text(1, 64),
	className: text(0, 100),
	/** [this device's question id, the teacher's question id], only for stories stored as copies. */
	questionIds: v.optional(v.array(v.tuple([text(1, 200), text(1, 200)])), [])
});

export type Assignment = v.InferOutput<typeof AssignmentSchema>;

export async function loadAssignment(
	store: SettingsStore,
	localStoryId: string
): Promise<Assignment | null> {
	const result = v.safeParse(AssignmentSchema, await store.getSetting(assignmentKey(localStoryId)));
	return result.success ? result.output : null;
}

export function saveAssignment(
	store: SettingsStore,
	localStoryId: string,
	assignment: Assignment
): Promise<void> {
	return store.setSetting(assignmentKey(localStoryId), assignment);
}

export async function loadStudentName(store: SettingsStore): Promise<string> {
	const name = await store.getSetting<unknown>(STUDENT_NAME_SETTING);
	return typeof name === 'string' ? name.slice(0, 100) : '';
}

export function saveStudentName(store: SettingsStore, name: string): Promise<void> {
	return store.setSetting(STUDENT_NAME_SETTING, name.trim().slice(0, 100));
}
