/**
 * A "who said" item (family quote: "Who is quoted using the words “…”?", "True or false: it was
 * Roe who said “…”") is answered by another item of the set whose prompt prints the same words
 * in a quotation: "Which outlet quoted Lee as saying “… the president said that our motto was
 * 'e pluribus unum'”?" beside "Who said “motto is e pluribus unum”?" tells the student who
 * spoke (a tuning reader's REJECT). The cue-based secrets (giveaway.ts) look for the key's name,
 * and the other prompt says "the president"; asksAgain (select-pairs.ts) drops only a second
 * item on most of one quote. A run of three words, one of them a long one, is what the two
 * share: "e pluribus unum", "the jobs act".
 */
import type { Question } from '$lib/bank/schema';
import type { Candidate } from './candidates/candidate';

/** A run shares a word this long at least, so "that it is" or "we have to" is no give-away. */
const LONG_WORD = 5;

const plainWords = (text: string) =>
	text
		.toLowerCase()
		.replace(/[^\p{L}\d\s]+/gu, ' ')
		.split(/\s+/)
		.filter(Boolean);

/** Every run of three words of `text` with a long word in it. */
function runs(text: string): string[] {
	const ws = plainWords(text);
	const out: string[] = [];
	for (let i = 0; i + 3 <= ws.length; i++) {
		const run = ws.slice(i, i + 3);
		if (run.some((w) => w.length >= LONG_WORD)) out.push(run.join(' '));
	}
	return out;
}

/** The words a who-said item asks about: the first quotation its prompt prints. */
const askedQuote = (q: Question) => /“([^”]+)”/.exec(q.prompt)?.[1] ?? '';

/** Every quotation a prompt prints, curly or straight marks (a prompt's own quote included). */
const printedQuotes = (prompt: string) =>
	[...prompt.matchAll(/“([^”]+)”|"([^"]+)"/g)].map((m) => m[1] ?? m[2] ?? '');

type Item = { candidate: Candidate; question: Question };

/**
 * Does `printer`'s prompt print, inside a quotation, three words of the quote the who-said item
 * `asker` asks about? A matching item pairs quotes it shows with their speakers on purpose, and
 * asks no quote from its prompt, so it is neither.
 */
export function printsAskedQuote(printer: Item, asker: Item): boolean {
	if (printer === asker || asker.candidate.family !== 'quote') return false;
	if (asker.question.type === 'matching' || printer.question.type === 'matching') return false;
	const asked = new Set(runs(askedQuote(asker.question)));
	if (!asked.size) return false;
	return printedQuotes(printer.question.prompt).some((quote) =>
		runs(quote).some((run) => asked.has(run))
	);
}
