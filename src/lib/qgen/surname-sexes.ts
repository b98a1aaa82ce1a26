/**
 * Relatives who share a surname: "President Roe … his wife, Jane Roe … Mrs. Roe". When the
 * article's people list holds only one of them (the other named by title and surname alone, or
 * merged into one), a bare "Roe said" would be keyed to whichever it holds: a blind reader found
 * a president's words keyed to his wife. The text itself tells two people of one surname when
 * it writes the surname with signs of both sexes: a man's and a woman's honorific ("Mr. Roe",
 * "Mrs. Roe"), a kinship noun before the name ("his wife, Jane Roe", "her husband, Tom Roe"),
 * or a given name the word list knows as only a man's or only a woman's.
 */
import { escapeRegExp } from '$lib/text/regexp';
import { lexiconTags } from './entities';
import { perText } from './per-text';
import { FEMALE_KIN_NOUNS, MALE_KIN_NOUNS } from './lexicon';

type Sex = 'female' | 'male';

/** The sexes the text gives people written with this surname. */
export function surnameSexes(surname: string, text: string): Set<Sex> {
	return new Set(knownSurnameSexes(surname, text));
}

const knownSurnameSexes = perText(readSurnameSexes);

function readSurnameSexes(surname: string, text: string): Set<Sex> {
	const out = new Set<Sex>();
	const sur = escapeRegExp(surname);
	const name = `(?:[A-Z][\\p{L}.'’-]*\\s+){0,4}${sur}(?![\\p{L}])`;
	for (const m of text.matchAll(new RegExp(`\\b(Mrs|Ms|Miss|Mr)\\.?\\s+${sur}(?![\\p{L}])`, 'gu')))
		out.add(m[1] === 'Mr' ? 'male' : 'female');
	const kin = (nouns: readonly string[]) =>
		new RegExp(`\\b(?:${nouns.join('|')}),?\\s+(?:(?:former|the)\\s+)?${name}`, 'u');
	if (kin(MALE_KIN_NOUNS).test(text)) out.add('male');
	if (kin(FEMALE_KIN_NOUNS).test(text)) out.add('female');
	// "his wife, Jane Roe": the one whose wife she is most often shares her surname, so both
	// sexes are written with it (at worst a question is lost, never a wrong key made).
	for (const m of text.matchAll(
		new RegExp(
			`\\b(his|her)\\s+(?:${[...MALE_KIN_NOUNS, ...FEMALE_KIN_NOUNS].join('|')}),?\\s+${name}`,
			'giu'
		)
	))
		out.add(m[1]!.toLowerCase() === 'his' ? 'male' : 'female');
	for (const m of text.matchAll(new RegExp(`\\b([A-Z][\\p{Ll}]+)\\s+${sur}(?![\\p{L}])`, 'gu'))) {
		const tags = lexiconTags(m[1]!);
		if (tags.has('MaleName') && !tags.has('FemaleName')) out.add('male');
		if (tags.has('FemaleName') && !tags.has('MaleName')) out.add('female');
	}
	return out;
}

/**
 * A speaker written by surname alone whose surname the text gives to a man and a woman, while
 * the article's people (`held`: those of that surname) do not hold both in full: which relative
 * speaks cannot be told for sure, so no one is keyed. With two held in full ("President Tom Roe",
 * "Jane Roe"), speakers.ts tells them apart by office, sex and the nearest full mention.
 */
export function relativeUnsure(speaker: string, held: readonly string[], text: string): boolean {
	const m = /^(\p{Lu}[\p{L}'’-]+)$/u.exec(speaker.trim());
	if (!m) return false;
	if (held.length > 1 && held.every((n) => /\s/.test(n))) return false;
	return surnameSexes(m[1]!, text).size > 1;
}
