/**
 * The cleaner on the five seed articles. Expected paragraph counts were checked by hand:
 * count the non-empty lines of each file and subtract the furniture listed in the seeds README
 * (plus section label and headline).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { paragraphsOf } from '$lib/bank/schema';
import { cleanArticle } from './clean';
import { SEED_DIR } from '$lib/server/seed-node';

const seed = (file: string) => readFileSync(`${SEED_DIR}/${file}`, 'utf8');
const clean = (file: string) => cleanArticle(seed(file));
const nonEmptyLines = (raw: string) => raw.split('\n').filter((l) => l.trim() !== '').length;

describe('seed 000 (The Hill)', () => {
	const r = clean('000_be7e365406693585.txt');
	it('drops the section label and headline only', () => {
		expect(r.removed.map((x) => [x.reason, x.text])).toEqual([
			['section label', 'Administration'],
			['headline', 'Trump urges Iraqi PM to protect US personnel after protesters storm embassy']
		]);
		expect(paragraphsOf(r.text)).toHaveLength(12);
		expect(
			r.text.startsWith('President Trump on Tuesday spoke with Iraqi Prime Minister Adil')
		).toBe(true);
	});
});

describe('seed 001 (CBS News)', () => {
	const raw = seed('001_49c5f41f396e63f2.txt');
	const r = cleanArticle(raw);
	it('drops the caption, stray "f", cookie banner and sub-headline', () => {
		expect(r.text).not.toMatch(/REUTERS|cookies|Mob of protesters/);
		expect(r.text.split('\n\n')).not.toContain('f');
		expect(r.removed.map((x) => x.reason)).toEqual([
			'headline',
			'sub-headline',
			'photo caption with credit',
			'stray fragment',
			'cookie or privacy banner'
		]);
	});
	it('keeps all six body paragraphs', () => {
		expect(nonEmptyLines(raw)).toBe(11);
		expect(paragraphsOf(r.text)).toHaveLength(6);
	});
});

describe('seed 002 (CNBC, one paragraph per line, no headline)', () => {
	const raw = seed('002_c2e6582fa8d69c59.txt');
	const r = cleanArticle(raw);
	it('keeps every line as a paragraph and finds no headline', () => {
		expect(r.headline).toBeNull();
		expect(r.removed).toEqual([]);
		expect(paragraphsOf(r.text)).toHaveLength(nonEmptyLines(raw));
		expect(paragraphsOf(r.text)).toHaveLength(17);
	});
	it('labels the contributor line', () => {
		expect(r.notes).toEqual([{ paragraph: 16, kind: 'contributors' }]);
		expect(paragraphsOf(r.text)[16]?.text).toBe(
			'— CNBC’s Amanda Macias and Reuters contributed to this report.'
		);
	});
});

describe('seed 003 (Voice of America)', () => {
	const r = clean('003_ef885de93d39967c.txt');
	it('drops both HTML5 notices and the embedded video title', () => {
		expect(r.text).not.toMatch(/HTML5|Over Air Strikes/);
		expect(r.removed.map((x) => x.reason)).toEqual([
			'headline',
			'browser or video notice',
			'browser or video notice',
			'video title'
		]);
		expect(paragraphsOf(r.text)).toHaveLength(22);
	});
});

describe('seed 004 (NBC News)', () => {
	const r = clean('004_f41bc6fbf25c952a.txt');
	it('keeps the correction notice and labels it', () => {
		const paras = paragraphsOf(r.text);
		expect(paras).toHaveLength(22);
		expect(paras[21]?.text).toMatch(
			/^CORRECTION \(Dec\. 31, 2019, 10:31 a\.m\.\): An earlier version/
		);
		expect(r.notes).toEqual([{ paragraph: 21, kind: 'correction' }]);
		expect(r.removed.map((x) => x.reason)).toEqual(['headline']);
	});
});
