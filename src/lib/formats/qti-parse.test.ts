import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { FILE_STORY, fileArticles, makeFileBank } from '$test-data';
import { exportQti } from './qti';
import { importQtiFiles, qtiName } from './qti-parse';

const { DOMParser } = new JSDOM('').window;
const parseXml = (text: string) => new DOMParser().parseFromString(text, 'application/xml');
const opts = { storyId: FILE_STORY, articles: fileArticles(), parseXml };

describe('QTI import', () => {
	it('folds QTI 3.0 names onto 2.1 ones', () => {
		const doc = parseXml('<qti-choice-interaction/>');
		expect(qtiName(doc.documentElement)).toBe('choiceInteraction');
	});

	it('reads back Byline’s own QTI 2.1 package: every type it exports', () => {
		const bank = makeFileBank();
		const { body } = exportQti(bank, FILE_STORY, {
			questionIds: bank.questions.map((q) => q.id)
		});
		const r = importQtiFiles({ zip: body }, opts);
		if (!r.ok) throw new Error(JSON.stringify(r.error));
		const byId = new Map(r.value.questions.map((q) => [q.id, q]));
		// Ordering items are worded as events, not quoted: that one needs evidence by hand.
		expect(r.value.needsEvidence.map((n) => n.draft.id)).toEqual(['q-ordering']);
		for (const original of bank.questions.filter((q) => q.type !== 'ordering')) {
			const back = byId.get(original.id);
			expect(back, original.id).toBeDefined();
			expect(back!.prompt).toBe(original.prompt);
			expect(back!.type).toBe(original.type === 'evidence' ? 'single' : original.type);
		}
		const numeric = byId.get('q-numeric');
		expect(numeric).toMatchObject({ type: 'numeric', answer: 38 });
		expect(byId.get('q-matching')).toMatchObject({
			pairs: [{ right: 'Ana Ruiz' }, { right: 'Li Wei' }]
		});
	});

	it('reads a QTI 3.0 item and lists an unsupported one', () => {
		const ns = 'xmlns="http://www.imsglobal.org/xsd/imsqtiasi_v3p0"';
		const choice = `<qti-assessment-item ${ns} identifier="boats" title="Boats"><qti-response-declaration identifier="RESPONSE" cardinality="single" base-type="identifier"><qti-correct-response><qti-value>B</qti-value></qti-correct-response></qti-response-declaration><qti-item-body><qti-choice-interaction response-identifier="RESPONSE" max-choices="1" shuffle="false"><qti-prompt>Who warned that repairs could take weeks?</qti-prompt><qti-simple-choice identifier="A">Ana Ruiz</qti-simple-choice><qti-simple-choice identifier="B">Li Wei</qti-simple-choice></qti-choice-interaction></qti-item-body></qti-assessment-item>`;
		const r = importQtiFiles({ xml: choice, name: 'boats.xml' }, opts);
		if (!r.ok) throw new Error(JSON.stringify(r.error));
		expect(r.value.questions[0]).toMatchObject({
			id: 'boats',
			type: 'single',
			prompt: 'Who warned that repairs could take weeks?',
			correct: ['b'],
			fixedOrder: true
		});
		const essay = `<qti-assessment-item ${ns} identifier="e" title="Essay"><qti-item-body><qti-extended-text-interaction response-identifier="R"/></qti-item-body></qti-assessment-item>`;
		const bad = importQtiFiles({ xml: essay, name: 'e.xml' }, opts);
		expect(!bad.ok && bad.error.details?.[0]).toMatch(/extended text interaction/);
	});
});
