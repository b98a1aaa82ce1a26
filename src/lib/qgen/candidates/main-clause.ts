/**
 * A lead's main clause (main-idea.ts keys it, main-idea-single.ts too): the lead without its
 * opening time phrase, its asides and what follows the comma, and the tests that a cut kept a
 * whole clause rather than half of one.
 */
import { WEEKDAYS } from '../lexicon';
import { isClause } from './cause';

const words = (s: string) => s.split(/\s+/).filter(Boolean);

/** Where mainClause took words out of the lead: the kept pieces are each the lead's own words. */
const CUT = '\u2063';
const DAYS = WEEKDAYS.map((d) => d[0]!.toUpperCase() + d.slice(1)).join('|');
const DASH = '(?:\\s*[—―–]\\s*|\\s+-{1,2}\\s+|--)';

/**
 * A lead's main clause: "Roe resigned on Friday, after allegations that …" → "Roe resigned on
 * Friday." What follows the comma or a dash adds a reason, a reaction or a detail, and what
 * stands between commas after "who" or "which", or between two dashes, is an aside; the main
 * idea is the rest.
 */
export function mainClause(lead: string): string {
	return mainClauseParts(lead).join(' ');
}

/** "Three days after", "Just hours before", "Moments after": a measure of time before "after"/"before". */
const MEASURED_TIME = String.raw`(?:(?:Just|Only|Barely|Less than|More than|Nearly|About|Some)\s+)?(?:[Aa]n?|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ss]everal|[Aa] few|\d+|[Ff]ew)?\s*(?:[Ss]econds?|[Mm]inutes?|[Hh]ours?|[Dd]ays?|[Ww]eeks?|[Mm]onths?|[Yy]ears?|[Mm]oments?)\s+(?:after|before)`;
/** "When …", "Three days after …", "Though …": a sentence that opens on a subordinate clause. */
const OPENS_SUBORDINATE = new RegExp(
	String.raw`^(?:${MEASURED_TIME}|After|Before|Since|When|While|As|Because|Although|Though|If|Until|Once|Unless|Whether|Where|Whereas|Now that|Even as|Even though|Even if)\b`
);

/**
 * A cut that is only its opening subordinate clause ("When Roe learned that the mayor would
 * visit Salem, Ore."): no comma in it is followed by a main clause, so the news itself (what
 * Roe did then) was cut off. A place's comma ("Salem, Ore.") or a list's does not end the
 * subordinate clause; a clause after a comma ("When Roe arrived, the vote was over") does.
 */
export function subordinateOnly(cut: string): boolean {
	const text = cut.replace(CUT, '').replace(/\.$/, '');
	if (!OPENS_SUBORDINATE.test(text)) return false;
	const pieces = text.split(/,\s+/);
	return !pieces.some((_, i) => i > 0 && isClause(pieces.slice(i).join(', ')));
}

/** A stretch of an aside: no clause punctuation, but a figure's thousands comma ("$8,000"). */
const ASIDE_TEXT = String.raw`(?:[^,;:“”"—―–()]|(?<=\d),(?=\d{3}))`;
/** ", the Texas Republican who …, " after a name, before the main clause's lower-case verb. */
const APPOSITIVE = new RegExp(
	String.raw`(?<=[A-Z][\p{L}.'’-]+(?:\s+(?:[A-Z]\.|Jr\.|Sr\.))?),\s+(?:the|a|an|one of)\s${ASIDE_TEXT}{3,140}(?:,\s+(?:the|a|an)\s${ASIDE_TEXT}{3,80})?,\s+(?=[a-z]{3,}\b)(?!(?:and|or|but|who|which|[a-z]+ing)\b)`,
	'gu'
);

/**
 * What every APPOSITIVE match opens with, found by a plain scan: APPOSITIVE itself opens on a
 * look-behind that reads back over a word at every position of the lead, the mainIdea stage's
 * largest cost, and most leads have no ", the …" or ", a …" at all.
 */
const APPOSITIVE_START = /,\s+(?:the|a|an|one of)\s/;

/**
 * "Roe had argued that some people" (from "…that some people, including Obama, needed …"):
 * a cut at a comma that falls after "that" or a verb of saying and before the verb of what was
 * said leaves half a clause, though the saying verb makes it read as one.
 */
export function cutBeforeVerb(cut: string): boolean {
	const m =
		/\b(?:that|whether|said|says|told|argued|argues|believes|believed|thinks|thought|warned|added|claimed|claims|insisted|insists|noted)\s+((?:\S+\s+){0,12}\S+)$/i.exec(
			cut
		);
	return m !== null && !isClause(`It ${m[1]!}`);
}

/**
 * "Roe is close to winning the seat and yet none of her rivals" (from "… none of her rivals,
 * despite their worry, are attacking her"): a cut after "and yet", "but", "yet" or "whereas"
 * whose second clause has no verb yet; the first clause makes the whole read as one, but the
 * contrast it sets up (often the point) is cut off before it is said.
 */
export function cutInContrast(cut: string): boolean {
	const m = /\b(?:and yet|yet|but|whereas)\s+((?:\S+\s+)*\S+)$/i.exec(cut);
	return m !== null && !isClause(`It ${m[1]!}`);
}

/**
 * "According to a study by X, a charity, if fares were cut.": a cut that kept a source and a
 * condition, not what the source found (the main clause after them was cut off).
 */
export function sourceAndConditionOnly(text: string): boolean {
	const said = text.replace(/^According to [^,]+(?:,[^,]+)?,\s+/, '');
	return said !== text && subordinateOnly(said.replace(/^./, (c) => c.toUpperCase()));
}

/** The main clause as the pieces of the lead it keeps, in order (each one is in the lead). */
export function mainClauseParts(lead: string): string[] {
	// "In one of her final appearances as secretary, Roe defended …": the main clause starts at the name.
	// "Three days after a video surfaced, Roe apologized …": a measured "after" or "before" too.
	let text = lead
		.replace(
			new RegExp(
				`^(?:In|On|At|During|After|Before|Following|Amid|Despite|Speaking|Heading|${DAYS}|${MEASURED_TIME})\\b[^,“”"]{0,80},\\s+(?=[A-Z])`
			),
			''
		)
		.replace(/^./, (c) => c.toUpperCase());
	// "Jane Roe, who chairs the board, on Sunday defended …": the aside goes, the clause stays whole.
	// "Jane Roe, the Texas Republican who …, resigned": a name's appositive (the/a/an, or "one of"),
	// maybe two in a row ("…, the sister of X, a Senate candidate,"), before a lower-case verb.
	const unasided = text.replace(
		/,\s+(?:who|which)\b[^,;:“”"—―–()]{3,100},\s+(?=[a-z]|on\b|in\b)/g,
		` ${CUT}`
	);
	const aside = (
		APPOSITIVE_START.test(unasided)
			? // Not the last of a list of people ("Roe, the mayor, and Hale, the treasurer, signed").
				unasided.replace(APPOSITIVE, (m, at: number, all: string) =>
					/\band\s+(?:[A-Z][\p{L}.'’-]*\s+){0,3}[A-Z][\p{L}.'’-]*$/u.test(all.slice(0, at))
						? m
						: ` ${CUT}`
				)
			: unasided
	).replace(new RegExp(`${DASH}[^—―–“”"]{3,200}?${DASH}`, 'g'), ` ${CUT}`);
	if (isClause(aside.replace(CUT, ''))) text = aside;
	// Not at ", but" or ", while" before a clause: the contrast is often the point ("will keep
	// his title, but the hiring was seen as a demotion"; "not only …, but also …"), and the
	// cut can split a phrase ("a prominent, but unpaid, post"). ", while vacationing" is a detail.
	const m =
		/^(.*?\S),\s+(?:after|as|following|amid|while\s+[a-z]{3,}ing|and|which|who|according|in an?|a day|hours|days|weeks|even as|despite|where|when|with|[a-z]{3,}ing)\b/.exec(
			text
		) ?? new RegExp(`^(.*?\\S)${DASH}`).exec(text);
	const cut = m ? m[1]! : text;
	const keep =
		m &&
		words(cut).length >= 7 &&
		// "Three days after a video surfaced of him mocking the senator, which …": a cut that keeps
		// only the opening subordinate clause drops the news itself (the apology after it).
		!subordinateOnly(cut) &&
		!cutBeforeVerb(cut.replace(CUT, '')) &&
		!cutInContrast(cut.replace(CUT, '')) &&
		isClause(cut.replace(CUT, '')) &&
		!/[(“"]/.test(cut.replace(/\([^)]*\)/g, ''));
	const clause = keep ? `${cut}.` : text;
	return clause
		.split(CUT)
		.map((p) => p.trim())
		.filter(Boolean);
}
