/**
 * A quote that names a party ("our Green colleagues", "the Liberals have no plan") tells
 * which side speaks: among choices of both parties a student picks the one on the other side
 * of the named party, or on its side, without reading who said it. Wrong choices must then be
 * of the key's own party, as the story labels them, or the item goes.
 */
import type { StoryView } from '../analyze';
import { partyNames, partyStem, personDescriptors } from '../person-choices';

/** The story's parties (person-choices.ts `partyNames`) a text names, as stems. */
export function partiesNamed(text: string, view: StoryView): Set<string> {
	const parties = partyNames(view);
	return new Set(
		(text.match(/\b[A-Z][a-z]{3,}\b/g) ?? []).map(partyStem).filter((w) => parties.has(w))
	);
}

/** A party-and-state tag's letter: "(R-Ohio)", "D-N.Y.". */
const TAG_LETTER = /(?:^|\()([A-Z])-[A-Z]/;

/**
 * The one party the story gives someone ("a New York Democrat", "the third-ranking Republican",
 * "(R-Ohio)", whose letter is the first of one party the story names), or undefined.
 */
export function partyOf(person: string, view: StoryView): string | undefined {
	const parties = [...partyNames(view)];
	const found = new Set<string>();
	for (const d of personDescriptors(person, view)) {
		for (const w of partiesNamed(d, view)) found.add(w);
		const letter = TAG_LETTER.exec(d.trim())?.[1];
		const tagged = letter ? parties.filter((p) => p.startsWith(letter)) : [];
		if (tagged.length === 1) found.add(tagged[0]!);
	}
	return found.size === 1 ? [...found][0] : undefined;
}

/**
 * Who may be a wrong choice for `key`'s quote: anyone, unless the quote names a party. Then,
 * when the story gives the key a party, only people it gives the same party; when it gives the
 * key none (a party it never uses as a modifier, "a New York Democrat"), no member of the
 * party the quote names, whom the words would set apart from the key.
 */
export function fairBySide(quote: string, key: string, view: StoryView): (p: string) => boolean {
	const named = partiesNamed(quote, view);
	if (!named.size) return () => true;
	const side = partyOf(key, view);
	return side ? (p) => partyOf(p, view) === side : (p) => !named.has(partyOf(p, view) ?? '');
}
