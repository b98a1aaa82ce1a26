/**
 * Developer printout for reading generated questions as a teacher would.
 *   npx tsx scripts/qgen-eval/dev-print.ts <folder of .md files | seed> [count] [--rejected]
 * Node-only (reads files); never imported by app code.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Article, Question } from '$lib/bank/schema';
import { MAX_IMPORT_BYTES, parseArticleSource } from '$lib/content/import';
import { draftsFromFiles } from '../generate/articles';
import { readInputFile } from '../generate/files';
import { buildStory } from '../generate/story';
import { loadSeedStory } from '$lib/server/seed-node';
import { protestArticles } from '$test-data';
import { runPipelineDetailed } from '$lib/qgen/pipeline';

/**
 * A story folder's articles exactly as `npm run generate` reads them (the content importer, the
 * story's ids and its date for undated articles), so these scripts measure what the banks and the
 * blind readers get: reading the Markdown another way put leads at other sentence indices.
 */
export function loadFolder(dir: string): Article[] {
	return loadFiles(
		readdirSync(dir)
			.filter((f) => f.endsWith('.md'))
			.sort()
			.map((f) => join(dir, f))
	);
}

/** The given files read the same way: a subset of a story's outlets, as a teacher might import. */
export function loadFiles(paths: string[]): Article[] {
	const inputs = paths.map((path) => ({ path, file: readInputFile(path, MAX_IMPORT_BYTES) }));
	const { drafts } = draftsFromFiles(inputs, (file) => parseArticleSource(file, {}));
	return buildStory(drafts).articles;
}

export function describe(q: Question): string {
	const lines = [`[${q.score}] ${q.skill}/${q.type} d${q.difficulty}: ${q.prompt}`];
	if ('choices' in q && q.type !== 'truefalse')
		lines.push(
			...q.choices.map(
				(c) => `    ${'correct' in q && q.correct.includes(c.id) ? '*' : ' '} ${c.text}`
			)
		);
	if (q.type === 'truefalse') lines.push(`    answer: ${q.correct[0]}`);
	if (q.type === 'cloze') lines.push(`    accepted: ${q.accepted.join(' | ')}`);
	if (q.type === 'numeric') lines.push(`    answer: ${q.answer} ${q.unit ?? ''}`);
	if (q.type === 'matching')
		lines.push(
			...q.pairs.map((p) => `    ${p.left} -> ${p.right}`),
			`    extra: ${(q.extraRights ?? []).join(', ')}`
		);
	if (q.type === 'ordering') lines.push(...q.items.map((i, n) => `    ${n + 1}. ${i.text}`));
	lines.push(`    why: ${q.explanation.slice(0, 300)}`);
	return lines.join('\n');
}

if (process.argv[1]?.endsWith('dev-print.ts')) main();
function main() {
	const [target = 'seed', countArg = '15', flag] = process.argv.slice(2);
	const articles =
		target === 'seed'
			? loadSeedStory().articles
			: target === 'fixture'
				? protestArticles()
				: loadFolder(target);
	const words = articles.reduce((n, a) => n + a.text.split(/\s+/).length, 0);
	const t0 = performance.now();
	const result = runPipelineDetailed({ storyId: 'dev', articles }, { max: 40 });
	const cold = performance.now() - t0;
	// CPU time as well as wall time: on a shared, busy machine wall time mostly measures waiting.
	const t1 = performance.now();
	const cpu0 = process.cpuUsage();
	runPipelineDetailed({ storyId: 'dev', articles }, { max: 40 });
	const warm = performance.now() - t1;
	const cpu = process.cpuUsage(cpu0);
	console.log(
		`warm CPU ${((cpu.user + cpu.system) / 1000).toFixed(0)} ms (${((cpu.user + cpu.system) / words).toFixed(1)} ms/1000 words)`
	);
	console.log(
		`${articles.length} articles, ${words} words; cold ${cold.toFixed(0)} ms, warm ${warm.toFixed(0)} ms (${((warm / words) * 1000).toFixed(1)} ms/1000 words); ${result.questions.length} kept, ${result.rejected.length} rejected\n`
	);
	result.questions
		.slice(0, Number(countArg))
		.forEach((q, i) => console.log(`${i + 1}. ${describe(q)}\n`));
	if (flag === '--rejected')
		for (const r of result.rejected.slice(0, 40))
			console.log(`REJECTED (${r.reason}): ${r.candidate.draft.prompt.slice(0, 160)}`);
}
