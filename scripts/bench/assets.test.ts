import { describe, expect, it } from 'vitest';
import {
	collectRouteAssets,
	htmlAssetRefs,
	jsStaticImports,
	resolveRef,
	routeHtmlCandidates
} from './assets';

describe('routeHtmlCandidates', () => {
	it('maps routes to prerendered files', () => {
		expect(routeHtmlCandidates('/')).toEqual(['index.html']);
		expect(routeHtmlCandidates('story/x/quiz')).toEqual([
			'story/x/quiz.html',
			'story/x/quiz/index.html'
		]);
	});
});

describe('htmlAssetRefs', () => {
	it('finds modulepreloads, scripts, stylesheets and boot-script imports', () => {
		const html = `<head>
			<link href="../_app/immutable/assets/0.css" rel="stylesheet">
			<link rel="modulepreload" href="../_app/immutable/entry/start.js">
			<link rel="icon" href="/favicon.png">
			<script src="/legacy.js"></script>
			</head><body><script>Promise.all([import("../_app/immutable/entry/app.js")]).then(() => {});</script></body>`;
		expect(htmlAssetRefs(html)).toEqual({
			scripts: ['../_app/immutable/entry/start.js', '/legacy.js', '../_app/immutable/entry/app.js'],
			styles: ['../_app/immutable/assets/0.css']
		});
	});
});

describe('jsStaticImports', () => {
	it('finds minified static imports and re-exports but not dynamic imports', () => {
		const code =
			'import{a as b}from"../chunks/A.js";import"./side.js";export{c}from"./C.js";const x=()=>import("./lazy.js");';
		expect(jsStaticImports(code)).toEqual(['../chunks/A.js', './side.js', './C.js']);
	});
});

describe('resolveRef', () => {
	it('resolves relative and root-absolute refs inside the build', () => {
		expect(resolveRef('story/x/quiz.html', '../../_app/a.js')).toBe('_app/a.js');
		expect(resolveRef('_app/entry/app.js', '../chunks/b.js?v=1')).toBe('_app/chunks/b.js');
		expect(resolveRef('index.html', '/_app/c.css')).toBe('_app/c.css');
		expect(resolveRef('index.html', 'https://cdn.example/x.js')).toBeNull();
		expect(resolveRef('index.html', '../outside.js')).toBeNull();
	});
});

describe('collectRouteAssets', () => {
	const files: Record<string, string> = {
		'r.html':
			'<link rel="stylesheet" href="/_app/s.css"><link rel="modulepreload" href="/_app/entry.js"><script>import("/_app/boot.js")</script><link rel="stylesheet" href="/gone.css">',
		'_app/s.css': 'body{}',
		'_app/entry.js': 'import{x}from"./shared.js";const w=()=>import("./worker-chunk.js");',
		'_app/boot.js': 'import"./shared.js";import"./missing.js";',
		'_app/shared.js': 'export const x=1;',
		'_app/worker-chunk.js': 'compromise'
	};
	it('follows static imports once each and leaves lazy chunks out', () => {
		const assets = collectRouteAssets('r.html', (p) => files[p] ?? null);
		expect(assets.js).toEqual(['_app/boot.js', '_app/entry.js', '_app/shared.js']);
		expect(assets.css).toEqual(['_app/s.css']);
		expect(assets.unresolved).toEqual(['./missing.js', '/gone.css']);
	});
	it('fails clearly when the page is missing', () => {
		expect(() => collectRouteAssets('nope.html', () => null)).toThrow(/nope.html does not exist/);
	});
});
