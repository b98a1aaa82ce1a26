/**
 * The formats the teacher UI offers for export and import. Byline's own file moves a whole
 * story (articles included); the other tools' formats move questions only, so importing them
 * needs the story they belong to (for ids and for finding evidence in its articles).
 */
import type { Article, Bank, Question } from '../bank/schema';
import type { NeedsEvidence } from './attach-evidence';
import { exportStoryFile, parseStoryFile, type ParseStoryResult } from './byline';
import { exportCommonCartridge } from './cc';
import { exportCsv, importCsv } from './csv';
import { exportGift } from './gift';
import { importGift } from './gift-parse';
import { exportMoodleXml } from './moodle-xml';
import { importMoodleXml, type ParseXml } from './moodle-xml-parse';
import type { ImportResult } from './problem';
import { partialCreditText } from './partial-credit';
import { exportQti } from './qti';
import { exportQti3 } from './qti3';

export type ExportOptions = {
	/** Questions to include; default: the whole story (Byline, CSV) or its approved questions (quiz tools). */
	questionIds?: readonly string[];
	now?: Date;
};
/** `body` is text for text formats and bytes for packages (QTI .zip, .imscc); either goes into a Blob. */
export type ExportOutput = {
	filename: string;
	body: string | Uint8Array<ArrayBuffer>;
	warnings: string[];
};
export type QuestionImportContext = {
	storyId: string;
	articles: readonly Article[];
	/** Ids already used in the bank, so imported questions get fresh ones. */
	takenIds?: Iterable<string>;
	/** XML parser for Moodle XML; defaults to the browser's DOMParser. */
	parseXml?: ParseXml;
};
export type QuestionImport = { questions: Question[]; needsEvidence: NeedsEvidence[] };

export type FormatId = 'byline' | 'gift' | 'moodle-xml' | 'csv' | 'qti' | 'qti3' | 'cc';
export type Format = {
	id: FormatId;
	label: string;
	/** What the teacher gets, in one sentence (shown next to the choice). */
	description: string;
	extension: string;
	mime: string;
	export(bank: Bank, storyId: string, options?: ExportOptions): ExportOutput;
	import?:
		| { kind: 'story'; parse(text: string): ParseStoryResult }
		| {
				kind: 'questions';
				parse(text: string, context: QuestionImportContext): ImportResult<QuestionImport>;
		  };
};

const textOutput = ({
	filename,
	text,
	warnings
}: {
	filename: string;
	text: string;
	warnings: string[];
}): ExportOutput => ({
	filename,
	body: text,
	warnings
});

export const FORMATS: readonly Format[] = [
	{
		id: 'byline',
		label: 'Byline story file',
		description: 'The story, its articles and all its questions; opens in any copy of Byline.',
		extension: '.byline.json',
		mime: 'application/json',
		export: (bank, storyId, options) => {
			const { filename, text } = exportStoryFile(bank, storyId, options?.now);
			return { filename, body: text, warnings: [] };
		},
		import: { kind: 'story', parse: (text) => parseStoryFile(text) }
	},
	{
		id: 'moodle-xml',
		label: 'Moodle XML',
		description: 'Questions for Moodle’s question bank, with the article passage in each question.',
		extension: '.moodle.xml',
		mime: 'application/xml',
		export: (bank, storyId, options) => textOutput(exportMoodleXml(bank, storyId, options)),
		import: { kind: 'questions', parse: (text, context) => importMoodleXml(text, context) }
	},
	{
		id: 'gift',
		label: 'Moodle GIFT',
		description:
			'Plain-text questions for Moodle; ordering needs Moodle 4.4 or later, and numeric units are left out.',
		extension: '.gift.txt',
		mime: 'text/plain',
		export: (bank, storyId, options) => textOutput(exportGift(bank, storyId, options)),
		import: { kind: 'questions', parse: (text, context) => importGift(text, context) }
	},
	{
		id: 'csv',
		label: 'Spreadsheet (CSV)',
		description: 'One question per row, for Excel, LibreOffice or Google Sheets.',
		extension: '.csv',
		mime: 'text/csv',
		export: (bank, storyId, options) => {
			const chosen = options?.questionIds ? new Set(options.questionIds) : null;
			// The CSV columns have no place for Moodle's part marks: name each question that loses them.
			const warnings = bank.questions
				.filter((q) => q.storyId === storyId && (!chosen || chosen.has(q.id)))
				.filter((q) => partialCreditText(q) !== '')
				.map((q) => `“${q.id}”: its part marks (${partialCreditText(q)}) are not in the CSV.`);
			return textOutput({ ...exportCsv(bank, storyId, options?.questionIds), warnings });
		},
		import: {
			kind: 'questions',
			parse: (text, context) => {
				const r = importCsv(text, context);
				return r.ok ? { ...r, value: { questions: r.value, needsEvidence: [] } } : r;
			}
		}
	},
	{
		id: 'cc',
		label: 'IMS Common Cartridge (Canvas, Moodle, Schoology)',
		description:
			'The whole story in one .imscc file: the articles as pages, the approved questions as a quiz and every question not rejected as a question bank (Common Cartridge 1.1, QTI 1.2).',
		extension: '.imscc',
		mime: 'application/zip',
		export: (bank, storyId, options) => {
			const { filename, body, warnings } = exportCommonCartridge(bank, storyId, options);
			return { filename, body, warnings };
		}
	},
	{
		id: 'qti',
		label: 'IMS QTI 2.1 (Canvas and others)',
		description:
			'A QTI 2.1 package (.zip) of choice, text-entry, matching and ordering items, without explanations.',
		extension: '.qti.zip',
		mime: 'application/zip',
		export: (bank, storyId, options) => {
			const { filename, body, warnings } = exportQti(bank, storyId, options);
			return { filename, body, warnings };
		}
	},
	{
		id: 'qti3',
		label: 'IMS QTI 3.0',
		description:
			'A QTI 3.0 package (.zip), 1EdTech’s current version, with the same items as the QTI 2.1 package.',
		extension: '.qti3.zip',
		mime: 'application/zip',
		export: (bank, storyId, options) => {
			const { filename, body, warnings } = exportQti3(bank, storyId, options);
			return { filename, body, warnings };
		}
	}
];

export function formatById(id: FormatId): Format {
	return FORMATS.find((f) => f.id === id)!;
}

/** Guesses an import format from a file name; longest matching extension wins. */
export function formatForFile(filename: string): Format | null {
	const name = filename.toLowerCase();
	const importable = FORMATS.filter((f) => f.import);
	const exact = importable
		.filter((f) => name.endsWith(f.extension))
		.sort((a, b) => b.extension.length - a.extension.length)[0];
	if (exact) return exact;
	if (name.endsWith('.json')) return formatById('byline');
	if (name.endsWith('.xml')) return formatById('moodle-xml');
	if (name.endsWith('.gift') || name.endsWith('.txt')) return formatById('gift');
	return null;
}
