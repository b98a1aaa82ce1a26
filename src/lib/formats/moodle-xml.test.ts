import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { FILE_STORY, fileArticles, makeFileBank } from '$test-data';
import type { Question } from '$lib/bank/schema';
import { escapeXml, exportMoodleXml } from './moodle-xml';
import { htmlToText, importMoodleXml } from './moodle-xml-parse';

const { DOMParser } = new JSDOM('').window;
const parseXml = (text: string) => new DOMParser().parseFromString(text, 'application/xml');
const opts = { storyId: FILE_STORY, articles: fileArticles(), parseXml };
const allIds = makeFileBank().questions.map((q) => q.id);

function essence(q: Question) {
	const {
		evidence: _e,
		storyId: _s,
		status: _st,
		skill: _sk,
		difficulty: _d,
		origin: _o,
		...rest
	} = q;
	return rest;
}

describe('exportMoodleXml', () => {
	const { text, warnings, filename } = exportMoodleXml(makeFileBank(), FILE_STORY, {
		questionIds: allIds
	});
	const doc = parseXml(text);

	it('produces well-formed XML with one question element per question', () => {
		expect(filename).toBe('harbor-storm.moodle.xml');
		expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
		const types = [...doc.querySelectorAll('quiz > question')].map((q) => q.getAttribute('type'));
		expect(types).toEqual([
			'category',
			'multichoice',
			'multichoice',
			'truefalse',
			'shortanswer',
			'numerical',
			'match',
			'ordering',
			'multichoice'
		]);
		expect(warnings).toEqual([expect.stringMatching(/q-evidence.*only part A/)]);
	});

	it('puts the evidence paragraph into the question text as escaped HTML', () => {
		const single = doc.querySelectorAll('quiz > question')[1]!;
		const htmlText = single.querySelector('questiontext > text')!.textContent!;
		expect(htmlText).toContain(
			'<blockquote><p>Mayor Ana Ruiz said: &quot;We will reopen the docks by Friday.&quot;</p>'
		);
		expect(htmlText).toContain('<footer>Harbor Times, “Storm floods harbor district”</footer>');
		expect(text).toContain('&lt;blockquote&gt;');
	});

	it('writes grades Moodle understands', () => {
		const multi = doc.querySelectorAll('quiz > question')[2]!;
		expect([...multi.querySelectorAll('answer')].map((a) => a.getAttribute('fraction'))).toEqual([
			'50',
			'50',
			'-50'
		]);
		expect(multi.querySelector('single')!.textContent).toBe('false');
		const numeric = doc.querySelectorAll('quiz > question')[5]!;
		expect(numeric.querySelector('answer > tolerance')!.textContent).toBe('0');
		expect(numeric.querySelector('unit_name')!.textContent).toBe('boats');
	});
});

describe('importMoodleXml', () => {
	it('round-trips the types Moodle can hold', () => {
		const { text } = exportMoodleXml(makeFileBank(), FILE_STORY, { questionIds: allIds });
		const r = importMoodleXml(text, opts);
		if (!r.ok) throw new Error(JSON.stringify(r.error));
		const original = new Map(makeFileBank().questions.map((q) => [q.id, q]));
		// The ordering items' wording does not occur in the articles.
		expect(r.value.needsEvidence.map((n) => n.draft.id)).toEqual(['q-ordering']);
		const ordering = r.value.needsEvidence[0]!.draft;
		expect(ordering.type === 'ordering' && ordering.items.map((i) => i.text)).toEqual([
			'The storm floods the harbor',
			'The docks reopen'
		]);
		const ids = r.value.questions.map((q) => q.id);
		expect(ids).toEqual([
			'q-single',
			'q-multi',
			'q-tf',
			'q-cloze',
			'q-numeric',
			'q-matching',
			'q-evidence'
		]);
		for (const id of ['q-single', 'q-multi', 'q-tf', 'q-cloze', 'q-numeric', 'q-matching']) {
			expect(essence(r.value.questions.find((q) => q.id === id)!)).toEqual(
				essence(original.get(id)!)
			);
		}
	});

	it('reads a file written by Moodle itself (CDATA, HTML answers, partial grades)', () => {
		const xml = `<?xml version="1.0" encoding="UTF-8"?>
<quiz>
  <question type="category"><category><text>$course$/Default</text></category></question>
  <question type="multichoice">
    <name><text>Warned</text></name>
    <questiontext format="html"><text><![CDATA[<p dir="ltr">Who <b>warned</b> that repairs could take&nbsp;weeks?</p>]]></text></questiontext>
    <generalfeedback format="html"><text></text></generalfeedback>
    <single>true</single>
    <answer fraction="100" format="html"><text><![CDATA[<p>Li Wei</p>]]></text></answer>
    <answer fraction="0" format="html"><text><![CDATA[<p>Ana Ruiz</p>]]></text></answer>
  </question>
  <question type="shortanswer">
    <name><text>Where</text></name>
    <questiontext format="html"><text>Where were two fishermen rescued?</text></questiontext>
    <answer fraction="100"><text>breakwater</text></answer>
    <answer fraction="50"><text>harbor</text></answer>
  </question>
</quiz>`;
		const r = importMoodleXml(xml, opts);
		if (!r.ok) throw new Error(JSON.stringify(r.error));
		const [single, cloze] = r.value.questions;
		expect(single).toMatchObject({
			id: 'Warned',
			type: 'single',
			prompt: 'Who warned that repairs could take weeks?',
			choices: [{ text: 'Li Wei' }, { text: 'Ana Ruiz' }],
			correct: ['a']
		});
		expect(single!.explanation).toMatch(/^The article says: “Port director Li Wei warned/);
		expect(cloze).toMatchObject({
			type: 'cloze',
			prompt: 'Where were two fishermen rescued?\n\n____',
			accepted: ['breakwater']
		});
	});

	it('explains malformed and foreign input', () => {
		const broken = importMoodleXml('<quiz><question>', opts);
		expect(!broken.ok && broken.error.message).toBe('This file is not valid XML.');
		const foreign = importMoodleXml('<html><body/></html>', opts);
		expect(!foreign.ok && foreign.error.message).toMatch(/should start with <quiz>/);
		const essay = importMoodleXml(
			'<quiz><question type="essay"><name><text>E</text></name></question></quiz>',
			opts
		);
		expect(!essay.ok && essay.error.details).toEqual([
			'“E”: It is an essay (open answer); Byline cannot grade essays.'
		]);
	});

	it('turns HTML into plain text', () => {
		expect(
			htmlToText('<p>A &amp; B<br/>C&#233;</p><blockquote>hidden</blockquote><script>x</script>')
		).toBe('A & B\nCé');
		expect(escapeXml(`<a href="x">'&'</a>`)).toBe(
			'&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;'
		);
	});
});
