/**
 * The built-in story's whole bank through every format and back through Byline's own importer:
 * each question either arrives with its prompt and kind, or is named in the import report
 * (needs evidence chosen by hand, or refused with a reason) or the export report.
 */
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { seedBank } from '$lib/bank/seed-bank';
import type { Question } from '$lib/bank/schema';
import type { AttachResult } from './attach-evidence';
import { exportCsv, importCsv } from './csv';
import { exportGift } from './gift';
import { importGift } from './gift-parse';
import { exportMoodleXml } from './moodle-xml';
import { importMoodleXml } from './moodle-xml-parse';
import { exportQti } from './qti';
import { exportQti3 } from './qti3';
import { importQtiFiles } from './qti-parse';

const { DOMParser } = new JSDOM('').window;
const parseXml = (text: string) => new DOMParser().parseFromString(text, 'application/xml');
const storyId = seedBank.stories[0]!.id;
const ids = seedBank.questions.map((q) => q.id);
const context = { storyId, articles: seedBank.articles, takenIds: [], parseXml };

/** Prompts as the question formats carry them (a cloze's gap written as four underscores). */
const promptOf = (q: Question) => q.prompt.replace(/_{4,}/g, '____').trim();

/** A question with its internal ids replaced by what they point at. */
function canonical(q: Question): unknown {
	const c: Record<string, unknown> = { ...q };
	if ('choices' in q) {
		const text = new Map(q.choices.map((ch) => [ch.id, ch.text] as const));
		c.choices = q.choices.map((ch) => ch.text);
		c.correct = q.correct.map((id) => text.get(id));
	}
	if (q.type === 'evidence') {
		c.evidenceChoices = q.evidenceChoices.map(({ id: _id, ...rest }) => rest);
		c.evidenceCorrect = q.evidenceCorrect.map((id) =>
			q.evidenceChoices.findIndex((e) => e.id === id)
		);
	}
	if (q.type === 'matching') c.pairs = q.pairs.map((p) => [p.left, p.right]);
	if (q.type === 'ordering') c.items = q.items.map((i) => i.text);
	return c;
}

function account(name: string, value: AttachResult, exportWarnings: string[]) {
	const arrived = new Map(value.questions.map((q) => [q.id, q]));
	const named = new Set([
		...value.needsEvidence.map((n) => n.draft.id),
		...exportWarnings.flatMap((w) => ids.filter((id) => w.includes(`“${id}”`)))
	]);
	const lost = ids.filter((id) => !arrived.has(id) && !named.has(id));
	expect(lost, `${name}: questions neither imported nor reported`).toEqual([]);
	for (const original of seedBank.questions) {
		const back = arrived.get(original.id);
		if (!back) continue;
		expect(promptOf(back), `${name} ${original.id}`).toBe(promptOf(original));
		expect(back.type, `${name} ${original.id}`).toBe(
			original.type === 'evidence' ? 'single' : original.type
		);
	}
	return {
		arrived: arrived.size,
		needsEvidence: value.needsEvidence.length,
		refused: value.refused.length
	};
}

describe(`seed bank (${ids.length} questions) round trip`, () => {
	it('GIFT', () => {
		const out = exportGift(seedBank, storyId, { questionIds: ids });
		const r = importGift(out.text, context);
		if (!r.ok) throw new Error(JSON.stringify(r.error));
		account('GIFT', r.value, out.warnings);
	});

	it('Moodle XML', () => {
		const out = exportMoodleXml(seedBank, storyId, { questionIds: ids });
		const r = importMoodleXml(out.text, context);
		if (!r.ok) throw new Error(JSON.stringify(r.error));
		account('Moodle XML', r.value, out.warnings);
	});

	it('QTI 2.1 and 3.0 packages', () => {
		for (const [name, out] of [
			['QTI 2.1', exportQti(seedBank, storyId, { questionIds: ids })],
			['QTI 3.0', exportQti3(seedBank, storyId, { questionIds: ids })]
		] as const) {
			const r = importQtiFiles({ zip: out.body }, context);
			if (!r.ok) throw new Error(JSON.stringify(r.error));
			account(name, r.value, out.warnings);
		}
	});

	it('CSV carries everything, evidence included (choice ids come back as letters)', () => {
		const out = exportCsv(seedBank, storyId, ids);
		const r = importCsv(out.text, context);
		if (!r.ok) throw new Error(JSON.stringify(r.error));
		expect(r.value.map(canonical)).toEqual(seedBank.questions.map(canonical));
	});
});
