/**
 * Benchmark section: question filtering at 5,000 questions. scripts/bench.ts registers it;
 * `npx tsx scripts/bench/filter.ts` runs it alone.
 */
import {
	buildQuestionIndex,
	filterQuestions,
	type QuestionFilter
} from '../../src/lib/bank/ops/search';
import { makeSyntheticQuestions } from '../../src/lib/bank/ops/synthetic';

const RUNS = 50;
const QUESTIONS = 5_000;

const QUERIES: { label: string; filter: QuestionFilter }[] = [
	{ label: 'one word', filter: { text: 'budget' } },
	{ label: 'two words + accents', filter: { text: 'zoe muller' } },
	{
		label: 'text + status + type',
		filter: { text: 'mayor', statuses: ['draft'], types: ['single', 'multi'] }
	},
	{ label: 'facets only', filter: { skills: ['quote', 'source'], tags: ['quotes'] } },
	{ label: 'no match', filter: { text: 'xylophone' } }
];

function median(values: number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	const mid = sorted.length >> 1;
	return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function time(fn: () => unknown): number {
	const t0 = performance.now();
	fn();
	return performance.now() - t0;
}

export const filterBench = {
	name: 'filter 5,000 questions',
	async run(): Promise<string[]> {
		const questions = makeSyntheticQuestions(QUESTIONS);
		const lines = [
			`index build: median ${median(Array.from({ length: 10 }, () => time(() => buildQuestionIndex(questions)))).toFixed(2)} ms (10 runs)`
		];
		const index = buildQuestionIndex(questions);
		for (const { label, filter } of QUERIES) {
			const hits = filterQuestions(index, filter).length;
			const ms = median(
				Array.from({ length: RUNS }, () => time(() => filterQuestions(index, filter)))
			);
			lines.push(`${label}: median ${ms.toFixed(2)} ms over ${RUNS} runs (${hits} matches)`);
		}
		return lines;
	}
};

export default filterBench;

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].replace(/\\/g, '/'))) {
	filterBench
		.run()
		.then((lines) => console.log([filterBench.name, ...lines.map((l) => `  ${l}`)].join('\n')));
}
