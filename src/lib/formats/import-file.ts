/**
 * One door for every file a teacher brings: Byline story files, Moodle GIFT and XML, CSV and
 * QTI. Limits are checked on the file's size before it is read; the format is told from the
 * name and the first bytes; the preview says, per question, what arrives, what it loses and
 * why, and what does not come in at all. Nothing here stores anything: the import screen
 * stores the preview's questions only after the teacher confirms.
 */
import type { Article, Question } from '../bank/schema';
import type { StoryBundle } from '../bank/story';
import { storiesFromBank } from '$lib/bank/bank-stories';
import type { AttachResult, NeedsEvidence } from './attach-evidence';
import { parseStoryFile } from './byline';
import { importCsv } from './csv';
import { importGift } from './gift-parse';
import { importMoodleXml, type ParseXml } from './moodle-xml-parse';
import { MAX_IMPORT_BYTES, type Refusal } from './problem';
import { importQtiFiles, type QtiFile } from './qti-parse';
import { KIND_LABELS, type ImportKind } from './import-kinds';

export { MAX_IMPORT_BYTES };
export { completeDraft } from './attach-evidence';
export { IMPORT_ACCEPT, KIND_LABELS, MAX_IMPORT_FILES, type ImportKind } from './import-kinds';

/** A refusal reason for a file, known from its name and size alone, or null. */
export function fileLimitProblem(name: string, size: number): string | null {
	if (size === 0) return `“${name}” is empty.`;
	if (size > MAX_IMPORT_BYTES) {
		const mb = (size / 1024 / 1024).toFixed(1);
		return `“${name}” is ${mb} MB; Byline imports files of at most ${MAX_IMPORT_BYTES / 1024 / 1024} MB.`;
	}
	if (!/\.(json|gift|txt|xml|csv|zip)$/i.test(name))
		return `“${name}” is not a file Byline can import (use .byline.json, GIFT .txt or .gift, Moodle .xml, .csv, or a QTI .xml or .zip).`;
	return null;
}

/** Tells the format from the name, then the content (an .xml can be Moodle or QTI). */
export function detectKind(name: string, bytes: Uint8Array): ImportKind | null {
	const lower = name.toLowerCase();
	if (lower.endsWith('.zip')) return bytes[0] === 0x50 && bytes[1] === 0x4b ? 'qti' : null;
	const head = new TextDecoder().decode(bytes.subarray(0, 2048)).replace(/^\uFEFF/, '');
	if (lower.endsWith('.json')) return 'byline';
	if (lower.endsWith('.csv')) return 'csv';
	if (lower.endsWith('.xml')) {
		if (/<quiz[\s>]/.test(head)) return 'moodle-xml';
		if (/<(qti-)?assessment(Item|-item)|<questestinterop|imsqti/i.test(head)) return 'qti';
		return 'moodle-xml';
	}
	return 'gift';
}

export type ArrivingQuestion = { question: Question; losses: string[] };

export type QuestionsPreview = {
	kind: 'questions';
	format: ImportKind;
	arriving: ArrivingQuestion[];
	/** Questions whose answer is in no sentence of the story: they come in once the teacher picks their evidence. */
	needsEvidence: NeedsEvidence[];
	notImported: Refusal[];
	notes: string[];
};
/** A Byline story file: its stories as the app holds them, converted here at the format edge. */
export type StoryPreview = { kind: 'story'; stories: StoryBundle[]; notes: string[] };
export type RefusedFile = { kind: 'refused'; message: string; details: string[] };
export type FilePreview = QuestionsPreview | StoryPreview | RefusedFile;

export type ImportTarget = {
	storyId: string;
	articles: readonly Article[];
	takenIds: Iterable<string>;
	parseXml?: ParseXml;
};

const refused = (message: string, details: string[] = []): RefusedFile => ({
	kind: 'refused',
	message,
	details
});

function fromAttached(format: ImportKind, value: AttachResult, notes: string[]): QuestionsPreview {
	return {
		kind: 'questions',
		format,
		arriving: value.questions.map((question) => ({
			question,
			losses: value.losses[question.id] ?? []
		})),
		needsEvidence: value.needsEvidence.map((n) => ({
			...n,
			message: n.message.replace(/ Choose the evidence by hand\.$/, '')
		})),
		notImported: value.refused,
		notes: [...value.warnings, ...notes]
	};
}

/** Reads one file completely and previews it; never throws, never stores. */
export function previewFile(
	name: string,
	bytes: Uint8Array,
	target: ImportTarget | null
): FilePreview {
	const kind = detectKind(name, bytes);
	if (!kind) return refused(`“${name}” is not a zip file, though its name ends in .zip.`);
	if (kind === 'byline') {
		const parsed = parseStoryFile(new TextDecoder().decode(bytes));
		if (!parsed.ok)
			return refused(
				`“${name}” could not be opened. ${parsed.error.message}`,
				parsed.error.details
			);
		if (parsed.bank.stories.length === 0) return refused(`“${name}” holds no story.`);
		return { kind: 'story', stories: storiesFromBank(parsed.bank), notes: parsed.warnings };
	}
	if (!target)
		return refused(
			`Questions from ${KIND_LABELS[kind]} need a story to go into: choose one above, so Byline can find each answer’s evidence in its articles.`
		);
	const context = {
		storyId: target.storyId,
		articles: target.articles,
		takenIds: target.takenIds,
		...(target.parseXml ? { parseXml: target.parseXml } : {})
	};
	if (kind === 'qti') {
		const files: QtiFile = name.toLowerCase().endsWith('.zip')
			? { zip: bytes }
			: { xml: new TextDecoder().decode(bytes), name };
		const r = importQtiFiles(files, context);
		return r.ok
			? fromAttached(kind, r.value, r.warnings)
			: refused(`“${name}”: ${r.error.message}`, r.error.details);
	}
	const text = new TextDecoder().decode(bytes);
	if (kind === 'csv') {
		const r = importCsv(text, context);
		if (!r.ok) return refused(`“${name}”: ${r.error.message}`, r.error.details);
		return {
			kind: 'questions',
			format: 'csv',
			arriving: r.value.map((question) => ({ question, losses: [] })),
			needsEvidence: [],
			notImported: [],
			notes: r.warnings
		};
	}
	const r = kind === 'gift' ? importGift(text, context) : importMoodleXml(text, context);
	return r.ok
		? fromAttached(kind, r.value, r.warnings)
		: refused(`“${name}”: ${r.error.message}`, r.error.details);
}
