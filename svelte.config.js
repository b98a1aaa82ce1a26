import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

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
		adapter: adapter({ pages: buildDir, assets: buildDir, fallback: '200.html', strict: true }),
		serviceWorker: { register: false }
	}
};

export default config;
