/**
 * "How does the outlet source this?" asked of a sentence printed whole prints its answer: "…, two
 * people familiar with the talks said" or "… said on condition of anonymity that …" tells a
 * student "a source it does not name" without opening the article. So the prompt shows the
 * claim with the clause that sources it cut out ("…"), and the student must remember (or look
 * up) how the article gave it. A sentence whose sourcing words cannot be cut off cleanly (inside
 * the claim: "a source said Roe assured …") is not asked this way; sourcing words set inside
 * the sentence ("The editorial, sources said, nailed …") are cut there (sourcing-cue-inner.ts).
 */
import { CREDITED_TO_OUTLET, UNNAMED_SOURCE, UNVERIFIED } from '../lexicon';
import { clauseCommas, withoutInnerSourcing } from './sourcing-cue-inner';

/** Fewest words the claim keeps once its sourcing clause is cut: less is no claim to source. */
const CLAIM_WORDS = 6;

/** Every sourcing pattern: what is left must show none of them, or it still gives the key. */
const CUES = [UNNAMED_SOURCE, UNVERIFIED, CREDITED_TO_OUTLET];

const showsSourcing = (text: string) => CUES.some((p) => p.test(text));

/** Where a sourcing pattern first matches, or -1. */
function cueStart(text: string): number {
	const at = CUES.map((p) => p.exec(text)?.index ?? -1).filter((i) => i >= 0);
	return at.length ? Math.min(...at) : -1;
}

const words = (s: string) => s.split(/\s+/).filter(Boolean).length;

/** Most words a trailing attribution runs to ("a source with knowledge of the talks said on Friday"). */
const ATTRIBUTION_WORDS = 15;

/**
 * Is the clause after the cut only the attribution? "…, a source said Roe assured that the
 * plan was safe" goes on with the claim itself, and cutting it would leave the lead-in alone.
 */
const onlyAttribution = (clause: string) =>
	words(clause) <= ATTRIBUTION_WORDS &&
	// "…, but people briefed on the talks said the oldest one goes first": a second clause whose
	// source says a claim of its own, the one it sources (sourcing-cue-inner.ts cuts only the
	// source). "…, but servers lose tips, the Courier reported" credits both clauses.
	!/^\s*(?:but|and|while|though|although|yet)\s+[^,“"]+?\s+(?:said|says|say|told)\s+\S+(?:\s+\S+){2}/i.test(
		clause
	) &&
	!/\bthat\b/i.test(clause) &&
	// "Underneath the criticism, Democratic sources said, Roe still respects …": the claim goes
	// on after a second comma, and the cut would keep only its opening phrase.
	clauseCommas(clause).length === 0;

/**
 * A leading source that hands over with "said that" / "told reporters that" / "reported that":
 * "Two officials said on condition of anonymity that the talks had stalled", "The Tribune
 * reported on Monday that …". The lazy run stops at the first "that", which is the claim's
 * start. No comma before it: "While the board met, a source said Roe assured that …" opens
 * with a clause of the claim, and the cut would drop it. At most four words between the verb
 * and "that" ("on condition of anonymity"): "said the parts of the network that were hacked …"
 * reaches a relative "that", inside the claim.
 */
const SAID_THAT =
	/^[^“",;]*?\b(?:said|says|told|tells|confirmed|added|reported|reports|according to)\b(?:\s+[^\s“",;]+){0,4}?\s+that\s+/;

/**
 * The same hand-over without "that": "Two people familiar with the talks said the deal was off",
 * "Sources say the deal was off".
 */
const SAID_BARE = /^[^“",;]*?\b(?:said|says|say)\s+/;

/**
 * The sentence with the clause that sources its claim cut to "…", or undefined when no clause
 * can be cut (the sourcing words sit inside the claim) or the cut leaves too little or still
 * shows a sourcing cue. "Trailing": "The talks stalled last week, two officials said." →
 * "The talks stalled last week …". "Leading": "According to two aides, the talks stalled." and
 * "Two aides said on condition of anonymity that the talks stalled." → "… the talks stalled."
 */
export function withoutSourcingCue(sentence: string): string | undefined {
	const text = sentence.trim();
	const cue = cueStart(text);
	if (cue < 0) return undefined;
	const commas = clauseCommas(text);
	const fits = (claim: string) => words(claim) >= CLAIM_WORDS && !showsSourcing(claim);
	// Trailing: the last clause break before the cue, with nothing but the attribution after it.
	const before = commas.filter((c) => c < cue).at(-1);
	if (before !== undefined) {
		const claim = text.slice(0, before);
		if (fits(claim) && onlyAttribution(text.slice(before + 1))) return `${claim} …`;
	}
	// Leading, up to a comma: "According to two aides, the talks stalled."
	const after = commas.find((c) => c > cue);
	if (after !== undefined && before === undefined) {
		const claim = text.slice(after + 2);
		if (fits(claim) && showsSourcing(text.slice(0, after))) return `… ${claim}`;
	}
	// Leading, up to "said … that" or "said": "Two aides said on condition of anonymity that …".
	for (const pattern of [SAID_THAT, SAID_BARE]) {
		const said = pattern.exec(text);
		if (!said || !showsSourcing(said[0]) || cue >= said[0].length) continue;
		const claim = text.slice(said[0].length);
		if (fits(claim)) return `… ${claim}`;
	}
	return withoutInnerSourcing(text, showsSourcing);
}
