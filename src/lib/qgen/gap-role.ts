/**
 * Wrong people for a name gap whose sentence says what the person is ("____, a lobbyist for a
 * poultry firm,", "whose aide ____ was shot"): the descriptor is the reader's clue, and a wrong
 * person it rules out on sight (a congressman offered as the lobbyist, the story's own subject
 * as "the former chauffeur") makes the item a guess by elimination. Blind readers rejected both.
 */
import { escapeRegExp } from '$lib/text/regexp';
import type { StoryView } from './analyze';
import { SEXED_TITLES } from './lexicon';
import { personKind, roleWordKind, type PersonKind } from './person-choices';

/** Words of an apposition that name no role: "the former …", "one of the …". */
const ROLE_FILLERS = new Set(['former', 'late', 'then', 'from', 'with', 'into', 'onto', 'over']);

/**
 * What kind of person a sentence makes the one at a name gap, read from a listed role noun
 * right before it ("whose aide ____", `before`) or from an apposition right after the gap:
 * "____, a lobbyist for a poultry firm," → 'unknown' (a role no kind list names), "____, the
 * former sheriff, reportedly told" → 'official', "____, a law professor at Bayside," →
 * 'expert'. Undefined when neither says what the person is. Capitalised words say whose or
 * where ("an aide to Sen. Roe", "a Bayside University professor"), not what: they are left
 * out, and so is a second role after "and".
 */
export function gapRoleKind(after: string, before = ''): PersonKind | undefined {
	// Only a listed noun before the gap: any lower-case word may stand there ("injured ____").
	const noun = /(?:^|[\s(])(\p{Ll}[\p{Ll}-]+(?:\s+\p{Ll}[\p{Ll}-]+)?),?\s+$/u.exec(before)?.[1];
	const listedBefore = noun ? roleWordKind(noun, true) : undefined;
	if (listedBefore) return listedBefore;
	const m = /^,\s+(?:a|an|the)\s+([^,;“”"]{3,90}?)(?=[,;]|\.(?:\s|$)|$)/.exec(after);
	if (!m) return undefined;
	const role = m[1]!
		.split(/\s+(?:and|who|whose|which|that)\s+/)[0]!
		.replace(/\p{Lu}[\p{L}.'’-]*/gu, ' ');
	const listed = roleWordKind(role);
	if (listed) return listed;
	// A lower-case noun of its own ("lobbyist", "staffer", "bystander") names a role no list has.
	const words = role.match(/\b\p{Ll}{4,}\b/gu) ?? [];
	return words.some((w) => !ROLE_FILLERS.has(w)) ? 'unknown' : undefined;
}

/**
 * The people most headlines name: the story's main figures. Offered for a gap that the
 * sentence describes as someone else, the story's own subject is absurd: a student knows who
 * the story is about and what they are.
 */
export function headlinePeople(view: StoryView): Set<string> {
	const titles = view.analyses.map((a) => a.article.title);
	if (titles.length < 2) return new Set();
	return new Set(
		view.people.filter((p) => {
			const surname = new RegExp(`\\b${escapeRegExp(p.split(/\s+/).at(-1)!)}\\b`);
			return titles.filter((t) => surname.test(t)).length * 2 >= titles.length;
		})
	);
}

/**
 * Does the story describe someone, in an apposition after their name, by a role no kind list
 * names ("Ann Roe, a staffer for the committee,", "Roe, a lobbyist for …")?
 */
function describedByOtherRole(name: string, view: StoryView): boolean {
	const surname = name.split(/\s+/).at(-1)!;
	const re = new RegExp(`\\b${escapeRegExp(surname)}\\b`, 'g');
	return view.analyses.some((a) =>
		[...a.article.text.matchAll(re)].some((m) => {
			const end = m.index + surname.length;
			return gapRoleKind(a.article.text.slice(end, end + 120)) === 'unknown';
		})
	);
}

/**
 * Wrong people for a name gap that the sentence describes (gapRoleKind): only people the story
 * makes the same kind of person, and none of the headlines' own figures. A congressman for
 * "____, a lobbyist for …", a senator for "____, a law professor", the story's subject for
 * "____, the former chauffeur," are ruled out by the descriptor on sight; so is someone of
 * whom the story says nothing (a gunman it names with his age and town), whom a reader may
 * well know to be no aide. A role no list names ("a lobbyist", "a staffer") takes people the
 * story also describes by such a role. Too few left, the gap is not asked.
 */
export function fitGapRole(kind: PersonKind, people: string[], view: StoryView): string[] {
	const main = headlinePeople(view);
	return people.filter((p) => {
		if (main.has(p)) return false;
		const k = personKind(p, view);
		return kind === 'unknown' ? k === 'unknown' && describedByOtherRole(p, view) : k === kind;
	});
}

/** The sex a title or word of address right before a gap tells ("First lady ____"), if any. */
export function sexOfTitleBefore(before: string): 'm' | 'f' | undefined {
	const tail = before.toLowerCase().trimEnd();
	const ends = (t: string) => new RegExp(`(?:^|[^a-z])${escapeRegExp(t)}$`).test(tail);
	if (SEXED_TITLES.f.some(ends)) return 'f';
	if (SEXED_TITLES.m.some(ends)) return 'm';
	return undefined;
}
