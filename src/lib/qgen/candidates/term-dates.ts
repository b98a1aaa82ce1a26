/**
 * The year a term of office ends, told by two outlets ("Senator Jane Roe, whose term ends in
 * 2021" / "Roe, whose Senate term expires in 2022"). compare-dates.ts asks three words in
 * common near two dates before it calls them one event, which two short asides about one
 * person's term rarely have ("roe", "term"). But "<person>'s term ends in <year>" is one slot of
 * one person: the same single person named before the year, and "term" right before a verb of
 * ending, are enough. Only the end: "began her term in 2019" is another slot, and "will run
 * again in 2020" or "is up for re-election in 2020" speak of an election, not of a term.
 */
import type { StoryView } from '../analyze';
import { sameName } from '../align';
import { TERM_ORDINALS } from '../lexicon';
import type { Mention } from '../types';
import type { DatedEvent } from './compare-dates';

/**
 * The words before a year that make it a term's end: "term ends in", "term as chair expires in",
 * "term is set to expire in", "term was to end in", "term runs through". Group 1: the word before "term" ("Senate",
 * "second"); group 2: an office named after it ("as chair").
 */
const TERM_END =
	/(?:\b([A-Za-z-]+)\s+)?\bterm\b(\s+(?:as|on|at|of)\s+[^,;:()]{1,40}?)?\s+(?:(?:ends|ended|will end|expires|expired|will expire|runs|ran|will run)|(?:is|was)\s+(?:(?:set|due|scheduled)\s+)?to\s+(?:end|expire))\s+(?:in|until|through|till)\s+$/i;

export interface TermEnd {
	/** The word before "term", lowercased, when it tells one term from another ("second", "senate"). */
	which?: string;
	/** The office named after "term" ("as chair"), lowercased. */
	office?: string;
	/** The one person named before the year: whose term it is. */
	holder: Mention;
}

/** The term whose end `e` dates, when its sentence says so and names one person before the year. */
export function termEnd(e: DatedEvent): TermEnd | undefined {
	if (e.mention.iso?.length !== 4) return undefined;
	const a = e.analysis;
	const s = a.sentences[e.mention.sentence]!;
	const m = TERM_END.exec(s.text.slice(0, e.mention.start - s.start));
	if (!m) return undefined;
	const people = a.mentions.filter(
		(n) =>
			n.kind === 'person' &&
			n.sentence === s.index &&
			n.end <= e.mention.start &&
			!a.quoted.some((q) => q.start < n.end && n.start < q.end)
	);
	// "Poe said Roe, whose term ends in 2021": two people, and no telling whose term it is.
	if (people.length === 0 || people.some((p) => p.text !== people[0]!.text)) return undefined;
	const before = m[1]?.toLowerCase();
	const which =
		before && (TERM_ORDINALS.includes(before) || /^[A-Z]/.test(m[1]!)) ? before : undefined;
	const office = m[2]?.trim().toLowerCase();
	return { holder: people[0]!, ...(which ? { which } : {}), ...(office ? { office } : {}) };
}

/**
 * Two outlets date the end of one person's one term: the same holder, and no word that sets the
 * terms apart ("second term" / "first term", "Senate term" / "House term", "term as chair" /
 * "term as treasurer"). A word on one side only ("Senate term" / "term") names the same term.
 */
export function sameTermEnd(view: StoryView, a: DatedEvent, b: DatedEvent): boolean {
	const x = termEnd(a);
	const y = termEnd(b);
	if (!x || !y) return false;
	if (x.which && y.which && x.which !== y.which) return false;
	if ((x.office || y.office) && x.office !== y.office) return false;
	const p = view.canon(x.holder.text);
	const q = view.canon(y.holder.text);
	return p.toLowerCase() === q.toLowerCase() || sameName(p, q);
}

/**
 * What the two years date, for the prompt: "the end of Jane Roe's term" says which slot is
 * asked, where "the same event" would leave a reader wondering which event a year could be.
 */
export function termSubject(view: StoryView, a: DatedEvent, b: DatedEvent): string | undefined {
	if (!sameTermEnd(view, a, b)) return undefined;
	// "Roe" in both asides: the story's one full name for her ("Jane Roe") tells the reader whom.
	const names = [termEnd(a)!, termEnd(b)!].map((t) => view.canon(t.holder.text));
	const full = names.find((n) => n.includes(' '));
	const known = view.people.filter((p) => sameName(p, names[0]!));
	const name = full ?? (known.length === 1 ? known[0]! : names[0]!);
	return `the end of ${name}${/s$/.test(name) ? '’' : '’s'} term`;
}
