/**
 * Quotes credited to the person they speak of (issue #10, "Names and speakers": a quote that
 * names its principal in the third person is a signal): each quote the generator keys to a
 * person whose words name that person's surname (`name`) or, with no word in the first person,
 * use the pronoun of that person's sex (`pron`, crude: read each), split by how the quote's own
 * sentence credits it: `named` (the speaker's name or title is written there, outside the
 * quotation), `pronoun` ("he said") or `none` (carried from an earlier quote or sentence).
 *   node scripts/cli/bundled.js scripts/qgen-eval/self-credit.ts <story folder>... [--print]
 *   node scripts/cli/bundled.js scripts/qgen-eval/self-credit.ts --polnear <train> [--print]
 * Numbers only unless `--print`, which prints quotes: tuning data only.
 */
import { analyzeArticle } from '../../src/lib/qgen/analyze';
import { withQuoteMarks } from '../../src/lib/qgen/archive-quotes';
import { namedInQuote } from '../../src/lib/qgen/speakers';
import { storiesFromArgs } from './polnear';

const args = process.argv.slice(2);
const print = args.includes('--print');
if (print && args.some((a) => /event-(?:2\d|3\d)\b|\bdev\/?$/.test(a))) {
	console.error('--print reads tuning data only');
	process.exit(2);
}
const FIRST =
	/\b(?:I|I['’](?:m|ve|ll|d)|me|my|mine|myself|[Ww]e|[Ww]e['’](?:re|ve|ll|d)|us|[Oo]ur|ours)\b/;
const tally = new Map<string, number>();
let keyed = 0;
for (const story of storiesFromArgs(args)) {
	for (const article of story.articles) {
		const a = analyzeArticle(withQuoteMarks(article));
		for (const q of a.quotes) {
			const person = q.speaker && a.people.find((p) => p.name === q.speaker);
			if (!person) continue;
			keyed++;
			const sex = person.sex;
			const third =
				sex === 'female'
					? /\b(?:she|her|hers|herself)\b/i
					: sex === 'male'
						? /\b(?:he|him|his|himself)\b/i
						: /\b(?:he|him|his|himself|she|her|hers|herself)\b/i;
			const refers = namedInQuote(q.text, person.name)
				? 'name'
				: third.test(q.text) && !FIRST.test(q.text)
					? 'pron'
					: undefined;
			if (!refers) continue;
			const outside = a.article.text
				.slice(q.context.start, q.context.end)
				.replace(/“[^”]*”|"[^"]*"/g, ' ');
			const credit = /^(?:he|she)$/i.test(q.speakerText)
				? 'pronoun'
				: outside.includes(person.surname.replace(/^./, (c) => c.toUpperCase())) ||
					  outside.includes(q.speakerText)
					? 'named'
					: 'none';
			const key = `${refers}/${credit}${q.partial ? '/partial' : ''}`;
			tally.set(key, (tally.get(key) ?? 0) + 1);
			if (print)
				console.log(
					`${key}\t${story.name}\t${q.speaker} (${q.speakerText})\n\t${a.article.text.slice(q.context.start, q.context.end).replace(/\s+/g, ' ')}`
				);
		}
	}
}
console.log(`quotes keyed to a person: ${keyed}`);
for (const [k, n] of [...tally].sort()) console.log(`${k}: ${n}`);
