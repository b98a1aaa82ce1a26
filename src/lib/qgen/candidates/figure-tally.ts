/**
 * Tallies no other family asks (issue #10, facts: how many): a vote, a score or a split of seats
 * written as two figures ("the council voted 6-1", "a 242-190 seat advantage", "by a vote of 51
 * to 49"). The count families read one figure of one noun and leave the pair alone, so a
 * sentence whose claim is the tally got no question. Asked as a chosen gap whose wrong choices
 * split the same total the same way round (4-3, 5-2, 7-0 beside 6-1): each is a real outcome of
 * that vote, and none is the key in other words.
 */
import type { StoryView } from '../analyze';
import { EMBED_MARKUP, looksLikeHeadline, notBodyProse } from '../caption';
import { TALLY_NOUNS, TALLY_VERBS } from '../lexicon';
import type { ArticleAnalysis, Sentence } from '../types';
import type { Candidate } from './candidate';
import { chosenGapCandidate, gapSentence } from './chosen-gap';
import { inList, quotedRanges } from './detail';

/** A sentence short enough to show whole, long enough to hold a claim. */
const WORDS = { min: 8, max: 45 };

const ASK = 'Which figures belong in the gap?';

/**
 * Two figures joined by a dash or "to", not part of a longer run ("2015-12-02", "1-2-3") nor a
 * span of percentages ("72-75 percent" is one share's range, not a tally).
 */
const PAIR =
	/(?<![\d.,:/–-])\b(\d{1,3})(\s?[-–]\s?|\s+to\s+)(\d{1,3})\b(?![.,]?\d|[-–]\d|\s*(?:percent|per cent|%|p\.?m|a\.?m))/gi;

/** "a 396-9 vote", "a 242-190 seat advantage": a determiner before, a tally noun after. */
const NOUN_AFTER = new RegExp(`^\\s+(?:[a-z]+\\s+)?(?:${TALLY_NOUNS.join('|')})\\b`, 'i');
const DETERMINER_BEFORE = /\b(?:a|an|the)\s+$/i;
/** "voted 6-1", "beat Poe 45-40", "passed the bill 51-49": the verb's count, up to three words on. */
const VERB_BEFORE = new RegExp(`\\b(?:${TALLY_VERBS.join('|')})(?:\\s+[\\w'’.-]+){0,3}\\s+$`, 'i');
/** "by a vote of 51 to 49". */
const VOTE_OF_BEFORE = /\bvote of\s+$/i;

/** A sentence that opens on a word pointing back: shown alone, it does not say what was tallied. */
const POINTS_BACK = /^(?:it|they|this|that|these|those|he|she)\b/i;

/**
 * A digest's label in capitals before the sentence ("ROLL TIDE Alabama beat …", "BREAKING
 * NEWS …"): a newsletter's aside, not the report's claim, and the label would print in the prompt.
 */
const KICKER = /^[A-Z]{2,}(?:\s+[A-Z]{2,})+\s/;

export interface Tally {
	/** Offset in the sentence, and the tally as written ("6-1", "51 to 49"). */
	at: number;
	text: string;
	first: number;
	second: number;
	separator: string;
}

/**
 * The tallies a sentence's claim turns on: the object of a verb of voting or winning, the
 * figures of a vote or a majority, "a vote of N to M". Not inside a quotation or brackets, and
 * not one of several tallies or items of a list ("6-1 in May, 5-2 in June": any fits the gap).
 */
export function talliesIn(text: string, quoted: { start: number; end: number }[] = []): Tally[] {
	const out: Tally[] = [];
	const pairs = [...text.matchAll(PAIR)];
	// Several tallies in one sentence ("6-1 in May, 5-2 in June"): any of them fits the gap.
	if (pairs.length > 1) return [];
	for (const m of pairs) {
		const at = m.index;
		const before = text.slice(0, at);
		const after = text.slice(at + m[0].length);
		const first = Number(m[1]);
		const second = Number(m[3]);
		const dash = !/to/i.test(m[2]!);
		const claimed = dash
			? (DETERMINER_BEFORE.test(before) && NOUN_AFTER.test(after)) || VERB_BEFORE.test(before)
			: VOTE_OF_BEFORE.test(before);
		if (!claimed || first === second) continue;
		if (quoted.some((q) => q.start < at + m[0].length && at < q.end)) continue;
		// An aside in brackets is no claim of the sentence.
		if ((before.match(/\(/g) ?? []).length > (before.match(/\)/g) ?? []).length) continue;
		if (inList(text, at, m[0].length)) continue;
		out.push({ at, text: m[0], first, second, separator: m[2]! });
	}
	return out;
}

/**
 * Wrong tallies of the key's shape: the same total split the same way round, at steps of about
 * a third of the key's margin, then a unanimous one, then steps of a twentieth of the total. Each is a result that
 * vote could have had and none a second way to write the key; never a tie, which has no winner.
 */
export function wrongTallies(t: Pick<Tally, 'first' | 'second' | 'separator'>): string[] {
	const high = Math.max(t.first, t.second);
	const low = Math.min(t.first, t.second);
	const total = high + low;
	const write = (h: number) =>
		t.first >= t.second ? `${h}${t.separator}${total - h}` : `${total - h}${t.separator}${h}`;
	const highs: number[] = [];
	// The second step is a twentieth of the total: one vote off 396-9 ("395-10") is a near miss
	// a student could not rule out, one off 6-1 ("5-2") a different vote.
	for (const step of [
		Math.max(1, Math.round((high - low) / 3)),
		Math.max(1, Math.round(total / 20))
	])
		for (const k of [-1, 1, -2, 2, 3, -3]) highs.push(high + k * step);
	highs.splice(6, 0, total);
	const out: string[] = [];
	for (const h of highs) {
		const written = write(h);
		if (h === high || h <= total - h || h > total || out.includes(written)) continue;
		out.push(written);
		if (out.length === 3) break;
	}
	return out;
}

const tallyKey = (t: Pick<Tally, 'first' | 'second'>) =>
	`${Math.max(t.first, t.second)}:${Math.min(t.first, t.second)}`;

/** The word a tally counts for ("vote", "advantage", "voted"): two outlets' tallies of one thing. */
function tallyWord(text: string, t: Tally): string {
	const after = NOUN_AFTER.exec(text.slice(t.at + t.text.length))?.[0];
	return (after ?? text.slice(0, t.at).trim().split(/\s+/)[0] ?? '').trim().toLowerCase();
}

function sentenceTallies(a: ArticleAnalysis, s: Sentence): Tally[] {
	const quoted = quotedRanges(s, a).map((q) => ({
		start: q.start - s.start,
		end: q.end - s.start
	}));
	return talliesIn(s.text, quoted);
}

/**
 * Body prose, as notBodyProse reads it; but a whole sentence of a paragraph of its own that
 * states a tally in the present ("…, where the Blues hold a 142-90 seat advantage.") is prose
 * too. The caption test reads a lone present-tense line as a photo's, and a picture's line
 * carries no tally of a vote or of seats.
 */
function prose(s: Sentence, sentences: readonly Sentence[]): boolean {
	if (!notBodyProse(s, sentences)) return true;
	const text = s.text.trim();
	return (
		/^[A-Z]/.test(text) &&
		/\.$/.test(text) &&
		text.split(/\s+/).length >= CAPTION_MIN_WORDS &&
		!EMBED_MARKUP.test(text) &&
		!looksLikeHeadline(s, sentences)
	);
}

/** A present-tense line this long is a report's sentence, not a caption's (see prose). */
const CAPTION_MIN_WORDS = 15;

export function tallyCandidates(view: StoryView): Candidate[] {
	const titles = view.analyses.map((a) => a.article.title);
	// Every tally the story prints, with what it counts: one another outlet gives otherwise for
	// the same thing is a comparison's to ask, not a fact on one outlet's word.
	const all = view.analyses.flatMap((a) =>
		a.sentences.flatMap((s) =>
			sentenceTallies(a, s).map((t) => ({ a, key: tallyKey(t), word: tallyWord(s.text, t) }))
		)
	);
	const out: Candidate[] = [];
	for (const a of view.analyses) {
		const outlet = view.label.get(a.article.id)!;
		for (const s of a.sentences) {
			const words = s.text.split(/\s+/).length;
			if (words < WORDS.min || words > WORDS.max || !prose(s, a.sentences)) continue;
			if (POINTS_BACK.test(s.text.trim()) || KICKER.test(s.text.trim())) continue;
			for (const t of sentenceTallies(a, s)) {
				// A headline that prints the tally answers the gap.
				const figures = new RegExp(`\\b${t.first}\\s*(?:[-–]|to)\\s*${t.second}\\b`, 'i');
				if (titles.some((h) => figures.test(h))) continue;
				const word = tallyWord(s.text, t);
				if (all.some((o) => o.a !== a && o.word === word && o.key !== tallyKey(t))) continue;
				const wrong = wrongTallies(t);
				if (wrong.length < 2) continue;
				out.push(
					chosenGapCandidate({
						s,
						outlet,
						gapped: gapSentence(s.text, t.at, t.text),
						key: t.text,
						wrong,
						ask: ASK,
						answerKey: `detail:tally:${tallyKey(t)}:${s.index}`,
						quality: 0.5
					})
				);
			}
		}
	}
	return out;
}
