/**
 * Splits cleaned article text into sentences with their offsets, for the
 * teacher's evidence picker.
 *
 * Hand-written instead of using compromise: compromise adds ~200 kB to the
 * editor bundle and does not hand back character offsets directly, while the
 * picker only needs sentence boundaries that survive news-style abbreviations
 * ("Sen.", "U.S.", "D-Calif."). The teacher page may still lazy-load
 * compromise elsewhere for question generation.
 */
import { MONTH_ABBREVIATIONS } from '$lib/qgen/lexicon';

export interface Sentence {
	/** Offsets into the text, end exclusive (String#slice). */
	start: number;
	end: number;
	text: string;
}

/** Words that end with a period but rarely end a sentence in news copy. */
const ABBREVIATIONS = new Set(
	[
		// titles and company words
		'mr mrs ms dr prof sen sens rep reps gov lt gen col maj capt cmdr adm sgt cpl pvt pres sec supt',
		'rev hon amb atty jr sr st ft mt no nos vs approx dept univ inc corp co ltd bros ave blvd rd',
		// US states in AP style
		'ala ariz ark calif colo conn del fla ga ill ind kan ky la md mass mich minn miss mo mont neb',
		'nev okla ore pa tenn tex va vt wash wis wyo'
	]
		.join(' ')
		.split(' ')
		// months as AP style abbreviates them
		.concat(MONTH_ABBREVIATIONS)
);

/** Party-and-state tags such as "D-Calif." or "R-N.Y.". */
const PARTY_STATE = /^[DRI]-[A-Z][A-Za-z.]*\.$/;
/** Initialisms and initials: "U.S.", "a.m.", "J." */
const INITIALISM = /^(?:[A-Za-z]\.)+$/;
/** Sentence-ending punctuation, any closing quotes or brackets, then whitespace. */
const TERMINATOR = /[.!?]+["'”’)\]]*(?=\s)/g;
/** What may start a new sentence: a capital, a digit, or an opening quote or bracket. */
const SENTENCE_START = /^\s+["'“‘([]?[A-Z0-9]/;

function endsWithAbbreviation(block: string, periodIndex: number): boolean {
	const wordStart = block.lastIndexOf(' ', periodIndex) + 1;
	const word = block.slice(wordStart, periodIndex + 1).replace(/^["'“‘([]+/, '');
	if (PARTY_STATE.test(word) || INITIALISM.test(word)) return true;
	return ABBREVIATIONS.has(word.slice(0, -1).toLowerCase());
}

function splitBlock(text: string, from: number, to: number, out: Sentence[]) {
	const block = text.slice(from, to);
	let sentenceStart = 0;
	const push = (start: number, end: number) => {
		const raw = block.slice(start, end);
		const lead = raw.length - raw.trimStart().length;
		const trimmed = raw.trim();
		if (trimmed) {
			out.push({
				start: from + start + lead,
				end: from + start + lead + trimmed.length,
				text: trimmed
			});
		}
	};
	for (const match of block.matchAll(TERMINATOR)) {
		const end = match.index + match[0].length;
		if (!SENTENCE_START.test(block.slice(end, end + 3))) continue;
		const punctuation = match[0].replace(/["'”’)\]]+$/, '');
		if (punctuation === '.' && endsWithAbbreviation(block, match.index)) continue;
		push(sentenceStart, end);
		sentenceStart = end;
	}
	push(sentenceStart, block.length);
}

/** Sentences in reading order; line breaks always end a sentence. */
export function splitSentences(text: string): Sentence[] {
	const out: Sentence[] = [];
	let blockStart = 0;
	for (const lineBreak of text.matchAll(/\n+/g)) {
		splitBlock(text, blockStart, lineBreak.index, out);
		blockStart = lineBreak.index + lineBreak[0].length;
	}
	splitBlock(text, blockStart, text.length, out);
	return out;
}
