/**
 * One act, two verbs: "Trump Told Michael Cohen To Lie" beside "Trump Directed Cohen to Lie".
 * Where two headlines put the same name before a verb and the same name after it, the verbs
 * are each outlet's word for one act, even when other words stand between them ("Michael").
 * Blind readers took the look-up of one headline's words as a string match; this asks how two
 * headlines tell the same thing.
 */
import type { StoryView } from '../analyze';
import { choiceId, listWords, makeChoices } from '../build';
import { lexiconTags } from '../entities';
import { nameTest } from '../headline-grammar';
import { draftBase, type Candidate } from './candidate';
import { headlineQuestion } from './headline';
import { evidenceOf, headlineTokens, listing, storyHeads, wordKey } from './headline-wording';
import { FUNCTION } from './headline-lookup-words';

export interface ActVerbs {
	/** Per headline (same order as given), its words from the actor to the one acted on, or undefined. */
	phrases: (string | undefined)[];
	/** Per headline, the verb as written, or undefined. */
	verbs: (string | undefined)[];
}

/**
 * A verb between two names: one the word list knows, or shaped as a past tense or a third
 * person ("Directed", "Disputes"), which the list may call an adjective or a plural noun.
 */
function verbWord(text: string): boolean {
	const w = text.toLowerCase();
	if (FUNCTION.test(w) || w.length < 3) return false;
	const tags = lexiconTags(w);
	if (tags.has('Person') || tags.has('Place') || tags.has('Preposition')) return false;
	return tags.has('Verb') || /(?:ed|[^su'’]s)$/.test(w);
}

/**
 * Name, verb, names, then one word for what was done: per headline, such runs; a pair of names
 * that two headlines write with different verbs and the same word after is one act in two verbs.
 */
export function actVerbs(titles: readonly string[], isName: (w: string) => boolean): ActVerbs[] {
	const tokens = titles.map(headlineTokens);
	const runs = tokens.map((ts, h) => {
		const found: {
			actor: string;
			object: string;
			verb: string;
			phrase: string;
			after: string;
		}[] = [];
		for (let i = 0; i + 2 < ts.length; i++) {
			const [a, v] = [ts[i]!, ts[i + 1]!];
			if (!isName(a.text) || a.breakAfter || v.breakAfter || v.quoted) continue;
			if (isName(v.text) || !verbWord(v.text)) continue;
			// The one acted on: the last word of the run of names after the verb ("Michael Cohen").
			let j = i + 2;
			while (j < ts.length && j <= i + 4 && isName(ts[j]!.text) && !ts[j - 1]!.breakAfter) j++;
			const o = ts[j - 1]!;
			if (j === i + 2) continue;
			// "Trump-Russia conspiracy": a name in a compound modifies a noun; no one is acted on.
			if (ts.slice(i + 2, j).some((t) => t.compound) || a.compound) continue;
			// The actor's whole name: "Democratic Party", not "Party".
			let from = i;
			while (from > 0 && isName(ts[from - 1]!.text) && !ts[from - 1]!.breakAfter) from--;
			// What the act was: the first content word after the one acted on ("To Lie").
			const rest = o.breakAfter
				? undefined
				: ts.slice(j, j + 3).find((t) => !FUNCTION.test(t.text));
			found.push({
				actor: a.key,
				object: o.key,
				verb: v.text,
				// Quoted through that word, so the phrase reads as the claim: "… Cohen To Lie".
				phrase: titles[h]!.slice(ts[from]!.start, (rest ?? o).end),
				after: rest?.key ?? ''
			});
		}
		return found;
	});
	const out: ActVerbs[] = [];
	const seen = new Set<string>();
	for (const pair of runs.flat()) {
		const key = `${pair.actor} ${pair.object}`;
		if (pair.actor === pair.object || seen.has(key)) continue;
		seen.add(key);
		const per = runs.map((r) =>
			r.filter((x) => x.actor === pair.actor && x.object === pair.object)
		);
		// One run per headline that has the pair; a headline telling it twice is not one act.
		if (per.some((p) => p.length > 1)) continue;
		// One act: the same word follows ("told Cohen to lie" / "directed Cohen to lie");
		// "alleges Trump-Russia conspiracy" and "sues Russia, …" are two acts.
		if (new Set(per.flatMap((p) => p.map((x) => x.after))).size !== 1) continue;
		if (per.some((p) => p[0]?.after === '')) continue;
		out.push({
			phrases: per.map((p) => p[0]?.phrase),
			verbs: per.map((p) => p[0]?.verb)
		});
	}
	// Two headlines, two verbs: a third telling it too would make a two-against-one question.
	return out
		.filter((a) => a.verbs.filter(Boolean).length === 2)
		.filter((a) => new Set(a.verbs.filter((v): v is string => !!v).map(wordKey)).size === 2)
		.slice(0, 1);
}

/** The choice for "no other headline tells of this act". */
const NO_OTHER = 'No other outlet’s headline';

/** "A's headline writes 'Trump Told Michael Cohen To Lie'. Which headline tells of it with another verb?" */
export function actVerbCandidates(view: StoryView): Candidate[] {
	const heads = storyHeads(view);
	if (!heads) return [];
	const isName = nameTest(view.analyses.map((a) => a.article.text));
	return actVerbs(
		heads.map((h) => h.title),
		isName
	).map((act) => {
		// The later of the two is asked about; the earlier's wording is the one given.
		const [given, asked] = act.phrases.flatMap((p, i) => (p ? [i] : [])) as [number, number];
		const odd = heads[asked]!;
		// The outlet whose wording the prompt gives is no answer a reader could weigh: the other
		// outlets and "none of them" are the choices, so a headline that does not tell the act
		// is ruled out by reading it, not by the prompt.
		const choices = makeChoices(
			[...heads.filter((_, i) => i !== given).map((h) => h.outlet), NO_OTHER],
			`act:${act.phrases[asked]}`
		);
		const silent = heads.filter((_, i) => !act.phrases[i]).map((h) => h.outlet);
		return headlineQuestion(
			{
				...draftBase(
					'compare',
					// Only the given wording is quoted: the asked one is printed in one headline
					// only, and quoting it would make the question a look-up (headline-copy.ts).
					`${heads[given]!.outlet}'s headline writes “${act.phrases[given]}”. Which outlet's headline tells of the same act with another verb?`,
					evidenceOf(heads, odd),
					`${odd.outlet}'s headline says “${act.verbs[asked]}” where ${heads[given]!.outlet}'s says “${act.verbs[given]}”, for what the same person did to the same person${silent.length ? `; ${listWords(silent)} ${silent.length > 1 ? 'do' : 'does'} not tell of it` : ''}. The headlines: ${listing(heads)}.`,
					2
				),
				type: 'single',
				choices,
				correct: [choiceId(choices, odd.outlet)]
			},
			// Two headlines, one verb each: below a word choice against a majority (0.78), above any look-up.
			0.73
		);
	});
}
