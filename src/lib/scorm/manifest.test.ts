import { describe, expect, it } from 'vitest';
import { manifestSchemaErrors } from './manifest-schema.test-helpers';
import { scormManifest, xmlId } from './manifest';

const base = {
	id: 'baghdad-embassy-2019',
	title: 'Storming of the U.S. Embassy in Baghdad',
	masteryScore: null,
	launch: 'index.html',
	files: ['index.html', 'player.js', 'player.css', 'story.js']
};

describe('imsmanifest.xml', () => {
	it('is valid against the IMS CP 1.1.2 and ADL SCORM 1.2 schemas', async () => {
		expect(await manifestSchemaErrors(scormManifest(base))).toEqual([]);
		const hostile = scormManifest({
			...base,
			id: 'story:1 <&>',
			title: `Quotes "and" <tags> & ${'long '.repeat(100)}\u0001`,
			masteryScore: 70
		});
		expect(await manifestSchemaErrors(hostile)).toEqual([]);
	});

	it('declares SCORM 1.2 and launches one SCO that lists every file', () => {
		const xml = scormManifest({ ...base, masteryScore: 65.4 });
		expect(xml).toContain('<schema>ADL SCORM</schema>');
		expect(xml).toContain('<schemaversion>1.2</schemaversion>');
		expect(xml).toContain('adlcp:scormtype="sco" href="index.html"');
		expect(xml).toContain('<adlcp:masteryscore>65</adlcp:masteryscore>');
		for (const file of base.files) expect(xml).toContain(`<file href="${file}"/>`);
	});

	it('has no mastery score unless the teacher sets a pass mark', () => {
		expect(scormManifest(base)).not.toContain('masteryscore');
	});

	it('catches a manifest the schemas reject (the check can fail)', async () => {
		const broken = scormManifest(base)
			.replace('<organizations', '<organisations')
			.replace('</organizations>', '</organisations>');
		expect((await manifestSchemaErrors(broken)).length).toBeGreaterThan(0);
		// The ADL extension schema is applied too: scormtype is sco or asset, nothing else.
		const notSco = scormManifest(base).replace('scormtype="sco"', 'scormtype="page"');
		expect((await manifestSchemaErrors(notSco)).join('\n')).toMatch(/scormtype/);
	});

	it('makes identifiers that are valid XML ids', () => {
		expect(xmlId('9 lives: a/b')).toBe('byline-9_lives__a_b');
	});
});
