/**
 * Kinds of kept item a teacher drops, counted over the quizzes PolNeAR articles get alone (as
 * the app generates, every item kept): a true/false claim that is only the tail of a quote's
 * attribution ("Roe said at a rally, according to the Daily A."), a number gap on the "of N"
 * part of a ratio ("three of ____ voters"), and a prompt that prints an archive label
 * ("ABSTRACT.").
 *   node scripts/cli/bundled.js scripts/qgen-eval/single-faults.ts <polnear split> [--every N] [--limit N] [--show]
 * Numbers only (safe on dev); `--show` prints each hit's prompt (train only).
 */
import { NUMBER_WORD_PATTERN, REPORTING_VERBS } from '../../src/lib/qgen/lexicon';
import { runPipelineDetailed } from '../../src/lib/qgen/pipeline';
import { loadSplit, numberOption } from './polnear';

const args = process.argv.slice(2);
const root = args[0];
const show = args.includes('--show');
if (!root || (show && /\bdev\/?$/.test(root))) {
	console.error(
		'usage: single-faults.ts <polnear split> [--every N] [--limit N] [--show] (--show: train only)'
	);
	process.exit(2);
}
const SAID = REPORTING_VERBS.join('|');
/** Subject, verb of saying, then only adjuncts: no "that", nothing said. */
const ATTRIBUTION_TAIL = new RegExp(
	`[Tt]rue or false\\?\\s*(?:\\p{Lu}[\\p{L}.’'-]*\\s){1,4}(?:${SAID})(?:\\s(?!that\\b)[^,.]*)?(?:,\\s*according to [^.]*)?\\.$`,
	'u'
);
const RATIO_GAP = new RegExp(
	`\\b(?:\\d{1,3}(?:,\\d{3})*|${NUMBER_WORD_PATTERN})\\s+(?:out\\s+of|of|in)\\s+____`,
	'i'
);
/** One or two words in capitals then a period, then a sentence: "ABSTRACT. Nine years on …". */
const ARCHIVE_LABEL = /(?:^|[“"\s])\p{Lu}{2,}(?: \p{Lu}{2,})?\.\s+\p{Lu}/u;

const articles = loadSplit(
	root,
	numberOption(args, 'limit', Infinity),
	numberOption(args, 'every', 1)
);
const counts = { items: 0, attributionTail: 0, ratioGap: 0, archiveLabel: 0 };
for (const p of articles) {
	const r = runPipelineDetailed({ storyId: 's', articles: [p.article] }, {});
	for (const x of r.picked) {
		const q = x.question;
		counts.items++;
		const hit =
			q.type === 'truefalse' && ATTRIBUTION_TAIL.test(q.prompt)
				? 'attributionTail'
				: RATIO_GAP.test(q.prompt)
					? 'ratioGap'
					: ARCHIVE_LABEL.test(q.prompt)
						? 'archiveLabel'
						: undefined;
		if (!hit) continue;
		counts[hit]++;
		if (show) console.log(`${p.name} ${hit}: ${q.prompt}`);
	}
}
console.log(`articles: ${articles.length}`);
for (const [k, v] of Object.entries(counts)) console.log(`${k}: ${v}`);
