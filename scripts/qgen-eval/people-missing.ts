/**
 * Full names the story view of one PolNeAR train article (read alone) has among its person
 * names but not among its `people` (who can be a key or a choice in a "who" question), with
 * each one's first sentence: to read which real people the view misses and which are bodies.
 *   node scripts/cli/bundled.js scripts/qgen-eval/people-missing.ts <polnear train> [--every N]
 */
import { analyzeArticle, viewStory } from '../../src/lib/qgen/analyze';
import { personEvidence } from '../../src/lib/qgen/person-evidence';
import { withQuoteMarks } from '../../src/lib/qgen/archive-quotes';
import { loadSplit } from './polnear';

const args = process.argv.slice(2);
const root = args[0]!;
if (/\bdev\b/.test(root)) throw new Error('people-missing.ts reads train only');
const every = Number(args[args.indexOf('--every') + 1] ?? 1) || 1;
const all = loadSplit(root);
let missing = 0;
let kept = 0;
for (let i = 0; i < all.length; i += every) {
	const p = all[i]!;
	const a = analyzeArticle(withQuoteMarks(p.article));
	const v = viewStory('s', [a]);
	kept += v.people.length;
	if (args.includes('--new'))
		for (const n of v.people) {
			const why = personEvidence(a, n);
			if (why) console.log(`+#${i} ${n}\t${why}`);
		}
	for (const n of v.names.person) {
		if (!n.includes(' ') || v.people.includes(n)) continue;
		missing++;
		const m = a.mentions.find((x) => x.kind === 'person' && x.text === n);
		const s = m ? a.sentences[m.sentence]!.text.replace(/\s+/g, ' ').slice(0, 160) : '';
		console.log(`#${i} ${n}\t| ${s}`);
	}
}
console.log(`people kept ${kept}, person names left out ${missing}`);
