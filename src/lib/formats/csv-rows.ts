/**
 * How one spreadsheet row maps to a question and back: column names, list cells, choice letters.
 * csv.ts holds the file-level export and import around it.
 */
import type { Article, Evidence, Question } from '../bank/schema';
import { joinList, splitList } from './csv-text';

export const CSV_COLUMNS = [
	'id',
	'type',
	'skill',
	'status',
	'origin',
	'difficulty',
	'prompt',
	'choices',
	'correct',
	'accepted',
	'answer',
	'tolerance',
	'unit',
	'pairs',
	'extra',
	'items',
	'evidence_prompt',
	'evidence_choices',
	'evidence_correct',
	'explanation',
	'evidence',
	'tags'
] as const;
export type Column = (typeof CSV_COLUMNS)[number];
export type CsvRow = Partial<Record<Column, string>>;

const LETTERS = 'ABCDEFGHIJKL';
const PAIR_ARROW = ' => ';

const spans = (es: readonly Evidence[]) =>
	joinList(es.map((e) => `${e.articleId}:${e.start}-${e.end}`));
const letters = (ids: readonly string[], choiceIds: readonly string[]) =>
	ids.map((id) => LETTERS[choiceIds.indexOf(id)] ?? '?').join(' | ');

export function rowOf(q: Question): CsvRow {
	const row: CsvRow = {
		id: q.id,
		type: q.type,
		skill: q.skill,
		status: q.status,
		origin: q.origin,
		difficulty: String(q.difficulty),
		prompt: q.prompt,
		explanation: q.explanation,
		evidence: spans(q.evidence),
		tags: joinList(q.tags ?? [])
	};
	if (q.type === 'truefalse') row.correct = q.correct[0];
	else if (q.type === 'single' || q.type === 'multi' || q.type === 'evidence') {
		const ids = q.choices.map((c) => c.id);
		row.choices = joinList(q.choices.map((c) => c.text));
		row.correct = letters(q.correct, ids);
	}
	if (q.type === 'evidence') {
		row.evidence_prompt = q.evidencePrompt;
		row.evidence_choices = spans(q.evidenceChoices);
		row.evidence_correct = letters(
			q.evidenceCorrect,
			q.evidenceChoices.map((c) => c.id)
		);
	}
	if (q.type === 'cloze') row.accepted = joinList(q.accepted);
	if (q.type === 'numeric') {
		row.answer = String(q.answer);
		row.tolerance = String(q.tolerance);
		row.unit = q.unit ?? '';
	}
	if (q.type === 'matching') {
		row.pairs = joinList(q.pairs.map((p) => `${p.left}${PAIR_ARROW}${p.right}`));
		row.extra = joinList(q.extraRights ?? []);
	}
	if (q.type === 'ordering') row.items = joinList(q.items.map((i) => i.text));
	return row;
}

function parseSpans(cell: string): Evidence[] | string {
	const out: Evidence[] = [];
	for (const part of splitList(cell)) {
		const m = /^([A-Za-z0-9._:-]+):(\d+)-(\d+)$/.exec(part);
		if (!m) return `evidence "${part}" should look like articleId:start-end`;
		out.push({ articleId: m[1]!, start: Number(m[2]), end: Number(m[3]) });
	}
	return out;
}

function letterIds(cell: string, count: number, ids: readonly string[]): string[] | string {
	const out: string[] = [];
	for (const part of splitList(cell.replace(/,/g, '|'))) {
		const index = LETTERS.indexOf(part.toUpperCase());
		if (part.length !== 1 || index < 0 || index >= count)
			return `"${part}" is not one of the letters A–${LETTERS[count - 1]}`;
		out.push(ids[index]!);
	}
	return out;
}

const num = (cell: string | undefined) =>
	cell === undefined || cell.trim() === '' ? undefined : Number(cell);

/** Builds a question object from a row; the schema then judges it. Returns a message for shape errors. */
export function questionOf(
	row: CsvRow,
	id: string,
	storyId: string,
	articles: Map<string, Article>
): unknown {
	const evidence = parseSpans(row.evidence ?? '');
	if (typeof evidence === 'string') return evidence;
	const base = {
		id,
		storyId,
		type: row.type?.trim().toLowerCase(),
		skill: row.skill?.trim().toLowerCase() || 'fact',
		status: row.status?.trim().toLowerCase() || 'draft',
		origin: row.origin?.trim().toLowerCase() || 'curated',
		difficulty: num(row.difficulty) ?? 2,
		prompt: (row.prompt ?? '').trim(),
		explanation: (row.explanation ?? '').trim(),
		evidence,
		...(splitList(row.tags ?? '').length ? { tags: splitList(row.tags ?? '') } : {})
	};
	const choiceTexts = splitList(row.choices ?? '');
	const choices = choiceTexts.map((text, i) => ({ id: 'abcdefghijkl'[i] ?? `c${i}`, text }));
	switch (base.type) {
		case 'truefalse': {
			const answer = (row.correct ?? '').trim().toLowerCase();
			const value = ['true', 't', 'a'].includes(answer)
				? 'true'
				: ['false', 'f', 'b'].includes(answer)
					? 'false'
					: null;
			if (!value) return 'correct must be true or false';
			return {
				...base,
				choices: [
					{ id: 'true', text: 'True' },
					{ id: 'false', text: 'False' }
				],
				correct: [value]
			};
		}
		case 'single':
		case 'multi':
		case 'evidence': {
			const correct = letterIds(
				row.correct ?? '',
				choices.length,
				choices.map((c) => c.id)
			);
			if (typeof correct === 'string') return `correct: ${correct}`;
			if (base.type !== 'evidence') return { ...base, choices, correct };
			const evidenceSpans = parseSpans(row.evidence_choices ?? '');
			if (typeof evidenceSpans === 'string') return evidenceSpans;
			const evidenceChoices = evidenceSpans.map((s, i) => ({
				...s,
				id: `e${i + 1}`,
				text: articles.get(s.articleId)?.text.slice(s.start, s.end) || '(unknown article)'
			}));
			const evidenceCorrect = letterIds(
				row.evidence_correct ?? '',
				evidenceChoices.length,
				evidenceChoices.map((c) => c.id)
			);
			if (typeof evidenceCorrect === 'string') return `evidence_correct: ${evidenceCorrect}`;
			return {
				...base,
				choices,
				correct,
				evidencePrompt: (row.evidence_prompt ?? '').trim(),
				evidenceChoices,
				evidenceCorrect
			};
		}
		case 'cloze':
			return { ...base, accepted: splitList(row.accepted ?? '') };
		case 'numeric':
			return {
				...base,
				answer: num(row.answer),
				tolerance: num(row.tolerance) ?? 0,
				...(row.unit?.trim() ? { unit: row.unit.trim() } : {})
			};
		case 'matching': {
			const pairs = [];
			for (const [i, text] of splitList(row.pairs ?? '').entries()) {
				const at = text.indexOf(PAIR_ARROW.trim());
				if (at < 0) return `pair "${text}" should look like left => right`;
				pairs.push({
					id: `p${i + 1}`,
					left: text.slice(0, at).trim(),
					right: text.slice(at + 2).trim()
				});
			}
			const extra = splitList(row.extra ?? '');
			return { ...base, pairs, ...(extra.length ? { extraRights: extra } : {}) };
		}
		case 'ordering':
			return {
				...base,
				items: splitList(row.items ?? '').map((text, i) => ({ id: `i${i + 1}`, text }))
			};
		default:
			return `type "${row.type ?? ''}" is not one of single, multi, truefalse, cloze, numeric, matching, ordering, evidence`;
	}
}
