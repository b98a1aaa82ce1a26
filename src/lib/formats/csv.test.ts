import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FILE_STORY, fileArticles, makeFileBank } from '$test-data';
import type { Question } from '$lib/bank/schema';
import { CSV_COLUMNS, exportCsv, importCsv } from './csv';
import { joinList, readCsv, splitList, writeCsv } from './csv-text';

const opts = { storyId: FILE_STORY, articles: fileArticles() };
const header = CSV_COLUMNS.join(',');

function csvRow(values: Partial<Record<(typeof CSV_COLUMNS)[number], string>>): string {
	return writeCsv([CSV_COLUMNS.map((c) => values[c] ?? '')]);
}

function importProblem(text: string) {
	const r = importCsv(text, opts);
	if (r.ok) throw new Error('expected rejection');
	return r.error;
}

describe('RFC 4180 text', () => {
	it('quotes commas, quotes, newlines and edge spaces, and reads them back', () => {
		const rows = [['a,b', 'say "hi"', 'two\nlines', ' pad', 'plain']];
		const text = writeCsv(rows);
		expect(text).toBe('"a,b","say ""hi""","two\nlines"," pad",plain\r\n');
		expect(readCsv(text)).toEqual({ ok: true, rows, lines: [1] });
	});

	it('tracks line numbers across quoted newlines and skips blank lines', () => {
		const r = readCsv('h\n"x\ny"\n\nz\n');
		expect(r).toEqual({ ok: true, rows: [['h'], ['x\ny'], ['z']], lines: [1, 2, 5] });
	});

	it('reports broken quoting', () => {
		expect(readCsv('a\n"never closed')).toEqual({
			ok: false,
			message: 'Line 2: a quoted cell is never closed.'
		});
		expect(readCsv('"a"b')).toMatchObject({
			ok: false,
			message: expect.stringMatching(/after a closing quote/)
		});
	});

	it('escapes the list separator inside cells', () => {
		const items = ['either | or', 'back\\slash', 'plain'];
		expect(splitList(joinList(items))).toEqual(items);
	});
});

describe('exportCsv / importCsv', () => {
	it('round-trips every question type', () => {
		const { filename, text } = exportCsv(makeFileBank(), FILE_STORY);
		expect(filename).toBe('harbor-storm-questions.csv');
		const r = importCsv(text, opts);
		if (!r.ok) throw new Error(JSON.stringify(r.error));
		expect(r.warnings).toEqual([]);
		// Choice ids are regenerated as letters; the fixture already uses a, b, c, so all else must match.
		expect(r.value).toEqual(makeFileBank().questions);
	});

	it('exports only chosen questions and protects formula-like cells', () => {
		const bank = makeFileBank();
		bank.questions[0] = { ...bank.questions[0]!, prompt: '=HYPERLINK("x")' } as Question;
		const { text } = exportCsv(bank, FILE_STORY, ['q-single']);
		expect(text.trim().split('\r\n')).toHaveLength(2);
		expect(text).toContain(`"'=HYPERLINK(""x"")"`);
		const r = importCsv(text, opts);
		expect(r.ok && r.value[0]!.prompt).toBe('=HYPERLINK("x")');
	});

	it('fills defaults and fresh ids for a hand-made row', () => {
		const text =
			header +
			'\r\n' +
			csvRow({
				type: 'single',
				prompt: 'When did the storm hit?',
				choices: 'Monday | Friday',
				correct: 'a',
				explanation: 'It says Monday.',
				evidence: 'harbor-times:0-10'
			});
		const r = importCsv(text, { ...opts, takenIds: [`${FILE_STORY}-q-1`] });
		if (!r.ok) throw new Error(JSON.stringify(r.error));
		expect(r.value[0]).toMatchObject({
			id: `${FILE_STORY}-q-2`,
			status: 'draft',
			origin: 'curated',
			skill: 'fact',
			difficulty: 2,
			correct: ['a']
		});
	});

	it('names the row of each problem and imports nothing', () => {
		const good = {
			type: 'cloze',
			prompt: 'The ____ flooded.',
			accepted: 'harbor',
			explanation: 'x',
			evidence: 'harbor-times:0-5'
		};
		const text =
			header +
			'\n' +
			csvRow(good) +
			csvRow({ ...good, type: 'essay' }) +
			csvRow({ ...good, evidence: 'harbor-times:0-99999' }) +
			csvRow({ ...good, evidence: 'page 3' }) +
			csvRow({ ...good, type: 'single', choices: 'A | B', correct: 'C' });
		const err = importProblem(text);
		expect(err.message).toMatch(/nothing was imported/);
		expect(err.details).toEqual([
			expect.stringMatching(/^Row 3: type "essay" is not one of/),
			'Row 5: evidence "page 3" should look like articleId:start-end',
			'Row 6: correct: "C" is not one of the letters A–B'
		]);
		// the out-of-range span is caught by the bank check once shape errors are fixed
		const err2 = importProblem(
			header + '\n' + csvRow(good) + csvRow({ ...good, evidence: 'harbor-times:0-99999' })
		);
		expect(err2.details).toEqual([
			expect.stringMatching(/^Row 3: .*cites text outside article "harbor-times"/)
		]);
	});

	it('rejects a file without the needed columns, and duplicate ids', () => {
		expect(importProblem('question,answer\r\nx,y').message).toMatch(
			/missing: type, prompt, explanation, evidence/
		);
		const row = csvRow({
			id: 'dup',
			type: 'cloze',
			prompt: 'A ____.',
			accepted: 'x',
			explanation: 'x',
			evidence: 'harbor-times:0-5'
		});
		expect(importProblem(header + '\n' + row + row).details).toEqual([
			'Row 3: id "dup" is used twice'
		]);
		expect(importProblem(header + '\n').message).toMatch(/no question rows/);
	});
});

describe('CSV properties', () => {
	it('reads back any table of strings it writes', () => {
		const cell = fc.string({ unit: fc.constantFrom('a', ' ', ',', '"', '\n', '\r', 'é', '|') });
		fc.assert(
			fc.property(
				fc.array(fc.array(cell, { minLength: 2, maxLength: 4 }), { minLength: 1, maxLength: 5 }),
				(rows) => {
					const r = readCsv(writeCsv(rows));
					expect(r.ok && r.rows).toEqual(rows);
				}
			)
		);
	});

	it('keeps list items through joinList/splitList', () => {
		const item = fc
			.string({ unit: fc.constantFrom('a', 'b', '|', '\\', ' '), minLength: 1 })
			.filter((s) => s.trim() === s && s !== '');
		fc.assert(
			fc.property(fc.array(item, { maxLength: 5 }), (items) => {
				expect(splitList(joinList(items))).toEqual(items);
			})
		);
	});
});

describe('CSV safety and spreadsheets', () => {
	it('defuses every cell a spreadsheet would run, in every column, and reads each back', () => {
		const bank = makeFileBank();
		const hostile = bank.questions.map((q) => {
			if (q.type === 'single')
				return {
					...q,
					choices: q.choices.map((c, i) => (i === 1 ? { ...c, text: '=HYPERLINK("x")' } : c))
				};
			if (q.type === 'cloze') return { ...q, accepted: ['@SUM(A1)', ...q.accepted] };
			if (q.type === 'matching')
				return { ...q, pairs: q.pairs.map((p, i) => (i === 0 ? { ...p, left: '+1+1' } : p)) };
			if (q.type === 'ordering')
				return {
					...q,
					items: q.items.map((it, i) => (i === 0 ? { ...it, text: "'=already quoted" } : it))
				};
			return { ...q, tags: ['-2+3'] };
		});
		const { text } = exportCsv({ ...bank, questions: hostile }, FILE_STORY);
		const read = readCsv(text);
		if (!read.ok) throw new Error(read.message);
		for (const cell of read.rows.flat()) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
		const back = importCsv(text, opts);
		if (!back.ok) throw new Error(JSON.stringify(back.error));
		const byId = new Map(back.value.map((q) => [q.id, q]));
		for (const q of hostile) {
			const b = byId.get(q.id)!;
			if (q.type === 'single' && b.type === 'single')
				expect(b.choices[1]!.text).toBe('=HYPERLINK("x")');
			if (q.type === 'cloze' && b.type === 'cloze') expect(b.accepted[0]).toBe('@SUM(A1)');
			if (q.type === 'matching' && b.type === 'matching') expect(b.pairs[0]!.left).toBe('+1+1');
			if (q.type === 'ordering' && b.type === 'ordering')
				expect(b.items[0]!.text).toBe("'=already quoted");
		}
	});

	it('reads a semicolon-separated file, as European spreadsheets save it', () => {
		expect(readCsv('a;b\r\n"c;d";e\r\n')).toEqual({
			ok: true,
			rows: [
				['a', 'b'],
				['c;d', 'e']
			],
			lines: [1, 2]
		});
	});
});
