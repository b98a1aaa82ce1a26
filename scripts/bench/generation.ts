/**
 * Bench section: question generation speed and memory per story, in Node.
 * Memory is sampled after every run and at every progress report (so during
 * generation too); process.resourceUsage().maxRSS gives the true process peak.
 */
import { generateQuestions } from '../../src/lib/qgen/index';
import type { BenchContext, BenchReport, BenchSection } from './registry';
import { corporaDir, corpusStories, seedBenchStory, wordCount, type BenchStory } from './stories';
import { median, type Table } from './table';

/** Large enough that the cap does not hide how many questions a story yields. */
export const BENCH_MAX_QUESTIONS = 1_000;
const MiB = 1024 * 1024;

interface StoryFigures {
	label: string;
	articles: number;
	words: number;
	msPerArticle: number;
	msPer1000Words: number;
	/** Process CPU time (user + system): unlike wall time, not inflated by other load on the machine. */
	cpuMsPer1000Words: number;
	/**
	 * CPU of the story's first generation in the process, before any repeat: the generator keeps
	 * verdicts per text (per-text.ts, match-cache.ts), so repeats of one story read its own cache
	 * and the warm figure alone would flatter it. Code is warm from the stories before it (not for
	 * the first story measured).
	 */
	firstRunCpuMsPer1000Words: number;
	questionsPerArticle: number;
	peakRssMiB: number;
	peakHeapMiB: number;
}

export function measureStory(
	story: BenchStory,
	ctx: Pick<BenchContext, 'runs' | 'warmups'>
): StoryFigures {
	const gc = (globalThis as { gc?: () => void }).gc;
	gc?.();
	let peakRss = 0;
	let peakHeap = 0;
	const sample = () => {
		const m = process.memoryUsage();
		peakRss = Math.max(peakRss, m.rss);
		peakHeap = Math.max(peakHeap, m.heapUsed);
	};
	const input = { storyId: story.storyId, articles: story.articles };
	const options = { max: BENCH_MAX_QUESTIONS, onProgress: sample };
	let questions = 0;
	const firstCpu0 = process.cpuUsage();
	generateQuestions(input, options);
	const firstCpu = process.cpuUsage(firstCpu0);
	for (let i = 1; i < ctx.warmups; i++) generateQuestions(input, options);
	const times: number[] = [];
	const cpuTimes: number[] = [];
	for (let i = 0; i < ctx.runs; i++) {
		const t0 = performance.now();
		const cpu0 = process.cpuUsage();
		questions = generateQuestions(input, options).length;
		const cpu = process.cpuUsage(cpu0);
		times.push(performance.now() - t0);
		cpuTimes.push((cpu.user + cpu.system) / 1000);
		sample();
	}
	const ms = median(times);
	const words = wordCount(story.articles);
	const n = story.articles.length;
	return {
		label: story.label,
		articles: n,
		words,
		msPerArticle: ms / n,
		msPer1000Words: (ms / words) * 1000,
		cpuMsPer1000Words: (median(cpuTimes) / words) * 1000,
		firstRunCpuMsPer1000Words: ((firstCpu.user + firstCpu.system) / 1000 / words) * 1000,
		questionsPerArticle: questions / n,
		peakRssMiB: peakRss / MiB,
		peakHeapMiB: peakHeap / MiB
	};
}

export const generationSection: BenchSection = {
	id: 'generate',
	title: 'Question generation (Node)',
	async run(ctx: BenchContext): Promise<BenchReport> {
		const notes: string[] = [];
		const stories: BenchStory[] = [seedBenchStory()];
		const dir = corporaDir(ctx.root);
		const corpus = corpusStories(dir);
		if (corpus.stories.length === 0)
			notes.push(`No corpora found at ${dir}; measured the seed story only.`);
		stories.push(...corpus.stories);
		notes.push(...corpus.problems.map((p) => `skipped ${p}`));

		const figures = stories.map((story) => {
			ctx.log(`  ${story.label} …`);
			return measureStory(story, ctx);
		});
		const rows: Table['rows'] = figures.map((f) => [
			f.label,
			f.articles,
			f.words,
			f.msPerArticle,
			f.msPer1000Words,
			f.cpuMsPer1000Words,
			f.firstRunCpuMsPer1000Words,
			f.questionsPerArticle,
			f.peakRssMiB,
			f.peakHeapMiB
		]);
		if (figures.length > 1) {
			const col = (pick: (f: StoryFigures) => number) => median(figures.map(pick));
			rows.push([
				`median of ${figures.length}`,
				col((f) => f.articles),
				col((f) => f.words),
				col((f) => f.msPerArticle),
				col((f) => f.msPer1000Words),
				col((f) => f.cpuMsPer1000Words),
				col((f) => f.firstRunCpuMsPer1000Words),
				col((f) => f.questionsPerArticle),
				col((f) => f.peakRssMiB),
				col((f) => f.peakHeapMiB)
			]);
		}
		notes.push(
			`${ctx.warmups} warm-up + ${ctx.runs} measured runs per story (the first warm-up, the story's first generation, is "first-run": no verdict kept for its texts yet), max ${BENCH_MAX_QUESTIONS} questions; ms figures are medians; "ms" is wall time, "CPU ms" process CPU time (user + system, which also counts GC threads).`,
			`Process peak RSS (resourceUsage.maxRSS): ${(process.resourceUsage().maxRSS / 1024).toFixed(1)} MiB.`,
			(globalThis as { gc?: unknown }).gc
				? 'GC forced before each story (--expose-gc).'
				: 'Heap figures include garbage; NODE_OPTIONS=--expose-gc npm run bench forces a GC before each story.'
		);
		return {
			tables: [
				{
					title: 'Generation per story',
					columns: [
						{ label: 'story', align: 'left' },
						{ label: 'articles' },
						{ label: 'words' },
						{ label: 'ms/article' },
						{ label: 'ms/1k words' },
						{ label: 'CPU ms/1k words' },
						{ label: 'first-run CPU ms/1k' },
						{ label: 'questions/article' },
						{ label: 'peak RSS MiB' },
						{ label: 'peak heap MiB' }
					],
					rows
				}
			],
			notes
		};
	}
};
