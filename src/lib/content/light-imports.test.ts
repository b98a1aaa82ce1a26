/**
 * Student pages import the seed story and the cleaner. Guard that nothing heavy (or
 * Node-only) sneaks into that import graph.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const HEAVY = /from ['"](jsdom|@mozilla\/readability|dompurify|compromise|yaml|node:[\w/]+)['"]/;
const LOCAL_IMPORT = /from ['"](\.\/[\w./-]+)['"]/g;

function importGraph(entry: string, seen = new Set<string>()): Set<string> {
	if (seen.has(entry)) return seen;
	seen.add(entry);
	const source = readFileSync(new URL(entry, import.meta.url), 'utf8');
	for (const [, spec] of source.matchAll(LOCAL_IMPORT)) {
		if (spec && !spec.endsWith('.json')) importGraph(`${spec}.ts`, seen);
	}
	return seen;
}

describe('light student-facing modules', () => {
	it.each(['./seed.ts', './clean.ts'])('%s imports nothing heavy', (entry) => {
		const files = importGraph(entry);
		expect(files.size).toBeGreaterThan(1);
		for (const file of files) {
			expect(readFileSync(new URL(file, import.meta.url), 'utf8')).not.toMatch(HEAVY);
		}
	});
});
