/**
 * The gaps a sentence of one article imported alone may still take when its first choice
 * (cloze.ts: a figure, else a body or place, else a full name) is refused. A short article
 * has few people and figures: a sentence whose only body is the newspaper a person spoke to
 * ("Roe told the Riverton Gazette …") gave no gap at all, though its subject is the news.
 */
import type { StoryView } from '../analyze';
import { escapeRegExp } from '$lib/text/regexp';
import { sameName } from '../align';
import { lexiconTags } from '../entities';
import type { ArticleAnalysis, Mention } from '../types';
import { actsAsVerb, openingOf, sexOf } from './fact';

/**
 * The full name of a person the sentence names by surname alone ("Roe told …"), when the
 * article gives that surname one full name among its people: typed, the gap takes the surname
 * and the full name. A surname two people share, or one no full name completes, names no one
 * for sure.
 */
export function surnameOwner(
	m: Mention,
	a: Pick<ArticleAnalysis, 'people' | 'mentions' | 'article'>,
	view: Pick<StoryView, 'canon' | 'people'>
): string | undefined {
	if (m.kind !== 'person' || !/^\p{Lu}[\p{L}'’-]+$/u.test(m.text)) return undefined;
	// News English names a person in full first: a bare surname before any full name with it
	// ("Oakhurst said …", and "her brother Tom Oakhurst" only later) is someone the names list
	// did not read in full, and the full name that follows may be another person.
	const first = a.mentions.find((x) => x.kind === 'person' && x.text.split(/\s+/).includes(m.text));
	if (!first?.text.includes(' ')) return undefined;
	// "Roe" beside both "Ann Roe" and a titled "Mrs. Roe" the article kept apart: two people.
	if (a.people.filter((p) => sameName(p.name, m.text)).length !== 1) return undefined;
	const owners = a.people.filter((p) => p.name.includes(' ') && sameName(p.name, m.text));
	if (owners.length !== 1 || otherBearer(m.text, owners[0]!.name, a.article.text)) return undefined;
	const full = view.canon(owners[0]!.name);
	if (!full.includes(' ') || !view.people.includes(full)) return undefined;
	return view.people.filter((p) => p.split(/\s+/).includes(m.text)).length === 1 ? full : undefined;
}

/**
 * Someone else of the surname the text names that the names list did not read as a person: a
 * given name not the owner's before it ("Hillary Clinton" where only "Bill Clinton" was read),
 * or the family in the plural ("the Clintons"). A lone surname may then be either.
 */
export function otherBearer(surname: string, owner: string, text: string): boolean {
	const name = escapeRegExp(surname);
	if (new RegExp(`\\b${name}e?s\\b`).test(text)) return true;
	// "Mrs. Roe" beside "Tom Roe": an honorific of the other sex is someone else.
	const sex = sexOf(owner);
	const other = sex === 'm' ? '(?:Mrs|Ms|Miss)' : sex === 'f' ? 'Mr' : undefined;
	if (other && new RegExp(`\\b${other}\\.?\\s+${name}\\b`).test(text)) return true;
	const own = new Set(owner.split(/\s+/));
	return [...text.matchAll(new RegExp(`\\b(\\p{Lu}[\\p{L}'’-]+)\\s+${name}\\b`, 'gu'))].some(
		({ 1: word }) => {
			if (own.has(word!)) return false;
			// "But Roe", "President Roe": a word of English or a title; an unknown word may be a name.
			const tags = lexiconTags(word!.toLowerCase());
			return tags.size === 0 || tags.has('FirstName');
		}
	);
}

/**
 * The sentence's other mentions, in cloze.ts's order of preference, after `first` (none when
 * the sentence names no figure, body, place or full name): tried in turn, each under every
 * check a first choice meets. Only for an article read on its own:
 * a story of several outlets has gaps enough in its leads, and its sets stay as they were.
 */
export function fallbackGaps(
	inside: Mention[],
	first: Mention | undefined,
	a: Pick<ArticleAnalysis, 'people' | 'mentions' | 'article'>,
	view: Pick<StoryView, 'canon' | 'people'>
): Mention[] {
	const rank = (m: Mention) =>
		m.kind === 'quantity'
			? !m.vague && (m.value ?? 0) > 2
				? 0
				: -1
			: m.kind === 'org' || m.kind === 'place'
				? 1
				: m.kind === 'person' && m.text.includes(' ')
					? 2
					: surnameOwner(m, a, view)
						? 3
						: -1;
	return inside
		.filter((m) => m !== first && rank(m) >= 0)
		.sort((x, y) => rank(x) - rank(y) || x.start - y.start);
}

/**
 * "In an earlier interview, ____ said …", "On Tuesday, ____ announced …": a person gapped as
 * the subject after a scene-setting opener and its comma, with a verb after the gap. The comma
 * is the opener's, not a list's ("Britain, ____ and Germany", which inList refuses): the words
 * before it say when or where (fact.ts openingOf), and no "and" or comma follows the name.
 */
export function subjectAfterOpener(before: string, answer: string, after: string): boolean {
	if (!/,\s*$/.test(before) || /^\s*(?:,|and\b|or\b)/.test(after)) return false;
	if (!/^\s+(?:also\s+)?[a-z]+/.test(after) || !actsAsVerb(answer, after)) return false;
	// "But, ____ said": a bare conjunction is no opener, and may join a list.
	const lead = before.trim();
	return !/^(?:but|and|yet|or),$/i.test(lead) && openingOf(lead) !== undefined;
}
