/**
 * Whether a cut key dropped the reason the headlines give. "Roe resigned from Congress on
 * Friday." cut from "…, following allegations of harassment" beside the headlines "Roe Resigns
 * After Harassment Allegations" and "Congressman Who Settled Harassment Case Resigns": the
 * reason is the news the reports agree on, and the key without it tells a plain departure.
 */

/** ", following …", ", after …", ", citing …", ", in protest …": the reason a lead gives last. */
const REASON =
	/,\s+(?:after|following|amid|over|citing|because|in protest|in response to)\s+([^,;:]+)/;

/**
 * True when a lower-case word of the lead's reason clause (a name is the actor, kept or not,
 * and names recur in every headline) is missing from the kept words and appears in at least
 * two of the story's headlines (one, in a story of one or two outlets). Other tails (a
 * participle "alleging …", "with many …") are left to the cut: they elaborate the act.
 */
export function dropsHeadlineReason(
	lead: string,
	kept: string,
	headlines: Set<string>[],
	wordsOf: (text: string) => Set<string>
): boolean {
	const reason = REASON.exec(lead)?.[1];
	if (!reason) return false;
	// Two outlets: the reason in either headline is news one of them puts first, and the key is
	// one of their leads; beside one other outlet, "two headlines" would ask both to agree.
	const least = headlines.length > 2 ? 2 : 1;
	const keptWords = wordsOf(kept);
	const lower = reason
		.split(/\s+/)
		.filter((w) => /^[a-z]/.test(w))
		.join(' ');
	for (const w of wordsOf(lower))
		if (!keptWords.has(w) && headlines.filter((h) => h.has(w)).length >= least) return true;
	return false;
}
