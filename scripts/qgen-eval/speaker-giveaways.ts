/**
 * Speaker and sourcing items of written banks (`generate --max 10` output) that a student answers
 * from the item itself, in counts: a "How does X source this information?" item whose prompt
 * prints the sourcing words (`sourcing`: "two officials said", "on condition of anonymity",
 * "according to the Tribune", "has learned", "could not verify"), and a "Who said …?", "it was
 * Roe who said …" or quote-matching item whose shown quote names its keyed speaker (`self`: "Roe
 * will sign the bill" keyed on Roe, words a spokesperson said of her; part of a name counts).
 * Also the wrong person an item offers that its quote names (`wrong named`: a false "it was Poe
 * who said …" whose quote names Poe, a "Who said …?" with a wrong choice the quote names) or
 * may mean by "he" or "she" (`wrong pronoun`: a false true/false whose quote says "he", "she",
 * "his" or "her"; crude, read each with `--print`).
 * Reads banks, not stories, so two versions' banks compare without running the old code;
 * `--polnear <train> [--every N]` reads the quiz each PolNeAR article gets alone instead.
 * Numbers only unless `--print`, which shows the items (tuning banks and train only).
 *   npx tsx scripts/qgen-eval/speaker-giveaways.ts BANK.json... [--print]
 *   node scripts/cli/bundled.js scripts/qgen-eval/speaker-giveaways.ts --polnear <train> [--every N] [--print]
 */
import { readFileSync } from 'node:fs';
import { runPipelineDetailed } from '../../src/lib/qgen/pipeline';
import { loadSplit } from './polnear';
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
	explanation?: string;
}

const args = process.argv.slice(2);
const print = args.includes('--print');
const polnear = args.includes('--polnear') ? args[args.indexOf('--polnear') + 1] : undefined;
const every = args.includes('--every') ? Number(args[args.indexOf('--every') + 1]) : 1;
const files = polnear
	? []
	: args.filter((a, i) => !a.startsWith('--') && args[i - 1] !== '--every');
if (polnear && /\bdev\b/.test(polnear) && print) throw new Error('--print refuses dev');

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

/**
 * The wrong people an item offers with the quote it shows: a false claim's person, wrong choices,
 * and a person swapped into a reporter's sentence (with the rest of that sentence as its "quote").
 */
function quotesWithWrong(q: Question): { quote: string; person: string; claim: boolean }[] {
	const tf = /^True or false: it was (.+?) who said “(.*)”\.$/.exec(q.prompt);
	if (tf && q.correct?.includes('false')) return [{ quote: tf[2]!, person: tf[1]!, claim: true }];
	// A reporter's sentence with a person swapped in (swap-truefalse.ts): the swap is the claim.
	const swap = /^False: .+? names (.+?), not (.+?): “/.exec(q.explanation ?? '');
	const shown = /^According to .+?, is this true or false\? (.*)$/.exec(q.prompt)?.[1];
	if (swap && shown && /^\p{Lu}\p{Ll}+ /u.test(swap[2]!)) {
		// The shown statement with the swapped name taken out once: what else names them.
		const rest = shown.replace(swap[2]!, ' ');
		return [{ quote: rest, person: swap[2]!, claim: true }];
	}
	if (/^Who (?:said|is quoted using the words)/.test(q.prompt) && q.choices)
		return q.choices
			.filter((c) => !q.correct?.includes(c.id))
			.map((c) => ({ quote: quoted(q.prompt), person: c.text, claim: false }));
	return [];
}
const THIRD_PERSON = /\b(?:he|she|him|his|her|himself|herself)\b/i;

function banksOf(): { name: string; questions: Question[] }[] {
	if (!polnear)
		return files.map((f) => ({
			name: f.split('/').at(-1)!,
			questions: (JSON.parse(readFileSync(f, 'utf8')) as { questions: Question[] }).questions
		}));
	return loadSplit(polnear, Infinity, every).map((p) => ({
		name: p.name,
		questions: runPipelineDetailed({ storyId: 's', articles: [p.article] }, {})
			.questions as Question[]
	}));
}

let wrongItems = 0;
let wrongNamed = 0;
let wrongPronoun = 0;
let banks = 0;
let sourcingItems = 0;
let sourcingShown = 0;
let speakerItems = 0;
let selfNamed = 0;
for (const bank of banksOf()) {
	const file = bank.name;
	banks++;
	const wrong = bank.questions.map(quotesWithWrong).filter((w) => w.length);
	wrongItems += wrong.length;
	for (const w of wrong) {
		const named = w.filter((x) => namesSpeaker(x.quote, x.person));
		const pronoun = w.filter((x) => x.claim && !named.length && THIRD_PERSON.test(x.quote));
		if (named.length) wrongNamed++;
		if (pronoun.length) wrongPronoun++;
		if (print)
			for (const x of [
				...named.map((n) => ['named', n] as const),
				...pronoun.map((n) => ['pronoun', n] as const)
			])
				console.log(`wrong ${x[0]} ${file}: [${x[1].person}] ${x[1].quote}`);
	}
	for (const q of bank.questions) {
		if (SOURCING_PROMPT.test(q.prompt)) {
			sourcingItems++;
			const shows = CUES.some((p) => p.test(q.prompt));
			if (shows) sourcingShown++;
			if (print && shows) console.log(`sourcing ${file}: ${q.prompt}`);
		}
		const asked = quotesWithKey(q);
		if (asked.length) speakerItems++;
		const self = asked.filter((x) => namesSpeaker(x.quote, x.speaker));
		if (self.length) selfNamed++;
		if (print) for (const x of self) console.log(`self ${file}: [${x.speaker}] ${x.quote}`);
	}
}
console.log(`banks ${banks}`);
console.log(`sourcing items ${sourcingItems}, printing their sourcing words ${sourcingShown}`);
console.log(`speaker items ${speakerItems}, a quote naming its keyed speaker ${selfNamed}`);
console.log(
	`items offering a wrong speaker ${wrongItems}, one the quote names ${wrongNamed}, a false claim whose quote says he/she ${wrongPronoun}`
);
