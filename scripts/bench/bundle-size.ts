/**
 * Bench section: gzip sizes of the JS and CSS each route loads up front, read
 * from the prerendered build. Also lists which files contain heavy libraries,
 * which must stay out of student pages (they belong in lazy chunks or the Worker).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { collectRouteAssets, routeHtmlCandidates } from './assets';
import type { BenchContext, BenchReport, BenchSection } from './registry';
import { formatBytes, type Table } from './table';

export interface RouteSpec {
	label: string;
	route: string;
}

export const ROUTES: RouteSpec[] = [
	{ label: 'home', route: '/' },
	{ label: 'student story', route: '/story/baghdad-embassy-2019' },
	{ label: 'student quiz', route: '/story/baghdad-embassy-2019/quiz' },
	{ label: 'teacher', route: '/teach' }
];

/** Strings that survive minification and identify a library's code. */
export const HEAVY_LIBRARY_MARKERS: Record<string, string> = {
	compromise: 'compromise: Invalid tag',
	readability: '_readabilityDataTable',
	dompurify: 'DOMPurify',
	jsdom: 'jsdom'
};

export function librariesIn(code: string): string[] {
	return Object.entries(HEAVY_LIBRARY_MARKERS)
		.filter(([, marker]) => code.includes(marker))
		.map(([name]) => name);
}

function listFiles(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
		e.isDirectory() ? listFiles(join(dir, e.name)) : [join(dir, e.name)]
	);
}

/**
 * Hashed file name → the chunk's name ("schema", "builtin"), from the client
 * manifest SvelteKit leaves in its output folder, so the notes say what is big.
 */
function viteChunkNames(kitDir: string): Map<string, string> {
	const manifest = join(kitDir, 'output', 'client', '.vite', 'manifest.json');
	if (!existsSync(manifest)) return new Map();
	type Entry = { file: string; name?: string; src?: string };
	const entries = Object.values(
		JSON.parse(readFileSync(manifest, 'utf8')) as Record<string, Entry>
	);
	return new Map(
		entries.flatMap((e): [string, string][] =>
			e.src || e.name ? [[e.file, (e.src ?? e.name)!]] : []
		)
	);
}

function ensureBuild(ctx: BenchContext, buildDir: string): void {
	if (existsSync(join(buildDir, 'index.html')) || existsSync(join(buildDir, '200.html'))) return;
	ctx.log(`No build in ${relative(ctx.root, buildDir) || '.'}; running npx vite build …`);
	execFileSync('npx', ['vite', 'build'], {
		cwd: ctx.root,
		stdio: ['ignore', 'ignore', 'inherit'],
		env: { ...process.env, BYLINE_BUILD_DIR: relative(ctx.root, buildDir) }
	});
}

export const bundleSizeSection: BenchSection = {
	id: 'bundle-size',
	title: 'Gzip size of the JS and CSS each route loads up front',
	async run(ctx: BenchContext): Promise<BenchReport> {
		const buildDir = resolve(ctx.root, process.env.BYLINE_BUILD_DIR ?? 'build');
		ensureBuild(ctx, buildDir);
		const read = (p: string) => {
			const full = join(buildDir, p);
			return existsSync(full) && statSync(full).isFile() ? readFileSync(full, 'utf8') : null;
		};
		const gz = (p: string) => gzipSync(readFileSync(join(buildDir, p))).length;
		const notes: string[] = [
			`Build: ${relative(ctx.root, buildDir)}; gzip level 6 (node:zlib default).`
		];
		const chunkNames = viteChunkNames(
			resolve(ctx.root, process.env.BYLINE_KIT_DIR ?? '.svelte-kit')
		);
		const rows: Table['rows'] = [];

		for (const { label, route } of ROUTES) {
			const html = routeHtmlCandidates(route).find((c) => read(c) !== null);
			if (!html) {
				notes.push(`${label} (${route}): not prerendered in this build, so not measured.`);
				continue;
			}
			const assets = collectRouteAssets(html, read);
			const jsBytes = assets.js.reduce((sum, p) => sum + gz(p), 0);
			const cssBytes = assets.css.reduce((sum, p) => sum + gz(p), 0);
			const heavy = [...new Set(assets.js.flatMap((p) => librariesIn(read(p) ?? '')))];
			rows.push([
				label,
				html,
				assets.js.length,
				formatBytes(jsBytes),
				assets.css.length,
				formatBytes(cssBytes),
				formatBytes(jsBytes + cssBytes),
				heavy.join(', ') || 'none'
			]);
			const largest = [...assets.js, ...assets.css]
				.map((p) => ({ p, size: gz(p) }))
				.sort((a, b) => b.size - a.size)
				.slice(0, 3)
				.map(({ p, size }) => {
					const name = chunkNames.get(p);
					return `${p.replace(/^_app\/immutable\//, '')}${name ? ` (${name})` : ''} ${formatBytes(size)}`;
				});
			notes.push(`${label}: largest files ${largest.join(', ')}`);
			if (assets.unresolved.length > 0) {
				notes.push(`${label}: references not found in the build: ${assets.unresolved.join(', ')}`);
			}
		}

		const heavyFiles = listFiles(buildDir)
			.filter((f) => f.endsWith('.js'))
			.map((f) => ({ file: relative(buildDir, f), libs: librariesIn(readFileSync(f, 'utf8')) }))
			.filter((f) => f.libs.length > 0);
		for (const { file, libs } of heavyFiles) {
			// Vite puts `new Worker(new URL(...))` bundles under workers/; the NLP code belongs only there.
			const where = file.includes('/workers/')
				? 'a Worker chunk'
				: 'a page chunk (lazy unless a route above lists it)';
			notes.push(`${libs.join(', ')} code is in ${file}, ${where}.`);
		}
		if (heavyFiles.length === 0) notes.push('No heavy library code found in any built JS file.');

		return {
			tables: [
				{
					title: 'Route payload (before any user action)',
					columns: [
						{ label: 'route', align: 'left' },
						{ label: 'page', align: 'left' },
						{ label: 'JS files' },
						{ label: 'JS gzip' },
						{ label: 'CSS files' },
						{ label: 'CSS gzip' },
						{ label: 'total gzip' },
						{ label: 'heavy libs', align: 'left' }
					],
					rows
				}
			],
			notes
		};
	}
};
