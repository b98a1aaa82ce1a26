/**
 * The benchmark is a list of independent sections; each measures one thing and
 * returns tables and notes, and bench.ts prints them. A new measurement is a
 * new module here plus one line in SECTIONS (see ./sections.ts).
 */
import type { Table } from './table';

export interface BenchReport {
	tables: Table[];
	/** Plain sentences printed under the tables: skipped inputs, caveats, warnings. */
	notes: string[];
}

export interface BenchContext {
	/** The repository root; relative paths resolve from here. */
	root: string;
	/** Measured runs per input after warm-up. */
	runs: number;
	/** Unmeasured runs first, so JIT compilation and lazy loading do not count. */
	warmups: number;
	log: (line: string) => void;
}

export interface BenchSection {
	id: string;
	title: string;
	run(ctx: BenchContext): Promise<BenchReport>;
}

/** Keeps the sections named on the command line (all when none are), in registry order. */
export function selectSections(
	all: readonly BenchSection[],
	wanted: readonly string[]
): BenchSection[] {
	if (wanted.length === 0) return [...all];
	const unknown = wanted.filter((w) => !all.some((s) => s.id === w));
	if (unknown.length > 0) {
		throw new Error(
			`unknown bench section(s): ${unknown.join(', ')}; known: ${all.map((s) => s.id).join(', ')}`
		);
	}
	return all.filter((s) => wanted.includes(s.id));
}
