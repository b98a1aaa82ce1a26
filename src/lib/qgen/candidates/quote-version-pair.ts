/**
 * One remark that two outlets print in different words, in a story of two outlets. framing.ts
 * asks "Which outlet's version has '…'?", which with two outlets is a coin toss once one
 * article is read, so it needs three; a teacher who imports two reports then got nothing where
 * blind readers named this difference as missing. Here, as the two-headline kinds do
 * (headline-pair.ts), the choices are the two wordings, swapped, and one for both: only
 * reading both quotations finds the key.
 */
import type { StoryView } from '../analyze';
import { spanOf, swappedPairItem } from '../build';
import type { Quote } from '../types';
import { draftBase, type Candidate } from './candidate';
import { wordingDifference } from './quote-diff';

/** Words without case, punctuation or apostrophes, spaced, to find a stretch in a text. */
const plain = (s: string) =>
	` ${s
		.toLowerCase()
		.replace(/[’‘']/g, '')
		.replace(/\./g, '')
		.replace(/[^a-z0-9 ]+/g, ' ')} `.replace(/\s+/g, ' ');

/**
 * The pair question for one remark, or undefined: each outlet's stretch must be printed by
 * that outlet alone (in its whole text and in neither headline), or "Both: …" is a second
 * answer; each stretch at least three words, so it reads as wording and not a lone word.
 */
export function quoteVersionPair(
	view: StoryView,
	speaker: string,
	qa: Quote,
	qb: Quote
): Candidate | undefined {
	const diff = wordingDifference(qa.text, qb.text);
	if (!diff || diff.a.split(/\s+/).length < 3 || diff.b.split(/\s+/).length < 3) return undefined;
	const printedBy = (stretch: string) =>
		view.analyses.filter(
			(a) =>
				plain(a.article.text).includes(plain(stretch)) ||
				plain(a.article.title).includes(plain(stretch))
		);
	const onlyIn = (stretch: string, q: Quote) => {
		const by = printedBy(stretch);
		return by.length === 1 && by[0]!.article.id === q.articleId;
	};
	if (!onlyIn(diff.a, qa) || !onlyIn(diff.b, qb)) return undefined;
	const la = view.label.get(qa.articleId)!;
	const lb = view.label.get(qb.articleId)!;
	const pairItem = swappedPairItem(
		la,
		`“${diff.a}”`,
		lb,
		`“${diff.b}”`,
		'Both',
		`quote-version-pair:${diff.a}`
	);
	return {
		family: 'compare',
		draft: {
			...draftBase(
				'compare',
				// Not "do not print them alike": said in the prompt, it rules out both "Both: …" choices.
				`Both outlets quote the same remark by ${speaker}. Which words does each print?`,
				[spanOf(qa.context), spanOf(qb.context)],
				`${la} prints “${diff.a}”; ${lb} prints “${diff.b}”.`,
				3
			),
			...pairItem
		},
		keyTexts: [diff.a.slice(0, 30)],
		hidden: [],
		// The same key the three-outlet question has: one remark's wording is asked once.
		answerKey: `quote-version:${plain(diff.a).trim()}`,
		excerpt: `“${diff.a}”`,
		quality: 0.85,
		position: Math.min(qa.sentence, qb.sentence)
	};
}
