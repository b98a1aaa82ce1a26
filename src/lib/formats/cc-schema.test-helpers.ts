/**
 * Checks Common Cartridge files against the official IMS CC 1.1 schemas (tests/fixtures/cc11-xsd,
 * see its NOTICE.md): XML Schema validation with libxml2's xmllint compiled to WebAssembly
 * (xmllint-wasm), and the Schematron rules IMS embedded in the same files, which XML Schema
 * cannot say (one file per assessment resource, valid QTI metadata values, at least three
 * choices in a multiple-choice item...). Node only: unit tests.
 *
 * The Schematron rules are run with the `xpath` package's XPath 1.0 (jsdom's own
 * `document.evaluate` does not resolve namespace prefixes in XML documents): each rule's
 * context selects nodes, each assert is evaluated on them, and within a pattern a node is
 * taken by the first rule that matches it, as Schematron says. Rules that use `sch:let`
 * variables would need more; the only such rule (QTI rule set 9) is commented out in the file.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { JSDOM } from 'jsdom';
import xpath from 'xpath';
import { validateXML } from 'xmllint-wasm';

const DIR = path.resolve('tests/fixtures/cc11-xsd');
const read = (name: string) => readFileSync(path.join(DIR, name), 'utf8');
export const CC_MANIFEST_XSD = 'ccv1p1_imscp_v1p2_v1p0.xsd';
export const CC_QTI_XSD = 'ccv1p1_qtiasiv1p2p1_v1p0.xsd';
const MANIFEST_IMPORTS = [
	'xml.xsd',
	'ccv1p1_imsccauth_v1p1.xsd',
	'ccv1p1_lommanifest_v1p0.xsd',
	'ccv1p1_lomresource_v1p0.xsd'
];

const { DOMParser } = new JSDOM('').window;
export const parseXml = (text: string) => new DOMParser().parseFromString(text, 'application/xml');

async function schemaErrors(
	files: { name: string; text: string }[],
	schema: string,
	imports: string[]
): Promise<string[]> {
	const result = await validateXML({
		xml: files.map((f) => ({ fileName: f.name, contents: f.text })),
		schema: { fileName: schema, contents: read(schema) },
		preload: imports.map((name) => ({ fileName: name, contents: read(name) }))
	});
	return result.valid ? [] : result.errors.map((e) => e.rawMessage);
}

/** XML Schema errors of an imsmanifest.xml; empty when valid. */
export function ccManifestSchemaErrors(xml: string): Promise<string[]> {
	return schemaErrors([{ name: 'imsmanifest.xml', text: xml }], CC_MANIFEST_XSD, MANIFEST_IMPORTS);
}

/** XML Schema errors of QTI 1.2 files (assessments, question banks); empty when all are valid. */
export function ccQtiSchemaErrors(files: { name: string; text: string }[]): Promise<string[]> {
	return schemaErrors(files, CC_QTI_XSD, ['xml.xsd']);
}

const SCH = 'http://purl.oclc.org/dsdl/schematron';

/**
 * The Schematron asserts a document fails, as "[rule] message" lines. `adapt` may rewrite each
 * rule's XPath text before use (see the manifest test for why).
 */
export function schematronFailures(
	doc: Document,
	xsdName: string,
	adapt: (xpath: string) => string = (x) => x
): string[] {
	const schema = parseXml(read(xsdName));
	const namespaces = new Map(
		[...schema.getElementsByTagNameNS(SCH, 'ns')].map((ns) => [
			ns.getAttribute('prefix')!,
			ns.getAttribute('uri')!
		])
	);
	const select = xpath.useNamespaces(Object.fromEntries(namespaces));
	const failures: string[] = [];
	for (const pattern of schema.getElementsByTagNameNS(SCH, 'pattern')) {
		const taken = new Set<Node>();
		for (const rule of pattern.getElementsByTagNameNS(SCH, 'rule')) {
			const context = adapt(rule.getAttribute('context')!);
			const found = select(context.startsWith('/') ? context : `//${context}`, doc) as Node[];
			for (const node of found) {
				if (taken.has(node)) continue;
				taken.add(node);
				for (const assert of rule.getElementsByTagNameNS(SCH, 'assert')) {
					const test = adapt(assert.getAttribute('test')!);
					if (!select(`boolean(${test})`, node, true)) {
						failures.push(assert.textContent!.replace(/\s+/g, ' ').trim());
					}
				}
			}
		}
	}
	return failures;
}
