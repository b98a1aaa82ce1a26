/** Per-article analysis and the story-wide view the question families read from. */
import { paragraphsOf, type Article } from '$lib/bank/schema';
import {
	bareName,
	canonicalNames,
	groupQuotes,
	quantityKey,
	sameName,
	type QuoteGroup
} from './align';
import { findMentions, lexiconTags, tokenize } from './entities';
import { isPluralTitle } from './names';
import { findQuotes, quoteSpans } from './quotes';
import { segmentArticle } from './segment';
import { fits, peopleOf, resolveSpeakers, SUFFIX, speaksOfOwnRelative } from './speakers';
import type { ArticleAnalysis, Mention, Person } from './types';

export function analyzeArticle(article: Article): ArticleAnalysis {
	const sentences = segmentArticle(article);
	const mentions = findMentions(article, sentences, tokenize(article.text));
	const people = peopleOf(article.text, mentions, sentences);
	const quotes = findQuotes(article, sentences);
	resolveSpeakers(quotes, people, mentions, sentences);
	const quoted = paragraphsOf(article.text).flatMap((p) =>
		quoteSpans(p.text).map((q) => ({
			articleId: article.id,
			start: p.start + q.start,
			end: p.start + q.end
		}))
	);
	return { article, sentences, mentions, quotes, people, quoted };
}

export interface CountedFigure {
	mention: Mention;
	key: string;
	analysis: ArticleAnalysis;
}

export interface StoryView {
	storyId: string;
	analyses: ArticleAnalysis[];
	/** Display label per article: its outlet, made unique when two share one. */
	label: Map<string, string>;
	/** Any spelling of a person or group → the story's display name. */
	canon: (name: string) => string;
	quoteGroups: QuoteGroup[];
	figures: CountedFigure[];
	/** Distinct display names by kind, first-seen order. */
	names: Record<'person' | 'org' | 'place', string[]>;
	/**
	 * Full names that surely are people, for wrong answers to "who" questions: the name
	 * chunker also lets through "Trump Tower" or "Winter Olympics", which are fine to
	 * skip in a cloze gap but give a "who" question away as choices.
	 */
	people: string[];
}

export function viewStory(storyId: string, analyses: ArticleAnalysis[]): StoryView {
	const label = new Map<string, string>();
	const outletCount = new Map<string, number>();
	for (const a of analyses)
		outletCount.set(a.article.outlet, (outletCount.get(a.article.outlet) ?? 0) + 1);
	for (const a of analyses) {
		const o = a.article.outlet;
		label.set(
			a.article.id,
			outletCount.get(o)! > 1 ? `${o} (“${a.article.title.slice(0, 60)}”)` : o
		);
	}
	const allPeople = analyses.flatMap((a) => [
		...a.people.map((p) => p.name),
		...a.quotes.flatMap((q) => (q.speaker ? [q.speaker] : []))
	]);
	const canonMap = canonicalNames(allPeople);
	// A name read after a title ("Rabbi Yoshiyahu Yosef Pinto") has had its office taken off
	// already: a first name inside it ("Yosef") is a middle name, not where the person starts,
	// when the words before it are no words of English ("Majority Whip Steve Scalise" are).
	const titledNames = new Set(
		analyses.flatMap((a) => a.people.filter((p) => p.role).map((p) => p.name))
	);
	const givenNamesFirst = (n: string) => {
		const words = n.split(/\s+/);
		const first = words.findIndex((w, i) => i > 0 && lexiconTags(w).has('FirstName'));
		return first > 0 && words.slice(0, first).every((w) => lexiconTags(w).size === 0);
	};
	const withoutOffice = (n: string) => (titledNames.has(n) && givenNamesFirst(n) ? n : bareName(n));
	// "President Obama", "Gov. LePage", "Mr. Roe": a person the story names only by title and
	// surname is called so, unless a full name anywhere in the story completes the surname.
	const titledSurnames = surnameLabels(analyses);
	const fullNameSet = new Set(analyses.flatMap((a) => a.people.map((p) => p.name)));
	const labels = new Set([...titledSurnames.values()].filter((l) => !fullNameSet.has(l)));
	// "First lady Ann Roe … President Roe": an article that kept a titled surname apart from a
	// full name with that surname (speakers.ts) read two people; no full name completes it.
	const keptApart = new Set(
		analyses.flatMap((a) =>
			a.people.flatMap((p) =>
				p.titles &&
				!p.name.includes(' ') &&
				a.people.some((o) => o !== p && o.surname === p.surname && o.name.includes(' '))
					? [p.name]
					: []
			)
		)
	);
	// The sex articles give a full name (speakers.ts), when no two articles disagree.
	const sexes = new Map<string, Person['sex']>();
	for (const a of analyses)
		for (const p of a.people)
			if (p.sex)
				sexes.set(p.name, sexes.has(p.name) && sexes.get(p.name) !== p.sex ? undefined : p.sex);
	const canon = (n: string) => {
		if (labels.has(n)) return n;
		const label = titledSurnames.get(n);
		if (label && keptApart.has(n)) return label;
		const c = withoutOffice(canonMap.get(n) ?? n);
		// "Mrs. Roe" is not the "John Roe" her surname would match, nor the "Barack Roe" an
		// article calls "he".
		if (label && c.includes(' ') && !fits(label.split(/\s+/)[0]!, c, sexes.get(c))) return label;
		return (!c.includes(' ') && titledSurnames.get(c)) || c;
	};
	const fullNames = [...new Set(canonMap.values())].filter((n) => n.includes(' '));
	for (const a of analyses) {
		for (const q of a.quotes) {
			// "Trump" or "President Trump" in one outlet is completed from another outlet's full name.
			const named =
				q.speaker ??
				(/^[A-Z]/.test(q.speakerText) && !/^(the|he|she|they)\b/i.test(q.speakerText)
					? q.speakerText
					: undefined);
			if (!named) continue;
			// "“… my wife,” Roe said" with two Roes in the article was left unresolved on purpose
			// (speakers.ts): another outlet's full name would only guess which Roe.
			const surname = named.split(/\s+/).at(-1)!.toLowerCase();
			const shared = a.people.filter((p) => p.surname === surname).length > 1;
			if (!q.speaker && shared && speaksOfOwnRelative(q.text)) continue;
			const full = canonMap.get(named) ?? fullNames.find((n) => sameName(n, named));
			// A titled surname the full name does not fit ("Mrs. Roe" beside "John Roe") keeps its label.
			const label = q.speaker && !q.speaker.includes(' ') ? canon(q.speaker) : undefined;
			if (label && labels.has(label)) q.speaker = label;
			else if (full || q.speaker) q.speaker = canon(full ?? q.speaker!);
		}
	}
	const names: StoryView['names'] = { person: [], org: [], place: [] };
	const orgCanon = canonicalNames(
		analyses.flatMap((a) => a.mentions.filter((m) => m.kind === 'org').map((m) => m.text))
	);
	for (const a of analyses) {
		for (const p of a.people)
			if (!names.person.includes(canon(p.name))) names.person.push(canon(p.name));
		for (const m of a.mentions) {
			if (m.kind === 'org' || m.kind === 'place') {
				const n = m.kind === 'org' ? (orgCanon.get(m.text) ?? m.text) : m.text;
				if (!names[m.kind].includes(n)) names[m.kind].push(n);
			}
		}
	}
	const titled = new Set(
		analyses.flatMap((a) => a.people.filter((p) => p.role).map((p) => canon(p.name)))
	);
	// Only a speaker named at the quote vouches for a name; "he" resolved to a name can be wrong.
	const speakers = new Set(
		analyses.flatMap((a) =>
			a.quotes.flatMap((q) =>
				q.speaker && !/^(?:he|she)$/i.test(q.speakerText) ? [canon(q.speaker)] : []
			)
		)
	);
	const people = names.person.filter((n) =>
		labels.has(n)
			? looksLikePerson(n.split(/\s+/).at(-1)!, 'titled')
			: n.includes(' ') &&
				looksLikePerson(n, speakers.has(n) ? 'quoted' : titled.has(n) ? 'titled' : undefined)
	);
	const figures: CountedFigure[] = [];
	for (const a of analyses) {
		for (const m of a.mentions) {
			if (m.kind !== 'quantity' || a.quoted.some((q) => q.start <= m.start && m.end <= q.end))
				continue;
			// "$132 million" with no counted noun (quantities gives it "dollars"): which sum it is
			// is not said, so it lines up with no other outlet's sum; it is asked in its sentence only.
			if (m.noun === 'dollars' && a.article.text[m.start - 1] === '$') continue;
			const s = a.sentences[m.sentence];
			figures.push({ mention: m, key: quantityKey(m, s!.text, s!.start), analysis: a });
		}
	}
	return {
		storyId,
		analyses,
		label,
		canon,
		quoteGroups: groupQuotes(analyses),
		figures,
		names,
		people
	};
}

/**
 * Each lone surname the story writes after a title ("Obama" in "President Obama") → the title
 * and surname as written. An office's title wins over an honorific; two different offices
 * ("Gov. Roe", "Sen. Roe") or two honorifics ("Mr. Roe", "Mrs. Roe") may be two people, and
 * give no label.
 */
function surnameLabels(analyses: ArticleAnalysis[]): Map<string, string> {
	const titles = new Map<string, Set<string>>();
	for (const a of analyses)
		for (const p of a.people)
			if (p.titles && !p.name.includes(' '))
				for (const t of p.titles) titles.set(p.name, (titles.get(p.name) ?? new Set()).add(t));
	// "President Barack" beside "Barack Obama": a given name the text cut off its surname.
	const given = new Set(
		analyses.flatMap((a) =>
			a.people.flatMap((p) => (p.name.includes(' ') ? [p.name.split(/\s+/)[0]!] : []))
		)
	);
	// "Ms. Acosta" beside "Melba Acosta Febo": a surname inside a full name is that person.
	const fullNames = analyses.flatMap((a) =>
		a.people.flatMap((p) => (p.name.includes(' ') ? [p.name] : []))
	);
	const out = new Map<string, string>();
	for (const [name, set] of titles) {
		if (given.has(name)) continue;
		const inner = [...new Set(fullNames.filter((n) => n.split(/\s+/).slice(1, -1).includes(name)))];
		if (inner.length === 1) {
			out.set(name, inner[0]!);
			continue;
		}
		const all = [...set];
		const offices = all.filter((t) => !HONORIFIC.test(t));
		const pool = offices.length ? offices : all;
		if (new Set(pool.map(titleKey)).size === 1) out.set(name, `${pool[0]} ${name}`);
	}
	return out;
}

const HONORIFIC = /^(?:Mr|Mrs|Ms|Miss|Dr)\.?$/;
/** "Gov." and "Governor", "Sen." and "Senator": one office. */
const titleKey = (t: string) =>
	t
		.toLowerCase()
		.replace(/\.$/, '')
		.replace(/^(gov|sen|rep|gen)(?:ernor|ator|resentative|eral)?$/, '$1');

/**
 * A person's name starts with a known first name, or was seen quoted, or with a role
 * and no common word opening it; a capitalised plural ("U.S. Senators"), an
 * abbreviation or a shouted dateline never is.
 */
export function looksLikePerson(name: string, seen?: 'quoted' | 'titled'): boolean {
	const words = name.split(/\s+/);
	// "Jane Roe III": a generational suffix is no abbreviation; the name is read without it.
	if (words.length > 2 && SUFFIX.test(words.at(-1)!)) words.pop();
	if (words.some((w) => /^(?:[A-Z]\.?){2,}$/.test(w) && !/^(?:[A-Z]\.){1,2}$/.test(w)))
		return false;
	if (words.some((w) => /^[A-Z]{3,}$/.test(w))) return false;
	const last = lexiconTags(words.at(-1)!);
	// "U.S. Senators" is a group; "Lawrence H. Summers", with a first name before it, a person.
	// "J. Robert Oppenheimer": initials before the given name are read past.
	const lead = words.find((w) => !/^\p{Lu}\.$/u.test(w)) ?? words[0]!;
	const firstName = words.length > 1 && lexiconTags(lead).has('FirstName');
	if ((last.has('Plural') && !firstName) || isPluralTitle(words.at(-1)!)) return false;
	// "George Washington Bridge", "… National Convention", "Affordable Care Act", "the Port Hill
	// Statement": a structure, a body, an event, a law or a document, or
	// an adjective, ends no name.
	if (
		/^(?:Bridge|Tunnel|Building|Tower|Hall|Center|Centre|Church|School|College|Hospital|Airport|Station|Park|Street|Avenue|Square|Convention|Conference|Summit|Committee|Council|Party|Forum|Act|Law|Bill|Amendment|Treaty|Accord|Agreement|Statement|Declaration|Manifesto|Doctrine|Charter|Pipeline|Program|Fund|Foundation|Institute|University|Association|Network)$/.test(
			words.at(-1)!
		)
	)
		return false;
	if (
		(last.has('Adjective') || last.has('Demonym')) &&
		!last.has('LastName') &&
		!last.has('Person')
	)
		return false;
	const whole = lexiconTags(name);
	if (whole.has('Place') || whole.has('Organization')) return false;
	const first = lexiconTags(lead);
	// "Democratic National Convention" was quoted, yet an adjective opens no person's name.
	if (first.has('Adjective') && !first.has('FirstName') && !first.has('Person')) return false;
	if (seen === 'quoted') return true;
	// "Following Trump", "Protect Democracy": a common word opening the name.
	if (first.size > 0 && !first.has('Person') && !first.has('FirstName')) return false;
	return seen === 'titled' || first.has('FirstName');
}
