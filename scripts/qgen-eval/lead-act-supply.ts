/**
 * How many single PolNeAR articles of 250+ words could ask "what did X do?" on their central
 * event, with wrong choices that are other people's acts in the same article (issue #10, single
 * articles: the central event goes unasked). Per article: the central sentence (main-idea-single.ts
 * singleKey, else the first body sentence), whether it opens with a named person and a plain act
 * (action-choice.ts actionOf: a past verb, not one of saying, up to the first comma), and how many
 * other people's acts the article tells the same way (not naming that person, and no act another
 * person of the article also does: same-act.ts). Counts only unless `--show` (train only), which
 * prints each item that has two wrong choices or more.
 *   node scripts/cli/bundled.js scripts/qgen-eval/lead-act-supply.ts <polnear split> [--every N] [--show]
 */
import { analyzeArticle, viewStory } from '../../src/lib/qgen/analyze';
import { withQuoteMarks } from '../../src/lib/qgen/archive-quotes';
import { sameName } from '../../src/lib/qgen/align';
import { notBodyProse } from '../../src/lib/qgen/caption';
import { actionOf } from '../../src/lib/qgen/candidates/action-choice';
import { singleKey } from '../../src/lib/qgen/candidates/main-idea-single';
import { actOf, anotherDoesAct } from '../../src/lib/qgen/candidates/same-act';
import { loadSplit, numberOption } from './polnear';

const args = process.argv.slice(2);
const root = args[0]!;
const show = args.includes('--show') && !/\bdev\/?$/.test(root);
const articles = loadSplit(root, Infinity, numberOption(args, 'every', 1));
let n = 0;
let withActor = 0;
const wrongs = [0, 0, 0, 0];
for (const p of articles) {
	if (p.article.text.split(/\s+/).length < 250) continue;
	n++;
	const a = analyzeArticle(withQuoteMarks(p.article));
	const view = viewStory('s', [a]);
	const body = a.sentences.filter((s) => !notBodyProse(s, a.sentences));
	const central = singleKey(a)?.s ?? body[0];
	const act = central && actionOf(view, a, central);
	if (!act) continue;
	withActor++;
	const surname = act.name.split(/\s+/).pop()!;
	const others = body
		.filter((s) => s !== central)
		.flatMap((s) => actionOf(view, a, s) ?? [])
		.filter((o) => !sameName(o.name, act.name) && !o.action.includes(surname))
		.filter((o) => {
			const same = actOf(o.action);
			return !same || !anotherDoesAct(same, o.name, a);
		});
	wrongs[Math.min(3, others.length)]!++;
	if (show && others.length >= 2) {
		console.log(`\n${p.name}: what did ${act.name} do${act.tail}?`);
		console.log(`  * ${act.action}`);
		for (const o of others) console.log(`    ${o.action} [${o.name}]`);
	}
}
console.log(
	`articles of 250+ words: ${n}; central sentence opens with a named person's act: ${withActor}; other people's acts 0/1/2/3+: ${wrongs.join('/')}`
);
