/**
 * Partial credit survives a trip out and back through every format that can say it (GIFT,
 * Moodle XML, QTI 2.1 and 3.0), and what each file says is what Moodle or a QTI engine reads.
 */
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { FILE_STORY, fileArticles, makeFileBank } from '$test-data';
import type { Bank, Question } from '$lib/bank/schema';
import { exportGift } from './gift';
import { formatById } from './index';
import { importGift } from './gift-parse';
import { exportMoodleXml } from './moodle-xml';
import { importMoodleXml } from './moodle-xml-parse';
import { moodlePercent } from './moodle-weights';
import { partialCreditText } from './partial-credit';
import { exportQti } from './qti';
import { importQtiFiles } from './qti-parse';
import { exportQti3 } from './qti3';

const { DOMParser } = new JSDOM('').window;
const parseXml = (text: string) => new DOMParser().parseFromString(text, 'application/xml');
const context = { storyId: FILE_STORY, articles: fileArticles(), parseXml };

/** The fixture bank with Moodle-style partial credit on its four kinds that can carry it. */
function partialBank(): Bank {
	const bank = makeFileBank();
	bank.questions = bank.questions.flatMap((q): Question[] => {
		switch (q.type) {
			case 'single':
				return [
					{ ...q, choices: q.choices.map((c) => (c.id === 'b' ? { ...c, fraction: 0.5 } : c)) }
				];
			case 'multi':
				return [
					{
						...q,
						choices: q.choices.map((c) => ({
							...c,
							fraction: q.correct.includes(c.id) ? 1 / q.correct.length : -1
						}))
					}
				];
			case 'cloze':
				return [{ ...q, partial: [{ text: 'harbor wall', fraction: 0.25 }] }];
			case 'numeric':
				return [{ ...q, partial: [{ answer: 40, tolerance: 2, fraction: 0.5 }] }];
			default:
				return [];
		}
	});
	return bank;
}

const bank = partialBank();
const ids = bank.questions.map((q) => q.id);
const original = (id: string) => bank.questions.find((q) => q.id === id)!;

/** The graded fields of a question, to compare before and after. */
function credit(q: Question) {
	switch (q.type) {
		case 'single':
		case 'multi':
			return { type: q.type, correct: q.correct, choices: q.choices };
		case 'cloze':
			return { type: q.type, accepted: q.accepted, partial: q.partial };
		case 'numeric':
			return { type: q.type, answer: q.answer, tolerance: q.tolerance, partial: q.partial };
		default:
			return null;
	}
}

function expectSameCredit(questions: Question[]) {
	expect(questions.map((q) => q.id).sort()).toEqual([...ids].sort());
	for (const q of questions) expect(credit(q), q.id).toEqual(credit(original(q.id)));
}

describe('partial credit round trip', () => {
	it('GIFT writes Moodle’s %n% weights and reads them back', () => {
		const out = exportGift(bank, FILE_STORY, { questionIds: ids });
		expect(out.text).toContain('~%50%Port director Li Wei');
		expect(out.text).toContain('~%50%Harbor Times');
		expect(out.text).toContain('~%-100%Daily Planet');
		expect(out.text).toContain('=%25%harbor wall');
		expect(out.text).toMatch(/\{#=38:0 =%50%40:2/);
		// Only the unit is lost (GIFT has no units), never the credit.
		expect(out.warnings).toEqual([expect.stringMatching(/unit “boats” was left out/)]);
		const r = importGift(out.text, context);
		if (!r.ok) throw new Error(JSON.stringify(r.error));
		expectSameCredit(r.value.questions);
		expect(r.value.losses).toEqual({});
	});

	it('Moodle XML writes answer fractions and reads them back', () => {
		const out = exportMoodleXml(bank, FILE_STORY, { questionIds: ids });
		expect(out.text).toContain(
			'<answer fraction="50" format="plain_text"><text>Port director Li Wei</text></answer>'
		);
		expect(out.text).toContain(
			'<answer fraction="-100" format="plain_text"><text>Daily Planet</text>'
		);
		expect(out.text).toContain(
			'<answer fraction="50" format="plain_text"><text>40</text><tolerance>2</tolerance></answer>'
		);
		const r = importMoodleXml(out.text, context);
		if (!r.ok) throw new Error(JSON.stringify(r.error));
		expectSameCredit(r.value.questions);
	});

	it('QTI 2.1 and 3.0 score through a mapping and read it back', () => {
		for (const out of [
			exportQti(bank, FILE_STORY, { questionIds: ids }),
			exportQti3(bank, FILE_STORY, { questionIds: ids })
		]) {
			const single = out.files.find((f) => f.name.includes('q-single'))!.text;
			expect(single).toMatch(/map_response/);
			expect(single).toMatch(/map-?[kK]ey="C2" mapped-?[vV]alue="0.5"/);
			const numeric = out.files.find((f) => f.name.includes('q-numeric'))!.text;
			expect(numeric).toMatch(/[rR]esponse-?[eE]lse-?[iI]f/);
			for (const f of out.files)
				expect(parseXml(f.text).getElementsByTagName('parsererror'), f.name).toHaveLength(0);
			const r = importQtiFiles({ zip: out.body }, context);
			if (!r.ok) throw new Error(JSON.stringify(r.error));
			// The unit is not part of the credit; everything graded comes back.
			expectSameCredit(r.value.questions);
		}
	});

	it('moves a fraction Moodle has no grade for to the nearest one, and says so', () => {
		expect(moodlePercent(0.5)).toEqual({ percent: 50, exact: true });
		expect(moodlePercent(-1 / 3)).toEqual({ percent: -33.33333, exact: true });
		expect(moodlePercent(0.45)).toMatchObject({ exact: false });
		const odd = makeFileBank();
		odd.questions = odd.questions
			.filter((q) => q.type === 'single')
			.map((q) => ({
				...q,
				choices: q.choices.map((c) => (c.id === 'b' ? { ...c, fraction: 0.45 } : c))
			})) as Question[];
		const out = exportGift(odd, FILE_STORY, { questionIds: ['q-single'] });
		expect(out.warnings).toEqual([expect.stringMatching(/45% became (40|50)%/)]);
	});
});

describe('partialCreditText', () => {
	it('names each answer worth part of the marks, penalties included', () => {
		const byId = (id: string) => bank.questions.find((q) => q.id === id)!;
		expect(partialCreditText(byId('q-single'))).toBe('Port director Li Wei 50%');
		expect(partialCreditText(byId('q-multi'))).toBe(
			'Harbor Times 50%; Coast News 50%; Daily Planet −100%'
		);
		expect(partialCreditText(byId('q-cloze'))).toBe('harbor wall 25%');
		expect(partialCreditText(byId('q-numeric'))).toBe('40 ± 2 50%');
		expect(partialCreditText(makeFileBank().questions[0]!)).toBe('');
	});
});

describe('CSV export', () => {
	it('names each question whose part marks the CSV cannot carry', () => {
		const out = formatById('csv').export(bank, FILE_STORY, { questionIds: ids });
		expect(out.warnings).toEqual([
			'“q-single”: its part marks (Port director Li Wei 50%) are not in the CSV.',
			'“q-multi”: its part marks (Harbor Times 50%; Coast News 50%; Daily Planet −100%) are not in the CSV.',
			'“q-cloze”: its part marks (harbor wall 25%) are not in the CSV.',
			'“q-numeric”: its part marks (40 ± 2 50%) are not in the CSV.'
		]);
		expect(formatById('csv').export(makeFileBank(), FILE_STORY).warnings).toEqual([]);
	});
});
