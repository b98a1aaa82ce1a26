/**
 * Bench section: the whole `npm run generate` command on three-article stories,
 * timed from outside like a teacher would feel it: npm, Node start-up, loading
 * the generator, reading the files, generating and writing the bank. The first
 * run (which may rebuild the CLI bundle) is a warm-up and is not counted.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { BenchContext, BenchReport, BenchSection } from './registry';
import { corporaDir, eventFolders } from './stories';
import { median, type Table } from './table';

/** The target for a three-article story. */
export const CLI_TARGET_MS = 2_000;
const ARTICLES = 3;

export interface CliInput {
	label: string;
	files: string[];
}

/** The first three article files (sorted by name) of the seed and of each corpus event. */
export function threeArticleInputs(root: string): CliInput[] {
	const firstThree = (dir: string, ext: string) =>
		readdirSync(dir)
			.filter((f) => f.endsWith(ext))
			.sort()
			.slice(0, ARTICLES)
			.map((f) => join(dir, f));
	const corpus = corporaDir(root);
	return [
		{ label: 'seed', files: firstThree(join(root, 'src/lib/content/seed'), '.txt') },
		...eventFolders(corpus).map((event) => ({
			label: event,
			files: firstThree(join(corpus, event), '.md')
		}))
	].filter((input) => input.files.length === ARTICLES);
}

function timeOnce(root: string, files: string[]): number {
	const start = performance.now();
	const result = spawnSync('npm', ['run', '-s', 'generate', '--', '--max', '10', ...files], {
		cwd: root,
		encoding: 'utf8',
		maxBuffer: 64 * 1024 * 1024
	});
	const elapsed = performance.now() - start;
	if (result.status !== 0) {
		throw new Error(`npm run generate failed on ${files.join(', ')}: ${result.stderr.trim()}`);
	}
	return elapsed;
}

export const cliRunSection: BenchSection = {
	id: 'cli',
	title: 'npm run generate on three-article stories (wall time, whole command)',
	async run(ctx: BenchContext): Promise<BenchReport> {
		const inputs = threeArticleInputs(ctx.root);
		const runs = Math.min(ctx.runs, 3);
		const rows = inputs.map((input) => {
			ctx.log(`cli: ${input.label}`);
			timeOnce(ctx.root, input.files);
			const times = Array.from({ length: runs }, () => timeOnce(ctx.root, input.files));
			return { label: input.label, ms: median(times), worst: Math.max(...times) };
		});
		const table: Table = {
			title: 'Whole command, --max 10',
			columns: [
				{ label: 'story (first 3 articles)', align: 'left' },
				{ label: 'median ms' },
				{ label: 'slowest ms' }
			],
			rows: rows.map((r) => [r.label, Math.round(r.ms), Math.round(r.worst)])
		};
		const over = rows.filter((r) => r.ms > CLI_TARGET_MS).map((r) => r.label);
		return {
			tables: [table],
			notes: [
				`${runs} timed runs per story after one warm-up; wall time includes npm and Node start-up, so other load on the machine inflates it.`,
				over.length === 0
					? `Every story is under the ${CLI_TARGET_MS} ms target.`
					: `Over the ${CLI_TARGET_MS} ms target: ${over.join(', ')}.`
			]
		};
	}
};
