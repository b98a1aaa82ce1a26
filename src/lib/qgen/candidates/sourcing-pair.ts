/**
 * How two outlets source the same claim (issue #10): "Trump will visit Britain in July, the
 * White House confirmed" in one, "…, the British ambassador revealed" in the other. Each
 * outlet's sentence credits its claim to one source in its own voice (a trailing "…, X said",
 * a leading "X confirmed that …", or "according to X"); the two claims are one when they share
 * most of their content words and agree in polarity; the sources differ when they share no
 * content word. Asked only of a two-outlet story, as "Whom does each outlet cite?" with the
 * two swapped and "Both" as wrong choices (swappedPairItem): a reader must find both sentences.
 */
import type { StoryView } from '../analyze';
import { spanOf, swappedPairItem } from '../build';
import type { ArticleAnalysis, Sentence } from '../types';
import { normaliseSpace } from '$lib/content/space';
import { draftBase, type Candidate } from './candidate';
import { pronounsResolved } from './cause';
import { contentStems, ownName } from './sourcing';

/** Verbs that pass a claim on from its source, in the forms a sentence ends its credit with. */
const CREDIT_VERB =
	'(?:(?:has|have|had)\\s+)?(?:said|says|confirmed|confirms|announced|announces|revealed|reveals|disclosed|insisted|stated|reported|reports)';
/** What may follow the verb before the credit ends: a day or a medium ("Thursday afternoon", "in a statement"). */
const AFTER_VERB =
	'(?:\\s+(?:on|in|at|late|early|a|an|the|[A-Z][a-z]+day|afternoon|morning|evening|night|statement|briefing|interview)\\b){0,4}';
/** The source: a short noun phrase without a comma or quotation mark. */
const SOURCE = '((?:the|a|an|[A-Z])[^,;:“”"()]{1,70}?)';

/** "CLAIM, the White House confirmed Thursday." or "…, the White House confirmed Thursday, where …" */
const TRAILING = new RegExp(
	`^(.{20,}?),\\s+${SOURCE}\\s+${CREDIT_VERB}${AFTER_VERB}\\s*(?:[.,]|$)`
);
/** "Downing Street confirmed on Thursday that CLAIM." */
const LEADING = new RegExp(`^${SOURCE}\\s+${CREDIT_VERB}${AFTER_VERB}\\s+that\\s+(.{20,})$`);
/** "According to the agency, CLAIM." */
const ACCORDING_FIRST = /^According to\s+([^,;:“”"()]{2,70}),\s+(.{20,})$/;
/** "CLAIM, according to the agency." */
const ACCORDING_LAST = /^(.{20,}?),\s+according to\s+([^,;:“”"()]{2,70})\.$/;

/** Words no source is: pronouns, and words that point back to one ("others", "reports"). */
const NO_SOURCE = /^(?:he|she|they|it|we|i|you|this|that|there|reports?|others?|many|some)$/i;
/** "Trump also said that …": an adverb after the name is no part of the source. */
const SOURCE_ADVERB = /\s+(?:also|later|then|previously|earlier|again|separately)$/i;

export interface Credit {
	analysis: ArticleAnalysis;
	sentence: Sentence;
	claim: string;
	source: string;
}

/** The claim a sentence passes on and the one source it credits it to, or undefined. */
export function creditOf(text: string): { claim: string; source: string } | undefined {
	// Quoted words are the speaker's sourcing, not the outlet's.
	if (/[“”"]/.test(text)) return undefined;
	let claim: string | undefined;
	let source: string | undefined;
	let m: RegExpExecArray | null;
	if ((m = ACCORDING_FIRST.exec(text))) [source, claim] = [m[1], m[2]];
	else if ((m = ACCORDING_LAST.exec(text))) [claim, source] = [m[1], m[2]];
	else if ((m = LEADING.exec(text))) [source, claim] = [m[1], m[2]];
	else if ((m = TRAILING.exec(text))) [claim, source] = [m[1], m[2]];
	if (!claim || !source) return undefined;
	source = source.trim().replace(SOURCE_ADVERB, '');
	const words = source.split(/\s+/);
	if (words.length > 8 || (words.length === 1 && NO_SOURCE.test(words[0]!))) return undefined;
	if (words.every((w) => NO_SOURCE.test(w) || /^(?:the|a|an|two|three|several)$/i.test(w)))
		return undefined;
	// "…, the report, which the agency said …": a clause, not a source.
	if (/\b(?:who|which|that|and|but|or|when|while|if)\b/i.test(source)) return undefined;
	claim = claim.replace(/[.,;:\s]+$/, '').trim();
	if (claim.split(/\s+/).length < 5 || claim.split(/\s+/).length > 30) return undefined;
	return { claim, source };
}

/** Sentences outside quotations whose claim one source is credited with, in an outlet's own voice. */
export function creditedClaims(a: ArticleAnalysis): Credit[] {
	const out: Credit[] = [];
	for (const s of a.sentences) {
		if (a.quoted.some((q) => q.start < s.end && s.start < q.end)) continue;
		const text = normaliseSpace(s.text);
		const found = creditOf(text);
		if (!found || !pronounsResolved(found.claim)) continue;
		// An outlet crediting its own report is its own reporting: sourcing.ts asks that.
		if (ownName(found.source, a.article.outlet, a.article.url)) continue;
		out.push({ analysis: a, sentence: s, ...found });
	}
	return out;
}

const NEGATION = /\b(?:not|no|never|n['’]t|nobody|nothing)\b/i;

/** Two claims told as one: most content words shared, and the same polarity. */
export function sameClaim(x: string, y: string): boolean {
	if (NEGATION.test(x) !== NEGATION.test(y)) return false;
	const a = contentStems(x);
	const b = contentStems(y);
	const shared = [...a].filter((w) => b.has(w)).length;
	return shared >= 3 && shared / Math.min(a.size, b.size) >= 0.5;
}

/** Sources that share no content word: "the White House" and "the British ambassador". */
export function differentSources(x: string, y: string): boolean {
	const a = contentStems(x);
	const b = contentStems(y);
	return a.size > 0 && b.size > 0 && [...a].every((w) => !b.has(w));
}

/** Does the article name this source anywhere (every content word of it in one sentence)? */
const namesSource = (a: ArticleAnalysis, source: string) => {
	const wanted = [...contentStems(source)];
	return a.sentences.some((s) => {
		const have = contentStems(s.text);
		return wanted.every((w) => have.has(w));
	});
};

/** "The visit will …" → "the visit will …": the claim follows "report that". */
function asClause(claim: string): string {
	return claim.replace(/^(?:The|A|An|In|On|At|After|Before|This|That)\b/, (w) => w.toLowerCase());
}

export function sourcingPairCandidates(view: StoryView): Candidate[] {
	const outlets = [...new Set(view.label.values())];
	if (outlets.length !== 2 || view.analyses.length !== 2) return [];
	const [first, second] = view.analyses as [ArticleAnalysis, ArticleAnalysis];
	const out: Candidate[] = [];
	const used = new Set<Sentence>();
	for (const x of creditedClaims(first)) {
		for (const y of creditedClaims(second)) {
			if (used.has(x.sentence) || used.has(y.sentence)) continue;
			if (!sameClaim(x.claim, y.claim) || !differentSources(x.source, y.source)) continue;
			// "Both" must be wrong: neither outlet may name the other's source at all.
			if (namesSource(second, x.source) || namesSource(first, y.source)) continue;
			used.add(x.sentence);
			used.add(y.sentence);
			const la = view.label.get(first.article.id)!;
			const lb = view.label.get(second.article.id)!;
			out.push({
				family: 'source',
				draft: {
					...draftBase(
						'compare',
						`Both outlets report that ${asClause(x.claim)}. Whom does each outlet cite for this?`,
						[spanOf(x.sentence), spanOf(y.sentence)],
						`${la} credits it to ${x.source}: “${normaliseSpace(x.sentence.text)}” ${lb} credits it to ${y.source}: “${normaliseSpace(y.sentence.text)}”`,
						3
					),
					...swappedPairItem(la, x.source, lb, y.source, 'Both', `credit:${x.claim}`)
				},
				keyTexts: [x.source, y.source],
				hidden: [x.source, y.source],
				answerKey: `sourcing:${first.article.id}:${x.sentence.start}`,
				excerpt: x.claim,
				quality: 0.9,
				position: Math.min(x.sentence.index, y.sentence.index)
			});
		}
	}
	return out;
}
