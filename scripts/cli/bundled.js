// Runs a TypeScript CLI script from one esbuild bundle, rebuilt only when a source changed.
//
// Why not `tsx scripts/x.ts`: tsx compiles every module again on each start, and
// compromise's ES-module source tree (hundreds of files) loads far slower than one
// bundled file. For `npm run generate` that start-up was over a second of a ~2.5 s run.
// The bundle lives in node_modules/.cache, like Vite's own dependency cache.
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
// One folder per checkout: git worktrees often share node_modules through a symlink,
// and without this each checkout's run deleted the other's bundle as "old".
const CHECKOUT = createHash('sha1').update(ROOT).digest('hex').slice(0, 8);
const CACHE = join(ROOT, 'node_modules', '.cache', 'byline-cli', CHECKOUT);

/** Only needed for .html input; they stay outside the bundle and load on demand. */
const EXTERNAL = ['jsdom', 'dompurify', '@mozilla/readability'];

function newestChange(paths) {
	let newest = 0;
	for (const path of paths) {
		const stat = statSync(path, { throwIfNoEntry: false });
		if (!stat) continue;
		if (stat.isDirectory()) {
			const children = readdirSync(path).map((name) => join(path, name));
			newest = Math.max(newest, newestChange(children));
		} else {
			newest = Math.max(newest, stat.mtimeMs);
		}
	}
	return newest;
}

/**
 * Path of an up-to-date bundle of `script` (relative to the project root).
 * Each version goes in a folder named after its sources' newest change, built
 * under a temporary name and then renamed, so runs started together (parallel
 * tests) never read a half-written bundle; the first rename wins.
 */
export async function bundledScript(script) {
	const entry = join(ROOT, script);
	const name = relative(ROOT, entry).replace(/[\\/]/g, '__').replace(/\.ts$/, '');
	// The CLI's own modules live under scripts/ (beside the entry) and the app's under src/lib.
	const sources = [
		join(ROOT, 'scripts'),
		join(ROOT, 'src', 'lib'),
		join(ROOT, 'src', 'test-data'),
		join(ROOT, 'package-lock.json')
	];
	const versions = join(CACHE, name);
	const version = String(Math.floor(newestChange(sources)));
	const outdir = join(versions, version);
	const main = join(outdir, 'main.mjs');
	if (existsSync(main)) return main;

	const temporary = join(versions, `.${version}-${process.pid}`);
	await build({
		entryPoints: { main: entry },
		outdir: temporary,
		outExtension: { '.js': '.mjs' },
		// Separate chunks keep dynamic imports lazy: in one file, the HTML importer's
		// jsdom import would be hoisted and load (slowly) for every run.
		splitting: true,
		bundle: true,
		platform: 'node',
		format: 'esm',
		target: 'node20',
		// The same aliases as svelte.config.js: dev-print.ts reads the seed story from $test-data.
		alias: { $lib: join(ROOT, 'src', 'lib'), '$test-data': join(ROOT, 'src', 'test-data') },
		external: EXTERNAL,
		// Bundled CommonJS dependencies call require(); give the ES module one.
		banner: {
			js: "import { createRequire as __byline_require } from 'node:module'; const require = __byline_require(import.meta.url);"
		},
		logLevel: 'warning'
	});
	try {
		renameSync(temporary, outdir);
	} catch {
		rmSync(temporary, { recursive: true, force: true }); // another run got there first
	}
	for (const old of readdirSync(versions)) {
		if (old !== version && !old.startsWith('.')) {
			rmSync(join(versions, old), { recursive: true, force: true });
		}
	}
	return main;
}

/** `node scripts/cli/bundled.js scripts/generate.ts ...args` */
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
	const [script, ...args] = process.argv.slice(2);
	if (!script) {
		console.error('usage: node scripts/cli/bundled.js <script.ts> [args...]');
		process.exit(2);
	}
	const bundle = await bundledScript(script);
	process.argv = [process.argv[0], join(ROOT, script), ...args];
	await import(pathToFileURL(bundle).href);
}
