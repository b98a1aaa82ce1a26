import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Article } from '../../src/lib/bank/schema';
import { corpusStories, eventFolders, wordCount } from './stories';
import { librariesIn } from './bundle-size';

function corpus(): string {
	const dir = mkdtempSync(join(tmpdir(), 'bench-corpus-'));
	for (const event of ['event-10', 'event-2', 'notes']) mkdirSync(join(dir, event));
	const md = (title: string, outlet: string) =>
		`---\ntitle: "${title}"\noutlet: ${outlet}\ndate: 2018-04-17\n---\n\nThe council approved the new bridge on Tuesday after a long debate.\n\nWork starts in May, the mayor said.\n`;
	writeFileSync(join(dir, 'event-2', 'a.md'), md('Council approves bridge', 'Daily A'));
	writeFileSync(join(dir, 'event-2', 'b.md'), md('Bridge gets the go-ahead', 'Daily B'));
	writeFileSync(join(dir, 'event-2', 'broken.md'), '');
	writeFileSync(join(dir, 'event-10', 'c.md'), md('New bridge approved', 'Daily C'));
	return dir;
}

describe('bench stories', () => {
	it('lists event folders in numeric order and ignores others', () => {
		expect(eventFolders(corpus())).toEqual(['event-2', 'event-10']);
		expect(eventFolders('/no/such/dir')).toEqual([]);
	});

	it('builds one story per event and reports files it skipped', () => {
		const { stories, problems } = corpusStories(corpus());
		expect(stories.map((s) => [s.label, s.articles.map((a) => a.outlet)])).toEqual([
			['event-2', ['Daily A', 'Daily B']],
			['event-10', ['Daily C']]
		]);
		expect(problems).toHaveLength(1);
		expect(problems[0]).toMatch(/broken\.md: is empty/);
	});

	it('counts words across articles', () => {
		expect(wordCount([{ text: 'one two  three' }, { text: 'four\n\nfive' }] as Article[])).toBe(5);
	});
});

describe('librariesIn', () => {
	it('recognises heavy libraries by strings that survive minification', () => {
		expect(librariesIn('console.warn(`compromise: Invalid tag "${t}"`)')).toEqual(['compromise']);
		expect(librariesIn('var e=1;export{e}')).toEqual([]);
	});
});
