/**
 * Which JS and CSS files a prerendered page loads before any user action:
 * the HTML's stylesheets, scripts, modulepreloads and the boot script's
 * import() calls, plus every static import reachable from those modules.
 * Dynamic import() inside modules is lazy (e.g. the generator Worker) and is
 * not followed. Regex parsing is enough here because the input is Vite's own
 * minified output, not arbitrary JavaScript.
 */
import { posix } from 'node:path';

export interface RouteAssets {
	js: string[];
	css: string[];
	/** References that point outside the build (other hosts) or at missing files. */
	unresolved: string[];
}

/** Build-relative HTML files a route may have been prerendered to. */
export function routeHtmlCandidates(route: string): string[] {
	const clean = route.replace(/^\/+|\/+$/g, '');
	if (clean === '') return ['index.html'];
	return [`${clean}.html`, `${clean}/index.html`];
}

const attr = (tag: string, name: string) =>
	new RegExp(`\\b${name}\\s*=\\s*["']([^"']+)["']`, 'i').exec(tag)?.[1];

export function htmlAssetRefs(html: string): { scripts: string[]; styles: string[] } {
	const scripts: string[] = [];
	const styles: string[] = [];
	for (const [tag] of html.matchAll(/<link\b[^>]*>/gi)) {
		const rel = attr(tag, 'rel')?.toLowerCase().split(/\s+/) ?? [];
		const href = attr(tag, 'href');
		if (!href) continue;
		if (rel.includes('modulepreload')) scripts.push(href);
		else if (rel.includes('stylesheet')) styles.push(href);
	}
	for (const [, open, body] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
		const src = attr(open ?? '', 'src');
		if (src) scripts.push(src);
		for (const [, spec] of (body ?? '').matchAll(/\bimport\(\s*["']([^"']+)["']\s*\)/g))
			scripts.push(spec!);
	}
	return { scripts, styles };
}

/** Static `import … from "x"`, `import "x"` and `export … from "x"` specifiers. */
export function jsStaticImports(code: string): string[] {
	const specs: string[] = [];
	const pattern = /(?:^|[;\s})])(?:import|export)\s*(?:[\w$*{},\s]*?\s*from\s*)?["']([^"']+)["']/g;
	for (const [, spec] of code.matchAll(pattern)) specs.push(spec!);
	return specs;
}

/** A reference from a build file, as a build-relative path, or null when it leaves the build. */
export function resolveRef(fromFile: string, ref: string): string | null {
	if (/^[a-z][a-z0-9+.-]*:/i.test(ref) || ref.startsWith('//')) return null;
	const path = ref.split(/[?#]/)[0]!;
	const joined = path.startsWith('/') ? path.slice(1) : posix.join(posix.dirname(fromFile), path);
	const normal = posix.normalize(joined);
	return normal.startsWith('..') ? null : normal;
}

export function collectRouteAssets(
	htmlFile: string,
	read: (buildPath: string) => string | null
): RouteAssets {
	const html = read(htmlFile);
	if (html === null) throw new Error(`${htmlFile} does not exist`);
	const js = new Set<string>();
	const css = new Set<string>();
	const unresolved = new Set<string>();
	const { scripts, styles } = htmlAssetRefs(html);
	for (const ref of styles) {
		const path = resolveRef(htmlFile, ref);
		if (path && read(path) !== null) css.add(path);
		else unresolved.add(ref);
	}
	const queue = scripts.map((ref) => ({ from: htmlFile, ref }));
	while (queue.length > 0) {
		const { from, ref } = queue.shift()!;
		const path = resolveRef(from, ref);
		if (path === null) {
			unresolved.add(ref);
			continue;
		}
		if (js.has(path)) continue;
		const code = read(path);
		if (code === null) {
			unresolved.add(ref);
			continue;
		}
		js.add(path);
		for (const spec of jsStaticImports(code)) {
			if (spec.startsWith('.') || spec.startsWith('/')) queue.push({ from: path, ref: spec });
		}
	}
	return { js: [...js].sort(), css: [...css].sort(), unresolved: [...unresolved].sort() };
}
