/**
 * How the outlets word the same story: the words each chooses for a person (describe.ts),
 * how their headlines differ in grammar (headline.ts; a look-up of one headline's own words
 * as the last resort, headline-lookup.ts), and the same quote transcribed in
 * different words, aligned by align.groupQuotes (same speaker, most words shared).
 */
import type { StoryView } from '../analyze';
import { choiceId, makeChoices, spanOf } from '../build';
import type { Quote } from '../types';
import { draftBase, type Candidate } from './candidate';
import { describeCandidates } from './describe';
import { describeActCandidates } from './describe-acts';
import { describeQuoteVerbCandidates } from './describe-quote-verbs';
import { groupNamingCandidates } from './group-naming';
import { headlineCandidates } from './headline';
import { actVerbCandidates } from './headline-acts';
import { headlineWordingCandidates } from './headline-wording';
import { headlineClaimCandidates } from './headline-claim';
import { pairClaimCandidates } from './headline-pair-claim';
import { headlineLookupCandidates } from './headline-lookup';
import { headlineStressCandidates } from './headline-stress';
import { headlinePredicateCandidates } from './headline-predicate';
import { onlyOneCandidates } from './only-one';
import { wordingDifference } from './quote-diff';
import { quoteVersionPair } from './quote-version-pair';

export function framingCandidates(view: StoryView): Candidate[] {
	// A headline's own claim, said as a that-clause, replaces the look-up of a whole headline;
	// the look-up stays only for a story where no headline's claim can be stated. Two outlets'
	// headlines are asked with "both" as a third choice (headline-pair-claim.ts), and only where
	// the pair gives no other headline item: one headline item per story (answerKey "headline"),
	// and a claim found by its words took the place of a verb each headline reads differently.
	const headlines = headlineCandidates(view);
	const claims = [
		...headlineClaimCandidates(view),
		...(headlines.length ? [] : pairClaimCandidates(view))
	];
	return [
		...describeCandidates(view),
		...describeActCandidates(view),
		...describeQuoteVerbCandidates(view),
		...groupNamingCandidates(view),
		...headlines,
		...headlineWordingCandidates(view),
		...actVerbCandidates(view),
		...headlinePredicateCandidates(view),
		...headlineStressCandidates(view),
		...claims,
		...(claims.length ? [] : headlineLookupCandidates(view)),
		...quoteVersionCandidates(view),
		...onlyOneCandidates(view)
	];
}

/** Quote words without punctuation or case, for seeing whether two transcriptions differ. */
const bare = (s: string) =>
	s
		.toLowerCase()
		.replace(/[’‘]/g, "'")
		.replace(/\./g, '')
		.replace(/[^a-z0-9' ]+/g, ' ')
		.replace(/\s+/g, ' ')
		.trim();

function quoteVersionCandidates(view: StoryView): Candidate[] {
	const out: Candidate[] = [];
	const outlets = [...new Set(view.label.values())];
	if (outlets.length === 2 && view.analyses.length === 2) return quoteVersionPairs(view);
	if (outlets.length < 3) return out;
	// Every article's words, to check that only the keyed outlet prints the stretch; without
	// apostrophes, which also mark single quotes ("'We will …'" in a headline).
	const plain = (s: string) => ` ${bare(s).replace(/'/g, '')} `.replace(/\s+/g, ' ');
	// Read only once a quote's versions differ by a stretch to look up: most stories have none,
	// and each article's text made plain is a scan of the whole story.
	let texts: { id: string; text: string }[] | undefined;
	// A stretch a headline prints gives its outlet away (the headlines sit above the question).
	let headlines: string[] | undefined;
	for (const g of view.quoteGroups) {
		const byOutlet = new Map<string, Quote>();
		for (const q of g.quotes)
			if (!q.partial && !byOutlet.has(view.label.get(q.articleId)!))
				byOutlet.set(view.label.get(q.articleId)!, q);
		const versions = [...byOutlet.entries()];
		// The first pair of outlets whose versions word one stretch differently (all pairs, both
		// ways, so a third outlet's matching version is no reason to miss the other two).
		const found = versions
			.flatMap(([la, qa], i) =>
				versions.slice(i + 1).flatMap(([lb, qb]) => [
					{ la, qa, lb, qb },
					// Either outlet's wording may be the one to ask about.
					{ la: lb, qa: qb, lb: la, qb: qa }
				])
			)
			.map((v) => ({ ...v, diff: wordingDifference(v.qa.text, v.qb.text) }))
			.find(({ qa, diff }) => {
				if (!diff || diff.a.split(/\s+/).length < 3) return false;
				// Only the keyed outlet may print the stretch: another outlet with the same words
				// (in this quote or anywhere in its text) would be a second right answer.
				const stretch = plain(diff.a);
				texts ??= view.analyses.map((a) => ({ id: a.article.id, text: plain(a.article.text) }));
				headlines ??= view.analyses.map((a) => plain(a.article.title));
				return (
					texts.every((t) => t.id === qa.articleId || !t.text.includes(stretch)) &&
					headlines.every((h) => !h.includes(stretch))
				);
			});
		if (!found) continue;
		const { la, qa, lb, qb, diff } = found;
		const stretch = diff!.a;
		const choices = makeChoices(outlets.slice(0, 6), stretch);
		if (!choices.some((c) => c.text === la)) continue;
		out.push({
			family: 'compare',
			draft: {
				...draftBase(
					'compare',
					// No outlet named, and no count: naming the two would rule out every other outlet
					// among the choices, and "two" is wrong when a third prints the other wording
					// (blind readers' MINORs on each).
					`The outlets that quote ${g.speaker} here do not print the words alike. Which outlet's version has “${stretch}”?`,
					[spanOf(qa.context), spanOf(qb.context)],
					`${la} prints “${stretch}”; ${lb} prints “${diff!.b}”.`,
					3
				),
				type: 'single',
				choices,
				correct: [choiceId(choices, la)]
			},
			keyTexts: [stretch.slice(0, 30)],
			hidden: [],
			answerKey: `quote-version:${bare(stretch)}`,
			excerpt: `“${stretch}”`,
			quality: 0.85,
			position: Math.min(qa.sentence, qb.sentence)
		});
	}
	return out;
}

/** Each remark both outlets of a two-outlet story print in full, asked as quoteVersionPair does. */
function quoteVersionPairs(view: StoryView): Candidate[] {
	const out: Candidate[] = [];
	for (const g of view.quoteGroups) {
		const whole = g.quotes.filter((q) => !q.partial);
		const qa = whole[0];
		const qb = whole.find((q) => q.articleId !== qa?.articleId);
		if (!qa || !qb) continue;
		const c = quoteVersionPair(view, g.speaker, qa, qb);
		if (c) out.push(c);
	}
	return out;
}
