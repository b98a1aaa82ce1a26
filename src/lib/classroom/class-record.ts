/**
 * Where a class's hand-ins live: one setting per story, `teacher.class.<storyId>`, written whole
 * in one atomic put, so an import either lands completely or not at all. Each stored hand-in is
 * validated again on read; one that no longer passes is left out and counted, never crashing
 * the report.
 */
import * as v from 'valibot';
import { HandInSchema, type HandIn } from './hand-in';

export const CLASS_RECORD_VERSION = 1;

export interface SettingsStore {
	getSetting<T>(key: string): Promise<T | null>;
	setSetting<T>(key: string, value: T): Promise<void>;
}

export function classRecordKey(storyId: string): string {
	return `teacher.class.${storyId}`;
}

const StoredSchema = v.object({
	version: v.literal(CLASS_RECORD_VERSION),
	handIns: v.array(v.unknown())
});

export async function loadHandIns(
	store: SettingsStore,
	storyId: string
): Promise<{ handIns: HandIn[]; unreadable: number }> {
	const raw = await store.getSetting<unknown>(classRecordKey(storyId));
	if (raw === null) return { handIns: [], unreadable: 0 };
	const stored = v.safeParse(StoredSchema, raw);
	if (!stored.success) return { handIns: [], unreadable: 1 };
	const handIns: HandIn[] = [];
	let unreadable = 0;
	for (const item of stored.output.handIns) {
		const one = v.safeParse(HandInSchema, item);
		if (one.success) handIns.push(one.output);
		else unreadable++;
	}
	return { handIns, unreadable };
}

export async function saveHandIns(
	store: SettingsStore,
	storyId: string,
	handIns: readonly HandIn[]
): Promise<void> {
	await store.setSetting(classRecordKey(storyId), {
		version: CLASS_RECORD_VERSION,
		handIns: [...handIns]
	});
}
