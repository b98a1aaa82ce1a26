/**
 * IMS QTI 2.1 export as a content package (a .zip with imsmanifest.xml and one assessmentItem
 * file per question), the form QTI 2.1 tools import. Limits, stated plainly:
 * - importing is qti-parse.ts;
 * - explanations are not included: QTI 2.1 only shows feedback through modalFeedback driven by
 *   extra outcome variables, which the standard response-processing templates do not set;
 * - evidence questions keep part A only; cloze becomes a text entry mapped case-insensitively to
 *   the accepted answers; a whole number with no tolerance is a text entry mapped to the forms
 *   students type ("5,000"), any other numeric an absolute-tolerance comparison of a float;
 * - choices and matches shuffle unless the question's order is fixed;
 * - Canvas's own importer mainly targets QTI 1.2, so Canvas may not read every item type; the
 *   package follows the QTI 2.1 specification and was checked for well-formed XML, not in Canvas.
 */
import { CLOZE_GAP, type Article, type Bank, type Question } from '../bank/schema';
import { storySubset } from './byline';
import { escapeXml, passagesOf } from './moodle-xml';
import { slugify } from './problem';
import { zipFiles } from './package-zip';

const QTI_NS =
	'xmlns="http://www.imsglobal.org/xsd/imsqti_v2p1" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://www.imsglobal.org/xsd/imsqti_v2p1 http://www.imsglobal.org/xsd/qti/qtiv2p1/imsqti_v2p1.xsd"';
const TEMPLATE = 'http://www.imsglobal.org/question/qti_v2p1/rptemplates';

/** QTI identifiers are XML NCNames: no colons, cannot start with a digit or dot. */
export function qtiIdentifier(id: string): string {
	return `Q_${id.replace(/[^A-Za-z0-9_.-]/g, '_')}`;
}

const p = (text: string) => `<p>${escapeXml(text)}</p>`;
const values = (xs: string[]) => xs.map((v) => `<value>${escapeXml(v)}</value>`).join('');

/** The ways a whole number is typed: plain, with comma or space grouping, with its unit. */
export function numberForms(value: number, unit?: string): string[] {
	const plain = String(value);
	const grouped = (sep: string) => plain.replace(/\B(?=(\d{3})+(?!\d))/g, sep);
	const forms = [plain, grouped(','), grouped(' '), grouped('\u00a0')];
	const withUnit = unit ? forms.flatMap((f) => [`${f} ${unit}`, `${f}${unit}`]) : [];
	return [...new Set([...forms, ...withUnit])];
}

type Parts = { declaration: string; body: string; processing: string; warning?: string };

/**
 * Partial credit per choice (Moodle's fractions) as a QTI mapping: map_response gives a single
 * choice its own value and sums a multiple response's values, bounded to 0..1, as Moodle does.
 */
function choiceMapping(
	q: Question & { choices: { id: string; text: string; fraction?: number }[]; correct: string[] },
	ids: Map<string, string>
): string {
	if (q.type !== 'single' && q.type !== 'multi') return '';
	if (!q.choices.some((c) => c.fraction !== undefined)) return '';
	const value = (c: { id: string; fraction?: number }) =>
		q.type === 'single' && q.correct.includes(c.id) ? 1 : (c.fraction ?? 0);
	const entries = q.choices
		.filter((c) => value(c) !== 0)
		.map((c) => `<mapEntry mapKey="${ids.get(c.id)}" mappedValue="${value(c)}"/>`)
		.join('');
	return `<mapping defaultValue="0" lowerBound="0" upperBound="1">${entries}</mapping>`;
}

function choiceParts(
	q: Question & { choices: { id: string; text: string }[]; correct: string[] },
	multiple: boolean
): Parts {
	const ids = new Map(q.choices.map((c, i) => [c.id, `C${i + 1}`]));
	const mapping = choiceMapping(q, ids);
	return {
		declaration: `<responseDeclaration identifier="RESPONSE" cardinality="${multiple ? 'multiple' : 'single'}" baseType="identifier"><correctResponse>${values(q.correct.map((c) => ids.get(c)!))}</correctResponse>${mapping}</responseDeclaration>`,
		body: `<choiceInteraction responseIdentifier="RESPONSE" shuffle="${q.type !== 'truefalse' && !q.fixedOrder}" maxChoices="${multiple ? 0 : 1}">${q.choices
			.map((c) => `<simpleChoice identifier="${ids.get(c.id)}">${escapeXml(c.text)}</simpleChoice>`)
			.join('')}</choiceInteraction>`,
		processing: `<responseProcessing template="${TEMPLATE}/${mapping ? 'map_response' : 'match_correct'}"/>`
	};
}

function parts(q: Question): Parts {
	switch (q.type) {
		case 'single':
		case 'truefalse':
			return choiceParts(q, false);
		case 'multi':
			return choiceParts(q, true);
		case 'evidence':
			return {
				...choiceParts(q, false),
				warning: `“${q.id}”: only part A was exported; QTI has no two-part evidence items here.`
			};
		case 'cloze': {
			const mapping = [...q.accepted.map((text) => ({ text, fraction: 1 })), ...(q.partial ?? [])]
				// Byline ignores case; QTI can say so per entry. Part-mark answers map to their fraction.
				.map(
					(a) =>
						`<mapEntry mapKey="${escapeXml(a.text)}" mappedValue="${a.fraction}" caseSensitive="false"/>`
				)
				.join('');
			return {
				declaration: `<responseDeclaration identifier="RESPONSE" cardinality="single" baseType="string"><correctResponse>${values([q.accepted[0]!])}</correctResponse><mapping defaultValue="0">${mapping}</mapping></responseDeclaration>`,
				body: '',
				processing: `<responseProcessing template="${TEMPLATE}/map_response"/>`
			};
		}
		case 'numeric': {
			// A whole number with no tolerance goes out as text mapped in the forms students type
			// ("5000", "5,000", "5 000", "5000 people"), since QTI float responses refuse "5,000".
			if (q.tolerance === 0 && Number.isInteger(q.answer) && !q.partial?.length) {
				const forms = numberForms(q.answer, q.unit);
				return {
					declaration: `<responseDeclaration identifier="RESPONSE" cardinality="single" baseType="string"><correctResponse>${values([String(q.answer)])}</correctResponse><mapping defaultValue="0">${forms
						.map(
							(f) => `<mapEntry mapKey="${escapeXml(f)}" mappedValue="1" caseSensitive="false"/>`
						)
						.join('')}</mapping></responseDeclaration>`,
					body: `<p><textEntryInteraction responseIdentifier="RESPONSE" expectedLength="12"/>${q.unit ? ` ${escapeXml(q.unit)}` : ''}</p>`,
					processing: `<responseProcessing template="${TEMPLATE}/map_response"/>`
				};
			}
			const score = (v: number) =>
				`<setOutcomeValue identifier="SCORE"><baseValue baseType="float">${v}</baseValue></setOutcomeValue>`;
			// Values worth part of the marks are checked in order after the right one, as Byline does.
			const partial = (q.partial ?? [])
				.map(
					(p) =>
						`<responseElseIf><equal toleranceMode="absolute" tolerance="${p.tolerance} ${p.tolerance}"><variable identifier="RESPONSE"/><baseValue baseType="float">${p.answer}</baseValue></equal>${score(p.fraction)}</responseElseIf>`
				)
				.join('');
			return {
				declaration: `<responseDeclaration identifier="RESPONSE" cardinality="single" baseType="float"><correctResponse>${values([String(q.answer)])}</correctResponse></responseDeclaration>`,
				body: `<p><textEntryInteraction responseIdentifier="RESPONSE" expectedLength="12"/>${q.unit ? ` ${escapeXml(q.unit)}` : ''}</p>`,
				processing: `<responseProcessing><responseCondition><responseIf><equal toleranceMode="absolute" tolerance="${q.tolerance} ${q.tolerance}"><variable identifier="RESPONSE"/><correct identifier="RESPONSE"/></equal>${score(1)}</responseIf>${partial}<responseElse>${score(0)}</responseElse></responseCondition></responseProcessing>`
			};
		}
		case 'matching': {
			const rights = [...new Set([...q.pairs.map((x) => x.right), ...(q.extraRights ?? [])])];
			const rightId = (text: string) => `R${rights.indexOf(text) + 1}`;
			const correct = q.pairs.map((x, i) => `L${i + 1} ${rightId(x.right)}`);
			return {
				declaration: `<responseDeclaration identifier="RESPONSE" cardinality="multiple" baseType="directedPair"><correctResponse>${values(correct)}</correctResponse></responseDeclaration>`,
				body: `<matchInteraction responseIdentifier="RESPONSE" shuffle="${!q.fixedOrder}" maxAssociations="${q.pairs.length}"><simpleMatchSet>${q.pairs
					.map(
						(x, i) =>
							`<simpleAssociableChoice identifier="L${i + 1}" matchMax="1">${escapeXml(x.left)}</simpleAssociableChoice>`
					)
					.join('')}</simpleMatchSet><simpleMatchSet>${rights
					.map(
						(r) =>
							`<simpleAssociableChoice identifier="${rightId(r)}" matchMax="${q.pairs.length}">${escapeXml(r)}</simpleAssociableChoice>`
					)
					.join('')}</simpleMatchSet></matchInteraction>`,
				processing: `<responseProcessing template="${TEMPLATE}/match_correct"/>`
			};
		}
		case 'ordering':
			return {
				declaration: `<responseDeclaration identifier="RESPONSE" cardinality="ordered" baseType="identifier"><correctResponse>${values(q.items.map((_, i) => `I${i + 1}`))}</correctResponse></responseDeclaration>`,
				body: `<orderInteraction responseIdentifier="RESPONSE" shuffle="true">${q.items
					.map(
						(item, i) =>
							`<simpleChoice identifier="I${i + 1}">${escapeXml(item.text)}</simpleChoice>`
					)
					.join('')}</orderInteraction>`,
				processing: `<responseProcessing template="${TEMPLATE}/match_correct"/>`
			};
	}
}

/** One question as a QTI 2.1 assessmentItem document. */
export function questionToQtiItem(
	q: Question,
	articles: Map<string, Article>
): { xml: string; warning?: string } {
	const part = parts(q);
	// A cloze gap becomes an inline text entry in the prompt itself.
	const prompt =
		q.type === 'cloze'
			? `<p>${q.prompt
					.split(CLOZE_GAP)
					.map(escapeXml)
					.join('<textEntryInteraction responseIdentifier="RESPONSE" expectedLength="20"/>')}</p>`
			: p(q.prompt);
	// QTI 2.1 item bodies allow only an XHTML subset: no <footer>, so the source is its own line.
	const passage = passagesOf(q, articles)
		.map(
			(x) =>
				`<blockquote>${p(x.text).replace(/\n/g, '<br/>')}<p><em>${escapeXml(x.source)}</em></p></blockquote>`
		)
		.join('');
	const xml = [
		'<?xml version="1.0" encoding="UTF-8"?>',
		`<assessmentItem ${QTI_NS} identifier="${qtiIdentifier(q.id)}" title="${escapeXml(q.prompt.slice(0, 80))}" adaptive="false" timeDependent="false">`,
		part.declaration,
		'<outcomeDeclaration identifier="SCORE" cardinality="single" baseType="float"><defaultValue><value>0</value></defaultValue></outcomeDeclaration>',
		`<itemBody>${passage}${prompt}${part.body}</itemBody>`,
		part.processing,
		'</assessmentItem>'
	].join('\n');
	return part.warning ? { xml, warning: part.warning } : { xml };
}

export function qtiManifest(
	storyTitle: string,
	itemFiles: { identifier: string; href: string }[]
): string {
	const resources = itemFiles
		.map(
			(f) =>
				`<resource identifier="R_${f.identifier}" type="imsqti_item_xmlv2p1" href="${f.href}"><file href="${f.href}"/></resource>`
		)
		.join('\n    ');
	return [
		'<?xml version="1.0" encoding="UTF-8"?>',
		'<manifest xmlns="http://www.imsglobal.org/xsd/imscp_v1p1" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" identifier="BYLINE_MANIFEST" xsi:schemaLocation="http://www.imsglobal.org/xsd/imscp_v1p1 http://www.imsglobal.org/xsd/imscp_v1p1.xsd">',
		`  <metadata><schema>QTIv2.1 Package</schema><schemaversion>1.0.0</schemaversion></metadata>`,
		`  <organizations/>`,
		`  <resources>\n    ${resources}\n  </resources>`,
		`  <!-- ${escapeXml(storyTitle).replace(/--/g, '- -')} -->`,
		'</manifest>'
	].join('\n');
}

/** One QTI package's version-specific parts: how an item is written, its manifest, its suffix. */
export interface QtiFlavour {
	item(xml21: string): string;
	manifest(storyTitle: string, items: { identifier: string; href: string }[]): string;
	suffix: string;
}

const QTI21: QtiFlavour = { item: (xml) => xml, manifest: qtiManifest, suffix: 'qti' };

/** A story's questions as a zipped QTI package (the approved ones unless `questionIds` are given). */
export function exportQtiPackage(
	bank: Bank,
	storyId: string,
	flavour: QtiFlavour,
	{ questionIds, now = new Date() }: { questionIds?: readonly string[]; now?: Date } = {}
): {
	filename: string;
	body: Uint8Array<ArrayBuffer>;
	files: { name: string; text: string }[];
	warnings: string[];
} {
	const subset = storySubset(bank, storyId);
	const story = subset.stories[0]!;
	const articles = new Map(subset.articles.map((a) => [a.id, a]));
	const chosen = questionIds ? new Set(questionIds) : null;
	const questions = subset.questions.filter((q) =>
		chosen ? chosen.has(q.id) : q.status === 'approved'
	);
	const warnings: string[] = [];
	const files: { name: string; text: string }[] = [];
	const items: { identifier: string; href: string }[] = [];
	for (const q of questions) {
		const { xml, warning } = questionToQtiItem(q, articles);
		const identifier = qtiIdentifier(q.id);
		const href = `items/${identifier}.xml`;
		files.push({ name: href, text: flavour.item(xml) });
		items.push({ identifier, href });
		if (warning) warnings.push(warning);
	}
	if (questions.length === 0)
		warnings.push('No questions were selected, so the package holds none.');
	files.unshift({ name: 'imsmanifest.xml', text: flavour.manifest(story.title, items) });
	return {
		filename: `${slugify(story.title, storyId)}.${flavour.suffix}.zip`,
		body: zipFiles(
			files.map((f) => ({ name: f.name, data: f.text })),
			now
		),
		files,
		warnings
	};
}

export function exportQti(
	bank: Bank,
	storyId: string,
	options: { questionIds?: readonly string[]; now?: Date } = {}
) {
	return exportQtiPackage(bank, storyId, QTI21, options);
}
