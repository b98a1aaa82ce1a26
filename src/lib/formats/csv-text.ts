/**
 * CSV reading and writing through papaparse (RFC 4180: quoted fields, doubled quotes, CR/LF/CRLF
 * line ends, newlines inside quotes), plus what papaparse leaves to us: the line each row starts
 * on, for messages a teacher can act on, and formula defusing that import can undo exactly.
 * Spreadsheets saved with a comma, semicolon (many European locales) or tab all read.
 */
import Papa from 'papaparse';

/** Rows joined with CRLF, as RFC 4180 asks; spreadsheets accept it everywhere. */
export function writeCsv(rows: readonly (readonly string[])[]): string {
	if (rows.length === 0) return '';
	return (
		Papa.unparse(rows as string[][], { newline: '\r\n', quotes: rows[0]!.map(() => false) }) +
		'\r\n'
	);
}

export type CsvReadResult =
	{ ok: true; rows: string[][]; lines: number[] } | { ok: false; message: string };

/**
 * The separator the header row uses most: comma, semicolon (European spreadsheets) or tab.
 * Chosen by hand because papaparse's guess needs more rows than a short file has.
 */
function delimiterOf(src: string): string {
	const header = src.slice(0, src.search(/\r|\n|$/)).replace(/"[^"]*"/g, '');
	const counts = [',', ';', '\t'].map((d) => [d, header.split(d).length - 1] as const);
	const [best, n] = counts.reduce((a, b) => (b[1] > a[1] ? b : a));
	return n > 0 ? best : ',';
}

/** Parses CSV text; `lines[i]` is the 1-based line where row i starts, for error messages. */
export function readCsv(text: string): CsvReadResult {
	const src = text.replace(/^\uFEFF/, '');
	const rows: string[][] = [];
	const lines: number[] = [];
	let problem: string | null = null;
	// Line numbers from papaparse's cursor, counted once over the text.
	let rowStart = 0;
	let counted = 0;
	let line = 1;
	const lineAt = (offset: number) => {
		for (; counted < offset; counted++) if (src.charCodeAt(counted) === 10) line++;
		return line;
	};
	Papa.parse<string[]>(src, {
		delimiter: delimiterOf(src),
		step: (result, parser) => {
			// Skip the line break(s) that ended the previous row.
			let start = rowStart;
			while (src[start] === '\r' || src[start] === '\n') start++;
			const at = lineAt(start);
			rowStart = result.meta.cursor;
			const quoteError = result.errors.find((e) => e.type === 'Quotes');
			if (quoteError) {
				problem =
					quoteError.code === 'MissingQuotes'
						? `Line ${at}: a quoted cell is never closed.`
						: `Line ${at}: unexpected text after a closing quote.`;
				parser.abort();
				return;
			}
			const row = result.data;
			// A blank line is not a row: spreadsheets often leave one at the end.
			if (row.length === 1 && row[0] === '') return;
			rows.push(row);
			lines.push(at);
		}
	});
	return problem ? { ok: false, message: problem } : { ok: true, rows, lines };
}

/** Lists inside one cell use " | "; a literal bar or backslash is escaped with a backslash. */
export function joinList(items: readonly string[]): string {
	return items.map((s) => s.replace(/\\/g, '\\\\').replace(/\|/g, '\\|')).join(' | ');
}

export function splitList(cell: string): string[] {
	const out: string[] = [];
	let current = '';
	for (let i = 0; i < cell.length; i++) {
		const ch = cell[i]!;
		if (ch === '\\' && i + 1 < cell.length) current += cell[++i];
		else if (ch === '|') {
			out.push(current);
			current = '';
		} else current += ch;
	}
	out.push(current);
	return out.map((s) => s.trim()).filter((s) => s !== '');
}

/**
 * Spreadsheets run cells starting with = + - @ (or tab, CR) as formulas ("CSV injection",
 * OWASP); a leading apostrophe makes them plain text. Text that already starts with
 * apostrophes before such a character gets one more, so `undoDefuse` restores every cell exactly.
 */
const FORMULA_START = /^'*[=+\-@\t\r]/;

export function defuseFormula(text: string): string {
	return FORMULA_START.test(text) ? `'${text}` : text;
}

export function undoDefuse(text: string): string {
	return text.startsWith("'") && FORMULA_START.test(text.slice(1)) ? text.slice(1) : text;
}
