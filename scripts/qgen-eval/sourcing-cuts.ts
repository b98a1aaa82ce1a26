/**
 * Sentences the sourcing family reads as sourced in one way (`sourcedSentences`) and whether
 * `withoutSourcingCue` can cut their sourcing words out of the prompt: a sentence it cannot cut
 * gets no "How does X source this?" item. The uncut ones are counted by where the sourcing
 * words sit (crude patterns, first that fits): `mid` (", according to two aides," inside the
 * claim), `split` (", officials said," between subject and verb), `conj` (after a ", but" or
 * ", and" clause), `that` (a reported clause after "that" the leading cut does not reach),
 * `other`. Numbers only unless `--show`, which prints each uncut sentence and each cut prompt
 * (tuning stories and PolNeAR train only: it refuses BASIL 20–39 and dev).
 *   node scripts/cli/bundled.js scripts/qgen-eval/sourcing-cuts.ts <story folder>... [--show]
 *   node scripts/cli/bundled.js scripts/qgen-eval/sourcing-cuts.ts --polnear <train> [--show]
 */
import { analyzeArticle } from '../../src/lib/qgen/analyze';
import { sourcedSentences } from '../../src/lib/qgen/candidates/sourcing';
import { withoutSourcingCue } from '../../src/lib/qgen/candidates/sourcing-cue';
import { normaliseSpace } from '../../src/lib/content/space';
import type { Article } from '../../src/lib/bank/schema';
import { loadFolder } from './dev-print';
import { loadSplit } from './polnear';

const args = process.argv.slice(2);
const show = args.includes('--show');
const polnear = args.includes('--polnear') ? args[args.indexOf('--polnear') + 1] : undefined;
const dirs = args.filter((a, i) => !a.startsWith('--') && args[i - 1] !== '--polnear');
const blind = (p: string) => /basil\/event-[23]\d\/?$/.test(p) || /\bdev\b/.test(p);
if (show && [...dirs, polnear ?? ''].some(blind)) {
	console.error('--show refuses the blind set (BASIL 20-39, PolNeAR dev)');
	process.exit(2);
}

/** Where the sourcing words of an uncut sentence sit, first pattern that fits. */
function shape(text: string): string {
	if (
		/,\s+(?:but|and|while|though|although)\s+[^,]*\b(?:said|say|says|told|according to)\b/i.test(
			text
		)
	)
		return 'conj';
	if (/,\s+according to [^,]+,\s+\S/i.test(text)) return 'mid';
	if (/,\s+[^,]{2,80}?\b(?:said|say|says|told\s+\S+)\s*,\s+\S/i.test(text)) return 'split';
	if (/\b(?:said|says|told|reported|confirmed)\b[^,]*\bthat\b/i.test(text)) return 'that';
	return 'other';
}

const groups: { label: string; articles: Article[] }[] = polnear
	? loadSplit(polnear).map((p) => ({ label: p.name, articles: [p.article] }))
	: dirs.map((d) => ({ label: d, articles: loadFolder(d) }));

const count = { sourced: 0, cut: 0 };
const uncut = new Map<string, number>();
for (const g of groups) {
	const found = sourcedSentences(g.articles.map(analyzeArticle));
	for (const f of found) {
		const text = normaliseSpace(f.sentence.text);
		const claim = withoutSourcingCue(text);
		count.sourced++;
		if (claim) {
			count.cut++;
			if (show) console.log(`  + [${f.kind}] ${claim}`);
			continue;
		}
		const kind = shape(text);
		uncut.set(kind, (uncut.get(kind) ?? 0) + 1);
		if (show) console.log(`  - ${kind} [${f.kind}] ${text}`);
	}
}
console.log(
	`sourced sentences ${count.sourced}, cut ${count.cut}, uncut ${count.sourced - count.cut}: ${[
		...uncut
	]
		.sort((a, b) => b[1] - a[1])
		.map(([k, n]) => `${k} ${n}`)
		.join(', ')}`
);
