// The Content-Security-Policy, defined once: svelte.config.js hands it to SvelteKit (kit.csp,
// which adds a hash for every inline script and inlined stylesheet of each prerendered page),
// and scripts/serve.js sends it as a header, also for the service worker and the generator
// Worker, whose policy comes from their own responses.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

/**
 * Hashes of the inline <script>s in src/app.html (e.g. a pre-paint script that applies reading
 * settings), so one can be added or edited without touching the policy. SvelteKit only hashes
 * the scripts it writes itself. A script that uses %sveltekit.*% placeholders would hash
 * differently once filled in: keep such scripts placeholder-free.
 */
/** @param {string} [file] */
export function appHtmlScriptHashes(file = 'src/app.html') {
	const html = readFileSync(new URL(file, import.meta.url), 'utf8');
	const inline = /<script\b(?![^>]*\bsrc\s*=)[^>]*>([\s\S]*?)<\/script>/gi;
	return [...html.matchAll(inline)].map(
		(match) =>
			`sha256-${createHash('sha256')
				.update(match[1] ?? '')
				.digest('base64')}`
	);
}

/** Directives in kit.csp's form (keywords without quotes). */
export function cspDirectives() {
	return {
		'default-src': ['self'],
		// No 'unsafe-inline' and no eval: SvelteKit's own inline scripts and app.html's carry hashes.
		'script-src': ['self', ...appHtmlScriptHashes()],
		// Stylesheets and <style> elements: our files, plus hashes SvelteKit adds for the small
		// stylesheets it inlines (inlineStyleThreshold). Style *attributes* are the compromise:
		// Svelte writes style="" for style: directives and app.html's wrapper has one, and CSP
		// cannot hash attributes without 'unsafe-hashes'. 'unsafe-inline' for attributes only
		// lets injected markup restyle an element; it cannot load anything or run script.
		'style-src': ['self'],
		'style-src-attr': ['unsafe-inline'],
		'img-src': ['self', 'data:', 'blob:'],
		'font-src': ['self'],
		// Byline's own files, plus story files a teacher hosts elsewhere and assigns with a
		// `?story=<https URL>` link (the classroom loop): such a file is fetched, then validated
		// like any opened file. Only https: plain-http and other schemes stay blocked; scripts
		// are still ours alone (script-src), so this widens what can be read, not what can run.
		'connect-src': ['self', 'https:'],
		'worker-src': ['self'],
		'manifest-src': ['self'],
		'media-src': ['self', 'blob:'],
		'object-src': ['none'],
		'base-uri': ['self'],
		'form-action': ['self']
	};
}

const KEYWORDS = new Set(['self', 'none', 'unsafe-inline', 'unsafe-eval', 'strict-dynamic']);

/**
 * A policy header value from directives in kit.csp's form.
 * @param {Record<string, string[]>} directives
 */
export function serializeCsp(directives) {
	return Object.entries(directives)
		.map(([name, values]) =>
			[
				name,
				...values.map((/** @type {string} */ v) =>
					KEYWORDS.has(v) || /^sha\d+-/.test(v) ? `'${v}'` : v
				)
			].join(' ')
		)
		.join('; ');
}
