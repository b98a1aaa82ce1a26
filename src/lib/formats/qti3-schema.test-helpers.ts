/**
 * Checks QTI 3.0 files against 1EdTech's QTI 3.0 schemas (tests/fixtures/qti30-xsd, see its
 * NOTICE.md) with libxml2's xmllint compiled to WebAssembly (xmllint-wasm), as the Common
 * Cartridge tests do. Node only: unit tests.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { validateXML } from 'xmllint-wasm';

const DIR = path.resolve('tests/fixtures/qti30-xsd');
/** The assessment, section and item schema (QTI 3.0.1, same namespace as 3.0). */
export const QTI3_ITEM_XSD = 'imsqti_asiv3p0p1_v1p0.xsd';
/** The QTI 3.0 profile of IMS Content Packaging 1.2: imsmanifest.xml of a QTI 3.0 package. */
export const QTI3_MANIFEST_XSD = 'imsqtiv3p0_imscpv1p2_v1p0.xsd';

const schemas = readdirSync(DIR)
	.filter((name) => name.endsWith('.xsd'))
	.map((fileName) => ({ fileName, contents: readFileSync(path.join(DIR, fileName), 'utf8') }));

async function errors(files: { name: string; text: string }[], schema: string): Promise<string[]> {
	const result = await validateXML({
		// xmllint-wasm keeps its files in one flat folder: no slashes in a name.
		xml: files.map((f) => ({ fileName: f.name.replace(/\//g, '_'), contents: f.text })),
		schema: schemas.find((s) => s.fileName === schema)!,
		preload: schemas.filter((s) => s.fileName !== schema),
		// The item schema is 800 KB; libxml2 needs more than xmllint-wasm's default memory for it.
		initialMemoryPages: 256,
		maxMemoryPages: 32768
	});
	return result.valid ? [] : result.errors.map((e) => e.rawMessage);
}

/** XML Schema errors of QTI 3.0 items; empty when all are valid. */
export const qti3ItemSchemaErrors = (files: { name: string; text: string }[]) =>
	errors(files, QTI3_ITEM_XSD);

/** XML Schema errors of a QTI 3.0 package's imsmanifest.xml; empty when valid. */
export const qti3ManifestSchemaErrors = (xml: string) =>
	errors([{ name: 'imsmanifest.xml', text: xml }], QTI3_MANIFEST_XSD);
