import { strFromU8, unzipSync } from 'fflate';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { FILE_STORY, makeFileBank } from '$test-data';
import { exportQti, numberForms, qtiIdentifier } from './qti';

const { DOMParser } = new JSDOM('').window;
const parseXml = (text: string) => new DOMParser().parseFromString(text, 'application/xml');
const allIds = makeFileBank().questions.map((q) => q.id);

describe('exportQti', () => {
	const out = exportQti(makeFileBank(), FILE_STORY, {
		questionIds: allIds,
		now: new Date('2025-01-01T00:00:00Z')
	});
	const byName = new Map(out.files.map((f) => [f.name, parseXml(f.text)]));

	it('packages a manifest and one well-formed item per question', () => {
		expect(out.filename).toBe('harbor-storm.qti.zip');
		expect([...byName.keys()]).toEqual([
			'imsmanifest.xml',
			...allIds.map((id) => `items/${qtiIdentifier(id)}.xml`)
		]);
		for (const [name, doc] of byName) {
			expect(doc.getElementsByTagName('parsererror'), name).toHaveLength(0);
		}
		const hrefs = [...byName.get('imsmanifest.xml')!.querySelectorAll('resource')].map((r) =>
			r.getAttribute('href')
		);
		expect(hrefs).toHaveLength(8);
		// the zip holds the same texts, read back through fflate
		const unzipped = unzipSync(out.body);
		for (const f of out.files) expect(strFromU8(unzipped[f.name]!)).toBe(f.text);
		expect(out.warnings).toEqual([expect.stringMatching(/q-evidence.*part A/)]);
	});

	it('uses the interaction that fits each type, with correct responses', () => {
		const item = (id: string) => byName.get(`items/${qtiIdentifier(id)}.xml`)!;
		const correct = (id: string) =>
			[...item(id).querySelectorAll('correctResponse value')].map((v) => v.textContent);
		expect(item('q-single').querySelector('choiceInteraction')!.getAttribute('maxChoices')).toBe(
			'1'
		);
		expect(correct('q-single')).toEqual(['C1']);
		expect(correct('q-multi')).toEqual(['C1', 'C2']);
		expect(correct('q-tf')).toEqual(['C1']);
		expect(item('q-cloze').querySelector('p > textEntryInteraction')).not.toBeNull();
		expect(
			[...item('q-cloze').querySelectorAll('mapEntry')].map((m) => m.getAttribute('mapKey'))
		).toEqual(['breakwater', 'break water']);
		expect(
			[...item('q-cloze').querySelectorAll('mapEntry')].map((m) => m.getAttribute('caseSensitive'))
		).toEqual(['false', 'false']);
		// 38 boats, no tolerance: the forms a student types, not a float that refuses "5,000".
		expect(
			[...item('q-numeric').querySelectorAll('mapEntry')].map((m) => m.getAttribute('mapKey'))
		).toEqual(['38', '38 boats', '38boats']);
		expect(item('q-single').querySelector('choiceInteraction')!.getAttribute('shuffle')).toBe(
			'true'
		);
		expect(correct('q-matching')).toEqual(['L1 R1', 'L2 R2']);
		expect(item('q-matching').querySelectorAll('simpleMatchSet')[1]!.children).toHaveLength(3);
		expect(item('q-ordering').querySelector('orderInteraction')).not.toBeNull();
		expect(item('q-single').querySelector('blockquote em')!.textContent).toBe(
			'Harbor Times, “Storm floods harbor district”'
		);
	});

	it('keeps a fixed choice order and writes thousands the ways students type them', () => {
		const bank = makeFileBank();
		const single = bank.questions.find((q) => q.id === 'q-single')!;
		const fixed = exportQti({ ...bank, questions: [{ ...single, fixedOrder: true }] }, FILE_STORY, {
			questionIds: ['q-single']
		});
		const doc = parseXml(fixed.files[1]!.text);
		expect(doc.querySelector('choiceInteraction')!.getAttribute('shuffle')).toBe('false');
		expect(numberForms(6000)).toEqual(['6000', '6,000', '6 000', '6\u00a0000']);
	});

	it('makes identifiers XML-safe', () => {
		expect(qtiIdentifier('1:a b')).toBe('Q_1_a_b');
	});
});
