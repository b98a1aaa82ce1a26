/**
 * On whose word a figure is given: the people its sentence names as saying or disclosing it
 * ("55,000 files, Roe said", "according to Roe", "Roe revealed that …"), or the
 * group that says it ("House Democrats said …"; "They added that …" after a sentence where
 * "House Democrats argued"). Two outlets that count one particular noun on one source's word
 * report one claim of theirs, however little else their sentences share ("Roe said the archive
 * held 5,000 files", "tens of thousands of files …, Roe said"): a different figure there is a
 * disagreement about what was said.
 */
import { escapeRegExp } from '$lib/text/regexp';
import type { Placed } from './figure-groups';
import { DISCLOSING_VERBS, REPORTING_VERBS } from './lexicon';

const VERBS = [...REPORTING_VERBS, ...DISCLOSING_VERBS].map(escapeRegExp).join('|');
const CREDITING = new RegExp(`\\b(?:${VERBS}|according to)\\b`, 'i');

/**
 * A capitalised subject right before a verb of saying, perhaps after "have" ("House Democrats
 * have argued", "Senate Republicans said"), or after "according to".
 */
const NAMED_SAYER = new RegExp(
	`(?:\\b([A-Z][\\w.’'-]*(?:\\s+[A-Z][\\w.’'-]*){0,3})\\s+(?:ha(?:ve|s|d)\\s+)?(?:${VERBS})\\b|\\baccording to\\s+(?:the\\s+)?([A-Z][\\w.’'-]*(?:\\s+[A-Z][\\w.’'-]*){0,3}))`,
	'g'
);

/** "They added that …", "He said …": the sayer is the one the sentence before names. */
const PRONOUN_SAYER = new RegExp(`^(?:They|He|She)\\s+(?:${VERBS}|add)\\b`);

/** A source's last word, lower case: "Benjamin Roe" and "Roe" are one source, "Democrats" one group. */
const lastWord = (name: string) =>
	name
		.replace(/['’]s$/, '')
		.split(/\s+/)
		.pop()!
		.toLowerCase();

/** The sources one sentence of the figure's article credits (see figureSources). */
function sentenceSources(f: Placed, index: number, depth = 0): Set<string> {
	const sentence = f.analysis.sentences[index];
	if (!sentence || !CREDITING.test(sentence.text)) {
		// "They add that they have brought up 15 bills": who "they" are, the sentence before says.
		if (sentence && depth === 0 && PRONOUN_SAYER.test(sentence.text))
			return sentenceSources(f, index - 1, 1);
		return new Set();
	}
	// A person who opens the sentence and says or discloses something before the figure
	// ("Roe used a televised address to reveal that … 5,000 files"); not one named elsewhere in
	// it ("prosecutors say Roe bought …"), who is what the claim is about.
	const rel =
		f.mention.sentence === index ? f.mention.start - sentence.start : sentence.text.length;
	const opener = f.analysis.mentions.find(
		(m) => m.kind === 'person' && m.sentence === index && m.start === sentence.start
	);
	const out = new Set<string>();
	if (opener && CREDITING.test(sentence.text.slice(0, rel))) out.add(lastWord(opener.text));
	for (const m of sentence.text.matchAll(NAMED_SAYER)) {
		const name = m[1] ?? m[2];
		// "Officials said": a sentence's first word is capitalised whatever it is.
		if (name && (m.index > 0 || name.includes(' '))) out.add(lastWord(name));
	}
	if (depth === 0 && PRONOUN_SAYER.test(sentence.text))
		for (const s of sentenceSources(f, index - 1, 1)) out.add(s);
	return out;
}

/**
 * The sources the figure's sentence credits it to (people and groups, by their last word), empty
 * when it has no verb of saying or disclosing (a person merely named there is no source).
 */
export function figureSources(f: Placed): Set<string> {
	return sentenceSources(f, f.mention.sentence);
}

/** Whether two figures are given on the word of one source (figureSources). */
export function sameSource(a: Set<string>, b: Set<string>): boolean {
	return [...a].some((s) => b.has(s));
}
