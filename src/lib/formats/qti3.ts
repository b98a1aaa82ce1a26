/**
 * IMS QTI 3.0 export: the same items as the QTI 2.1 export (qti.ts), written in QTI 3.0's
 * vocabulary. QTI 3.0 renamed every QTI element to kebab case with a `qti-` prefix
 * (`choiceInteraction` → `qti-choice-interaction`) and every attribute to kebab case
 * (`responseIdentifier` → `response-identifier`), moved to a new namespace and new response
 * processing template addresses, and left the XHTML content (p, blockquote, em, br) as it was;
 * so the 2.1 items are translated name by name rather than written twice. Scoring is the 2.1
 * export's (case-insensitive cloze mapping, typed number forms, absolute tolerance).
 * Validated in the tests (qti3-schema.test.ts) against 1EdTech's QTI 3.0 schemas: the items against
 * the assessment/section/item schema (release 3.0.1, same namespace), the manifest against the QTI 3.0
 * profile of Content Packaging 1.2 (tests/fixtures/qti30-xsd, see its NOTICE.md).
 */
import type { Bank } from '../bank/schema';
import { escapeXml } from './moodle-xml';
import { exportQtiPackage } from './qti';

const NS_21 =
	/xmlns="http:\/\/www\.imsglobal\.org\/xsd\/imsqti_v2p1"[^>]*?xsi:schemaLocation="[^"]*"/;
const NS_30 =
	'xmlns="http://www.imsglobal.org/xsd/imsqtiasi_v3p0" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://www.imsglobal.org/xsd/imsqtiasi_v3p0 https://purl.imsglobal.org/spec/qti/v3p0/schema/xsd/imsqti_asiv3p0_v1p0.xsd"';
const TEMPLATE_21 = 'http://www.imsglobal.org/question/qti_v2p1/rptemplates/';
const TEMPLATE_30 = 'https://purl.imsglobal.org/spec/qti/v3p0/rptemplates/';

/** Element names that are QTI's own (everything else in an item body is XHTML). */
const QTI_ELEMENTS = new Set([
	'assessmentItem',
	'responseDeclaration',
	'outcomeDeclaration',
	'correctResponse',
	'defaultValue',
	'value',
	'mapping',
	'mapEntry',
	'itemBody',
	'choiceInteraction',
	'simpleChoice',
	'textEntryInteraction',
	'matchInteraction',
	'simpleMatchSet',
	'simpleAssociableChoice',
	'orderInteraction',
	'prompt',
	'responseProcessing',
	'responseCondition',
	'responseIf',
	'responseElseIf',
	'responseElse',
	'equal',
	'variable',
	'correct',
	'setOutcomeValue',
	'baseValue'
]);

const kebab = (name: string) => name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

/** A QTI 2.1 item, as written by qti.ts, in QTI 3.0 form. */
export function itemToQti3(xml21: string): string {
	return xml21
		.replace(NS_21, NS_30)
		.replace(
			/<(\/?)([A-Za-z]+)((?:\s[^<>]*?)?)(\/?)>/g,
			(tag, close: string, name: string, attrs: string, self: string) => {
				if (!QTI_ELEMENTS.has(name)) return tag;
				const renamed = attrs.replace(
					/\s([a-z]+[A-Z][A-Za-z]*)=/g,
					(_m, a: string) => ` ${kebab(a)}=`
				);
				return `<${close}qti-${kebab(name)}${renamed}${self}>`;
			}
		)
		.replace(
			new RegExp(`${TEMPLATE_21.replace(/[.]/g, '\\.')}([a-z_]+)`, 'g'),
			`${TEMPLATE_30}$1.xml`
		);
}

export function qti3Manifest(
	storyTitle: string,
	items: { identifier: string; href: string }[]
): string {
	const resources = items
		.map(
			(f) =>
				`<resource identifier="R_${f.identifier}" type="imsqti_item_xmlv3p0" href="${f.href}"><file href="${f.href}"/></resource>`
		)
		.join('\n    ');
	return [
		'<?xml version="1.0" encoding="UTF-8"?>',
		'<manifest xmlns="http://www.imsglobal.org/xsd/qti/qtiv3p0/imscp_v1p1" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" identifier="BYLINE_MANIFEST" xsi:schemaLocation="http://www.imsglobal.org/xsd/qti/qtiv3p0/imscp_v1p1 https://purl.imsglobal.org/spec/qti/v3p0/schema/xsd/imsqtiv3p0_imscpv1p2_v1p0.xsd">',
		'  <metadata><schema>QTI Package</schema><schemaversion>3.0.0</schemaversion></metadata>',
		'  <organizations/>',
		`  <resources>\n    ${resources}\n  </resources>`,
		`  <!-- ${escapeXml(storyTitle).replace(/--/g, '- -')} -->`,
		'</manifest>'
	].join('\n');
}

export function exportQti3(
	bank: Bank,
	storyId: string,
	options: { questionIds?: readonly string[]; now?: Date } = {}
) {
	return exportQtiPackage(
		bank,
		storyId,
		{ item: itemToQti3, manifest: qti3Manifest, suffix: 'qti3' },
		options
	);
}
