/**
 * Node-only access to the seed story for scripts (generator, benchmarks) that run outside
 * Vite, where `import.meta.glob` does not exist. Never import this from browser code.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildSeedStory, type SeedStory } from '$lib/content/seed-build';

export const SEED_DIR = fileURLToPath(new URL('../content/seed/', import.meta.url));

export function readSeedFiles(dir: string = SEED_DIR): Record<string, string> {
	const files = readdirSync(dir).filter((f) => f.endsWith('.txt'));
	return Object.fromEntries(files.map((f) => [f, readFileSync(`${dir}/${f}`, 'utf8')]));
}

export function loadSeedStory(dir: string = SEED_DIR): SeedStory {
	return buildSeedStory(readSeedFiles(dir));
}
