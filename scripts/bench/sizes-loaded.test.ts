import { describe, expect, it } from 'vitest';
import {
	budgetVerdict,
	fileKind,
	QUIZ_JS_BUDGET,
	summarizeLoad,
	upFrontScripts,
	type LoadedFile
} from './sizes-loaded';

const files: LoadedFile[] = [
	{ path: '/_app/a.js', kind: 'js', gzipBytes: 3000, upFront: false },
	{ path: '/_app/b.js', kind: 'js', gzipBytes: 10_000, upFront: true },
	// The same chunk reported twice (preload and import) counts once.
	{ path: '/_app/b.js', kind: 'js', gzipBytes: 10_000, upFront: true },
	{ path: '/_app/s.css', kind: 'css', gzipBytes: 500, upFront: false },
	{ path: '/_app/immutable/workers/w.js', kind: 'worker', gzipBytes: 90_000, upFront: false }
];

describe('summarizeLoad', () => {
	it('sums each kind once per file and names the largest files', () => {
		const summary = summarizeLoad(files);
		expect(summary).toMatchObject({
			jsFiles: 2,
			jsBytes: 13_000,
			upFrontJsFiles: 1,
			upFrontJsBytes: 10_000,
			workerFiles: 1,
			workerBytes: 90_000,
			cssFiles: 1,
			cssBytes: 500
		});
		expect(summary.largest.map((f) => f.path)).toEqual([
			'/_app/immutable/workers/w.js',
			'/_app/b.js',
			'/_app/a.js'
		]);
	});
});

it('says how far the quiz JS is from the budget, either way', () => {
	expect(QUIZ_JS_BUDGET).toBe(60_000);
	expect(budgetVerdict(60_000)).toBe('within the 60.0 KB budget (0.0 KB to spare)');
	expect(budgetVerdict(50_000)).toBe('within the 60.0 KB budget (10.0 KB to spare)');
	expect(budgetVerdict(61_440)).toBe('OVER the 60.0 KB budget by 1.4 KB');
});

it('finds the scripts a page preloads, relative to the page', () => {
	const html = `<head><link href="../../_app/immutable/entry/start.A.js" rel="modulepreload">
		<link rel="stylesheet" href="../../_app/immutable/assets/0.css"></head>
		<body><script>Promise.all([import("../../_app/immutable/entry/app.B.js")])</script></body>`;
	expect([...upFrontScripts(html, 'http://x.test/story/s/quiz')]).toEqual([
		'/_app/immutable/entry/start.A.js',
		'/_app/immutable/entry/app.B.js'
	]);
});

it('tells page scripts, Worker scripts and stylesheets apart', () => {
	expect(fileKind('script', '/_app/immutable/chunks/a.js')).toBe('js');
	expect(fileKind('script', '/_app/immutable/workers/worker-x.js')).toBe('worker');
	expect(fileKind('other', '/_app/immutable/workers/worker-x.js')).toBe('worker');
	expect(fileKind('stylesheet', '/_app/immutable/assets/0.css')).toBe('css');
});
