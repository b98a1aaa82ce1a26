// `npm run bench [-- SECTION...]`: prints each benchmark section's tables.
// Sections live in scripts/bench/ and are listed in scripts/bench/sections.ts.
import { selectSections } from './bench/registry';
import { SECTIONS } from './bench/sections';
import { formatTable } from './bench/table';

const positiveInt = (value: string | undefined, fallback: number) =>
	value && /^\d+$/.test(value) && Number(value) > 0 ? Number(value) : fallback;

const ctx = {
	root: process.cwd(),
	runs: positiveInt(process.env.BENCH_RUNS, 5),
	warmups: Math.max(3, positiveInt(process.env.BENCH_WARMUPS, 3)),
	log: (line: string) => console.error(line)
};

const sections = selectSections(SECTIONS, process.argv.slice(2));
console.log(`Byline bench — Node ${process.version}, ${new Date().toISOString().slice(0, 10)}\n`);
for (const section of sections) {
	console.log(`== ${section.title} ==`);
	try {
		const report = await section.run(ctx);
		for (const table of report.tables) console.log(`${formatTable(table)}\n`);
		for (const note of report.notes) console.log(`  · ${note}`);
	} catch (error) {
		console.log(
			`  ! ${section.id} failed: ${error instanceof Error ? error.message : String(error)}`
		);
		process.exitCode = 1;
	}
	console.log('');
}
