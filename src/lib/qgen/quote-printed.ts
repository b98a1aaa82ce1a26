/**
 * A "who said" item (family quote: "Who is quoted using the words “…”?", "True or false: it was
 * Roe who said “…”") is answered by another item of the set whose prompt prints the same words
 * in a quotation: "Which outlet quoted Lee as saying “… the president said that our motto was
 * 'e pluribus unum'”?" beside "Who said “motto is e pluribus unum”?" tells the student who
 * spoke (a tuning reader's REJECT). The cue-based secrets (giveaway.ts) look for the key's name,
 * and the other prompt says "the president"; asksAgain (select-pairs.ts) drops only a second
 * item on most of one quote. A telling run of words (see runs) is what the two share.
 */
import type { Question } from '$lib/bank/schema';
import type { Candidate } from './candidates/candidate';
import { COMMON_WORDS } from './lexicon';

/**
 * A run of this many words, whatever they are, is a quote's own wording: "discuss the end of the
 * war" printed in one prompt tells who said "my blessing to discuss the end of the war".
 */
const LONG_RUN = 5;
/**
 * A run of three words tells it when two of them are words of substance (four letters or more,
 * in lower case, not a common word): "e pluribus unum", "ships before shops". Neither "to
 * discuss the" nor a name every item prints ("the United States") counts.
 */
const SHORT_RUN = 3;
const SUBSTANTIAL = 2;

const substantial = (w: string) => w.length >= 4 && w === w.toLowerCase() && !COMMON_WORDS.has(w);

/** Every telling run of `text` (see LONG_RUN, SHORT_RUN), in lower case. */
function runs(text: string): string[] {
	const ws = text
		.replace(/[^\p{L}\d\s]+/gu, ' ')
		.split(/\s+/)
		.filter(Boolean);
	const out: string[] = [];
	for (let i = 0; i + SHORT_RUN <= ws.length; i++) {
		const run = ws.slice(i, i + SHORT_RUN);
		if (run.filter(substantial).length >= SUBSTANTIAL) out.push(run.join(' ').toLowerCase());
		if (i + LONG_RUN <= ws.length)
			out.push(
				ws
					.slice(i, i + LONG_RUN)
					.join(' ')
					.toLowerCase()
			);
	}
	return out;
}

/** The words a who-said item asks about: the first quotation its prompt prints. */
const askedQuote = (q: Question) => /“([^”]+)”/.exec(q.prompt)?.[1] ?? '';

/** Every quotation a prompt prints, curly or straight marks (a prompt's own quote included). */
export const printedQuotes = (prompt: string) =>
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
