/**
 * The IMS Common Cartridge from the teacher's export menu: the downloaded .imscc holds the
 * manifest (valid against the official CC 1.1 schema), the article as a page with its outlet,
 * date and headline, the quiz and the question bank; the report on screen names what the
 * cartridge could not keep; the story page stays axe-clean with the report shown.
 */
import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { strFromU8, unzipSync } from 'fflate';
import { ccManifestSchemaErrors } from '../../src/lib/formats/cc-schema.test-helpers';
import { expectNoAxeViolations } from './helpers';
import { ferryStoryFile, jsonFile } from './teach-helpers';

test('a story exports as a Common Cartridge that LMSs import', async ({ page }) => {
	test.setTimeout(90_000);
	await page.goto('/teach');
	await page
		.getByLabel('Import a story file (.byline.json)')
		.setInputFiles(jsonFile('f.byline.json', ferryStoryFile()));
	await expect(page.getByText('Imported “Ferry file story”.')).toBeVisible();
	await page.getByRole('link', { name: 'Ferry file story' }).first().click();

	await page
		.getByLabel('Export format')
		.selectOption({ label: 'IMS Common Cartridge (Canvas, Moodle, Schoology)' });
	await expect(page.getByText('The whole story in one .imscc file')).toBeVisible();
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: 'Export', exact: true }).click()
	]);
	expect(download.suggestedFilename()).toBe('ferry-file-story.imscc');
	const report = page.getByRole('status').filter({ hasText: 'Saved “ferry-file-story.imscc”.' });
	await expect(report).toBeVisible();
	// The ferry question has two choices, fewer than the CC profile's multiple choice asks for.
	await expect(report.getByRole('listitem')).toContainText([/only two choices.*“ferry-file-q1”/]);
	await expectNoAxeViolations(page);

	const files = unzipSync(new Uint8Array(await readFile((await download.path())!)));
	expect(Object.keys(files)).toEqual([
		'imsmanifest.xml',
		'wiki_content/test-wire-ferry-aground.html',
		'quiz/assessment.xml',
		'question_bank/question_bank.xml'
	]);
	const manifest = strFromU8(files['imsmanifest.xml']!);
	expect(manifest).toContain('xmlns="http://www.imsglobal.org/xsd/imsccv1p1/imscp_v1p1"');
	expect(await ccManifestSchemaErrors(manifest)).toEqual([]);

	const article = strFromU8(files['wiki_content/test-wire-ferry-aground.html']!);
	expect(article).toContain('<h1>Ferry aground</h1>');
	expect(article).toContain('Test Wire · <time datetime="2024-09-14">September 14, 2024</time>');
	expect(article).toContain('<p>The ferry ran aground on Saturday.</p>');
	expect(article).toContain('<p>Harbor master Elena Ruiz said &quot;everyone is safe&quot;.</p>');

	const quiz = strFromU8(files['quiz/assessment.xml']!);
	expect(quiz).toContain('<fieldentry>cc.exam.v0p1</fieldentry>');
	expect(quiz).toContain('How many passengers were rescued?');
	expect(strFromU8(files['question_bank/question_bank.xml']!)).toContain('<objectbank');
});
