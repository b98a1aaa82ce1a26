/**
 * Reading PolNeAR (brat standoff) for the generator's measurements. Node-only; the corpus
 * stays outside the repository and is read from the path given on the command line.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Article } from '../../src/lib/bank/schema';
import { loadFolder } from './dev-print';

export interface Attribution {
	source?: { start: number; end: number; text: string };
	content: { start: number; end: number; text: string };
}

export interface PolnearArticle {
	name: string;
	/** Title line stripped: offsets into `article.text` are file offsets minus `offset`. */
	article: Article;
	offset: number;
	raw: string;
	attributions: Attribution[];
}

/** One annotator's file per article (the first by name), parsed into source/content pairs. */
export function parseAnn(ann: string): Attribution[] {
	const spans = new Map<string, { start: number; end: number; text: string }>();
	const events: Record<string, string>[] = [];
	for (const line of ann.split('\n')) {
		const [id, body, text] = line.split('\t');
		if (!id || !body) continue;
		if (id.startsWith('T')) {
			const m = /^\S+ (\d+) (?:.*;\d+ )?(\d+)$/.exec(body);
			if (m) spans.set(id, { start: Number(m[1]), end: Number(m[2]), text: text ?? '' });
		} else if (id.startsWith('E')) {
			events.push(Object.fromEntries(body.split(' ').map((p) => p.split(':') as [string, string])));
		}
	}
	return events.flatMap((e) => {
		const content = e.Content && spans.get(e.Content);
		if (!content) return [];
		return [{ content, source: e.Source ? spans.get(e.Source) : undefined }];
	});
}

export function loadSplit(root: string, limit = Infinity, every = 1): PolnearArticle[] {
	const anns = readdirSync(join(root, 'attributions')).sort();
	const out: PolnearArticle[] = [];
	const names = readdirSync(join(root, 'text'))
		.filter((f) => f.endsWith('.txt'))
		.sort()
		.filter((_, i) => i % every === 0)
		.slice(0, limit);
	for (const file of names) {
		const name = file.replace(/\.txt$/, '');
		const raw = readFileSync(join(root, 'text', file), 'utf8');
		const titleEnd = raw.indexOf('\n');
		const offset = titleEnd < 0 ? 0 : titleEnd + 1;
		const [outlet, date] = name.split('_');
		const annFile = anns.find((a) => a.startsWith(`${name}_`));
		out.push({
			name,
			raw,
			offset,
			attributions: annFile
				? parseAnn(readFileSync(join(root, 'attributions', annFile), 'utf8'))
				: [],
			article: {
				id: name.slice(0, 60).replace(/[^a-z0-9-]/gi, '-'),
				storyId: 'polnear',
				title: raw.slice(0, Math.max(0, titleEnd)).trim() || name,
				outlet: outlet ?? 'outlet',
				date: /^\d{4}-\d{2}-\d{2}$/.test(date ?? '') ? date! : '2016-01-01',
				text: raw.slice(offset)
			}
		});
	}
	return out;
}

/** `--name N` from a script's arguments, or `fallback`: the scripts' one option reader. */
export function numberOption(args: readonly string[], name: string, fallback: number): number {
	const i = args.indexOf(`--${name}`);
	return i >= 0 ? Number(args[i + 1]) : fallback;
}

/**
 * The train split a script reads: its first argument, unless missing or the dev split (blind),
 * when the script stops with its usage line.
 */
export function trainRoot(root: string | undefined, usage: string): string {
	if (!root || /\bdev\/?$/.test(root)) {
		console.error(`usage: ${usage}`);
		process.exit(2);
	}
	return root;
}

/**
 * The train articles a debugging script names by index (`<polnear train> <index>...`), each with
 * its index. Refuses dev, the blind split, and a missing folder with a usage line.
 */
export function trainArticlesByIndex(
	script: string,
	args: readonly string[]
): { index: string; article: PolnearArticle }[] {
	const [root, ...indexes] = args;
	const all = loadSplit(trainRoot(root, `${script} <polnear train> <index>... (dev is blind)`));
	return indexes.map((index) => ({ index, article: all[Number(index)]! }));
}

/**
 * What a debugging script reads: `--polnear <train> [--every N]` gives each train article as a
 * story of its own (`alone`), anything else is story folders (each story's articles together).
 * Refuses dev, the blind split.
 */
export function storiesFromArgs(
	args: readonly string[]
): { name: string; articles: Article[]; alone: boolean }[] {
	if (args[0] === '--polnear') {
		const root = args[1]!;
		if (/\bdev\/?$/.test(root)) {
			console.error('dev is blind: train only');
			process.exit(2);
		}
		return loadSplit(root, Infinity, numberOption(args, 'every', 1)).map((p) => ({
			name: p.name,
			articles: [p.article],
			alone: true
		}));
	}
	return args
		.filter((a) => !a.startsWith('--'))
		.map((dir) => ({ name: dir.split('/').pop()!, articles: loadFolder(dir), alone: false }));
}
