/**
 * A small reader and scorer for the QTI 1.2 items Byline writes into a Common Cartridge, so the
 * tests can read an export back and check that it scores answers as Byline does. Written for
 * the tests only, from the QTI 1.2.1 ASI specification's response processing: conditions are
 * tried in order; the conditions side by side in one `conditionvar` are alternatives, `and`
 * needs all of its children, `not` none, `other` always holds; `varequal` compares a chosen
 * identifier or the typed text, ignoring case unless `case="Yes"`; a condition that holds sets
 * SCORE and, unless `continue="Yes"`, ends processing.
 */
import { JSDOM } from 'jsdom';
import { parseXml } from './cc-schema.test-helpers';

const QTI = 'http://www.imsglobal.org/xsd/ims_qtiasiv1p2';
const { document } = new JSDOM('').window;

/** HTML (a question's text, its feedback) parsed into a fragment to query. */
export function htmlFragment(html: string): DocumentFragment {
	const template = document.createElement('template');
	template.innerHTML = html;
	return template.content;
}

export type ReadItem = {
	ident: string;
	title: string;
	profile: string;
	/** The question's HTML, as the first mattext of the presentation holds it. */
	questionHtml: string;
	/** The choices in written order; empty for typed answers. */
	choices: { id: string; text: string }[];
	cardinality: string | null;
	shuffle: boolean | null;
	feedbackHtml: string;
	/** SCORE after response processing, for chosen identifiers or typed text. */
	score(response: readonly string[] | string): number;
};

const children = (el: Element, name: string) =>
	[...el.children].filter((c) => c.namespaceURI === QTI && c.localName === name);
const child = (el: Element, name: string) => children(el, name)[0];

function holds(cond: Element, given: readonly string[]): boolean {
	switch (cond.localName) {
		case 'other':
			return true;
		case 'and':
			return [...cond.children].every((c) => holds(c, given));
		case 'not':
			return ![...cond.children].some((c) => holds(c, given));
		case 'varequal': {
			const value = cond.textContent ?? '';
			const exact = cond.getAttribute('case') === 'Yes';
			return given.some((g) => (exact ? g === value : g.toLowerCase() === value.toLowerCase()));
		}
		default:
			throw new Error(`The test reader does not know <${cond.localName}>.`);
	}
}

function readItem(el: Element): ReadItem {
	const field = (label: string) =>
		[...el.getElementsByTagNameNS(QTI, 'qtimetadatafield')]
			.find((f) => child(f, 'fieldlabel')?.textContent === label)
			?.getElementsByTagNameNS(QTI, 'fieldentry')[0]?.textContent ?? '';
	const presentation = child(el, 'presentation')!;
	const lid = child(presentation, 'response_lid');
	const render = lid ? child(lid, 'render_choice') : undefined;
	const conditions = children(child(el, 'resprocessing')!, 'respcondition');
	return {
		ident: el.getAttribute('ident')!,
		title: el.getAttribute('title') ?? '',
		profile: field('cc_profile'),
		questionHtml: presentation.getElementsByTagNameNS(QTI, 'mattext')[0]?.textContent ?? '',
		choices: render
			? children(render, 'response_label').map((l) => ({
					id: l.getAttribute('ident')!,
					text: l.getElementsByTagNameNS(QTI, 'mattext')[0]?.textContent ?? ''
				}))
			: [],
		cardinality: lid?.getAttribute('rcardinality') ?? null,
		shuffle: render ? render.getAttribute('shuffle') === 'Yes' : null,
		feedbackHtml:
			children(el, 'itemfeedback')
				.find((f) => f.getAttribute('ident') === 'general_fb')
				?.getElementsByTagNameNS(QTI, 'mattext')[0]?.textContent ?? '',
		score(response) {
			const given = typeof response === 'string' ? [response] : response;
			let score = 0;
			for (const condition of conditions) {
				const test = child(condition, 'conditionvar')!;
				if (![...test.children].some((c) => holds(c, given))) continue;
				for (const set of children(condition, 'setvar')) score = Number(set.textContent);
				if (condition.getAttribute('continue') !== 'Yes') break;
			}
			return score;
		}
	};
}

/** The items of an assessment or question bank file, in order. */
export function readQtiItems(xml: string): ReadItem[] {
	const doc = parseXml(xml);
	if (doc.getElementsByTagName('parsererror').length) throw new Error('not well-formed XML');
	return [...doc.getElementsByTagNameNS(QTI, 'item')].map(readItem);
}
