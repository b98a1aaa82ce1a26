/**
 * Cloze and name faults a tuning reader found in single-article quizzes (issue #10, "Clozes and
 * timelines", "Names and speakers"), counted over every item PolNeAR articles keep alone (as the
 * app generates): `surnameRefused`, a typed gap on a full name whose accepted answers lack the
 * surname the article writes alone; `wordGlued`, a key or choice that opens with a sentence
 * adverb ("Interestingly Roe"); `particleSwap`, a true/false statement naming a particle and a
 * surname the article never writes together ("Mr. de Poe"); `placeSpeaker`, a "who said" choice
 * the article writes as a town with its state after a comma ("Dover, Del."); `billGap`, a gap on
 * the face value of banknotes ("$____ bills"), whose wrong values are notes no one prints.
 * Crude patterns: read each hit with `--show`.
 *   node scripts/cli/bundled.js scripts/qgen-eval/gap-faults.ts <polnear split> [--every N] [--limit N] [--show]
 * Numbers only (safe on dev); `--show` prints each hit's prompt (train only).
 */
import { escapeRegExp } from '../../src/lib/text/regexp';
import { analyzeArticle, viewStory } from '../../src/lib/qgen/analyze';
import { withQuoteMarks } from '../../src/lib/qgen/archive-quotes';
import { lexiconTags } from '../../src/lib/qgen/entities';
import { sentenceAdverb } from '../../src/lib/qgen/names';
import { runPipelineDetailed } from '../../src/lib/qgen/pipeline';
import { loadSplit, numberOption } from './polnear';

const args = process.argv.slice(2);
const root = args[0];
const show = args.includes('--show');
if (!root || (show && /\bdev\/?$/.test(root))) {
	console.error(
		'usage: gap-faults.ts <polnear split> [--every N] [--limit N] [--show] (--show: train only)'
	);
	process.exit(2);
}
const PARTICLE = /\b(?:de|van|von|der|la|da|di|du|del|le)\s+\p{Lu}[\p{L}'’-]+/gu;

/** The article writes `name` as a town with its state or country after a comma. */
function townWithState(name: string, text: string): boolean {
	const re = new RegExp(`\\b${escapeRegExp(name)},\\s+(\\p{Lu}[\\p{L}]+)\\.?(?=[,;:.\\s])`, 'gu');
	return [...text.matchAll(re)].some((m) => {
		const tags = lexiconTags(m[1]!);
		return (tags.has('Abbreviation') && tags.has('Place')) || tags.has('Region');
	});
}

const articles = loadSplit(
	root,
	numberOption(args, 'limit', Infinity),
	numberOption(args, 'every', 1)
);
const counts = {
	items: 0,
	surnameRefused: 0,
	wordGlued: 0,
	particleSwap: 0,
	placeSpeaker: 0,
	billGap: 0
};
for (const p of articles) {
	const text = p.article.text;
	const r = runPipelineDetailed({ storyId: 's', articles: [p.article] }, {});
	const view = viewStory('s', [analyzeArticle(withQuoteMarks(p.article))]);
	for (const x of r.picked) {
		const q = x.question;
		counts.items++;
		const hits: (keyof typeof counts)[] = [];
		const keys = [
			...(q.type === 'cloze' ? q.accepted : []),
			...('choices' in q && q.type !== 'truefalse' ? q.choices.map((c) => c.text) : [])
		];
		// A name: two words or more, each capitalised.
		const glued = (k: string) =>
			/^(?:\p{Lu}\S*\s+)+\p{Lu}\S*$/u.test(k) && sentenceAdverb(k.split(/\s+/)[0]!);
		if (keys.some(glued)) hits.push('wordGlued');
		if (q.type === 'cloze' && x.candidate.family === 'cloze') {
			const key = x.candidate.keyTexts[0] ?? '';
			const words = key.split(/\s+/);
			const surname = words.at(-1)!;
			const given = words.slice(0, -1).join(' ');
			if (
				words.length >= 2 &&
				view.people.includes(view.canon(key)) &&
				new RegExp(`(?<!${escapeRegExp(given)}\\s)\\b${escapeRegExp(surname)}\\b`).test(text) &&
				!q.accepted.includes(surname)
			)
				hits.push('surnameRefused');
		}
		if (q.type === 'truefalse')
			for (const m of q.prompt.matchAll(PARTICLE))
				if (!text.includes(m[0])) hits.push('particleSwap');
		if (/^Who (?:is quoted|said)/.test(q.prompt) && 'choices' in q)
			if (q.choices.some((c) => townWithState(c.text, text))) hits.push('placeSpeaker');
		if (/\$____\s+bills?\b/.test(q.prompt)) hits.push('billGap');
		for (const h of new Set(hits)) {
			counts[h]++;
			if (show) console.log(`${p.name} ${h}: ${q.prompt}`);
		}
	}
}
console.log(`articles: ${articles.length}`);
for (const [k, v] of Object.entries(counts)) console.log(`${k}: ${v}`);
