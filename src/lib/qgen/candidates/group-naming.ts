/**
 * The same group of people named with different words: one outlet writes "unlisted tenants"
 * throughout where another writes "unregistered tenants". Which adjective a reporter puts
 * before a group is word choice a reader should notice (BASIL marks it as lexical bias), and
 * describe.ts only reads the words for one named person. Read as grammar, never as a list of
 * groups: an adjective the word list knows, right before a plural noun for people, the one
 * adjective each outlet ever puts before that noun outside quotation marks.
 */
import type { StoryView } from '../analyze';
import { lexiconTags } from '../entities';
import { choiceId, outletChoices, spanOf, swappedPairItem } from '../build';
import type { ArticleAnalysis, Sentence } from '../types';
import { draftBase, type Candidate } from './candidate';
import { personNoun } from './describe';

/** One outlet's way of naming a group: its only adjective before the noun, and where it writes it. */
interface Naming {
	analysis: ArticleAnalysis;
	adjective: string;
	uses: number;
	sentence: Sentence;
}

/**
 * "known" against "unknown" is two groups, not two names for one: an adjective that is the
 * other with a negating prefix ("legal", "illegal") tells the groups apart.
 */
function opposite(x: string, y: string): boolean {
	const negated = (a: string, b: string) =>
		/^(?:un|in|il|im|ir|non-?|dis)/.test(a) && a.replace(/^(?:un|in|il|im|ir|non-?|dis)/, '') === b;
	return negated(x, y) || negated(y, x);
}

/** A noun for people that an adjective can name a group with ("tenants", "voters"), not a "statement". */
const groupNoun = (singular: string) => personNoun(singular) && !/ment$/.test(singular);

/**
 * Each lower-case adjective + plural people noun in a text, by noun (singular), with their
 * uses and where first written. The noun is looked ahead at, not consumed: in "discourage legal
 * tenants" the match at "discourage" must leave "legal tenants" to be read.
 */
function namings(a: ArticleAnalysis): Map<string, Map<string, { uses: number; at: number }>> {
	const out = new Map<string, Map<string, { uses: number; at: number }>>();
	for (const m of a.article.text.matchAll(/\b([a-z][a-z-]{3,})\s+(?=([a-z]{3,})s\b)/g)) {
		const [, adjective, noun] = m as unknown as [string, string, string];
		if (!groupNoun(noun) || !lexiconTags(adjective).has('Adjective')) continue;
		// Inside quotation marks the words are the speaker's, not the outlet's choice.
		if (a.quoted.some((q) => q.start <= m.index! && m.index! < q.end)) continue;
		// "older tenants", "largest unions": a comparison, not a name for the group.
		if (/(?:er|est)$/.test(adjective) && !lexiconTags(adjective.replace(/(?:er|est)$/, '')).size)
			continue;
		const byAdjective = out.get(noun) ?? new Map<string, { uses: number; at: number }>();
		const seen = byAdjective.get(adjective);
		byAdjective.set(adjective, { uses: (seen?.uses ?? 0) + 1, at: seen?.at ?? m.index! });
		out.set(noun, byAdjective);
	}
	return out;
}

/** Fewer uses than this in the two outlets together is a passing phrase, not how they name the group. */
const LEAST_USES = 3;

export function groupNamingCandidates(view: StoryView): Candidate[] {
	const outlets = [...new Set(view.label.values())];
	if (outlets.length < 2 || outlets.length !== view.analyses.length) return [];
	const read = view.analyses.map((a) => ({ a, names: namings(a) }));
	const nouns = new Set(read.flatMap((r) => [...r.names.keys()]));
	const out: Candidate[] = [];
	for (const noun of nouns) {
		// Each outlet that puts an adjective before the noun, with its only one: an outlet that
		// writes two ("illegal" and "undocumented") has no one way of naming the group.
		// An adjective that is another outlet's opposite names another group: "undocumented
		// tenants" and, later, "legal tenants" in one outlet, "illegal tenants" in the other. It is
		// left out of an outlet that has a name of its own for the group beside it.
		const named: Naming[] = [];
		let mixed = false;
		for (const { a, names } of read) {
			const others = read
				.filter((r) => r.a !== a)
				.flatMap((r) => [...(r.names.get(noun)?.keys() ?? [])]);
			const written = [...(names.get(noun)?.entries() ?? [])];
			const own = written.filter(([w]) => !others.some((o) => opposite(w, o)));
			const adjectives = own.length ? own : written;
			if (!adjectives.length) continue;
			if (adjectives.length > 1) mixed = true;
			const [adjective, { uses, at }] = adjectives[0]!;
			const sentence = a.sentences.find((s) => s.start <= at && at < s.end);
			if (sentence) named.push({ analysis: a, adjective, uses, sentence });
		}
		if (mixed || named.length < 2) continue;
		const words = [...new Set(named.map((n) => n.adjective))];
		if (words.length !== 2 || opposite(words[0]!, words[1]!)) continue;
		// The key: the adjective only one outlet writes; the others share the other one.
		const alone = named.filter(
			(n) => named.filter((o) => o.adjective === n.adjective).length === 1
		);
		const key = alone[0];
		if (!key) continue;
		const rest = named.filter((n) => n !== key);
		if (key.uses + rest[0]!.uses < LEAST_USES) continue;
		const label = (n: Naming) => view.label.get(n.analysis.article.id)!;
		const phrase = (n: Naming) => `${n.adjective} ${noun}s`;
		// Each phrase printed by its own side only, quotations and headlines included: another
		// outlet quoting someone's "illegal tenants" makes "both write it" arguable.
		const prints = (n: Naming, p: string) =>
			new RegExp(`\\b${p}\\b`, 'i').test(`${n.analysis.article.title}\n${n.analysis.article.text}`);
		if (rest.some((n) => prints(n, phrase(key))) || prints(key, phrase(rest[0]!))) continue;
		const evidence = [spanOf(key.sentence), ...rest.map((n) => spanOf(n.sentence))];
		const explanation = `${label(key)} writes “${phrase(key)}”; ${rest.map(label).join(' and ')} ${rest.length > 1 ? 'write' : 'writes'} “${phrase(rest[0]!)}”.`;
		const base = {
			family: 'compare' as const,
			keyTexts: [key.adjective],
			hidden: [],
			answerKey: `describe:group:${noun}`,
			subject: `describe-group:${noun}`,
			quality: 0.88,
			position: Math.min(...named.map((n) => n.sentence.index))
		};
		if (outlets.length === 2) {
			// Two outlets: "Which outlet writes X?" is a coin toss once one article is read; the
			// two wordings swapped, and one for both, need both read (as quote-version-pair.ts).
			const other = rest[0]!;
			out.push({
				...base,
				draft: {
					...draftBase(
						'compare',
						`The two outlets call the same ${noun}s by different words. Which words does each use?`,
						evidence,
						explanation,
						2
					),
					...swappedPairItem(
						label(key),
						`“${phrase(key)}”`,
						label(other),
						`“${phrase(other)}”`,
						'Both',
						`group-naming:${noun}`
					)
				}
			});
			continue;
		}
		const choices = outletChoices(outlets, label(key), 6, `group-naming:${noun}`);
		out.push({
			...base,
			draft: {
				...draftBase(
					'compare',
					`The outlets call the same ${noun}s by different words. Which outlet writes “${phrase(key)}” where ${rest.length > 1 ? 'others write' : 'another writes'} “${phrase(rest[0]!)}”?`,
					evidence,
					explanation,
					2
				),
				type: 'single',
				choices,
				correct: [choiceId(choices, label(key))]
			}
		});
	}
	return out;
}
