import { describe, expect, it } from 'vitest';
import { formatBytes, formatCell, formatTable, median } from './table';

describe('median', () => {
	it('takes the middle value, or the mean of the two middle values', () => {
		expect(median([5, 1, 3])).toBe(3);
		expect(median([4, 1, 3, 2])).toBe(2.5);
		expect(median([])).toBeNaN();
	});
});

describe('formatCell', () => {
	it('groups thousands and rounds fractions', () => {
		expect(formatCell(12345)).toBe('12,345');
		expect(formatCell(3.14159)).toBe('3.14');
		expect(formatCell(123.456)).toBe('123.5');
		expect(formatCell(NaN)).toBe('–');
		expect(formatCell('x')).toBe('x');
	});
});

describe('formatBytes', () => {
	it('uses binary units', () => {
		expect(formatBytes(512)).toBe('512 B');
		expect(formatBytes(2048)).toBe('2.0 KiB');
		expect(formatBytes(3 * 1024 * 1024)).toBe('3.0 MiB');
	});
});

describe('formatTable', () => {
	it('aligns columns under a title and a rule', () => {
		const text = formatTable({
			title: 'T',
			columns: [{ label: 'story', align: 'left' }, { label: 'ms' }],
			rows: [
				['seed', 12.5],
				['event-10', 1200]
			]
		});
		expect(text.split('\n')).toEqual([
			'T',
			'story        ms',
			'--------  -----',
			'seed       12.5',
			'event-10  1,200'
		]);
	});
});
