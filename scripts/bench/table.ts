/** Plain-text tables for terminal output. */
export interface Table {
	title: string;
	columns: { label: string; align?: 'left' | 'right' }[];
	rows: (string | number)[][];
}

export function formatCell(value: string | number): string {
	if (typeof value === 'string') return value;
	if (!Number.isFinite(value)) return '–';
	if (Number.isInteger(value)) return value.toLocaleString('en-US');
	return value.toLocaleString('en-US', {
		minimumFractionDigits: 1,
		maximumFractionDigits: Math.abs(value) < 10 ? 2 : 1
	});
}

export function formatTable(table: Table): string {
	const cells = table.rows.map((row) => row.map(formatCell));
	const widths = table.columns.map((c, i) =>
		Math.max(c.label.length, ...cells.map((r) => (r[i] ?? '').length))
	);
	const line = (values: string[]) =>
		values
			.map((v, i) =>
				table.columns[i]?.align === 'left' ? v.padEnd(widths[i]!) : v.padStart(widths[i]!)
			)
			.join('  ')
			.trimEnd();
	const header = line(table.columns.map((c) => c.label));
	const rule = widths.map((w) => '-'.repeat(w)).join('  ');
	return [table.title, header, rule, ...cells.map(line)].join('\n');
}

export function median(values: readonly number[]): number {
	if (values.length === 0) return NaN;
	const sorted = [...values].sort((x, y) => x - y);
	const mid = sorted.length >> 1;
	return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export function formatBytes(bytes: number): string {
	if (bytes < 1024) return `${bytes} B`;
	if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KiB`;
	return `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
}
