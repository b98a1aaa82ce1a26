/**
 * IMS QTI import: single assessment items (QTI 2.1 `assessmentItem`, QTI 3.0
 * `qti-assessment-item`) or a content package (.zip with imsmanifest.xml) of them. QTI 3.0
 * writes the 2.1 element names in kebab case with a `qti-` prefix, so names are folded to one
 * form (`qti-choice-interaction` → `choiceInteraction`) and one reader serves both versions.
 * Understood: choice (one or several right; True/False pairs become true/false), one text
 * entry (string → gap question, number → numeric with the `equal` tolerance), match and order
 * interactions. Anything else (essays, hotspots, several interactions in one item) is listed
 * with its reason. The passage Byline's export puts in a <blockquote> is dropped so prompts
 * round-trip; evidence is found again in the story's articles.
 */
import { unzipSync, strFromU8 } from 'fflate';
import { LIMITS } from '../bank/schema';
import {
	finishImport,
	type AttachOptions,
	type AttachResult,
	type QuestionDraft
} from './attach-evidence';
import type { ParseXml } from './moodle-xml-parse';
import { multiChoiceCredit, singleChoiceCredit } from './partial-credit';
import { stripControls, type ImportResult, type Refusal } from './problem';
import { htmlToText } from './rich-text';

export const MAX_PACKAGE_ENTRIES = 1_000;
export const MAX_PACKAGE_BYTES = 50 * 1024 * 1024;
const MAX_ITEM_BYTES = 2 * 1024 * 1024;

export type QtiFile = { zip: Uint8Array } | { xml: string; name: string };

const defaultParseXml: ParseXml = (text) =>
	new DOMParser().parseFromString(text, 'application/xml');

/** `qti-simple-choice` → `simpleChoice`; 2.1 names pass through. Namespace prefixes dropped. */
export function qtiName(el: Element): string {
	const local = el.localName ?? el.tagName.replace(/^.*:/, '');
	if (!local.startsWith('qti-')) return local;
	return local.slice(4).replace(/-([a-z])/g, (_m, c: string) => c.toUpperCase());
}

/** An attribute in 2.1 spelling (`maxChoices`) or 3.0 spelling (`max-choices`). */
function attr(el: Element | undefined, name: string): string | null {
	if (!el) return null;
	return (
		el.getAttribute(name) ?? el.getAttribute(name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`))
	);
}

function descendants(root: Element, name: string): Element[] {
	return [...root.getElementsByTagName('*')].filter((e) => qtiName(e) === name);
}
const kids = (root: Element, name: string) => [...root.children].filter((e) => qtiName(e) === name);

/** Serialised inner markup with interactions replaced, as text. */
function textWithout(el: Element, replace: (child: Element) => string | null): string {
	let html = '';
	for (const node of el.childNodes) {
		if (node.nodeType === 3)
			html += (node.textContent ?? '').replace(/&/g, '&amp;').replace(/</g, '&lt;');
		else if (node.nodeType === 1) {
			const child = node as Element;
			const replaced = replace(child);
			if (replaced !== null) html += replaced;
			else {
				const name = qtiName(child);
				const block = /^(p|div|li|h[1-6]|br)$/.test(name);
				html += `<${block ? name : 'span'}>${textWithout(child, replace)}</${block ? name : 'span'}>`;
			}
		}
	}
	return html;
}

const values = (el: Element | undefined) =>
	el ? descendants(el, 'value').map((v) => (v.textContent ?? '').trim()) : [];

const INTERACTIONS = /Interaction$/;

/** mapKey → mappedValue of a response's mapping, when the item's score comes from it. */
function scoredMapping(
	item: Element,
	declaration: Element | undefined
): Map<string, number> | null {
	const mapping = declaration ? kids(declaration, 'mapping')[0] : undefined;
	const processing = kids(item, 'responseProcessing')[0];
	const byMapping =
		/map_response(\.xml)?$/.test(attr(processing, 'template') ?? '') ||
		(processing ? descendants(processing, 'mapResponse').length > 0 : false);
	if (!mapping || !byMapping) return null;
	return new Map(
		kids(mapping, 'mapEntry').map((m) => [attr(m, 'mapKey') ?? '', Number(attr(m, 'mappedValue'))])
	);
}

function itemDraft(doc: Document, file: string): QuestionDraft | Refusal {
	const item = doc.documentElement;
	const identifier = item.getAttribute('identifier') ?? '';
	const label = `“${item.getAttribute('title')?.slice(0, 60) || identifier || file}”`;
	const refuse = (reason: string): Refusal => ({ label, reason });
	const body = kids(item, 'itemBody')[0];
	if (!body) return refuse('The item has no body.');
	const interactions = [...body.getElementsByTagName('*')].filter((e) =>
		INTERACTIONS.test(qtiName(e))
	);
	if (interactions.length === 0) return refuse('The item asks nothing (no interaction).');
	if (interactions.length > 1)
		return refuse(`The item has ${interactions.length} interactions; a Byline question has one.`);
	const interaction = interactions[0]!;
	const kind = qtiName(interaction);
	const responseId = attr(interaction, 'responseIdentifier') ?? 'RESPONSE';
	const declaration = kids(item, 'responseDeclaration').find(
		(d) => d.getAttribute('identifier') === responseId
	);
	const correct = values(kids(declaration ?? item, 'correctResponse')[0]);
	const feedback = kids(item, 'modalFeedback')
		.map((f) => htmlToText(textWithout(f, () => null)))
		.join('\n\n')
		.trim();
	const promptEl = kids(interaction, 'prompt')[0];
	const gap = kind === 'textEntryInteraction' ? '____' : '';
	const stemHtml = textWithout(body, (child) => {
		if (child === interaction) return gap;
		if (qtiName(child) === 'blockquote') return '';
		return null;
	});
	const prompt = htmlToText(
		[stemHtml, promptEl ? textWithout(promptEl, () => null) : ''].join('<p></p>')
	);
	const idText = identifier.replace(/^Q_/, '');
	const common = {
		skill: 'fact',
		status: 'draft',
		origin: 'curated',
		difficulty: 2,
		prompt,
		...(idText ? { id: idText } : {}),
		...(feedback ? { explanation: feedback } : {})
	} as const;
	const losses: string[] = [];
	const done = (d: QuestionDraft): QuestionDraft => (losses.length ? { ...d, losses } : d);
	const choiceText = (el: Element) =>
		htmlToText(textWithout(el, (c) => (qtiName(c) === 'feedbackInline' ? '' : null)));

	switch (kind) {
		case 'choiceInteraction': {
			const choices = kids(interaction, 'simpleChoice').map((c, i) => ({
				key: c.getAttribute('identifier') ?? '',
				id: 'abcdefghijklmnopqrstuvwxyz'[i]!,
				text: choiceText(c)
			}));
			if (choices.length < 2) return refuse('A choice item needs two choices.');
			if (choices.length > LIMITS.choices)
				return refuse(`It has ${choices.length} choices; Byline allows at most ${LIMITS.choices}.`);
			const right = choices.filter((c) => correct.includes(c.key)).map((c) => c.id);
			if (right.length === 0) return refuse('No choice is marked correct.');
			const texts = choices.map((c) => c.text.toLowerCase());
			if (choices.length === 2 && texts[0] === 'true' && texts[1] === 'false' && right.length === 1)
				return done({
					...common,
					type: 'truefalse',
					choices: [
						{ id: 'true', text: 'True' },
						{ id: 'false', text: 'False' }
					],
					correct: [right[0] === 'a' ? 'true' : 'false']
				});
			const plain = choices.map(({ id, text }) => ({ id, text }));
			const multiple =
				declaration?.getAttribute('cardinality') === 'multiple' ||
				attr(interaction, 'maxChoices') !== '1';
			const fixedOrder = interaction.getAttribute('shuffle') === 'false';
			// A mapping the item is scored by gives partial credit per choice (Moodle's fractions).
			const mapping = scoredMapping(item, declaration);
			if (mapping) {
				const weighed = choices.map((c) => ({
					text: c.text,
					weight: mapping.get(c.key) ?? (!multiple && correct.includes(c.key) ? 1 : 0)
				}));
				const credit = (multiple ? multiChoiceCredit : singleChoiceCredit)(weighed);
				if ('refuse' in credit) return refuse(credit.refuse);
				losses.push(...credit.losses);
				return done({
					...common,
					...(fixedOrder ? { fixedOrder } : {}),
					type: multiple ? 'multi' : 'single',
					choices: credit.choices,
					correct: credit.correct
				} as QuestionDraft);
			}
			return done({
				...common,
				...(fixedOrder ? { fixedOrder } : {}),
				...(multiple
					? { type: 'multi', choices: plain, correct: right }
					: { type: 'single', choices: plain, correct: [right[0]!] })
			} as QuestionDraft);
		}
		case 'textEntryInteraction': {
			const baseType = attr(declaration, 'baseType') ?? 'string';
			if (baseType === 'float' || baseType === 'integer') {
				const answer = Number(correct[0]);
				if (!Number.isFinite(answer)) return refuse('The correct number cannot be read.');
				const equal = descendants(item, 'equal')[0];
				const tolerance = Number(equal?.getAttribute('tolerance')?.split(/\s+/)[0] ?? '0');
				const mode = attr(equal, 'toleranceMode') ?? 'exact';
				if (mode === 'relative') losses.push('The relative tolerance became an absolute one.');
				const unitMatch = /____\s*([^\s\d.,][^\n]{0,39})$/.exec(prompt);
				// Byline's own export: each value worth part of the marks is a responseElseIf.
				const partial = descendants(item, 'responseElseIf').flatMap((branch) => {
					const test = descendants(branch, 'equal')[0];
					const [value, score] = descendants(branch, 'baseValue').map((b) => Number(b.textContent));
					const spread = Number(attr(test, 'tolerance')?.split(/\s+/)[0] ?? '0');
					return test && attr(test, 'toleranceMode') === 'absolute' && score! > 0 && score! < 1
						? [{ answer: value!, tolerance: Math.abs(spread), fraction: score! }]
						: [];
				});
				return done({
					...common,
					prompt: prompt.replace(/\s*____[^\n]*$/, '').trim() || prompt,
					type: 'numeric',
					answer,
					tolerance: Number.isFinite(tolerance)
						? mode === 'relative'
							? Math.abs((answer * tolerance) / 100)
							: tolerance
						: 0,
					...(unitMatch ? { unit: unitMatch[1]!.trim() } : {}),
					...(partial.length ? { partial: partial.slice(0, LIMITS.items) } : {})
				});
			}
			const mapped = declaration
				? descendants(declaration, 'mapEntry')
						.filter((m) => Number(attr(m, 'mappedValue')) >= 1)
						.map((m) => attr(m, 'mapKey') ?? '')
				: [];
			const accepted = [...new Set([...correct, ...mapped].filter(Boolean))];
			// A number mapped in the forms students type ("5000", "5,000", "5000 boats") is numeric.
			const asNumber = (s: string) => {
				const m = /^\s*(-?\d[\d\s,\u00a0]*(?:\.\d+)?)/.exec(s);
				return m ? Number(m[1]!.replace(/[\s,\u00a0]/g, '')) : NaN;
			};
			const value = asNumber(accepted[0] ?? '');
			if (
				accepted.length > 1 &&
				Number.isFinite(value) &&
				accepted.every((a) => asNumber(a) === value)
			) {
				const unitMatch = /____\s*([^\s\d.,][^\n]{0,39})$/.exec(prompt);
				return done({
					...common,
					prompt: prompt.replace(/\s*____[^\n]*$/, '').trim() || prompt,
					type: 'numeric',
					answer: value,
					tolerance: 0,
					...(unitMatch ? { unit: unitMatch[1]!.trim() } : {})
				});
			}
			if (accepted.length === 0) return refuse('No accepted answer is given.');
			const partial = declaration
				? descendants(declaration, 'mapEntry').flatMap((m) => {
						const fraction = Number(attr(m, 'mappedValue'));
						const text = attr(m, 'mapKey') ?? '';
						return text && fraction > 0 && fraction < 1 ? [{ text, fraction }] : [];
					})
				: [];
			return done({
				...common,
				type: 'cloze',
				accepted: accepted.slice(0, LIMITS.items),
				...(partial.length ? { partial: partial.slice(0, LIMITS.items) } : {})
			});
		}
		case 'matchInteraction': {
			const [leftSet, rightSet] = kids(interaction, 'simpleMatchSet');
			if (!leftSet || !rightSet) return refuse('The match item needs two sets.');
			const lefts = new Map(
				kids(leftSet, 'simpleAssociableChoice').map((c) => [
					c.getAttribute('identifier'),
					choiceText(c)
				])
			);
			const rights = new Map(
				kids(rightSet, 'simpleAssociableChoice').map((c) => [
					c.getAttribute('identifier'),
					choiceText(c)
				])
			);
			const pairs = correct.flatMap((v, i) => {
				const [l, r] = v.split(/\s+/);
				const left = lefts.get(l ?? '');
				const right = rights.get(r ?? '');
				return left && right ? [{ id: `p${i + 1}`, left, right }] : [];
			});
			if (pairs.length < 2) return refuse('A matching question needs at least two pairs.');
			const used = new Set(pairs.map((p) => p.right));
			const extraRights = [...rights.values()].filter((r) => !used.has(r));
			return done({
				...common,
				type: 'matching',
				pairs,
				...(extraRights.length ? { extraRights } : {})
			});
		}
		case 'orderInteraction': {
			const byKey = new Map(
				kids(interaction, 'simpleChoice').map((c) => [c.getAttribute('identifier'), choiceText(c)])
			);
			const items = correct.flatMap((k, i) => {
				const text = byKey.get(k);
				return text ? [{ id: `i${i + 1}`, text }] : [];
			});
			if (items.length < 2) return refuse('The order item has no correct order.');
			return done({ ...common, type: 'ordering', items });
		}
		default:
			return refuse(
				`It uses a QTI ${kind
					.replace(/Interaction$/, '')
					.replace(/([A-Z])/g, ' $1')
					.toLowerCase()
					.trim()} interaction, which Byline has no question type for.`
			);
	}
}

type ItemText = { name: string; xml: string };

/** Item files of a package, in manifest order; limits checked on declared sizes first. */
export function packageItems(zip: Uint8Array): { items: ItemText[]; problem?: string } {
	if (zip.length > MAX_PACKAGE_BYTES) return { items: [], problem: 'The package is over 50 MB.' };
	let entries: Record<string, Uint8Array>;
	let count = 0;
	let tooBig = '';
	try {
		entries = unzipSync(zip, {
			filter: (f) => {
				if (!/\.xml$/i.test(f.name) || /(^|\/)(__MACOSX\/|\.)/.test(f.name)) return false;
				if (++count > MAX_PACKAGE_ENTRIES) return false;
				if (f.originalSize > MAX_ITEM_BYTES) {
					tooBig = f.name;
					return false;
				}
				return true;
			}
		});
	} catch (error) {
		return { items: [], problem: `The zip file is damaged (${String(error)}).` };
	}
	if (count > MAX_PACKAGE_ENTRIES)
		return { items: [], problem: `The package holds more than ${MAX_PACKAGE_ENTRIES} files.` };
	if (tooBig) return { items: [], problem: `“${tooBig}” in the package is larger than 2 MB.` };
	const manifest = entries['imsmanifest.xml'];
	let order = Object.keys(entries).filter((n) => n !== 'imsmanifest.xml');
	if (manifest) {
		const hrefs = [...strFromU8(manifest).matchAll(/<resource\b[^>]*\bhref="([^"]+)"/g)].map(
			(m) => m[1]!
		);
		const listed = hrefs.filter((h) => entries[h]);
		if (listed.length) order = listed;
	}
	return { items: order.map((name) => ({ name, xml: strFromU8(entries[name]!) })) };
}

export type QtiImportOptions = AttachOptions & { parseXml?: ParseXml };

export function importQtiFiles(
	file: QtiFile,
	{ parseXml = defaultParseXml, ...options }: QtiImportOptions
): ImportResult<AttachResult> {
	let items: ItemText[];
	if ('zip' in file) {
		const read = packageItems(file.zip);
		if (read.problem) return { ok: false, error: { message: read.problem } };
		items = read.items;
	} else items = [{ name: file.name, xml: file.xml }];
	const drafts: QuestionDraft[] = [];
	const refused: Refusal[] = [];
	for (const { name, xml } of items) {
		let doc: Document;
		try {
			doc = parseXml(stripControls(xml));
		} catch {
			refused.push({ label: `“${name}”`, reason: 'It is not valid XML.' });
			continue;
		}
		if (doc.getElementsByTagName('parsererror')[0]) {
			refused.push({ label: `“${name}”`, reason: 'It is not valid XML.' });
			continue;
		}
		const root = qtiName(doc.documentElement);
		if (root === 'questestinterop') {
			refused.push({ label: `“${name}”`, reason: 'It is QTI 1.2, which Byline does not import.' });
			continue;
		}
		if (root !== 'assessmentItem') continue; // tests, sections, stylesheets: not questions
		const d = itemDraft(doc, name);
		if ('reason' in d) refused.push(d);
		else drafts.push(d);
	}
	return finishImport(drafts, refused, options, 'No QTI items Byline can use were found.');
}
