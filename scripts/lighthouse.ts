/**
 * npm run lighthouse: builds the app (if needed) into its own folder, serves it
 * like a static host, and runs Lighthouse 12 with its default mobile emulation
 * on every student page (library, story, quiz, article, results, settings).
 * Exits non-zero when a page misses its targets (performance 95, accessibility
 * 100, best practices 100) and says which audits cost the points.
 *
 *   npm run lighthouse               # reuse build-lighthouse/ if it exists
 *   npm run lighthouse -- --rebuild  # build first
 *   npm run lighthouse -- --runs 5   # runs per page (default 3); the median run is reported
 *   npm run lighthouse -- --page quiz  # one page (by label)
 *   BYLINE_BUILD_DIR=build-x npm run lighthouse
 *   LIGHTHOUSE_JSON_DIR=lh npm run lighthouse   # also save each full report
 *   npm run lighthouse -- --base-url https://byline.example  # audit a deployed copy instead
 *   npm run lighthouse -- --gzip     # gzip only (serve.js sends the build's precompressed brotli/gzip)
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import {
	cpSync,
	existsSync,
	mkdirSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	rmSync,
	writeFileSync
} from 'node:fs';
import { createServer as createHttpServer } from 'node:http';
import { tmpdir } from 'node:os';
import { gzipSync } from 'node:zlib';
import sirv from 'sirv';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
// Lighthouse's own median-run choice (no package export; this is the module its docs point to).
import { computeMedianRun } from 'lighthouse/core/lib/median-run.js';
import {
	formatReport,
	reportPage,
	type LighthouseResultLike,
	type PageReport
} from './lighthouse-report';

const ROOT = resolve(import.meta.dirname, '..');
const BUILD_DIR = process.env.BYLINE_BUILD_DIR ?? 'build-lighthouse';
const KIT_DIR = process.env.BYLINE_KIT_DIR ?? '.svelte-kit-lighthouse';
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** A Lighthouse result as this script reads it (and as computeMedianRun needs it). */
type LighthouseRun = LighthouseResultLike & Parameters<typeof computeMedianRun>[0][number];

export const PAGES = [
	{ label: 'library', path: '/' },
	{ label: 'story', path: '/story/baghdad-embassy-2019' },
	{ label: 'quiz', path: '/story/baghdad-embassy-2019/quiz' },
	{ label: 'article', path: '/story/baghdad-embassy-2019/article/baghdad-nbc' },
	{ label: 'results', path: '/story/baghdad-embassy-2019/results' },
	{ label: 'settings', path: '/settings' },
	{ label: 'review', path: '/review' },
	{ label: 'progress', path: '/progress' }
];

function ensureBuild(): void {
	const rebuild = process.argv.includes('--rebuild');
	if (!rebuild && existsSync(join(ROOT, BUILD_DIR, 'index.html'))) {
		console.log(`Using the existing build in ${BUILD_DIR} (--rebuild to rebuild).`);
		return;
	}
	console.log(`Building into ${BUILD_DIR} …`);
	execFileSync('npx', ['vite', 'build'], {
		cwd: ROOT,
		stdio: ['ignore', 'ignore', 'inherit'],
		env: { ...process.env, BYLINE_BUILD_DIR: BUILD_DIR, BYLINE_KIT_DIR: KIT_DIR }
	});
}

function freePort(): Promise<number> {
	return new Promise((done, fail) => {
		const probe = createServer();
		probe.once('error', fail);
		probe.listen(0, '127.0.0.1', () => {
			const { port } = probe.address() as { port: number };
			probe.close(() => done(port));
		});
	});
}

async function serve(port: number): Promise<ChildProcess> {
	const server = spawn(process.execPath, [join(ROOT, 'scripts', 'serve.js')], {
		cwd: ROOT,
		env: { ...process.env, PORT: String(port), BYLINE_BUILD_DIR: BUILD_DIR },
		stdio: ['ignore', 'ignore', 'inherit']
	});
	for (let i = 0; i < 100; i++) {
		try {
			if ((await fetch(`http://127.0.0.1:${port}/`)).ok) return server;
		} catch {
			// Not listening yet.
		}
		await new Promise((r) => setTimeout(r, 100));
	}
	server.kill();
	throw new Error(`scripts/serve.js did not start on port ${port}`);
}

function argument(name: string): string | undefined {
	const index = process.argv.indexOf(name);
	return index === -1 ? undefined : process.argv[index + 1];
}

const COMPRESSIBLE = /\.(js|css|html|json|webmanifest|svg)$/;

/**
 * A gzip-only host: scripts/serve.js (the default) prefers the build's brotli
 * files, which are smaller; this serves a gzip -9 copy instead, with the same
 * cache headers and SPA fallback, for comparing with hosts that lack brotli.
 */
async function serveGzipped(port: number): Promise<{ close: () => void }> {
	const dir = mkdtempSync(join(tmpdir(), 'byline-lighthouse-'));
	cpSync(join(ROOT, BUILD_DIR), dir, { recursive: true });
	const walk = (folder: string): string[] =>
		readdirSync(folder, { withFileTypes: true }).flatMap((e) =>
			e.isDirectory() ? walk(join(folder, e.name)) : [join(folder, e.name)]
		);
	for (const file of walk(dir).filter((f) => COMPRESSIBLE.test(f))) {
		writeFileSync(`${file}.gz`, gzipSync(readFileSync(file), { level: 9 }));
	}
	const assets = sirv(dir, {
		single: '200.html',
		gzip: true,
		setHeaders(res, pathname) {
			const immutable = pathname.startsWith('/_app/immutable/');
			res.setHeader(
				'Cache-Control',
				immutable ? 'public, max-age=31536000, immutable' : 'no-cache'
			);
		}
	});
	const server = createHttpServer((req, res) => assets(req, res));
	await new Promise<void>((done) => server.listen(port, '127.0.0.1', done));
	return {
		close: () => {
			server.close();
			rmSync(dir, { recursive: true, force: true });
		}
	};
}

async function main(): Promise<number> {
	let baseUrl = argument('--base-url')?.replace(/\/$/, '');
	const runs = Math.max(1, Number(argument('--runs') ?? 3) || 3);
	let stopServer = () => {};
	if (!baseUrl) {
		ensureBuild();
		const port = await freePort();
		if (process.argv.includes('--gzip')) {
			stopServer = (await serveGzipped(port)).close;
			console.log('Serving a gzip-precompressed copy of the build.');
		} else {
			const server = await serve(port);
			stopServer = () => server.kill();
		}
		baseUrl = `http://127.0.0.1:${port}`;
	}
	const chrome = await chromeLauncher.launch({
		chromePath: CHROMIUM,
		chromeFlags: [
			'--headless=new',
			'--no-sandbox',
			'--disable-gpu',
			'--disable-background-networking',
			'--disable-component-update',
			'--disable-sync',
			'--no-first-run'
		]
	});
	const reports: PageReport[] = [];
	try {
		const only = argument('--page');
		for (const page of PAGES.filter((p) => !only || p.label === only)) {
			const url = `${baseUrl}${page.path}`;
			// Scores move with machine load, so each page runs several times and Lighthouse's
			// median run is reported (as Lighthouse's docs advise), with every score shown.
			const results: LighthouseRun[] = [];
			for (let i = 0; i < runs; i++) {
				// Lighthouse's defaults are the mobile ones: Moto G Power screen, slow 4G, 4× CPU slowdown.
				const run = await lighthouse(url, {
					port: chrome.port,
					logLevel: 'error',
					output: 'json',
					onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo']
				});
				if (!run) throw new Error(`Lighthouse returned nothing for ${url}`);
				results.push(run.lhr as unknown as LighthouseRun);
			}
			const median = (results.length > 1 ? computeMedianRun(results) : results[0]) as LighthouseRun;
			const jsonDir = process.env.LIGHTHOUSE_JSON_DIR;
			if (jsonDir) {
				mkdirSync(jsonDir, { recursive: true });
				writeFileSync(join(jsonDir, `${page.label}.json`), JSON.stringify(median, null, 1));
			}
			const report = reportPage(page.label, page.path, median);
			reports.push(report);
			console.log(formatReport(report).join('\n'));
			if (runs > 1) {
				const all = results.map((r) => Math.round((r.categories.performance?.score ?? 0) * 100));
				const tbt = results.map((r) =>
					Math.round(r.audits['total-blocking-time']?.numericValue ?? 0)
				);
				const lcp = results.map((r) =>
					Math.round(r.audits['largest-contentful-paint']?.numericValue ?? 0)
				);
				console.log(
					`  (Lighthouse's median of ${runs} runs; performance scores ${all.join(', ')};`
				);
				console.log(`   TBT ${tbt.join(', ')} ms; LCP ${lcp.join(', ')} ms)`);
			}
		}
	} finally {
		chrome.kill();
		stopServer();
	}
	const failing = reports.filter((r) => r.shortfalls.length > 0);
	if (failing.length > 0) {
		console.error(`\nBelow target: ${failing.map((r) => r.label).join(', ')}`);
		return 1;
	}
	console.log('\nAll student pages meet the targets.');
	return 0;
}

process.exitCode = await main();
