/**
 * A single article's sentences that go on about someone named just before: "In 1991, he flew
 * over the Persian Gulf …", "When his family moved back to rural Washington, …". Shown alone,
 * such a sentence loses whom "he" means, and checks.ts rejects it ("unresolved he/she"). A
 * profile or an interview report is mostly such sentences, so an article of 500 words about one
 * person kept few of its facts. A teacher quoting the sentence names the person in brackets,
 * as editors do: "In 1991, [Harry Harris] flew over the ____ …".
 *
 * Only where the sentence before says who: it names exactly one person of the pronoun's sex
 * (outside quotation marks), and everyone it names has a known sex; or it names no one but goes
 * on about that person with a pronoun of its own, and the sentence before it says who.
 * "Her" (his or him?) and "they" or "it" are left alone.
 */
import type { Candidate } from './candidates/candidate';
import { sexOf } from './candidates/cause-readers';
import { sameName } from './align';
import { pronounWithoutReferent } from './checks';
import type { ArticleAnalysis, Person } from './types';

/** How far back the person "he" means may be named: the sentence before, or the one before it. */
const LOOK_BACK = 2;

/** Not "he's", "she'd": "[Jane Roe]’s worked" would read as a possessive. */
const PRONOUN = /\b(he|she|him|his|her)\b(?!['’])/i;
const MALE = /\b(?:he|him|his)\b/i;
const FEMALE = /\b(?:she|her)\b/i;
const SEX: Record<string, Person['sex']> = { he: 'male', him: 'male', his: 'male', she: 'female' };

/** Quoted words blanked to spaces of their length: a speaker's pronouns are the speaker's own. */
const masked = (text: string) => text.replace(/“[^”]*”|"[^"]*"/g, (q) => ' '.repeat(q.length));

/**
 * The person a sentence's "he" or "she" means in one article read alone: the only one of that
 * sex named by the nearest earlier sentence (of LOOK_BACK) that names anyone, when everyone that
 * sentence names has a known sex and any sentence between goes on with "he" or "she" too.
 * Undefined when that is not sure.
 */
export function referentBefore(
	a: ArticleAnalysis,
	sentence: number,
	sex: NonNullable<Person['sex']>
): Person | undefined {
	for (let j = sentence - 1; j >= Math.max(0, sentence - LOOK_BACK); j--) {
		const s = a.sentences[j]!;
		const own = (sex === 'male' ? MALE : FEMALE).exec(masked(s.text));
		// A name inside someone's words ("“If they choose Roe,” he said") is no referent.
		const named = a.mentions.filter(
			(m) =>
				m.kind === 'person' &&
				m.start >= s.start &&
				m.end <= s.end &&
				!a.quoted.some((q) => q.start <= m.start && m.start < q.end)
		);
		// A sentence that names no one passes the person on only by a pronoun of its own ("For 12
		// years, he had …"); "The French president is expected to run" may be someone else.
		if (!named.length) {
			if (own) continue;
			return undefined;
		}
		const whom = named.map((m) => onlyOne(a, m.text));
		if (whom.some((p) => !p || !sexOf(p))) return undefined;
		// "Alastair Osman called him a kind man": "him" there is a second man, whom "he" may mean.
		if (sex === 'male' && /\bhim\b/i.test(masked(s.text))) return undefined;
		const fit = [...new Set(whom)].filter((p) => sexOf(p!) === sex);
		if (fit.length !== 1) return undefined;
		// "He voted for Jane Roe's husband, Tom Roe": a pronoun of that sex before the name in
		// that sentence means someone named earlier still, whom "he" may mean as well.
		const at = named[whom.indexOf(fit[0])]!.start - s.start;
		return own && own.index < at ? undefined : fit[0];
	}
	return undefined;
}

/**
 * The one person of the article a name means: not a surname that two of its people share
 * ("the younger Mr. Roe" beside Tom Roe and his son Tom Roe Jr.), however the names list
 * matched it.
 */
function onlyOne(a: ArticleAnalysis, name: string): Person | undefined {
	const fit = a.people.filter((x) => sameName(x.name, name));
	const surname = name.split(/\s+/).at(-1)!.toLowerCase();
	const kin = a.people.filter((x) => x.surname === surname || sameName(x.name, surname));
	return fit.length === 1 && kin.length <= 1 ? fit[0] : undefined;
}

/**
 * `c` with its excerpt's first he, she, him or his named in brackets ("[Jane Roe]",
 * "[Jane Roe’s]") in the excerpt and the prompt, when the excerpt has no referent for it and the
 * sentence before names whom it means (referentBefore). Undefined when nothing changes.
 */
export function withReferent(c: Candidate, a: ArticleAnalysis): Candidate | undefined {
	const excerpt = c.excerpt;
	if (!excerpt || !pronounWithoutReferent(excerpt) || c.draft.evidence.length !== 1) return;
	const p = PRONOUN.exec(masked(excerpt));
	const sex = p && SEX[p[1]!.toLowerCase()];
	if (!p || !sex) return;
	const at = c.draft.evidence[0]!.start;
	const sentence = a.sentences.findIndex((s) => s.start <= at && at < s.end);
	if (sentence < 1) return;
	// The reporter's "he", not one inside someone's words: a quote item's excerpt is the quotation
	// without its marks, and brackets there would put a name in the speaker's mouth.
	const s = a.sentences[sentence]!;
	const where = inPrompt(s.text, excerpt, p.index, p[0].length, '');
	const offset = where === undefined ? -1 : s.start + firstDifference(s.text, where);
	if (offset < 0 || a.quoted.some((q) => q.start <= offset && offset < q.end)) return;
	const person = referentBefore(a, sentence, sex);
	if (!person) return;
	const apostrophe = a.article.text.includes('’') ? '’' : "'";
	const name = `[${person.name}${p[1]!.toLowerCase() === 'his' ? `${apostrophe}s` : ''}]`;
	const glossed = excerpt.slice(0, p.index) + name + excerpt.slice(p.index + p[0].length);
	// The name must leave no other pronoun without a referent ("They said he …").
	if (pronounWithoutReferent(glossed)) return;
	const prompt = inPrompt(c.draft.prompt, excerpt, p.index, p[0].length, name);
	if (!prompt) return;
	return { ...c, excerpt: glossed, draft: { ...c.draft, prompt } };
}

/**
 * The prompt with the excerpt's pronoun (at `index`, `length` long) replaced by `name`, found by
 * the words just before it or just after it, which must occur once in the prompt (a gap may
 * stand where the excerpt has its key).
 */
function inPrompt(
	prompt: string,
	excerpt: string,
	index: number,
	length: number,
	name: string
): string | undefined {
	const pronoun = excerpt.slice(index, index + length);
	for (const [before, after] of [
		[excerpt.slice(Math.max(0, index - 20), index), ''],
		['', excerpt.slice(index + length, index + length + 20)]
	] as const) {
		const probe = before + pronoun + after;
		if (probe.length < length + 8) continue;
		const at = prompt.indexOf(probe);
		if (at < 0 || prompt.indexOf(probe, at + 1) >= 0) continue;
		const start = at + before.length;
		return prompt.slice(0, start) + name + prompt.slice(start + length);
	}
	return undefined;
}

/** Where two texts first differ (the shorter one's length when one begins the other). */
const firstDifference = (x: string, y: string) => {
	let i = 0;
	while (i < x.length && x[i] === y[i]) i++;
	return i;
};
