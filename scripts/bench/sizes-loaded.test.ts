import { describe, expect, it } from 'vitest';
import {
	budgetVerdict,
	fileKind,
	QUIZ_JS_BUDGET,
	summarizeLoad,
	type LoadedFile
} from './sizes-loaded';

const files: LoadedFile[] = [
	{ path: '/_app/a.js', kind: 'js', gzipBytes: 3000 },
	{ path: '/_app/b.js', kind: 'js', gzipBytes: 10_000 },
	// The same chunk reported twice (preload and import) counts once.
	{ path: '/_app/b.js', kind: 'js', gzipBytes: 10_000 },
	{ path: '/_app/s.css', kind: 'css', gzipBytes: 500 },
	{ path: '/_app/immutable/workers/w.js', kind: 'worker', gzipBytes: 90_000 }
];

describe('summarizeLoad', () => {
	it('sums each kind once per file and names the largest files', () => {
		const summary = summarizeLoad(files);
		expect(summary).toMatchObject({
			jsFiles: 2,
			jsBytes: 13_000,
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
	expect(QUIZ_JS_BUDGET).toBe(61_440);
	expect(budgetVerdict(61_440)).toBe('within the 60.0 KiB budget (0 B to spare)');
	expect(budgetVerdict(50 * 1024)).toBe('within the 60.0 KiB budget (10.0 KiB to spare)');
	expect(budgetVerdict(112 * 1024)).toBe('OVER the 60.0 KiB budget by 52.0 KiB');
});

it('tells page scripts, Worker scripts and stylesheets apart', () => {
	expect(fileKind('script', '/_app/immutable/chunks/a.js')).toBe('js');
	expect(fileKind('script', '/_app/immutable/workers/worker-x.js')).toBe('worker');
	expect(fileKind('other', '/_app/immutable/workers/worker-x.js')).toBe('worker');
	expect(fileKind('stylesheet', '/_app/immutable/assets/0.css')).toBe('css');
});
