import { sveltekit } from '@sveltejs/kit/vite';
import { svelteTesting } from '@testing-library/svelte/vite';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { scormPlayer } from './scripts/vite-scorm-player';

/**
 * Puts the Svelte and SvelteKit client runtime into one chunk. Left to Rollup,
 * it is spread over ~30 small chunks: each costs a request on a slow phone
 * network and compresses worse alone (together they are ~5 KiB smaller gzipped).
 * Only the client build is touched: SvelteKit's server build must keep its own
 * chunking, and app code keeps Rollup's per-route split so pages load only
 * what they use.
 */
function mergeClientRuntime(): Plugin {
	const runtime =
		/\/node_modules\/(svelte\/src|@sveltejs\/kit\/src\/runtime|esm-env|devalue|clsx)\//;
	// Runtime parts the quiz page does not use, in a chunk of their own so the quiz page does not
	// carry them (~1.1 KiB gzip): two-way input bindings (bind:value, bind:checked: forms on the
	// settings and teacher pages), SvelteSet and $state.snapshot (teacher state). It has to be a
	// named chunk: Rollup pulls a module left unnamed into the chunk of the runtime's index that
	// imports it. If the quiz ever uses one of them, it loads this small chunk too: nothing breaks.
	const notQuizRuntime =
		/\/node_modules\/svelte\/src\/(internal\/client\/dom\/elements\/bindings\/(input|universal)|reactivity\/set|internal\/shared\/clone)\.js$/;
	// The quiz's pure logic (grading, answer normalisation, choice order, plan, scores, evidence
	// sentences) and the word lists it reads: a dozen modules of a few hundred bytes each, which
	// Rollup otherwise splits into as many chunks because the review, results and story pages
	// share different subsets. One chunk costs those pages a few unused functions but saves the
	// quiz page ~10 requests and the gzip overhead of each.
	const quizCore = /\/src\/lib\/(quiz\/(?!response-text)[\w-]+\.ts|qgen\/lexicon\.ts)$/;
	// Tiny modules every page loads before anything else (Vite's preload helper, the root
	// layout's idle helper and reading keys): in the runtime chunk, not three files of a few
	// hundred bytes each. Only modules without lazy imports: SvelteKit's list of scripts to
	// preload skips a page's chunk that one of the runtime chunk's lazy imports also imports.
	const everyPage = /(\/src\/lib\/(reading\/keys|state\/idle)\.ts|vite\/preload-helper\.js)$/;
	function chunkOf(id: string): string | undefined {
		if (notQuizRuntime.test(id)) return 'runtime-extras';
		if (runtime.test(id) || everyPage.test(id)) return 'runtime';
		if (quizCore.test(id)) return 'quiz-core';
		return undefined;
	}
	return {
		name: 'byline:merge-client-runtime',
		enforce: 'post',
		config(config) {
			if (config.build?.ssr) return;
			return {
				build: {
					rollupOptions: {
						output: {
							manualChunks: chunkOf
						}
					}
				}
			};
		}
	};
}

export default defineConfig({
	plugins: [sveltekit(), mergeClientRuntime(), scormPlayer()],
	worker: { format: 'es' },
	test: {
		projects: [
			{
				extends: './vite.config.ts',
				test: {
					name: 'unit',
					environment: 'node',
					include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
					exclude: ['src/**/*.svelte.test.ts']
				}
			},
			{
				extends: './vite.config.ts',
				plugins: [svelteTesting()],
				test: {
					name: 'component',
					environment: 'jsdom',
					include: ['src/**/*.svelte.test.ts', 'tests/component/**/*.test.ts'],
					setupFiles: ['./tests/component/setup.ts']
				}
			}
		]
	}
});
