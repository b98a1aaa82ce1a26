// Runs the real command the way `npm run generate` does (an esbuild bundle of
// scripts/generate.ts, see scripts/cli/bundled.js), to check the wiring around
// runGenerate: exit codes, stdout/stderr and the $lib path alias in the bundle.
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { BankSchema } from '$lib/bank/schema';
import { parse } from '$lib/validation';

const run = (...files: string[]) =>
	spawnSync(process.execPath, ['scripts/cli/bundled.js', 'scripts/generate.ts', ...files], {
		cwd: process.cwd(),
		encoding: 'utf8',
		timeout: 90_000
	});

describe('npm run generate', () => {
	it('prints a valid bank for two fixture articles', () => {
		const result = run(
			'tests/fixtures/qgen-cli/harbour-daily.txt',
			'tests/fixtures/qgen-cli/island-news.md'
		);
		expect(result.status, result.stderr).toBe(0);
		const bank = parse(BankSchema, JSON.parse(result.stdout));
		expect(bank.articles.map((a) => a.title)).toEqual([
			'Storm closes Port Alder harbour as ferry service halts',
			'Elm Island cut off as storm stops ferry'
		]);
	}, 90_000);

	it('reads an HTML article through the lazily loaded DOM importer', () => {
		const result = run(
			'tests/fixtures/qgen-cli/ferry-gazette.html',
			'tests/fixtures/qgen-cli/island-news.md'
		);
		expect(result.status, result.stderr).toBe(0);
		const bank = parse(BankSchema, JSON.parse(result.stdout));
		expect(bank.articles).toHaveLength(2);
		// Readability dropped the page's navigation; the story text remains.
		expect(bank.articles[0]!.outlet).toBe('Ferry Gazette');
		expect(bank.articles[0]!.text).toContain('Harbour master Ruth Okafor said');
		expect(bank.articles[0]!.text).not.toMatch(/Home\s+News\s+Sport/);
	}, 90_000);

	it('fails on an empty file, naming it on stderr and printing nothing', () => {
		const result = run(
			'tests/fixtures/qgen-cli/island-news.md',
			'tests/fixtures/qgen-cli/empty.txt'
		);
		expect(result.status).not.toBe(0);
		expect(result.stdout).toBe('');
		expect(result.stderr).toContain('tests/fixtures/qgen-cli/empty.txt');
		expect(result.stderr).toMatch(/empty/);
	}, 90_000);
});
