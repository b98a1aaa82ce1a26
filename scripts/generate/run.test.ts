import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BankSchema, type Bank } from '$lib/bank/schema';
import { nodeFileSystem } from './files';
import { nodeIo, runGenerate, type CliIo } from './run';
import { USAGE } from './args';
import { parse } from '$lib/validation';

const FIXTURES = join(process.cwd(), 'tests/fixtures/qgen-cli');
const TXT = join(FIXTURES, 'harbour-daily.txt');
const MD = join(FIXTURES, 'island-news.md');
const HTML = join(FIXTURES, 'ferry-gazette.html');
const EMPTY = join(FIXTURES, 'empty.txt');

function fakeIo(overrides: Partial<CliIo> = {}) {
	const out = { stdout: '', stderr: '', written: new Map<string, string>(), htmlLoads: 0 };
	const io: CliIo = {
		stdout: (t) => void (out.stdout += t),
		stderr: (t) => void (out.stderr += t),
		writeFile: (p, t) => void out.written.set(p, t),
		fs: nodeFileSystem,
		now: () => new Date('2024-05-06T07:08:09.000Z'),
		loadHtmlDeps: async () => {
			out.htmlLoads++;
			return nodeIo.loadHtmlDeps();
		},
		...overrides
	};
	return { io, out };
}

async function generate(argv: string[], overrides: Partial<CliIo> = {}) {
	const { io, out } = fakeIo(overrides);
	const code = await runGenerate(argv, io);
	return { code, ...out };
}

const bankOf = (json: string): Bank => parse(BankSchema, JSON.parse(json)) as Bank;

// Generous: the first run imports the importers, jsdom and the NLP generator, slow on a busy machine.
describe('runGenerate', { timeout: 60_000 }, () => {
	it('prints usage for --help', async () => {
		const { code, stdout } = await generate(['--help']);
		expect(code).toBe(0);
		expect(stdout).toBe(USAGE);
	});

	it('exits 2 with usage on bad arguments', async () => {
		const { code, stdout, stderr } = await generate(['--max', 'lots', TXT]);
		expect(code).toBe(2);
		expect(stdout).toBe('');
		expect(stderr).toMatch(/--max needs a whole number[\s\S]*Usage:/);
	});

	it('turns a .txt and a .md file into one valid story bank', async () => {
		const { code, stdout, htmlLoads } = await generate([TXT, MD]);
		expect(code).toBe(0);
		expect(htmlLoads).toBe(0);
		const bank = bankOf(stdout);
		expect(bank.stories).toHaveLength(1);
		expect(bank.stories[0]!.articleIds).toEqual(bank.articles.map((a) => a.id));
		const [txt, md] = bank.articles;
		expect(txt!.title).toBe('Storm closes Port Alder harbour as ferry service halts');
		expect(txt!.text.startsWith('Port Alder harbour closed on Monday')).toBe(true);
		expect(md).toMatchObject({
			title: 'Elm Island cut off as storm stops ferry',
			outlet: 'Island News',
			date: '2023-10-09',
			url: 'https://island-news.example/storm-ferry'
		});
		expect(md!.text).not.toContain('title:');
		expect(bank.exportedAt).toBeUndefined();
		for (const q of bank.questions)
			expect(q).toMatchObject({ origin: 'generated', status: 'draft' });
	});

	it('fills what a plain text lacks, visibly, from the story and warns', async () => {
		const { stdout, stderr } = await generate([TXT, MD]);
		const txt = bankOf(stdout).articles[0]!;
		expect(txt.outlet).toBe('Unknown outlet (harbour-daily.txt)');
		expect(txt.date).toBe('2023-10-09');
		expect(stderr).toContain(`${TXT}: using the other articles' date, 2023-10-09`);
	});

	it('prints what it read with --analysis: quotes with their speakers, people, figures', async () => {
		const { code, stdout } = await generate(['--analysis', TXT]);
		expect(code).toBe(0);
		const reading = JSON.parse(stdout);
		const quotes = reading.articles[0].quotes;
		const risk = quotes.find((q: { text: string }) => q.text.startsWith('We will not put crews'));
		expect(risk.speaker).toBe('Ruth Okafor');
		expect(reading.people).toContain('Daniel Brandt');
		expect(reading.figures.map((f: { value: number }) => f.value)).toContain(40);
	});

	it('is deterministic unless --stamp is given', async () => {
		const first = await generate([TXT, MD]);
		const second = await generate([TXT, MD]);
		expect(second.stdout).toBe(first.stdout);
		const stamped = await generate(['--stamp', TXT, MD]);
		expect(bankOf(stamped.stdout).exportedAt).toBe('2024-05-06T07:08:09.000Z');
	});

	it('uses --title, else a title derived from the headlines', async () => {
		expect(
			bankOf((await generate(['--title', 'Storm day', TXT, MD])).stdout).stories[0]!.title
		).toBe('Storm day');
		const derived = bankOf((await generate([TXT, MD])).stdout).stories[0]!.title;
		expect([
			'Storm closes Port Alder harbour as ferry service halts',
			'Elm Island cut off as storm stops ferry'
		]).toContain(derived);
	});

	it('writes to --out and reports on stderr instead of printing the bank', async () => {
		const { code, stdout, stderr, written } = await generate(['--out', 'bank.json', TXT, MD]);
		expect(code).toBe(0);
		expect(stdout).toBe('');
		expect(bankOf(written.get('bank.json')!).articles).toHaveLength(2);
		expect(stderr).toMatch(/wrote \d+ questions .* to bank\.json/);
	});

	it('reads saved web pages through Readability, loading the DOM only then', async () => {
		const { code, stdout, htmlLoads } = await generate([HTML, MD]);
		expect(code).toBe(0);
		expect(htmlLoads).toBe(1);
		const page = bankOf(stdout).articles[0]!;
		expect(page.title).toMatch(/^Ferry to Elm Island resumes after storm/);
		expect(page.outlet).toBe('Ferry Gazette');
		expect(page.date).toBe('2023-10-10');
		expect(page.text).toContain('Harbour master Ruth Okafor said the first crossing');
		expect(page.text).not.toMatch(/All rights reserved|Sport/);
	});

	describe('refuses bad input, naming the file, writing nothing', () => {
		const dir = mkdtempSync(join(tmpdir(), 'qgen-cli-'));
		const binary = join(dir, 'photo.txt');
		writeFileSync(
			binary,
			Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00])
		);
		const pdf = join(dir, 'report.pdf');
		writeFileSync(pdf, '%PDF-1.7');
		const huge = join(dir, 'huge.md');
		writeFileSync(huge, 'word '.repeat(600_000));

		it.each([
			[EMPTY, /empty/],
			[join(dir, 'missing.txt'), /not found/],
			[binary, /binary/],
			[pdf, /unsupported file type/],
			[huge, /too large/],
			[dir + '/sub.md', /not found/]
		])('%s', async (path, problem) => {
			const { code, stdout, stderr, written } = await generate(['--out', 'bank.json', TXT, path]);
			expect(code).toBe(1);
			expect(stdout).toBe('');
			expect(written.size).toBe(0);
			expect(stderr).toContain(path);
			expect(stderr).toMatch(problem);
		});

		it('lists every bad file at once', async () => {
			const { code, stderr } = await generate([EMPTY, pdf]);
			expect(code).toBe(1);
			expect(stderr).toContain(EMPTY);
			expect(stderr).toContain(pdf);
		});

		it('reports a file the importer rejects, and an unwritable --out', async () => {
			const noBody = join(dir, 'only-front-matter.md');
			writeFileSync(noBody, '---\ntitle: Nothing here\n---\n\n');
			const rejected = await generate([noBody]);
			expect(rejected.code).toBe(1);
			expect(rejected.stderr).toContain(noBody);
			const unwritable = await generate(['--out', join(dir, 'no/such/dir/bank.json'), TXT], {
				writeFile: nodeIo.writeFile
			});
			expect(unwritable.code).toBe(1);
			expect(unwritable.stderr).toMatch(/cannot write the bank/);
		});
	});
});
