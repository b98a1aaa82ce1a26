import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { FILE_STORY, fileArticles, makeFileBank } from '$test-data';
import { importQtiFiles } from './qti-parse';
import { exportQti3 } from './qti3';

const { DOMParser } = new JSDOM('').window;
const parseXml = (text: string) => new DOMParser().parseFromString(text, 'application/xml');
const bank = makeFileBank();
const out = exportQti3(bank, FILE_STORY, { questionIds: bank.questions.map((q) => q.id) });

describe('exportQti3', () => {
	it('writes well-formed QTI 3.0 items: qti- names, kebab attributes, 3.0 templates', () => {
		for (const f of out.files)
			expect(parseXml(f.text).getElementsByTagName('parsererror'), f.name).toHaveLength(0);
		const single = out.files.find((f) => f.name.includes('q-single'))!.text;
		expect(single).toContain(
			'<qti-assessment-item xmlns="http://www.imsglobal.org/xsd/imsqtiasi_v3p0"'
		);
		expect(single).toContain(
			'<qti-choice-interaction response-identifier="RESPONSE" shuffle="true" max-choices="1">'
		);
		expect(single).toContain(
			'https://purl.imsglobal.org/spec/qti/v3p0/rptemplates/match_correct.xml'
		);
		expect(single).not.toMatch(/<(?!\/?(qti-|p\b|blockquote|em\b|br\b|\?xml))/);
		const cloze = out.files.find((f) => f.name.includes('q-cloze'))!.text;
		expect(cloze).toContain(
			'<qti-map-entry map-key="breakwater" mapped-value="1" case-sensitive="false"/>'
		);
		expect(out.files[0]!.text).toContain('type="imsqti_item_xmlv3p0"');
	});

	it('reads back through Byline’s QTI importer with nothing lost but what the report names', () => {
		const r = importQtiFiles(
			{ zip: out.body },
			{ storyId: FILE_STORY, articles: fileArticles(), parseXml }
		);
		if (!r.ok) throw new Error(JSON.stringify(r.error));
		expect(out.warnings).toEqual([expect.stringMatching(/q-evidence.*part A/)]);
		expect(r.value.needsEvidence.map((n) => n.draft.id)).toEqual(['q-ordering']);
		for (const q of r.value.questions) {
			const original = bank.questions.find((o) => o.id === q.id)!;
			expect(q.prompt).toBe(original.prompt);
			expect(q.type).toBe(original.type === 'evidence' ? 'single' : original.type);
		}
		expect(r.value.questions.find((q) => q.id === 'q-numeric')).toMatchObject({
			answer: 38,
			tolerance: 0,
			unit: 'boats'
		});
		expect(r.value.questions.find((q) => q.id === 'q-cloze')).toMatchObject({
			accepted: ['breakwater', 'break water']
		});
	});
});
