/**
 * Builds the SCORM player (src/lib/scorm/player/main.ts) alongside the app, as
 * `scorm-player/player.js` and `scorm-player/player.css`, which the teacher's browser copies
 * into each SCORM package.
 *
 * A nested Vite build rather than another input of SvelteKit's client build: the player must
 * be one self-contained classic script with no shared chunks, no hashed names and no absolute
 * paths, because inside a package it is loaded by a relative <script src> from an unknown
 * URL prefix. A classic (IIFE) script rather than a module, because some LMSs serve package
 * files with a MIME type that browsers refuse for module scripts.
 *
 * In `vite build` the files are emitted into SvelteKit's client output (so adapter-static
 * copies and precompresses them with the rest); in `vite dev` they are built on request.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { svelte, vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { build, type Plugin, type Rollup } from 'vite';
import { PLAYER_DIR, PLAYER_FILES, PLAYER_SCRIPT, PLAYER_STYLES } from '../src/lib/scorm/files';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const ENTRY = path.join(ROOT, 'src/lib/scorm/player/main.ts');

/** The player's files by name (player.js, player.css). */
async function buildPlayer(
	mode: 'production' | 'development'
): Promise<Map<string, string | Uint8Array>> {
	const result = await build({
		configFile: false,
		root: ROOT,
		mode,
		logLevel: 'warn',
		publicDir: false,
		plugins: [
			svelte({ configFile: false, preprocess: vitePreprocess(), compilerOptions: { runes: true } })
		],
		resolve: { alias: { $lib: path.join(ROOT, 'src/lib') } },
		build: {
			write: false,
			// LMS pages run in whatever browser the school has; ES2020 covers every supported one.
			target: 'es2020',
			minify: mode === 'production',
			cssCodeSplit: false,
			modulePreload: false,
			reportCompressedSize: false,
			rollupOptions: {
				input: ENTRY,
				output: {
					format: 'iife',
					entryFileNames: PLAYER_SCRIPT,
					assetFileNames: (asset) =>
						asset.names.some((n) => n.endsWith('.css')) ? PLAYER_STYLES : '[name][extname]',
					inlineDynamicImports: true
				}
			}
		}
	});
	const outputs = (Array.isArray(result) ? result : [result]) as Rollup.RollupOutput[];
	const files = new Map<string, string | Uint8Array>();
	for (const item of outputs.flatMap((o) => o.output)) {
		files.set(item.fileName, item.type === 'chunk' ? item.code : item.source);
	}
	for (const name of PLAYER_FILES) {
		if (!files.has(name)) throw new Error(`SCORM player build made no ${name}`);
	}
	return files;
}

export function scormPlayer(): Plugin {
	let clientBuild = false;
	return {
		name: 'byline:scorm-player',
		configResolved(config) {
			clientBuild = config.command === 'build' && !config.build.ssr;
		},
		async generateBundle() {
			if (!clientBuild) return;
			for (const [name, source] of await buildPlayer('production')) {
				this.emitFile({ type: 'asset', fileName: `${PLAYER_DIR}/${name}`, source });
			}
		},
		configureServer(server) {
			server.middlewares.use(`/${PLAYER_DIR}/`, (req, res, next) => {
				const name = (req.url ?? '').replace(/^\//, '').split('?')[0] ?? '';
				if (!(PLAYER_FILES as readonly string[]).includes(name)) return next();
				buildPlayer('development').then(
					(files) => {
						res.setHeader('Content-Type', name.endsWith('.css') ? 'text/css' : 'text/javascript');
						res.setHeader('Cache-Control', 'no-store');
						res.end(files.get(name));
					},
					(error: unknown) => next(error)
				);
			});
		}
	};
}
