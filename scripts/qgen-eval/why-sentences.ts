/**
 * Every sentence of a story with a causal word ("because", "after", "since", "following",
 * "so that", "in order to", "in response to", "amid", "prompted", "as a result") and the links
 * causalLinks() read from it (`-` when none): to see where a stated cause is lost.
 *   node scripts/cli/bundled.js scripts/qgen-eval/why-sentences.ts <story folder>... [--word W]
 * Tuning stories only (basil 00-19, newswcl50).
 */
import { loadFolder } from './dev-print';
import { analyzeArticle, viewStory } from '../../src/lib/qgen/analyze';
import { causalLinks } from '../../src/lib/qgen/candidates/cause';

const args = process.argv.slice(2);
const wordAt = args.indexOf('--word');
const only = wordAt >= 0 ? args[wordAt + 1]!.toLowerCase() : undefined;
// Without --word, wordAt + 1 is 0: the first folder is a folder, not the word.
const folders = args.filter((a, i) => !a.startsWith('--') && (wordAt < 0 || i !== wordAt + 1));
const CAUSAL =
	/\b(because|after|since|following|so that|in order to|in response to|amid|prompted|as a result)\b/i;
const counts = new Map<string, [number, number]>();
for (const dir of folders) {
	const view = viewStory('dev', loadFolder(dir).map(analyzeArticle));
	const links = causalLinks(view);
	console.log(`\n=== ${dir.split('/').slice(-2).join('/')}`);
	for (const a of view.analyses)
		for (const s of a.sentences) {
			const text = s.text.replace(/\s+/g, ' ');
			const words = [...text.matchAll(new RegExp(CAUSAL, 'gi'))].map((m) => m[1]!.toLowerCase());
			if (words.length === 0 || (only && !words.includes(only))) continue;
			const read = links.filter((l) => l.sentence === s);
			for (const w of new Set(words)) {
				const c = counts.get(w) ?? [0, 0];
				c[0]++;
				if (read.some((l) => l.connective.toLowerCase() === w)) c[1]++;
				counts.set(w, c);
			}
			console.log(`${read.length > 0 ? '+' : '-'} ${text}`);
			for (const l of read)
				console.log(`    [${l.role}/${l.connective}] E: ${l.effect} || C: ${l.cause}`);
		}
}
console.log('\nsentences with the word / with a link on it:');
for (const [w, [n, k]] of counts) console.log(`  ${w}: ${n} / ${k}`);
