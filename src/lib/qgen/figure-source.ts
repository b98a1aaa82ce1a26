/**
 * On whose word a figure is given: the people its sentence names beside a verb of saying or
 * disclosing ("55,000 files, Roe said", "according to Roe", "Roe revealed that …"). Two outlets
 * that count one particular noun on one person's word report one claim of that person's, however
 * little else their sentences share ("Roe said the archive held 5,000 files", "tens of thousands
 * of files …, Roe said"): a different figure there is a disagreement about what was said.
 */
import { escapeRegExp } from '$lib/text/regexp';
import type { Placed } from './figure-groups';
import { DISCLOSING_VERBS, REPORTING_VERBS } from './lexicon';

const CREDITING = new RegExp(
	`\\b(?:${[...REPORTING_VERBS, ...DISCLOSING_VERBS].map(escapeRegExp).join('|')}|according to)\\b`,
	'i'
);

/** A person's surname, lower case: "Benjamin Roe" and "Roe" are one source. */
const surname = (name: string) =>
	name
		.replace(/['’]s$/, '')
		.split(/\s+/)
		.pop()!
		.toLowerCase();

/**
 * The surnames of the people the figure's sentence credits it to, empty when the sentence has
 * no verb of saying or disclosing (a person merely named there is no source).
 */
export function figureSources(f: Placed): Set<string> {
	const sentence = f.analysis.sentences[f.mention.sentence]!;
	if (!CREDITING.test(sentence.text)) return new Set();
	return new Set(
		f.analysis.mentions
			.filter((m) => m.kind === 'person' && m.sentence === f.mention.sentence)
			.map((m) => surname(m.text))
	);
}

/** Whether two figures are given on the word of one person (figureSources). */
export function sameSource(a: Set<string>, b: Set<string>): boolean {
	return [...a].some((s) => b.has(s));
}
