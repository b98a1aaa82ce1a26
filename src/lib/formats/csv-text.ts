/**
 * RFC 4180 reading and writing. Hand-written because no CSV library is installed and the
 * format is small: quoted fields, doubled quotes, CR/LF/CRLF line ends, newlines inside quotes.
 */

export function quoteCell(value: string): string {
	return /[",\r\n]/.test(value) || /^\s|\s$/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** Rows joined with CRLF, as RFC 4180 asks; spreadsheets accept it everywhere. */
export function writeCsv(rows: readonly (readonly string[])[]): string {
	return rows.map((r) => r.map(quoteCell).join(',')).join('\r\n') + '\r\n';
}

export type CsvReadResult =
	{ ok: true; rows: string[][]; lines: number[] } | { ok: false; message: string };

/** Parses CSV text; `lines[i]` is the 1-based line where row i starts, for error messages. */
export function readCsv(text: string): CsvReadResult {
	const src = text.replace(/^\uFEFF/, '');
	const rows: string[][] = [];
	const lines: number[] = [];
	let row: string[] = [];
	let cell = '';
	let quoted = false;
	let line = 1;
	let rowLine = 1;
	let cellStarted = false;
	let i = 0;
	const endRow = () => {
		row.push(cell);
		// A blank line is not a row: spreadsheets often leave one at the end.
		if (!(row.length === 1 && row[0] === '')) {
			rows.push(row);
			lines.push(rowLine);
		}
		row = [];
		cell = '';
		cellStarted = false;
	};
	while (i < src.length) {
		const ch = src[i]!;
		if (quoted) {
			if (ch === '"') {
				if (src[i + 1] === '"') {
					cell += '"';
					i += 2;
					continue;
				}
				quoted = false;
				i++;
				if (i < src.length && !/[,\r\n]/.test(src[i]!)) {
					return { ok: false, message: `Line ${line}: unexpected text after a closing quote.` };
				}
				continue;
			}
			if (ch === '\n') line++;
			cell += ch;
			i++;
			continue;
		}
		if (ch === '"' && !cellStarted) {
			quoted = true;
			cellStarted = true;
			i++;
		} else if (ch === ',') {
			row.push(cell);
			cell = '';
			cellStarted = false;
			i++;
		} else if (ch === '\r' || ch === '\n') {
			endRow();
			i += ch === '\r' && src[i + 1] === '\n' ? 2 : 1;
			line++;
			rowLine = line;
		} else {
			cell += ch;
			cellStarted = true;
			i++;
		}
	}
	if (quoted) return { ok: false, message: `Line ${rowLine}: a quoted cell is never closed.` };
	if (cell !== '' || row.length > 0) endRow();
	return { ok: true, rows, lines };
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
 * Spreadsheets run cells starting with = + - @ as formulas ("CSV injection"); a leading
 * apostrophe makes them plain text. Only free-text columns get it, and import removes it.
 */
export function defuseFormula(text: string): string {
	return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

export function undoDefuse(text: string): string {
	return /^'[=+\-@\t\r]/.test(text) ? text.slice(1) : text;
}
