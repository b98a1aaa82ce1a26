/**
 * Sentences the segmenter starts inside a name list after an abbreviated title: the sentence
 * before ends in "Sens.", "Rep.", "Atty.", "Drs." … and this one goes on with the names ("Ann
 * Roe and Tom Poe, who …"). Such a fragment makes a gap item with no subject or a torn choice.
 *   node scripts/cli/bundled.js scripts/qgen-eval/title-splits.ts <polnear train | story folder>... [--show]
 * Counts per title; `--show` prints each split. Train and tuning stories only: it prints text.
 */
import { segmentArticle } from '../../src/lib/qgen/segment';
import { HONORIFICS, TITLE_ABBREVIATIONS } from '../../src/lib/qgen/lexicon';
import type { Article } from '../../src/lib/bank/schema';
import { loadFolder } from './dev-print';
import { loadSplit } from './polnear';

const args = process.argv.slice(2);
const show = args.includes('--show');
const paths = args.filter((a) => !a.startsWith('--'));
if (!paths.length || paths.some((p) => /\bdev\/?$|basil\/event-[23]\d\/?$/.test(p))) {
	console.error(
		'usage: title-splits.ts <polnear train | story folder>... [--show] (no blind data)'
	);
	process.exit(2);
}

/**
 * Every abbreviated word of the lexicon's titles ("lt. gov." gives "lt" and "gov") and honorifics,
 * read singular or plural ("Sens.", "Drs."): a fixed yardstick, whatever the segmenter knows.
 */
const TITLES = new Set(
	[...Object.keys(TITLE_ABBREVIATIONS), ...HONORIFICS]
		.flatMap((t) => t.split(' '))
		.filter((w) => w.endsWith('.'))
		.map((w) => w.slice(0, -1))
);
const titleOf = (word: string): string | undefined => {
	const w = word.toLowerCase();
	return TITLES.has(w) || (w.endsWith('s') && TITLES.has(w.slice(0, -1))) ? word : undefined;
};

const sources: { name: string; articles: Article[] }[] = paths.flatMap((p) =>
	/polnear\/train\/?$/.test(p)
		? loadSplit(p).map((a) => ({ name: a.name, articles: [a.article] }))
		: [{ name: p.split('/').pop()!, articles: loadFolder(p) }]
);

const perTitle = new Map<string, number>();
let sentences = 0;
let splits = 0;
const articlesHit = new Set<string>();
for (const { name, articles } of sources)
	for (const article of articles) {
		const segs = segmentArticle(article);
		sentences += segs.length;
		for (let i = 1; i < segs.length; i++) {
			const before = segs[i - 1]!;
			if (before.paragraph !== segs[i]!.paragraph) continue;
			const last = /(?:^|[\s(“"])(\p{Lu}\p{Ll}{0,4})\.$/u.exec(before.text.trimEnd());
			const title = last && titleOf(last[1]!);
			if (!title) continue;
			splits++;
			articlesHit.add(`${name}/${article.id}`);
			perTitle.set(title, (perTitle.get(title) ?? 0) + 1);
			if (show) console.log(`${name}: …${before.text.slice(-60)} | ${segs[i]!.text.slice(0, 80)}`);
		}
	}
console.log(
	`articles: ${sources.reduce((n, s) => n + s.articles.length, 0)}, sentences: ${sentences}`
);
console.log(
	`sentences begun inside a title's name list: ${splits} (articles: ${articlesHit.size})`
);
for (const [t, n] of [...perTitle].sort((a, b) => b[1] - a[1])) console.log(`  ${t}. ${n}`);
