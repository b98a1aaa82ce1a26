/**
 * One post, two holders: outlets that give the same post of the same person or body to
 * different people ("Roe's former campaign manager, Ann Lee" beside "his former campaign
 * manager, Tom Park"). Either one outlet has it wrong, or the post changed hands and each
 * outlet names another holder; either way which outlet names whom is read, not guessed.
 * "Which outlet names Ann Lee as Roe's former campaign manager?"
 *
 * Only posts one person holds at a time (their head noun is an OFFICE_HEADS word: director,
 * secretary, chief …), so "his lawyer, Ann Lee" beside "his lawyer, Tom Park" (a person has
 * many lawyers) is never asked. The owner must be certain: a possessive name ("Roe's"), the
 * one other person the sentence names before "his"/"her", or an "of"/"for" complement.
 */
import { escapeRegExp } from '$lib/text/regexp';
import type { StoryView } from '../analyze';
import { choiceId, makeChoices, spanOf } from '../build';
import { choosablePeople, peopleLike } from '../person-choices';
import { surnameOf } from '../align';
import { OFFICE_HEADS } from '../lexicon';
import type { ArticleAnalysis, Sentence } from '../types';
import { draftBase, type Candidate } from './candidate';
import { normaliseSpace } from '$lib/content/space';

export interface RoleHolder {
	analysis: ArticleAnalysis;
	sentence: Sentence;
	/** The post's words, lower case: "former communications director". */
	role: string;
	/** Whose post, as shown in a prompt: "Blake Roe's", "of the county board". */
	ownerText: string;
	/** Whose post, to match across outlets: a person's surname or the complement's words. */
	owner: string;
	/** The holder's name as the story's people know it. */
	holder: string;
}

/** Words that set a post in an earlier time, just before it. */
const EARLIER_TIME = /\b(?:then|at the time|previously|once)\s*,?\s*$/i;

/** A name of two to four capitalised words: "Ann Lee", "Mary Ann de Roe" is out of reach. */
const NAME = String.raw`[A-Z][a-z'’-]+(?:\s+[A-Z]\.)?(?:\s+[A-Z][a-z'’-]+){1,2}`;
/** One to three lower-case words ending in a post: "former communications director". */
const ROLE = String.raw`(?:[a-z][a-z-]+\s+){0,2}(?:${OFFICE_HEADS.map(escapeRegExp).join('|')})(?:\s+of\s+staff)?`;
// Not "of staff": "the chief of staff" is one post, no chief whose owner is "staff".
const COMPLEMENT = String.raw`(?:of|for)\s+(?!staff\b)(?:the\s+)?[A-Za-z][\w'’.-]*(?:\s+[A-Za-z][\w'’.-]*){0,3}`;

/** "Roe's former chief of staff": the possessive name's surname, or undefined. */
const possessor = (text: string) => /^([A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*)['’]s$/.exec(text)?.[1];

/**
 * The person "his"/"her" stands for: the one person of the story the sentence names before
 * the pronoun, besides the holder. Two such people leave the pronoun open, and nothing is read.
 */
function pronounOwner(
	view: StoryView,
	a: ArticleAnalysis,
	before: string,
	holder: string
): string | undefined {
	const named = new Set<string>();
	for (const p of a.people) {
		if (view.canon(p.name) === holder) continue;
		const surname = surnameOf(p.name);
		if (new RegExp(`\\b${escapeRegExp(surname)}\\b`).test(before)) named.add(view.canon(p.name));
	}
	return named.size === 1 ? [...named][0] : undefined;
}

/** The story's person a written name stands for, when the article knows them. */
function personOf(view: StoryView, a: ArticleAnalysis, written: string): string | undefined {
	const w = normaliseSpace(written);
	const p = a.people.find((x) => x.name === w || view.canon(x.name) === view.canon(w));
	return p ? view.canon(p.name) : undefined;
}

/** Every post-and-holder phrase outside quotations in one article. */
export function roleHolders(view: StoryView, a: ArticleAnalysis): RoleHolder[] {
	const out: RoleHolder[] = [];
	const text = a.article.text;
	const quoted = (at: number) => a.quoted.some((q) => q.start <= at && at < q.end);
	const add = (
		s: Sentence,
		at: number,
		role: string,
		holderText: string,
		ownerWords: string,
		before: string
	) => {
		if (quoted(s.start + at)) return;
		// "then the chairman of the board, Ann Lee": a holder of an earlier time, whom an outlet
		// naming today's holder does not contradict.
		if (EARLIER_TIME.test(text.slice(Math.max(s.start, s.start + at - 25), s.start + at))) return;
		const holder = personOf(view, a, holderText);
		if (!holder) return;
		const r = normaliseSpace(role).toLowerCase();
		const push = (ownerText: string, owner: string) =>
			out.push({ analysis: a, sentence: s, role: r, ownerText, owner, holder });
		const own = possessor(ownerWords);
		if (own) {
			// A person's surname ("Roe's"), not a country's or a body's ("the U.K.'s").
			const surname = own.split(/\s+/).at(-1)!;
			if (!/^[A-Z][a-z]/.test(surname)) return;
			const person = a.people.find((p) => surnameOf(p.name) === surname);
			if (!person || view.canon(person.name) === holder) return;
			push(
				`${view.canon(person.name)}'s`,
				`person:${surnameOf(view.canon(person.name)).toLowerCase()}`
			);
			return;
		}
		if (/^(?:his|her)$/i.test(ownerWords)) {
			const person = pronounOwner(view, a, before, holder);
			if (!person) return;
			push(`${person}'s`, `person:${surnameOf(person).toLowerCase()}`);
			return;
		}
		// A named body ("of the Riverton Library Board"), not "of the company": a story of two
		// companies has two presidents, and "the company" may be either.
		if (/^(?:of|for)\s/.test(ownerWords) && /\s(?!The\b)[A-Z]/.test(ownerWords)) {
			const complement = normaliseSpace(ownerWords);
			push(complement, `body:${complement.toLowerCase().replace(/^(?:of|for)\s+(?:the\s+)?/, '')}`);
		}
	};
	const possessive = String.raw`(?:his|her|[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*['’]s)`;
	for (const s of a.sentences) {
		const t = text.slice(s.start, s.end);
		// "Roe's former communications director, Ann Lee," / "his chief of staff, Ann Lee,"
		for (const m of t.matchAll(
			new RegExp(String.raw`\b(${possessive})\s+(${ROLE}),\s+(${NAME})\b`, 'g')
		))
			add(s, m.index, m[2]!, m[3]!, m[1]!, t.slice(0, m.index));
		// "Ann Lee, his former communications director" / "Ann Lee, Roe's chief of staff"
		for (const m of t.matchAll(
			new RegExp(String.raw`\b(${NAME}),\s+(${possessive})\s+(${ROLE})(?=[,.;—–]|\s[—–]|$)`, 'g')
		))
			add(s, m.index, m[3]!, m[1]!, m[2]!, t.slice(0, m.index));
		// "Ann Lee, the director of the county library," / "the director of the county library, Ann Lee,"
		for (const m of t.matchAll(
			new RegExp(String.raw`\b(${NAME}),\s+the\s+(${ROLE})\s+(${COMPLEMENT})(?=,|\.|;)`, 'g')
		))
			add(s, m.index, m[2]!, m[1]!, m[3]!, t.slice(0, m.index));
		for (const m of t.matchAll(
			new RegExp(String.raw`\b[Tt]he\s+(${ROLE})\s+(${COMPLEMENT}),\s+(${NAME})\b`, 'g')
		))
			add(s, m.index, m[1]!, m[3]!, m[2]!, t.slice(0, m.index));
	}
	return out;
}

/** Does the article name `holder` within a few words of the post's head noun, in any form? */
function namesAsHolder(a: ArticleAnalysis, holder: string, role: string): boolean {
	const surname = escapeRegExp(surnameOf(holder));
	const head = escapeRegExp(role.split(' ').at(-1)!);
	return new RegExp(
		String.raw`\b${surname}\b[^.;]{0,60}\b${head}\b|\b${head}\b[^.;]{0,60}\b${surname}\b`
	).test(a.article.text);
}

export function roleHolderCandidates(view: StoryView): Candidate[] {
	const out: Candidate[] = [];
	const outlets = new Set(view.label.values()).size;
	if (outlets < 2 || outlets !== view.analyses.length) return out;
	const found = view.analyses.flatMap((a) => roleHolders(view, a));
	const posts = new Map<string, RoleHolder[]>();
	for (const r of found)
		posts.set(`${r.owner}|${r.role}`, [...(posts.get(`${r.owner}|${r.role}`) ?? []), r]);
	for (const [post, list] of posts) {
		// An outlet that gives the post to two people has no one holder to key.
		const byArticle = new Map<string, Set<string>>();
		for (const r of list)
			byArticle.set(
				r.analysis.article.id,
				(byArticle.get(r.analysis.article.id) ?? new Set()).add(r.holder)
			);
		if ([...byArticle.values()].some((h) => h.size > 1)) continue;
		const holders = [...new Set(list.map((r) => r.holder))];
		if (holders.length < 2) continue;
		// "Ann Lee" and "Lee" are one holder.
		if (new Set(holders.map((h) => surnameOf(h).toLowerCase())).size < holders.length) continue;
		for (const holder of holders) {
			const giving = list.filter((r) => r.holder === holder);
			if (new Set(giving.map((r) => r.analysis.article.id)).size !== 1) continue;
			const mine = giving[0]!;
			const mineId = mine.analysis.article.id;
			// No other outlet may name this holder beside the post in words the patterns miss
			// ("campaign manager Ann Lee"): the key would have a second answer.
			if (view.analyses.some((a) => a.article.id !== mineId && namesAsHolder(a, holder, mine.role)))
				continue;
			const others = list.filter((r) => r.holder !== holder);
			const other = others[0]!;
			const label = (r: RoleHolder) => view.label.get(r.analysis.article.id)!;
			const asked = `${mine.ownerText.endsWith("'s") ? `${mine.ownerText} ${mine.role}` : `the ${mine.role} ${mine.ownerText}`}`;
			const quote = (r: RoleHolder) => `${label(r)}: “${normaliseSpace(r.sentence.text)}”`;
			// A former post may have had several holders, so both outlets can be right; a present one
			// has one, yet an outlet may write of another time, so the feedback takes no side.
			const reading = /\bformer\b/.test(mine.role)
				? 'A post held in the past may have had more than one holder, so both can be right.'
				: 'Each outlet’s own sentence says whom it names.';
			const explanation = `${label(mine)} names ${holder}; ${[...new Set(others.map(label))].join(' and ')} ${others.length > 1 ? 'name' : 'names'} ${other.holder}. ${reading} ${[mine, ...others].map(quote).join(' ')}`;
			// Wrong answers: the holder the other outlets name first (the answer a student who read
			// the wrong outlet gives), then people of the key's kind; never anyone the keyed outlet
			// itself names beside the post, who would be a second answer.
			const sameSurname = (x: string, y: string) =>
				surnameOf(x).toLowerCase() === surnameOf(y).toLowerCase();
			const owner = mine.owner.startsWith('person:') ? mine.ownerText.replace(/'s$/, '') : '';
			const wrong: string[] = [];
			for (const p of [
				...others.map((r) => r.holder),
				...peopleLike(holder, choosablePeople(view), view)
			])
				if (
					!sameSurname(p, holder) &&
					!(owner && sameSurname(p, owner)) &&
					!wrong.some((w) => sameSurname(w, p)) &&
					!namesAsHolder(mine.analysis, p, mine.role)
				)
					wrong.push(p);
			if (wrong.length < 2) continue;
			const choices = makeChoices([holder, ...wrong.slice(0, 3)], holder + post);
			out.push({
				family: 'compare',
				draft: {
					...draftBase(
						'compare',
						`The outlets do not all name the same person as ${asked}. Whom does ${label(mine)} name in that post?`,
						[mine, ...others].map((r) => spanOf(r.sentence)),
						explanation,
						2
					),
					type: 'single',
					choices,
					correct: [choiceId(choices, holder)]
				},
				keyTexts: [surnameOf(holder)],
				hidden: [holder],
				answerKey: `role-holder:${post}`,
				subject: `role-holder:${post}`,
				quality: 0.9,
				position: Math.min(mine.sentence.index, other.sentence.index)
			});
			break;
		}
	}
	return out;
}
