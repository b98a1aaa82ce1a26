import { describe, expect, it } from 'vitest';
import { FILE_STORY, makeFileBank } from '$test-data';
import { seedBank } from '$lib/bank/seed-bank';
import { exportQti3 } from './qti3';
import { qti3ItemSchemaErrors, qti3ManifestSchemaErrors } from './qti3-schema.test-helpers';

/** xmllint-wasm compiles the 800 KB item schema for each call: slow on a busy machine. */
const SCHEMA_TIMEOUT = 120_000;

function exported(bank = makeFileBank(), storyId = FILE_STORY) {
	const out = exportQti3(bank, storyId, { questionIds: bank.questions.map((q) => q.id) });
	const manifest = out.files.find((f) => f.name === 'imsmanifest.xml')!;
	const items = out.files.filter((f) => f !== manifest);
	return { manifest, items };
}

describe('QTI 3.0 export against 1EdTech’s QTI 3.0 schemas', () => {
	it(
		'every item (each question type, and the built-in story’s whole bank) and both package manifests are valid',
		async () => {
			const fixture = exported();
			// One item per question type in the fixture bank (single, multi, true/false, cloze,
			// numeric, matching, ordering, evidence).
			expect(fixture.items).toHaveLength(8);
			const seed = exported(seedBank, seedBank.stories[0]!.id);
			expect(seed.items.length).toBe(seedBank.questions.length);
			const seedItems = seed.items.map((f) => ({ ...f, name: `seed-${f.name}` }));
			// One call: xmllint-wasm compiles the 800 KB schema once per call.
			expect(await qti3ItemSchemaErrors([...fixture.items, ...seedItems])).toEqual([]);
			expect(await qti3ManifestSchemaErrors(fixture.manifest.text)).toEqual([]);
			expect(await qti3ManifestSchemaErrors(seed.manifest.text)).toEqual([]);
		},
		SCHEMA_TIMEOUT
	);

	it(
		'the check can fail: a misspelt interaction, a QTI 2.1 attribute name and a stray manifest element are refused',
		async () => {
			const { manifest, items } = exported();
			const single = items.find((f) => f.name.includes('q-single'))!;
			const broken = [
				{
					name: 'misspelt.xml',
					text: single.text.replace(/qti-choice-interaction/g, 'qti-choise-interaction')
				},
				{
					name: 'camel.xml',
					text: single.text.replace(
						'response-identifier="RESPONSE"',
						'responseIdentifier="RESPONSE"'
					)
				}
			];
			const errors = (await qti3ItemSchemaErrors(broken)).join('\n');
			expect(errors).toMatch(/misspelt\.xml.*qti-choise-interaction/);
			expect(errors).toMatch(/camel\.xml.*'response-identifier' is required/);
			const badManifest = manifest.text.replace(/<resources>/, '<resources><nonsense/>');
			expect(await qti3ManifestSchemaErrors(badManifest)).not.toEqual([]);
		},
		SCHEMA_TIMEOUT
	);
});
