/**
 * Reading hand-ins the way they arrive: single results files, a whole folder, or the .zip an
 * LMS's "download all submissions" gives (Moodle nests one folder per student, Canvas prefixes
 * file names, Google Classroom zips the Drive folder). Each file is judged on its own: a bad
 * one is refused with its reason and the good ones still count. Limits keep a hostile zip from
 * filling memory: the zip's size, how many entries are read, and each entry's unpacked size as
 * its directory declares it (fflate then inflates into a buffer of exactly that size, so an entry
 * that lies about its size comes out truncated and fails validation instead of growing).
 */
import { unzipSync, strFromU8 } from 'fflate';
import { MAX_HAND_IN_BYTES, readHandInText, type HandIn } from './hand-in';

export const MAX_ZIP_BYTES = 50 * 1024 * 1024;
export const MAX_ZIP_ENTRIES = 2_000;
export const MAX_FILES = 2_000;

export interface SubmissionFile {
	name: string;
	size: number;
	arrayBuffer(): Promise<ArrayBuffer>;
}

export interface Refusal {
	name: string;
	reason: string;
}

export interface ReadSubmissions {
	handIns: { name: string; handIn: HandIn }[];
	refused: Refusal[];
	/** Files that are plainly not hand-ins (images, documents, system files in a zip). */
	skipped: string[];
}

const isZip = (name: string) => /\.zip$/i.test(name);
const isJson = (name: string) => /\.json$/i.test(name);
/** macOS resource forks and dot files that zips and folders carry along. */
const isJunk = (path: string) => /(^|\/)(__MACOSX\/|\.)/.test(path);

function readJsonBytes(name: string, bytes: Uint8Array, out: ReadSubmissions): void {
	const read = readHandInText(strFromU8(bytes));
	if (read.ok) out.handIns.push({ name, handIn: read.handIn });
	else out.refused.push({ name, reason: read.message });
}

function readZip(name: string, bytes: Uint8Array, out: ReadSubmissions): void {
	let entries: Record<string, Uint8Array>;
	const tooBig: string[] = [];
	let seen = 0;
	try {
		entries = unzipSync(bytes, {
			filter: (file) => {
				if (file.name.endsWith('/') || isJunk(file.name)) return false;
				if (!isJson(file.name)) {
					out.skipped.push(`${name}: ${file.name}`);
					return false;
				}
				if (++seen > MAX_ZIP_ENTRIES) return false;
				if (file.originalSize > MAX_HAND_IN_BYTES) {
					tooBig.push(file.name);
					return false;
				}
				return true;
			}
		});
	} catch (error) {
		out.refused.push({
			name,
			reason: `it is not a zip file that can be read (${error instanceof Error ? error.message : 'damaged'})`
		});
		return;
	}
	for (const entry of tooBig) {
		out.refused.push({
			name: `${name}: ${entry}`,
			reason: `it is larger than ${MAX_HAND_IN_BYTES / 1024} KB, far more than a results file`
		});
	}
	if (seen > MAX_ZIP_ENTRIES) {
		out.refused.push({
			name,
			reason: `it holds more than ${MAX_ZIP_ENTRIES} files; only the first ${MAX_ZIP_ENTRIES} were read`
		});
	}
	for (const [entry, data] of Object.entries(entries))
		readJsonBytes(`${name}: ${entry}`, data, out);
}

/** Reads every file; never throws. */
export async function readSubmissions(files: readonly SubmissionFile[]): Promise<ReadSubmissions> {
	const out: ReadSubmissions = { handIns: [], refused: [], skipped: [] };
	if (files.length > MAX_FILES) {
		out.refused.push({
			name: `${files.length} files`,
			reason: `at most ${MAX_FILES} files can be imported at once`
		});
		return out;
	}
	for (const file of files) {
		if (isJunk(file.name)) continue;
		if (isZip(file.name)) {
			if (file.size > MAX_ZIP_BYTES) {
				out.refused.push({
					name: file.name,
					reason: `it is larger than ${MAX_ZIP_BYTES / (1024 * 1024)} MB`
				});
				continue;
			}
			readZip(file.name, new Uint8Array(await file.arrayBuffer()), out);
		} else if (isJson(file.name)) {
			if (file.size > MAX_HAND_IN_BYTES) {
				out.refused.push({
					name: file.name,
					reason: `it is larger than ${MAX_HAND_IN_BYTES / 1024} KB, far more than a results file`
				});
				continue;
			}
			readJsonBytes(file.name, new Uint8Array(await file.arrayBuffer()), out);
		} else {
			out.skipped.push(file.name);
		}
	}
	return out;
}
