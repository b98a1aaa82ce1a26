/**
 * The party a story gives someone, read from how news English labels a politician: a party
 * and state tag after the name ("Roe (R-Ohio)", "Roe, D-N.Y.,"), a label after it ("Roe,
 * Republican of Ohio", "Roe, a Democrat,", "Roe, the Senate's top Democrat,") or a party word
 * right before a title and the name ("Democratic Rep. Ann Roe"). A wrong person offered for an
 * act of one party's people is better from that party (person-choices.ts, peopleLike): all
 * wrong answers from the other side are ruled out without reading (a tuning reader: every
 * choice a Democrat for who helped at the Republicans' practice).
 */
import { escapeRegExp } from '$lib/text/regexp';
import { surnameOf } from './align';

/** A party and state tag: one capital for the party, then the state ("R-Ohio", "D-N.Y."). */
const TAG = /^\s*(?:\(|,\s*)([A-Z])-[A-Z]/;
/** Words that may stand between the comma and the party word: "a", "the Senate's top", "fellow". */
const LABEL_LEAD = String.raw`,\s+(?:(?:an?|the)\s+)?(?:[A-Z][\w.]*(?:['’]s)?\s+)?(?:(?:top|senior|fellow|former|longtime|veteran|freshman)\s+)?`;

/**
 * The party of `name` as one capital letter (a tag's letter, a party word's first), or
 * undefined when the story gives none or gives two. `texts` are the story's articles;
 * `parties` the words it uses as party names, as person-choices.ts partyStem writes them.
 */
export function partyOf(
	name: string,
	texts: readonly string[],
	parties: ReadonlySet<string>,
	stem: (word: string) => string
): string | undefined {
	const surname = surnameOf(name);
	if (!surname || !parties.size) return undefined;
	const found = new Set<string>();
	const isParty = (w: string) => parties.has(stem(w));
	const at = new RegExp(`(?<![\\p{L}])${escapeRegExp(surname)}(?![\\p{L}])`, 'gu');
	const after = new RegExp(`^${LABEL_LEAD}([A-Z][a-z]{3,})\\b`);
	const before = /\b([A-Z][a-z]{3,})\s+(?:[A-Z][a-z]*\.?\s+)?(?:[A-Z][\w.'’-]*\s+)?$/;
	for (const text of texts)
		for (const m of text.matchAll(at)) {
			const rest = text.slice(m.index + surname.length, m.index + surname.length + 60);
			const tag = TAG.exec(rest)?.[1];
			if (tag) found.add(tag);
			const label = after.exec(rest)?.[1];
			if (label && isParty(label)) found.add(label[0]!);
			const lead = before.exec(text.slice(Math.max(0, m.index - 40), m.index))?.[1];
			if (lead && isParty(lead)) found.add(lead[0]!);
		}
	return found.size === 1 ? [...found][0] : undefined;
}
