import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { threeArticleInputs } from './cli-run';

describe('threeArticleInputs', () => {
	it('takes the first three articles of the seed and of each corpus event, skipping short ones', () => {
		const base = mkdtempSync(join(tmpdir(), 'bench-cli-'));
		const root = join(base, 'repo');
		const seed = join(root, 'src/lib/content/seed');
		mkdirSync(seed, { recursive: true });
		for (const f of ['b.txt', 'a.txt', 'd.txt', 'c.txt', 'meta.json'])
			writeFileSync(join(seed, f), 'x');
		const corpus = join(base, 'shared/corpora/newswcl50');
		for (const [event, files] of [
			['event-10', ['x.md', 'y.md', 'z.md']],
			['event-2', ['p.md', 'q.md', 'r.md', 's.md']],
			['event-3', ['only.md', 'two.md', 'notes.txt']]
		] as const) {
			mkdirSync(join(corpus, event), { recursive: true });
			for (const f of files) writeFileSync(join(corpus, event, f), 'x');
		}

		const inputs = threeArticleInputs(root);

		expect(inputs.map((i) => i.label)).toEqual(['seed', 'event-2', 'event-10']);
		expect(inputs[0]!.files.map((f) => f.slice(seed.length + 1))).toEqual([
			'a.txt',
			'b.txt',
			'c.txt'
		]);
		expect(inputs[1]!.files.map((f) => f.split('/').pop())).toEqual(['p.md', 'q.md', 'r.md']);
	});
});
