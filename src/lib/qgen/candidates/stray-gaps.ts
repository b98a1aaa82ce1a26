/**
 * Gaps on a stray detail beside the sentence's point (gap-checks.ts trivialGap asks these for
 * every typed cloze, chosen gap and count): a figure or name set off in an aside (parentheses,
 * a pair of dashes), a person's age, a poll's sample size or margin of error, the town where
 * someone spoke, the network someone talked to, a writer's own byline, what a district takes
 * in, whose unit or parent company a body is. A careful teacher asks what happened; these ask which words surround it. Another gap on the same sentence (its
 * subject, its main count) is still proposed, so a single article keeps a question there.
 */
import { wordAlternatives } from '$lib/text/regexp';
import {
	ALLUSION_MARKERS,
	MONTH_PATTERN,
	NEWS_STAFF_WORDS,
	ONLINE_COUNT_NOUNS,
	ONLINE_COUNT_VERBS,
	POLL_SAMPLE_NOUNS,
	POLL_WORDS,
	REPORTING_VERBS,
	REPRESENTED_AREA_NOUNS,
	ROOM_HEADS,
	SPEECH_VENUE_NOUNS
} from '../lexicon';
import type { Mention } from '../types';

/** Longest first, so "town hall" is tried before "hall"; a phrase may be hyphenated. */
const alternatives = (list: readonly string[]) =>
	wordAlternatives(
		[...list].sort((a, b) => b.length - a.length),
		String.raw`[\s-]+`
	);

/** Words for a share without its figure: an aside right after one gives that figure. */
const VAGUE_SHARES = 'majority|minority|plurality|most|half|fraction|share|many|few';

/** A dash that opens or closes an aside: spaced hyphens or dashes, or an em dash. */
const ASIDE_DASH = /\s[-–—]{1,2}\s|—/g;

/**
 * The gap stands inside parentheses or between a pair of dashes ("(As Roe first reported,
 * ____ backed the plan.)", "what the runner-up - ____ - won"): the writer marked it an aside.
 */
export function parentheticalGap(before: string, after: string): boolean {
	const open = (before.match(/\(/g) ?? []).length - (before.match(/\)/g) ?? []).length;
	const dashes = [...before.matchAll(ASIDE_DASH)];
	const opener =
		open > 0 && after.includes(')')
			? before.lastIndexOf('(')
			: dashes.length % 2 === 1 && new RegExp(ASIDE_DASH.source).test(after)
				? dashes.at(-1)!.index
				: -1;
	if (opener < 0) return false;
	// "the vast majority – ____ percent – named Britain": an aside that gives the figure of a
	// vague word right before it is the claim's own figure.
	return !new RegExp(`\\b(?:${VAGUE_SHARES})\\s*$`, 'i').test(before.slice(0, opener));
}

/**
 * A person's age: "____ years old", "between one week and ____ months old", "aged ____", "at
 * ____ the youngest", or a small number set off by commas after a name ("Mr. Roe, ____,
 * said"). Who is how old is an appositive's detail beside what the sentence reports.
 */
export function ageGap(before: string, answer: string, after: string): boolean {
	if (/^\s*[-\s]?(?:years?|months?|weeks?|days?)[-\s]+old\b/i.test(after)) return true;
	// Not "middle-aged ____": a word of age before a name is no age given.
	if (/(?<![\w-])(?:aged|at\s+age|age)\s+$/i.test(before)) return true;
	// "Lee, at ____ the youngest of the group": an age told by its rank among others.
	if (/\bat\s+$/i.test(before) && /^\s*,?\s*(?:the\s+)?(?:youngest|oldest)\b/i.test(after))
		return true;
	const n = /^\d{1,3}$/.test(answer.trim()) ? Number(answer.trim()) : NaN;
	return n > 0 && n < 120 && /\p{Lu}[\p{L}.'’-]*,\s*$/u.test(before) && /^\s*,/.test(after);
}

let pollSample: RegExp | undefined;
/** A point after a month's abbreviation before its day: "Oct. 30". */
const monthPoint = new RegExp(`\\b(${MONTH_PATTERN})\\.(?=\\s+\\d)`, 'gi');

let pollWord: RegExp | undefined;
/**
 * A poll's method: the number it asked ("a survey of ____ likely voters", "among ____
 * registered voters") or its margin of error ("plus or minus ____ percentage points"). The
 * finding (who leads, by how much) is what the sentence reports.
 */
export function pollMethodGap(before: string, after: string): boolean {
	pollWord ??= new RegExp(`\\b(?:${alternatives(POLL_WORDS)})\\b`, 'i');
	const sentence = `${before} ${after}`;
	if (!pollWord.test(sentence)) return false;
	if (/margin\s+of\s+(?:sampling\s+)?error\b[^.;]{0,40}$/i.test(before)) return true;
	if (
		/^\s*[-\s]?(?:percentage[-\s]+)?points?[-\s]+margin\s+of\s+(?:sampling\s+)?error/i.test(after)
	)
		return true;
	pollSample ??= new RegExp(`^\\s+(?:${alternatives(POLL_SAMPLE_NOUNS)})\\b`, 'i');
	return (
		pollSample.test(after) &&
		/\b(?:of|among|surveyed|polled|interviewed|questioned|sampled|asked|surveying|polling|interviewing|questioning|sampling|asking|including)\s+(?:about\s+|some\s+|nearly\s+|more\s+than\s+|roughly\s+)?$/i.test(
			before
		)
	);
}

/**
 * The days a poll was in the field: "The survey was conducted ____ through March 9", "the poll,
 * taken ____ among 900 voters". Like its sample size, when it asked is the poll's method; its
 * finding is the news (detail.ts asks this of every date gap, gap-checks.ts citedPieceDate).
 */
export function pollFieldDate(before: string, after: string): boolean {
	pollWord ??= new RegExp(`\\b(?:${alternatives(POLL_WORDS)})\\b`, 'i');
	return (
		pollWord.test(`${before} ${after}`) &&
		// A month's abbreviation point ("conducted Oct. 30 to ____") is no sentence end.
		/\b(?:conducted|taken|carried\s+out|fielded|in\s+the\s+field)\b[^.;“”"]{0,30}$/i.test(
			before.replace(monthPoint, '$1')
		)
	);
}

let onlineCount: RegExp | undefined;
/**
 * A tally of an online post or account: "the video drew ____ views", "____ people followed the
 * account", "more than ____ retweets". How many reacted is told in passing; the post's words
 * or what it set off are the news, and any other round number fits the gap as well.
 */
export function onlineCountGap(after: string): boolean {
	onlineCount ??= new RegExp(
		`^\\s+(?:[\\w-]+\\s+)?(?:(?:${alternatives(ONLINE_COUNT_NOUNS)})\\b|(?:people|users|accounts)\\s+(?:had\\s+|have\\s+)?(?:${alternatives(ONLINE_COUNT_VERBS)})\\b)`,
		'i'
	);
	return onlineCount.test(after);
}

let allusion: RegExp | undefined;
/**
 * A gap in a line the sentence marks as borrowed: "borrowing a line from an old debate, Roe
 * told Lee, 'You're no ____'", "in a nod to the ____ slogan". The words play on a famous
 * moment; a student without that history cannot use them, and read as a plain fact the key is
 * wrong.
 */
export function allusionGap(before: string, after: string): boolean {
	allusion ??= new RegExp(`\\b(?:${alternatives(ALLUSION_MARKERS)})\\b`, 'i');
	return allusion.test(`${before} ____ ${after}`);
}

let saidAt: RegExp | undefined;
let venue: RegExp | undefined;
/**
 * The town where someone spoke or campaigned: "saying at a church in ____ that …", "told
 * supporters at a rally in ____", "stopped by his campaign headquarters in ____". The words
 * said are the news; where the speaker stood is the venue, and any other stop of the tour
 * fits the gap as well. A meeting where someone was told of a
 * plan ("told Roe of the plan at a meeting in ____") is where the news happened: kept.
 */
export function speechVenueGap(before: string): boolean {
	const place = String.raw`\s+(?:in|near|outside)\s+(?:the\s+)?$`;
	saidAt ??= new RegExp(
		`\\b(?:${alternatives([...REPORTING_VERBS, 'saying', 'speaking', 'spoke', 'speak'])})\\s+(?:[a-z]+ly\\s+)?(?:at|during|before)\\s+(?:a|an|the|his|her|their|its)\\s+[^.;:,“”"]{0,30}?${place}`,
		'i'
	);
	venue ??= new RegExp(
		`\\b(?:at|by|to|during|from)\\s+(?:a|an|the|his|her|their|its)\\s+(?:[\\w-]+\\s+){0,2}?(?:${alternatives(SPEECH_VENUE_NOUNS)})${place}`,
		'i'
	);
	return saidAt.test(before) || venue.test(before);
}

let hostedVenue: RegExp | undefined;
/**
 * "apologized … at a May 10 ____ meeting", "spoke at the ____ conference": the body that held the
 * occasion where something was said only says which occasion it was, a stray detail beside the
 * act (a tuning reader's background gap).
 */
export function venueHostGap(before: string, after: string): boolean {
	hostedVenue ??= new RegExp(
		`^\\s+(?:meeting|conference|convention|${alternatives(SPEECH_VENUE_NOUNS)})\\b`,
		'i'
	);
	return (
		/\b(?:at|during|before|to)\s+(?:a|an|the)\s+(?:[\w.,]+\s+){0,3}?$/i.test(before) &&
		hostedVenue.test(after)
	);
}

let staffBio: RegExp | undefined;
/**
 * "____ is editor in chief of the Ledger", "____ is a columnist for …": the line that tells
 * who wrote the piece, not its news.
 */
export function bylineGap(before: string, after: string): boolean {
	staffBio ??= new RegExp(
		`^\\s+(?:is|was)\\s+(?:a|an|the)?\\s*(?:[\\w-]+\\s+){0,3}?${NEWS_STAFF_WORDS}\\b`,
		'i'
	);
	return /(?:^|[.!?]\s+)$/.test(before) && staffBio.test(after);
}

/**
 * "Roe told ____ that …", "… told ____ on Sunday": a network or paper someone spoke to is the
 * venue of an interview, a stray detail beside what was said (gap-checks.ts mediumGap has
 * "said on ____" and "in an interview with ____").
 */
export function interviewVenueGap(before: string, kind: Mention['kind']): boolean {
	return kind === 'org' && /\b(?:told|telling|tells)\s+$/i.test(before);
}

/**
 * A name owning a noun after a preposition: "Asked about ____'s testimony, Clinton noted …",
 * "were not contacted for ____'s investigation". Whose testimony or inquiry it was modifies an
 * adjunct; the sentence's subject and verb say what happened. A possessive that is the
 * subject ("____'s lawyers said") or the object ("rejected ____'s offer") stays.
 */
export function possessiveInAdjunct(before: string, after: string, kind: Mention['kind']): boolean {
	return (
		(kind === 'person' || kind === 'org') &&
		/^['’]s?\s+(?:[a-z-]+\s+){0,2}?[a-z-]+/.test(after) &&
		/\b(?:about|for|of|on|from|with|by|at|into|over|after|during|under|against|in|since|despite)\s+$/i.test(
			before
		)
	);
}

/**
 * A name in a clause that opens the sentence to set its scene: "While being questioned at the
 * ____ by Rep. Roe, the secretary urged …", "As she toured ____ on Friday, the mayor said …".
 * The main clause after its comma says what happened; where or before whom is its setting.
 * Counts are left alone ("After ____ people died, …" may be the news). Read at selection
 * (focus.ts gapSetsScene), where a story of several outlets keeps it out of its first ten: a
 * single article, short of questions, still asks it.
 */
export function frontedClauseGap(before: string, after: string, kind: Mention['kind']): boolean {
	return (
		kind !== 'quantity' &&
		/^\s*(?:While|As|When|Before|After)\s+(?:being\s+)?[a-z]+(?:ing|ed)\b[^,;:“”"]*$/.test(
			before
		) &&
		/^[^,;:“”"]*,\s+\S/.test(after)
	);
}

let ownArea: RegExp | undefined;
/**
 * The place a politician represents: "Rep. Ann Roe, who represents ____ in Congress", "her
 * district in ____", "Ann Roe, Republican of ____". Where a member comes from labels who they
 * are; the news is what they did, and a student who fills it recalls a biography line.
 */
export function representedAreaGap(before: string, kind: Mention['kind']): boolean {
	if (kind !== 'place') return false;
	ownArea ??= new RegExp(
		`\\b(?:his|her|their|its)\\s+(?:own\\s+|home\\s+)?(?:${alternatives(REPRESENTED_AREA_NOUNS)})\\s+(?:in|of|near|outside)\\s+(?:the\\s+)?$`,
		'i'
	);
	return (
		/\b(?:represents|represented|representing|represent)\s+(?:the\s+)?$/i.test(before) ||
		ownArea.test(before) ||
		/\p{L},\s+(?:a\s+)?\p{Lu}\p{Ll}+\s+of\s+$/u.test(before)
	);
}

let areaTakesIn: RegExp | undefined;
/**
 * A gap in the clause that tells what a district takes in: "the Fifth District, which includes
 * Harlow and the mills along the ____, moved right", "represents the 11th District, which
 * includes ____ and …". The area's geography is background; the news is what it or its member
 * did. The clause must go on past the gap (a comma after it): "The district, which includes
 * Harlow, voted for ____." asks the main clause.
 */
export function areaGeographyGap(before: string, after: string): boolean {
	areaTakesIn ??= new RegExp(
		`\\b(?:${alternatives(REPRESENTED_AREA_NOUNS)})s?,?\\s+(?:which|that)\\s+(?:includes?|included|covers?|covered|encompass(?:es|ed)?|spans?|spanned|stretch(?:es|ed)|takes\\s+in|took\\s+in)\\b[^;:“”"()]*$`,
		'i'
	);
	return areaTakesIn.test(before) && /^[^.;]*,/.test(after);
}

let roomHead: RegExp | undefined;
/**
 * "The two men then proceed to the ____", "they met in the ____": a room of a building (a
 * two-word name ending in a room's head noun, "Oval Office", "Cabinet Room") as where someone
 * went or met. The building itself ("the White House") and any other room of it fit the gap as
 * well, and a blind reader's typed building was refused. An office named as a body ("according
 * to the Budget Office", "a report from the Office of …") is no place someone goes.
 */
export function roomGap(before: string, answer: string): boolean {
	roomHead ??= new RegExp(`^[A-Z][\\p{L}'’-]+\\s+(?:${alternatives(ROOM_HEADS)})$`, 'iu');
	if (!/^\p{Lu}/u.test(answer) || !roomHead.test(answer.replace(/^the\s+/i, ''))) return false;
	const motion = String.raw`\b(?:proceed(?:s|ed)?|went|go(?:es)?|going|walk(?:s|ed)?|mov(?:es|ed)|head(?:s|ed)|return(?:s|ed)|came|come|met|meet(?:s|ing)?|sat|gather(?:s|ed)|stood|summon(?:s|ed)|usher(?:s|ed)|invited|escorted|retreated)\s+(?:[\w’']+\s+){0,3}?(?:to|in|into|inside|at)\s+the\s+$`;
	// "in the Rose Garden" is always a place; "in the Budget Office" may be a body's staff.
	const inRoom = /\b(?:in|into|inside)\s+the\s+$/i.test(before) && !/office$/i.test(answer);
	return inRoom || new RegExp(motion, 'i').test(before);
}

/**
 * Whose a body is, or what owns it: "Harlow University's ____, which hosts the lecture",
 * "Governor Lee's ____ reached a deal" (a unit named by its owner: the owner is the point, and any
 * other unit's name fits), and a parent company ("owned by ____", "a subsidiary of ____",
 * "its parent company, ____", "____, which owns the Ledger"). Who owns the firm in the news is
 * background beside what it did.
 */
export function ownerGap(before: string, after: string, kind: Mention['kind']): boolean {
	if (kind === 'quantity' || kind === 'date') return false;
	if (kind === 'org' && /(?:^|[\s(])\p{Lu}[\p{L}.’'-]*['’]s?\s+$/u.test(before)) return true;
	return (
		/\b(?:owned\s+by|(?:a|an|the)\s+(?:[\w-]+\s+)?(?:subsidiary|division|unit|arm)\s+of|parent(?:\s+company|\s+firm)?,?)\s+(?:the\s+)?$/i.test(
			before
		) || /^,?\s+(?:which|that)\s+owns\b|^,\s+(?:the|its)\s+parent\b/i.test(after)
	);
}

/** Any of the above: a gap on a stray detail, left for another gap of the same sentence. */
export function strayGap(
	before: string,
	answer: string,
	after: string,
	kind: Mention['kind']
): boolean {
	return (
		parentheticalGap(before, after) ||
		ageGap(before, answer, after) ||
		(kind === 'quantity' && pollMethodGap(before, after)) ||
		(kind === 'quantity' && onlineCountGap(after)) ||
		allusionGap(before, after) ||
		(kind !== 'quantity' && speechVenueGap(before)) ||
		(kind !== 'quantity' && venueHostGap(before, after)) ||
		(kind !== 'quantity' && interviewVenueGap(before, kind)) ||
		possessiveInAdjunct(before, after, kind) ||
		bylineGap(before, after) ||
		areaGeographyGap(before, after) ||
		ownerGap(before, after, kind) ||
		representedAreaGap(before, kind) ||
		(kind !== 'quantity' && roomGap(before, answer)) ||
		(kind === 'quantity' && definiteSmallCount(before, answer))
	);
}

/** "two" to "twelve", "a dozen": a count small enough to be written in words. */
const SMALL_COUNT =
	/^(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a dozen|dozen|[2-9]|1[0-2])$/i;

/**
 * "his ____ most recent predecessors", "representatives of the ____ groups", "the ____ leaders":
 * a small count after "the" or a possessive counts people or things the story already named; it
 * points back to them, and how many they are is no news of the sentence (tuning readers rejected
 * "three groups" and "three most recent predecessors" as trivia).
 */
export function definiteSmallCount(before: string, answer: string): boolean {
	return (
		SMALL_COUNT.test(answer.trim()) && /\b(?:the|his|her|its|their|these|those)\s+$/i.test(before)
	);
}
