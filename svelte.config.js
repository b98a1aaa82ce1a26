import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { cspDirectives } from './csp.config.js';

// Separate output folders let several builds (parallel test runs, benchmarks) coexist.
const buildDir = process.env.BYLINE_BUILD_DIR ?? 'build';
const kitDir = process.env.BYLINE_KIT_DIR ?? '.svelte-kit';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	compilerOptions: { runes: true },
	kit: {
		outDir: kitDir,
		// Every page is prerendered; routes whose data lives only in IndexedDB
		// (teacher-made stories) are served by the SPA fallback.
		// precompress writes .br/.gz next to every file, as a static host would serve them.
		adapter: adapter({
			pages: buildDir,
			assets: buildDir,
			fallback: '200.html',
			precompress: true,
			strict: true
		}),
		// Small stylesheets go inline in <head>: a separate CSS request, queued behind the
		// script preloads, would otherwise hold back the first paint on slow connections.
		inlineStyleThreshold: 8192,
		// Test data (factories) for unit and component tests; never imported by app code.
		alias: { '$test-data': 'src/test-data' },
		serviceWorker: { register: false },
		// Hash mode: prerendered pages carry a <meta> policy with a hash of each inline script.
		// scripts/serve.js sends the same policy as a header (see csp.config.js).
		csp: { mode: 'hash', directives: cspDirectives() }
	}
};

export default config;
