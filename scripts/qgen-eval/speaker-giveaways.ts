/**
 * Speaker and sourcing items of written banks (`generate --max 10` output) that a student answers
 * from the item itself, in counts: a "How does X source this information?" item whose prompt
 * prints the sourcing words (`sourcing`: "two officials said", "on condition of anonymity",
 * "according to the Tribune", "has learned", "could not verify"), and a "Who said …?", "it was
 * Roe who said …" or quote-matching item whose shown quote names its keyed speaker (`self`: "Roe
 * will sign the bill" keyed on Roe, words a spokesperson said of her; part of a name counts).
 * Reads banks, not stories, so two versions' banks compare without running the old code.
 * Numbers only unless `--print`, which shows the items (tuning banks only).
 *   npx tsx scripts/qgen-eval/speaker-giveaways.ts BANK.json... [--print]
 */
import { readFileSync } from 'node:fs';
import { CREDITED_TO_OUTLET, UNNAMED_SOURCE, UNVERIFIED } from '../../src/lib/qgen/lexicon';

interface Choice {
	id: string;
	text: string;
}
interface Question {
	type: string;
	prompt: string;
	choices?: Choice[];
	correct?: string[];
	pairs?: { left: string; right: string }[];
}

const args = process.argv.slice(2);
const print = args.includes('--print');
const files = args.filter((a) => !a.startsWith('--'));

const SOURCING_PROMPT = /How does .+ source this information\?$/;
const CUES = [UNNAMED_SOURCE, UNVERIFIED, CREDITED_TO_OUTLET];
const quoted = (prompt: string) => /“(.*)”/.exec(prompt)?.[1] ?? '';
/** Name parts of three letters or more, as whole words of the quote. */
const namesSpeaker = (quote: string, speaker: string) =>
	speaker
		.split(/\s+/)
		.filter((w) => /^\p{Lu}\p{Ll}{2,}/u.test(w))
		.some((w) => new RegExp(`(?<!\\p{L})${w}(?!\\p{L})`, 'u').test(quote));

/** Each quote a speaker item shows with the speaker it keys. */
function quotesWithKey(q: Question): { quote: string; speaker: string }[] {
	if (q.type === 'matching' && /person who said it/.test(q.prompt))
		return (q.pairs ?? []).map((p) => ({ quote: p.left, speaker: p.right }));
	const tf = /^True or false: it was (.+?) who said “(.*)”\.$/.exec(q.prompt);
	// Only a true claim keys the named person; a false one names someone else.
	if (tf && q.correct?.includes('true')) return [{ quote: tf[2]!, speaker: tf[1]! }];
	if (/^Who (?:said|is quoted using the words)/.test(q.prompt) && q.choices) {
		const key = q.choices.find((c) => q.correct?.includes(c.id));
		if (key) return [{ quote: quoted(q.prompt), speaker: key.text }];
	}
	return [];
}

let banks = 0;
let sourcingItems = 0;
let sourcingShown = 0;
let speakerItems = 0;
let selfNamed = 0;
for (const file of files) {
	const bank = JSON.parse(readFileSync(file, 'utf8')) as { questions: Question[] };
	banks++;
	for (const q of bank.questions) {
		if (SOURCING_PROMPT.test(q.prompt)) {
			sourcingItems++;
			const shows = CUES.some((p) => p.test(q.prompt));
			if (shows) sourcingShown++;
			if (print && shows) console.log(`sourcing ${file.split('/').at(-1)}: ${q.prompt}`);
		}
		const asked = quotesWithKey(q);
		if (asked.length) speakerItems++;
		const self = asked.filter((x) => namesSpeaker(x.quote, x.speaker));
		if (self.length) selfNamed++;
		if (print)
			for (const x of self)
				console.log(`self ${file.split('/').at(-1)}: [${x.speaker}] ${x.quote}`);
	}
}
console.log(`banks ${banks}`);
console.log(`sourcing items ${sourcingItems}, printing their sourcing words ${sourcingShown}`);
console.log(`speaker items ${speakerItems}, a quote naming its keyed speaker ${selfNamed}`);
