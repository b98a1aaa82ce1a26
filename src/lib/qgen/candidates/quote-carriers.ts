/**
 * Which outlets print the words a quote question shows. Feedback that says "reported by A and
 * B" is checked by the reader against the texts: an outlet that prints the same words but was
 * left out of the quote's group (its attribution read differently, "the report read"), or one
 * whose copy of the quote is another part of it, would make the line untrue.
 */
import type { StoryView } from '../analyze';
import type { QuoteGroup } from '../align';
import { spanOf } from '../build';
import type { ArticleAnalysis, Span } from '../types';
import { memoByText } from '../match-cache';

/** Letters and digits only, one space apart: curly and straight marks, dashes and case alike. */
const flat = memoByText(
	(t: string) =>
		` ${t
			.toLowerCase()
			.replace(/[’‘`]/g, "'")
			.replace(/'/g, '')
			.replace(/[^\p{L}\p{N}]+/gu, ' ')
			.trim()} `
);

/** Share of the shown words' pairs a stretch must hold, in order, to count as the same words. */
const SAME_WORDS = 0.6;
/** Fewer words than this ("act of terror") can be anyone's: the sentence must name the speaker. */
const SHORT = 6;

const pairs = (words: string[]) => words.slice(1).map((w, i) => `${words[i]} ${w}`);

/**
 * A text's word pairs, remembered: every quote group is checked against every quoted stretch
 * of every outlet, so each stretch was flattened and paired once per group (issue #10: this
 * was a tenth of a story's generation time).
 */
const pairsOf = memoByText((text: string) => new Set(pairs(flat(text).trim().split(' '))));

/**
 * Does this stretch of text hold the shown words: verbatim, or most of their word pairs for a
 * longer quote (an outlet's "he's run" for "he's running")? Measured on the shown words, so a
 * short copy of another part of the quote does not count.
 */
function holds(text: string, shown: string): boolean {
	const words = flat(shown.replace(/…$/, ''));
	const stretch = flat(text);
	if (stretch.includes(words)) return true;
	const wanted = pairs(words.trim().split(' '));
	if (wanted.length + 1 < SHORT) return false;
	const have = pairsOf(text);
	return wanted.filter((p) => have.has(p)).length / wanted.length >= SAME_WORDS;
}

/** The sentence within a quoted stretch that holds the words (a long quote runs over several). */
function sentenceHolding(a: ArticleAnalysis, stretch: Span, shown: string) {
	const inside = a.sentences.filter((s) => s.start < stretch.end && stretch.start < s.end);
	return inside.find((s) => holds(s.text, shown)) ?? inside[0];
}

/**
 * The outlets whose text carries the shown words, with a sentence from each to point to.
 * An outlet's own copy in the group counts when it holds the words; any other quoted stretch
 * that holds them counts too, a short phrase only where its sentence names the speaker.
 */
export function quoteCarriers(
	view: StoryView,
	g: QuoteGroup,
	shown: string
): { labels: string[]; evidence: Span[]; partly: string[] } {
	const labels: string[] = [];
	const evidence: Span[] = [];
	const partly: string[] = [];
	const surname = g.speaker.split(/\s+/).at(-1)!;
	const short = shown.replace(/…$/, '').split(/\s+/).length < SHORT;
	for (const a of view.analyses) {
		const text = a.article.text;
		const own = g.quotes.find(
			(q) => q.articleId === a.article.id && holds(text.slice(q.start, q.end), shown)
		);
		// The quote's sentence, and the one naming the speaker when it says only "he".
		const spans: Span[] = own
			? [
					spanOf(own.context),
					...(own.speakerSpan && own.speakerSpan.start !== own.context.start
						? [spanOf(own.speakerSpan)]
						: [])
				]
			: [];
		if (!own) {
			const stretch = a.quoted.find((s) => holds(text.slice(s.start, s.end), shown));
			const sentence = stretch && sentenceHolding(a, stretch, shown);
			if (sentence && (!short || sentence.text.includes(surname))) spans.push(spanOf(sentence));
		}
		if (!spans.length) {
			if (quotesPart(a, shown, surname)) partly.push(view.label.get(a.article.id)!);
			continue;
		}
		labels.push(view.label.get(a.article.id)!);
		evidence.push(...spans);
	}
	return { labels, evidence, partly };
}

/** Words in a row a partial quote must share with the shown words to be a piece of them. */
const PART_WORDS = 5;

/**
 * Does the outlet quote a piece of the shown words ("said “thousands of our supporters” will
 * “very definitely be making our voices heard”"), five words in a row or more, in a sentence
 * that names the speaker? Feedback that names only the outlets printing the whole line leaves
 * it out, though a reader finds the line there.
 */
function quotesPart(a: ArticleAnalysis, shown: string, surname: string): boolean {
	const words = flat(shown.replace(/…$/, '')).trim().split(' ');
	if (words.length < PART_WORDS) return false;
	const runs = words
		.slice(0, 1 - PART_WORDS)
		.map((_, i) => ` ${words.slice(i, i + PART_WORDS).join(' ')} `);
	const text = a.article.text;
	return a.quoted.some((stretch) => {
		const piece = flat(text.slice(stretch.start, stretch.end));
		if (!runs.some((r) => piece.includes(r))) return false;
		const sentence = sentenceHolding(a, stretch, shown);
		return !!sentence && sentence.text.includes(surname);
	});
}
