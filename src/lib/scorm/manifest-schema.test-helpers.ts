/**
 * Validates an imsmanifest.xml against the IMS Content Packaging 1.1.2 and ADL SCORM 1.2 schemas
 * (tests/fixtures/scorm12-xsd) with libxml2's xmllint, compiled to WebAssembly (xmllint-wasm),
 * so no system package is needed. Node only: unit and browser tests.
 *
 * imsmd_rootv1p2p1.xsd (IMS Meta-data 1.2.1) is kept with the others but not loaded: libxml2
 * refuses to compile it (its content models break XML Schema's unique particle attribution
 * rule: "The content model is not determinist"). Byline's manifests therefore carry no
 * optional IMS metadata, so everything they contain is checked by schemas that do compile.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { validateXML } from 'xmllint-wasm';

const DIR = path.resolve('tests/fixtures/scorm12-xsd');
const SCHEMAS = ['imscp_rootv1p1p2.xsd', 'adlcp_rootv1p2.xsd', 'ims_xml.xsd'] as const;

/**
 * ims_xml.xsd binds the default namespace to the `xml` namespace URI, which Namespaces in XML
 * 1.0 forbids and libxml2 refuses. Nothing in the file refers to the default namespace, so the
 * one declaration is removed before use; the file itself stays as published.
 */
function schemaFile(name: (typeof SCHEMAS)[number]): string {
	const text = readFileSync(path.join(DIR, name), 'utf8');
	return name === 'ims_xml.xsd'
		? text.replace(' xmlns="http://www.w3.org/XML/1998/namespace"', '')
		: text;
}

/** One schema importing the three namespaces a SCORM 1.2 manifest mixes. */
const ROOT = `<?xml version="1.0" encoding="UTF-8"?>
<xsd:schema xmlns:xsd="http://www.w3.org/2001/XMLSchema">
	<xsd:import namespace="http://www.imsproject.org/xsd/imscp_rootv1p1p2" schemaLocation="imscp_rootv1p1p2.xsd"/>
	<xsd:import namespace="http://www.adlnet.org/xsd/adlcp_rootv1p2" schemaLocation="adlcp_rootv1p2.xsd"/>
</xsd:schema>
`;

/** The schema errors xmllint reports; empty when the manifest is valid. */
export async function manifestSchemaErrors(xml: string): Promise<string[]> {
	const result = await validateXML({
		xml: { fileName: 'imsmanifest.xml', contents: xml },
		schema: { fileName: 'scorm12-root.xsd', contents: ROOT },
		preload: SCHEMAS.map((name) => ({ fileName: name, contents: schemaFile(name) }))
	});
	return result.valid ? [] : result.errors.map((e) => e.rawMessage);
}
