/**
 * Questions as a spreadsheet: one row per question, one column per field, lists inside a cell
 * separated by " | ". Choices are written as text and the correct ones as letters (A, B, …),
 * which is what a teacher editing in a spreadsheet can follow; choice ids therefore come back
 * as a, b, c… on import. Evidence is `articleId:start-end`, several separated by " | ".
 * Import is all or nothing and names the spreadsheet row of every problem. Every exported cell
 * that a spreadsheet would run as a formula gets a leading apostrophe, which import removes.
 */
import { nextId } from '../bank/ops/edit';
import {
	BANK_FORMAT,
	BANK_VERSION,
	BankSchema,
	QuestionSchema,
	type Article,
	type Bank,
	type Question
} from '../bank/schema';
import { storySubset } from './byline';
import { CSV_COLUMNS, questionOf, rowOf, type Column, type CsvRow } from './csv-rows';
import { defuseFormula, readCsv, undoDefuse, writeCsv } from './csv-text';
import { issueDetails, sizeProblem, slugify, stripControls, type ImportResult } from './problem';
import { check } from '$lib/validation';

export { CSV_COLUMNS } from './csv-rows';

export function exportCsv(
	bank: Bank,
	storyId: string,
	questionIds?: readonly string[]
): { filename: string; text: string } {
	const story = storySubset(bank, storyId);
	const chosen = questionIds ? new Set(questionIds) : null;
	const rows = story.questions.filter((q) => !chosen || chosen.has(q.id)).map(rowOf);
	return {
		filename: `${slugify(story.stories[0]!.title, storyId)}-questions.csv`,
		// Every cell, ids and lists included, is defused: any of them can start with = + - @.
		text: writeCsv([
			[...CSV_COLUMNS],
			...rows.map((r) => CSV_COLUMNS.map((c) => defuseFormula(r[c] ?? '')))
		])
	};
}

export type CsvImportOptions = {
	storyId: string;
	articles: readonly Article[];
	takenIds?: Iterable<string>;
};

/** Reads questions for one story; evidence must point into the given articles. */
export function importCsv(
	text: string,
	{ storyId, articles, takenIds = [] }: CsvImportOptions
): ImportResult<Question[]> {
	const tooBig = sizeProblem(text);
	if (tooBig) return { ok: false, error: tooBig };
	text = stripControls(text);
	const read = readCsv(text);
	if (!read.ok)
		return {
			ok: false,
			error: { message: 'This CSV file cannot be read.', details: [read.message] }
		};
	const [header, ...rows] = read.rows;
	if (!header) return { ok: false, error: { message: 'This CSV file is empty.' } };
	const columns = header.map((h) => h.trim().toLowerCase());
	const missing = (['type', 'prompt', 'explanation', 'evidence'] as const).filter(
		(c) => !columns.includes(c)
	);
	if (missing.length) {
		return {
			ok: false,
			error: { message: `The first row must name the columns; missing: ${missing.join(', ')}.` }
		};
	}
	const warnings: string[] = [];
	const unknown = columns.filter((c) => c && !(CSV_COLUMNS as readonly string[]).includes(c));
	if (unknown.length) warnings.push(`Ignored unknown columns: ${unknown.join(', ')}.`);

	const byId = new Map(articles.map((a) => [a.id, a]));
	const taken = new Set(takenIds);
	const inFile = new Set<string>();
	const problems: string[] = [];
	const questions: Question[] = [];
	rows.forEach((cells, r) => {
		const where = `Row ${read.lines[r + 1]}`;
		const row: CsvRow = {};
		columns.forEach((c, i) => (row[c as Column] = undoDefuse(cells[i] ?? '')));
		let id = row.id?.trim() ?? '';
		if (id && inFile.has(id)) return void problems.push(`${where}: id "${id}" is used twice`);
		if (id) inFile.add(id);
		// An id the story already uses gets a fresh one, so re-importing a file adds copies.
		if (!id || taken.has(id)) id = nextId(`${storyId}-q-`, taken);
		taken.add(id);
		const candidate = questionOf(row, id, storyId, byId);
		if (typeof candidate === 'string') return void problems.push(`${where}: ${candidate}`);
		const parsed = check(QuestionSchema, candidate);
		if (!parsed.success)
			return void problems.push(
				...issueDetails(parsed.error.issues, 2).map((d) => `${where}: ${d}`)
			);
		questions.push(parsed.data as Question);
	});
	if (problems.length === 0 && questions.length > 0) {
		// Cross-checks (evidence inside the article texts) use the bank rules, one story deep.
		const bank = {
			format: BANK_FORMAT,
			version: BANK_VERSION,
			stories: [{ id: storyId, title: 'import', articleIds: articles.map((a) => a.id) }],
			articles: articles.map((a) => ({ ...a, storyId })),
			questions
		};
		const checked = check(BankSchema, bank);
		if (!checked.success) {
			for (const issue of checked.error.issues) {
				const index = issue.path[0] === 'questions' ? Number(issue.path[1]) : -1;
				problems.push(
					index >= 0 ? `Row ${read.lines[index + 1]}: ${issue.message}` : issue.message
				);
			}
		}
	}
	if (problems.length) {
		const details = problems.slice(0, 8);
		if (problems.length > 8) details.push(`…and ${problems.length - 8} more`);
		return {
			ok: false,
			error: { message: 'Some rows have problems, so nothing was imported.', details }
		};
	}
	if (questions.length === 0)
		return { ok: false, error: { message: 'This CSV file has no question rows.' } };
	return { ok: true, value: questions, warnings };
}
