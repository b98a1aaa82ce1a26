/** Export details Moodle's importer cares about (issue #14), for GIFT and Moodle XML. */
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { FILE_STORY, makeFileBank } from '$test-data';
import type { Question } from '$lib/bank/schema';
import { questionToGift } from './gift';
import { readGiftBlock } from './gift-parse';
import { exportMoodleXml } from './moodle-xml';

const { DOMParser } = new JSDOM('').window;
const bank = makeFileBank();
const byId = (id: string) => bank.questions.find((q) => q.id === id)!;
const giftOf = (q: Question) => {
	const out = questionToGift(q);
	if ('skip' in out) throw new Error(out.skip);
	return out;
};
const xmlOf = (q: Question) => {
	const { text } = exportMoodleXml({ ...bank, questions: [q] }, FILE_STORY, {
		questionIds: [q.id]
	});
	return new DOMParser().parseFromString(text, 'application/xml');
};

describe('GIFT export', () => {
	it('writes matching distractors and keeps “->” inside a left item from splitting the pair', () => {
		const matching = byId('q-matching');
		if (matching.type !== 'matching') throw new Error('fixture');
		const q = {
			...matching,
			pairs: [{ ...matching.pairs[0]!, left: 'a -> b' }, matching.pairs[1]!]
		};
		const out = giftOf(q);
		expect(out.gift).toContain('\t=a → b -> Ana Ruiz');
		expect(out.warning).toMatch(/“->” in a left item/);
		const back = readGiftBlock(out.gift);
		expect('draft' in back && back.draft).toMatchObject({
			type: 'matching',
			extraRights: matching.extraRights
		});
	});

	it('marks text that looks like HTML as [plain], so it reads back as written', () => {
		const q = { ...byId('q-tf'), prompt: 'Is <b>bold</b> & x &lt; 5?' } as Question;
		const out = giftOf(q);
		expect(out.gift).toContain('::q-tf::[plain]Is <b>bold</b> & x &lt; 5?');
		const back = readGiftBlock(out.gift);
		expect('draft' in back && back.draft.prompt).toBe('Is <b>bold</b> & x &lt; 5?');
	});

	it('gives 12 right answers weights Moodle accepts, adding up to 100%', () => {
		const choices = Array.from({ length: 12 }, (_, i) => ({ id: `c${i}`, text: `Choice ${i}` }));
		const q = {
			...byId('q-multi'),
			choices,
			correct: choices.map((c) => c.id)
		} as Question;
		const out = giftOf(q);
		const weights = [...out.gift.matchAll(/~%([\d.-]+)%/g)].map((m) => Number(m[1]));
		expect(weights.reduce((a, b) => a + b, 0)).toBe(100);
		expect(weights.every((w) => w === 10 || w === 5)).toBe(true);
		expect(out.warning).toMatch(/no grade of 1\/12/);
	});

	it('writes ordering in Moodle 4.4’s form and reads it back', () => {
		const out = giftOf(byId('q-ordering'));
		const back = readGiftBlock(out.gift);
		expect('draft' in back && back.draft).toMatchObject({
			type: 'ordering',
			items: [{ text: 'The storm floods the harbor' }, { text: 'The docks reopen' }]
		});
	});
});

describe('Moodle XML export', () => {
	it('shuffles choices unless their order is fixed', () => {
		expect(xmlOf(byId('q-single')).querySelector('shuffleanswers')!.textContent).toBe('1');
		const fixed = { ...byId('q-single'), fixedOrder: true } as Question;
		expect(xmlOf(fixed).querySelector('shuffleanswers')!.textContent).toBe('0');
	});

	it('shows an optional unit, and grades ordering by relative position', () => {
		const numeric = xmlOf(byId('q-numeric'));
		expect(numeric.querySelector('showunits')!.textContent).toBe('0');
		expect(numeric.querySelector('unitgradingtype')!.textContent).toBe('0');
		expect(xmlOf(byId('q-ordering')).querySelector('gradingtype')!.textContent).toBe(
			'RELATIVE_ALL_PREVIOUS_AND_NEXT'
		);
	});
});
