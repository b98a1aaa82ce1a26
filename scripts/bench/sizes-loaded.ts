/**
 * Bench section: the JS and CSS a route really downloads in Chromium, gzipped
 * as a static host would send them: up front (the scripts the page's HTML
 * preloads, which it waits for before it is interactive) and in total after
 * hydration (lazy chunks such as storage, the storage driver and the update
 * prompt). The budget, at most 60 KB of gzip JS on the student quiz route,
 * applies to the up-front scripts; the total is printed beside it.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { htmlAssetRefs } from './assets';
import { ROUTES } from './bundle-size';
import type { BenchContext, BenchReport, BenchSection } from './registry';
import { formatBytes, type Table } from './table';

/** The student quiz route's budget for up-front gzip JS: 60 KB, read strictly as 60,000 bytes. */
export const QUIZ_JS_BUDGET = 60_000;

export interface LoadedFile {
	path: string;
	/** Preloaded by the page's HTML, so the page waits for it; otherwise loaded lazily. */
	upFront: boolean;
	/** `worker`: a Web Worker's script (off the main thread, fetched only when the page starts it). */
	kind: 'js' | 'worker' | 'css';
	gzipBytes: number;
}

export interface RouteLoad {
	label: string;
	route: string;
	files: LoadedFile[];
}

export interface LoadSummary {
	jsFiles: number;
	jsBytes: number;
	upFrontJsFiles: number;
	upFrontJsBytes: number;
	workerFiles: number;
	workerBytes: number;
	cssFiles: number;
	cssBytes: number;
	largest: LoadedFile[];
}

/** Totals per kind (each file once) and the largest files. */
export function summarizeLoad(files: readonly LoadedFile[]): LoadSummary {
	const unique = [...new Map(files.map((f) => [f.path, f])).values()];
	const js = unique.filter((f) => f.kind === 'js');
	const workers = unique.filter((f) => f.kind === 'worker');
	const css = unique.filter((f) => f.kind === 'css');
	const sum = (list: LoadedFile[]) => list.reduce((total, f) => total + f.gzipBytes, 0);
	const upFront = js.filter((f) => f.upFront);
	return {
		jsFiles: js.length,
		jsBytes: sum(js),
		upFrontJsFiles: upFront.length,
		upFrontJsBytes: sum(upFront),
		workerFiles: workers.length,
		workerBytes: sum(workers),
		cssFiles: css.length,
		cssBytes: sum(css),
		largest: [...unique].sort((a, b) => b.gzipBytes - a.gzipBytes).slice(0, 3)
	};
}

const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} KB`;

/** "OVER the 60.0 KB budget by 2.1 KB" / "within the 60.0 KB budget (1.5 KB to spare)"; KB = 1,000 bytes. */
export function budgetVerdict(jsBytes: number, budget = QUIZ_JS_BUDGET): string {
	return jsBytes <= budget
		? `within the ${kB(budget)} budget (${kB(budget - jsBytes)} to spare)`
		: `OVER the ${kB(budget)} budget by ${kB(jsBytes - budget)}`;
}

/** Site paths of the scripts a page's HTML preloads or imports. */
export function upFrontScripts(html: string, pageUrl: string): Set<string> {
	return new Set(htmlAssetRefs(html).scripts.map((ref) => new URL(ref, pageUrl).pathname));
}

/** Vite writes `new Worker(new URL(...))` bundles under `_app/immutable/workers/`. */
export function fileKind(resourceType: string, path: string): LoadedFile['kind'] {
	if (resourceType === 'stylesheet') return 'css';
	return path.includes('/_app/immutable/workers/') ? 'worker' : 'js';
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

async function serve(root: string, buildDir: string, port: number): Promise<ChildProcess> {
	const server = spawn(process.execPath, [join(root, 'scripts', 'serve.js')], {
		cwd: root,
		env: { ...process.env, PORT: String(port), BYLINE_BUILD_DIR: buildDir },
		stdio: 'ignore'
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
	throw new Error('scripts/serve.js did not start');
}

async function measureRoutes(baseUrl: string): Promise<RouteLoad[]> {
	const { chromium } = await import('playwright-core');
	const browser = await chromium.launch({
		executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
		args: ['--no-sandbox', '--disable-gpu']
	});
	const loads: RouteLoad[] = [];
	try {
		for (const { label, route } of ROUTES) {
			// No service worker: its precache would fetch every file of the app.
			const context = await browser.newContext({ serviceWorkers: 'block' });
			const page = await context.newPage();
			const pending: Promise<Omit<LoadedFile, 'upFront'> | null>[] = [];
			page.on('response', (response) => {
				const type = response.request().resourceType();
				const url = new URL(response.url());
				const isWorker = url.pathname.includes('/_app/immutable/workers/');
				if (url.origin !== baseUrl) return;
				if (type !== 'script' && type !== 'stylesheet' && !isWorker) return;
				pending.push(
					response
						.body()
						.then((body) => ({
							path: url.pathname,
							kind: fileKind(type, url.pathname),
							gzipBytes: gzipSync(body).length
						}))
						.catch(() => null)
				);
			});
			const url = `${baseUrl}${route}`;
			const response = await page.goto(url, { waitUntil: 'networkidle' });
			// Lazy chunks requested right after hydration (storage driver, update prompt).
			await page.waitForTimeout(500);
			const preloaded = upFrontScripts((await response?.text()) ?? '', url);
			const files = (await Promise.all(pending))
				.filter((f) => f !== null)
				.map((f) => ({ ...f, upFront: preloaded.has(f.path) }));
			if (response?.ok()) loads.push({ label, route, files });
			await context.close();
		}
	} finally {
		await browser.close();
	}
	return loads;
}

export const sizesLoadedSection: BenchSection = {
	id: 'sizes-loaded',
	title: 'Gzip JS and CSS each route downloads in Chromium (incl. lazy chunks)',
	async run(ctx: BenchContext): Promise<BenchReport> {
		const buildDir = resolve(ctx.root, process.env.BYLINE_BUILD_DIR ?? 'build');
		if (!existsSync(join(buildDir, 'index.html'))) {
			return {
				tables: [],
				notes: [
					`No build in ${relative(ctx.root, buildDir)}; run the bundle-size section or vite build first.`
				]
			};
		}
		const port = await freePort();
		const server = await serve(ctx.root, relative(ctx.root, buildDir), port);
		let loads: RouteLoad[];
		try {
			loads = await measureRoutes(`http://127.0.0.1:${port}`);
		} finally {
			server.kill();
		}
		const notes = [
			`Build: ${relative(ctx.root, buildDir)}; gzip level 6; service worker blocked; fresh profile per route, so first-visit work (e.g. a Worker that fills a cache once per device) is included.`
		];
		const rows: Table['rows'] = [];
		for (const load of loads) {
			const s = summarizeLoad(load.files);
			rows.push([
				load.label,
				`${s.upFrontJsFiles} / ${formatBytes(s.upFrontJsBytes)}`,
				`${s.jsFiles} / ${formatBytes(s.jsBytes)}`,
				s.workerFiles ? `${s.workerFiles} / ${formatBytes(s.workerBytes)}` : '–',
				s.cssFiles,
				formatBytes(s.cssBytes),
				formatBytes(s.jsBytes + s.cssBytes)
			]);
			const largest = s.largest.map((f) => `${f.path} ${formatBytes(f.gzipBytes)}`).join(', ');
			notes.push(`${load.label}: largest ${largest}`);
			if (load.label === 'student quiz') {
				notes.push(
					`student quiz page JS up front: ${s.upFrontJsBytes.toLocaleString('en-US')} bytes, ${budgetVerdict(s.upFrontJsBytes)}; ${s.jsBytes.toLocaleString('en-US')} bytes once lazy chunks have loaded too (Workers excluded).`
				);
			}
		}
		for (const { label, route } of ROUTES) {
			if (!loads.some((l) => l.label === label)) notes.push(`${label} (${route}) did not load.`);
		}
		return {
			tables: [
				{
					title: 'Downloaded after load and hydration',
					columns: [
						{ label: 'route', align: 'left' },
						{ label: 'JS up front (files / gzip)' },
						{ label: 'JS in total' },
						{ label: 'Worker files / gzip' },
						{ label: 'CSS files' },
						{ label: 'CSS gzip' },
						{ label: 'total JS+CSS gzip' }
					],
					rows
				}
			],
			notes
		};
	}
};
