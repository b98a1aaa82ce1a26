/** Names of the import formats, light enough for components to import without the importers. */
export type ImportKind = 'byline' | 'gift' | 'moodle-xml' | 'csv' | 'qti';

export const KIND_LABELS: Record<ImportKind, string> = {
	byline: 'Byline story file',
	gift: 'Moodle GIFT',
	'moodle-xml': 'Moodle XML',
	csv: 'Spreadsheet (CSV)',
	qti: 'IMS QTI'
};

/** What the file picker offers; anything else is refused with a reason after picking. */
export const IMPORT_ACCEPT = '.json,.gift,.txt,.xml,.csv,.zip';
export const MAX_IMPORT_FILES = 10;
