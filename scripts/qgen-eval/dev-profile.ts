/**
 * Developer tool: CPU time (process.cpuUsage, so other load on the machine does not count)
 * per pipeline stage, median of warm runs, for the seed and every corpus story.
 *   npx tsx scripts/qgen-eval/dev-profile.ts [runs]
 * Node-only; never imported by app code.
 */
import { corporaDir, corpusStories, seedBenchStory, wordCount } from '../bench/stories';
import { generateQuestions } from '$lib/qgen/index';

const cpuMs = (since: NodeJS.CpuUsage) => {
	const d = process.cpuUsage(since);
	return (d.user + d.system) / 1000;
};
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

const runs = Number(process.argv[2] ?? 5);
/** As many as `npm run bench` uses, so the figures compare. */
const WARMUPS = 3;
const stories = [seedBenchStory(), ...corpusStories(corporaDir(process.cwd())).stories];
for (const story of stories) {
	const stages = new Map<string, number[]>();
	const totals: number[] = [];
	for (let i = 0; i < runs + WARMUPS; i++) {
		let last = process.cpuUsage();
		const start = last;
		const perRun = new Map<string, number>();
		generateQuestions(
			{ storyId: story.storyId, articles: story.articles },
			{
				max: 1000,
				onProgress: ({ stage }) => {
					const key = stage.startsWith('analyse') ? 'analyse' : stage;
					perRun.set(key, (perRun.get(key) ?? 0) + cpuMs(last));
					last = process.cpuUsage();
				}
			}
		);
		if (i < WARMUPS) continue;
		totals.push(cpuMs(start));
		for (const [k, v] of perRun) stages.set(k, [...(stages.get(k) ?? []), v]);
	}
	const words = wordCount(story.articles);
	const total = median(totals);
	const parts = [...stages].map(([k, v]) => `${k} ${median(v).toFixed(1)}`).join(', ');
	console.log(
		`${story.label.padEnd(28)} ${total.toFixed(1).padStart(6)} ms  ${((total / words) * 1000).toFixed(1).padStart(6)} ms/1k  | ${parts}`
	);
}
