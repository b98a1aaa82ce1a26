/**
 * Whether two wrong reasons say the same thing, so that only one is offered. Most of a why
 * item's rival reasons name the act's own people and things ("Comey testified about the memos",
 * "Comey defended McCabe" beside "Comey said he took the unusual action"): that is what makes
 * them rivals a student weighs, not a sign they tell one event. Counting those shared words
 * dropped the second rival and left a reason about nothing in the act (issue #10, wrong reasons
 * that are no reason at all), so only the words the two share beyond the act's are counted.
 */
const FUNCTION_WORDS =
	/^(?:that|this|with|from|have|been|were|will|would|their|they|after|about|because)$/;

/** Content words, for telling whether two answers say the same thing (cause.ts shares it). */
export function content(text: string): Set<string> {
	return new Set(
		(text.toLowerCase().match(/[a-z][a-z'-]{3,}/g) ?? []).filter((w) => !FUNCTION_WORDS.test(w))
	);
}

/**
 * True when `a` and `b` share two content words, or one when either has only a few, leaving out
 * the words of `about` (the act explained and its agent). "the threat of protests" and "the
 * threat of widespread protests" stay alike; "Roe testified in May" and "Roe resigned in June"
 * beside "Roe said he took the unusual step" do not.
 */
export function alikeBeyond(a: string, b: string, about: string): boolean {
	const known = content(about);
	const ca = [...content(a)].filter((w) => !known.has(w));
	const cb = new Set([...content(b)].filter((w) => !known.has(w)));
	const shared = ca.filter((w) => cb.has(w)).length;
	return shared >= 2 || (shared >= 1 && Math.min(ca.length, cb.size) <= 3);
}
