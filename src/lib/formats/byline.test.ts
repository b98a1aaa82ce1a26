import { describe, expect, it } from 'vitest';
import { FILE_STORY, makeFileBank } from '$test-data';
import type { Bank } from '$lib/bank/schema';
import { exportStoryFile, jsonErrorLocation, parseStoryFile } from './byline';
import { jsonDepth } from './problem';

const NOW = new Date('2025-01-02T03:04:05.000Z');

function exported(mutate?: (b: Record<string, unknown>) => void): string {
	const data = JSON.parse(exportStoryFile(makeFileBank(), FILE_STORY, NOW).text);
	mutate?.(data);
	return JSON.stringify(data);
}

function problem(text: string, opts?: { maxBytes?: number }) {
	const r = parseStoryFile(text, opts);
	if (r.ok) throw new Error('expected the file to be rejected');
	return r.error;
}

describe('exportStoryFile', () => {
	it('names the file after the story and stamps the export time', () => {
		const { filename, text } = exportStoryFile(makeFileBank(), FILE_STORY, NOW);
		expect(filename).toBe('harbor-storm.byline.json');
		const data = JSON.parse(text) as Bank;
		expect(data.exportedAt).toBe('2025-01-02T03:04:05.000Z');
		expect(data.stories.map((s) => s.id)).toEqual([FILE_STORY]);
		expect(data.articles.map((a) => a.id)).toEqual(['harbor-times', 'coast-news']);
		expect(data.questions).toHaveLength(8);
	});

	it('leaves out other stories and their content', () => {
		const bank = makeFileBank();
		bank.stories.push({ id: 'other', title: 'Other', articleIds: ['other-a'] });
		bank.articles.push({ ...bank.articles[0]!, id: 'other-a', storyId: 'other' });
		bank.questions.push({ ...bank.questions[0]!, id: 'other-q', storyId: 'other' });
		const data = JSON.parse(exportStoryFile(bank, FILE_STORY, NOW).text) as Bank;
		expect(data.articles.some((a) => a.id === 'other-a')).toBe(false);
		expect(data.questions.some((q) => q.id === 'other-q')).toBe(false);
	});

	it('throws for an unknown story', () => {
		expect(() => exportStoryFile(makeFileBank(), 'nope', NOW)).toThrow(/no story/);
	});

	it('folds accents in file names', () => {
		const bank = makeFileBank();
		bank.stories[0]!.title = 'Élection à São Paulo!';
		expect(exportStoryFile(bank, FILE_STORY, NOW).filename).toBe(
			'election-a-sao-paulo.byline.json'
		);
	});
});

describe('parseStoryFile', () => {
	it('round-trips an exported story to the same bank', () => {
		const r = parseStoryFile(exportStoryFile(makeFileBank(), FILE_STORY, NOW).text);
		expect(r.ok).toBe(true);
		if (!r.ok) return;
		expect(r.warnings).toEqual([]);
		expect(r.bank).toEqual({
			...makeFileBank(),
			exportedAt: NOW.toISOString(),
			generator: 'Byline'
		});
	});

	it('rejects oversized files before parsing', () => {
		expect(problem(exported(), { maxBytes: 100 }).message).toMatch(/larger than/);
	});

	it('reports where broken JSON breaks', () => {
		const err = problem('{\n  "format": "byline-bank",\n  oops\n}');
		expect(err.message).toContain('line 3, column 3');
	});

	it('computes line and column from a V8 position or a Firefox message', () => {
		expect(jsonErrorLocation('ab\ncd', 'Unexpected token in JSON at position 4')).toEqual({
			line: 2,
			column: 2
		});
		expect(jsonErrorLocation('', 'JSON.parse: bad at line 7 column 9 of the JSON data')).toEqual({
			line: 7,
			column: 9
		});
	});

	it('rejects other formats and newer versions with distinct messages', () => {
		expect(problem('[1,2]').message).toMatch(/JSON object/);
		expect(problem(exported((d) => (d.format = 'h5p'))).message).toMatch(/not a Byline file/);
		expect(problem(exported((d) => (d.version = 2))).message).toMatch(/newer Byline.*version 2/);
		expect(problem(exported((d) => (d.version = 'one'))).message).toMatch(/no valid version/);
	});

	it('names the path and message of schema violations', () => {
		const err = problem(
			exported((d) => {
				((d.questions as Record<string, unknown>[])[0]!.choices as { text: string }[])[1]!.text =
					'';
			})
		);
		expect(err.message).toMatch(/^This Byline file has problems\.$/);
		expect(err.details?.[0]).toMatch(/^questions\[0\]\.choices\[1\]\.text: /);
	});

	it('limits the list of issues', () => {
		const err = problem(
			exported((d) => {
				for (const q of d.questions as Record<string, unknown>[]) q.skill = 'guessing';
			})
		);
		expect(err.details).toHaveLength(6);
		expect(err.details?.[5]).toBe('…and 3 more');
	});

	it('rejects javascript: links and control characters', () => {
		const js = problem(
			exported((d) => ((d.articles as { url: string }[])[0]!.url = 'javascript:alert(1)'))
		);
		expect(js.details?.join()).toMatch(/articles\[0\]\.url/);
		const ctl = problem(
			exported((d) => ((d.stories as { title: string }[])[0]!.title = 'Bad\u0007bell'))
		);
		expect(ctl.message).toMatch(/control characters/);
		expect(ctl.details).toEqual(['stories[0].title']);
	});

	it('warns about bidi overrides and unknown fields but accepts the file', () => {
		const r = parseStoryFile(
			exported((d) => {
				(d.stories as { title: string }[])[0]!.title = 'Storm \u202Emrots';
				d.extra = 1;
			})
		);
		expect(r.ok).toBe(true);
		if (r.ok) {
			expect(r.warnings.join(' ')).toMatch(/extra/);
			expect(r.warnings.join(' ')).toMatch(/stories\[0\]\.title/);
		}
	});

	it('accepts a byte-order mark', () => {
		expect(parseStoryFile('\uFEFF' + exported()).ok).toBe(true);
	});
});

describe('deeply nested files', () => {
	it('refuse 100,000 levels with a clear message, not a stack overflow', () => {
		const deep = `{"format":"byline-bank","version":1,"x":${'['.repeat(100_000)}${']'.repeat(100_000)}}`;
		const result = parseStoryFile(deep);
		expect(result).toEqual({
			ok: false,
			error: {
				message:
					'This file nests its data more than 64 levels deep, far beyond any Byline file, so it was not read.'
			}
		});
		// Brackets inside strings do not count.
		expect(jsonDepth(`{"a":"${'['.repeat(500)}"}`)).toBe(1);
	});
});
