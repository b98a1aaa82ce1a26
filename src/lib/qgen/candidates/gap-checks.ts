/**
 * Tests of a gap shared by the typed cloze and the chosen gap (detail.ts): gaps that the words
 * around them fill, gaps on a stray detail rather than the sentence's news, and names with
 * equally good forms the text does not settle.
 */
import { escapeRegExp, wordAlternatives } from '$lib/text/regexp';
import {
	EXPLETIVE_SHORT_FORMS,
	EXPLETIVE_STEMS,
	FIXED_COUNTS,
	GOVERNMENT_LEVELS,
	INSTITUTION_NOUNS,
	NUMBER_WORDS,
	NUMBER_WORD_PATTERN,
	SIGN_OFFS,
	BROADCAST_WORDS,
	TELEPHONE_WORDS,
	THOROUGHFARE_WORDS,
	DOCUMENT_NOUNS,
	MESSAGE_NOUNS,
	MONTH_PATTERN,
	RECORDED_NOUNS,
	REPORTING_VERBS,
	BUSINESS_NOUNS
} from '../lexicon';
import type { Mention } from '../types';
import { memoByText } from '../match-cache';
import { lexiconTags } from '../entities';
import { pollFieldDate, strayGap } from './stray-gaps';
import {
	colonListCounts,
	electionLabelDate,
	fixedPhraseGap,
	negatedIdentityGap,
	occasionLabelDate,
	pastPostGap,
	placeLabelledEvent,
	placeModifierGap,
	rivalBefore,
	superlativeScopeGap
} from './known-gaps';

/**
 * Nouns of political life that a party's name or short form qualifies ("GOP leaders",
 * "Republican lawmakers", "a Labour-led council"): a word the story uses so names a party.
 */
const PARTY_GROUP = String.raw`(?:\s+(?:lawmakers|leaders?|leadership|senators?|legislators|candidates?|nominees?|voters|majority|minority|caucus|establishment|base|primary|primaries|colleagues|congress(?:wo)?m[ae]n|governors?|incumbents?|strategists|operatives|nomination|debates?|presidential|hopefuls?|field|ticket|convention|front-?runners?|contenders?|rivals|platform|donors|lawmaker|politicians?|insiders|agenda|tax\s+(?:bill|plan|overhaul|cuts?)|health(?:[\s-]care)?\s+(?:bill|plan)|Senators?|Representatives?|Congress(?:wo)?m[ae]n)\b|\s+(?:Sens?|Reps?|Gov)\.|-(?:controlled|led|dominated|held|backed|aligned|run)\b)`;

/** "Senate Democrats", "House Republicans": a chamber before a capitalised plural. */
const CHAMBER_MEMBERS = /^(?:Senate|House|Assembly|Parliament|Commons|Congress|Legislature)\s/;

/**
 * "Democrats", "the Republican Party", "the GOP": a party, by its name, its members' plural
 * or a short form the story uses for a party. A party has its members' plural, its adjective
 * and its nicknames, equally good in the gap and not all in the text: "the GOP" keyed refuses
 * "the Republicans" the story also writes.
 */
export function isPartyName(answer: string, text: string): boolean {
	const bare = answer.replace(/^the\s+/i, '');
	if (/\bPart(?:y|ies)$/.test(bare)) return true;
	// "Senate Democrats", "House Republicans": a party's members in a body, also "Democratic
	// senators" or "the Senate's Democrats". A chamber's members by a capitalised plural are a
	// party's, whatever else the story writes.
	// "Senate GOP": a chamber before a party's short form.
	if (bare.includes(' '))
		return (
			(/^\p{Lu}[\p{L}.]*\s+\p{Lu}[a-z]{3,}s$/u.test(bare) &&
				(CHAMBER_MEMBERS.test(bare) || isPartyName(bare.split(/\s+/).pop()!, text))) ||
			(CHAMBER_MEMBERS.test(bare) &&
				/^\S+\s+(?:[A-Z]{2,5}|(?:[A-Z]\.){2,5})$/.test(bare) &&
				isPartyName(bare.split(/\s+/).pop()!, text))
		);
	const stem = bare.replace(/(?:ans|ats|ns|s)$/, '');
	if (stem.length >= 4 && new RegExp(`\\b${escapeRegExp(stem)}[a-z]*\\s+[Pp]arty\\b`).test(text))
		return true;
	// A short form in capitals, dotted or not ("GOP", "G.O.P."), or a members' plural
	// ("Republicans") that the story also puts before a noun of political life ("GOP leaders",
	// "Republican lawmakers").
	if (/^(?:[A-Z]{2,5}|(?:[A-Z]\.){2,5})$/.test(bare)) {
		const forms = [
			bare,
			bare.replace(/\./g, ''),
			bare.replace(/\.?$/, '').replace(/(?<=[A-Z])(?!\.)/g, '.')
		];
		return [...new Set(forms)].some((f) =>
			new RegExp(`(?<![\\w.])${escapeRegExp(f)}${PARTY_GROUP}`).test(text)
		);
	}
	if (/^[A-Z][a-z]{3,}s$/.test(bare))
		return (
			stem.length >= 4 && new RegExp(`\\b${escapeRegExp(stem)}[a-z]*${PARTY_GROUP}`).test(text)
		);
	// "his party's ____ lawmakers" → "Republican": a party's adjective, which the story also
	// writes as its members' plural ("Republicans"); the gap takes "GOP" as well.
	return (
		/^[A-Z][a-z]{3,}$/.test(bare) &&
		new RegExp(`\\b${escapeRegExp(bare)}s\\b`).test(text) &&
		new RegExp(`\\b${escapeRegExp(bare)}${PARTY_GROUP}`).test(text)
	);
}

/** Words before a body's head noun that say which one, not what kind ("the same court"). */
const NOT_MODIFIER = String.raw`(?:the|a|an|its|their|his|her|our|this|that|these|those|which|whose|same|full|other|new|whole|entire|of|in|to|by|and|or|for|with|from|at|on|into|before|after|than|as)`;

/**
 * "the Supreme Court" where an outlet writes "the high court", "the Legislature" beside "the
 * state legislature": the story calls the body by a description too, in lower case with the
 * name's head noun, and a reader who types that description means the same body. The key
 * could not take it without taking other bodies of that kind as well, so the gap is left alone.
 */
export function describedToo(answer: string, text: string): boolean {
	const head = /([A-Z][a-z]{3,})$/.exec(answer.trim())?.[1];
	if (!head || !(INSTITUTION_NOUNS as readonly string[]).includes(head.toLowerCase())) return false;
	// Asked for gap after gap over the whole story's text, with a few head nouns: the answer
	// depends on the head and the text alone, and each scan of the story is costly (issue #10).
	const byHead = describedHeads(text);
	let described = byHead.get(head);
	if (described === undefined) {
		described = storyDescribes(head, text);
		byHead.set(head, described);
	}
	return described;
}

const describedHeads = memoByText(() => new Map<string, boolean>(), 50);

function storyDescribes(head: string, text: string): boolean {
	// "the state legislature", "the GOP-led state legislature", "Ohio's state legislature", "the
	// state's legislature", "in state legislatures": a lower-case word that says what kind of
	// body, right before the lower-case head.
	const described = new RegExp(
		`(?:\\b(?:[Tt]he|[Aa]|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[\\p{Lu}][\\p{L}.-]*['’]s)\\s+(?:[\\p{L}-]+\\s+)?|\\b)(?!${NOT_MODIFIER}\\b)[a-z][a-z-]+(?:['’]s)?\\s+${head.toLowerCase()}s?\\b`,
		'u'
	);
	// "the same court", "the full committee" say which body in the sentence before, not a second name.
	if (
		[...text.matchAll(new RegExp(described, 'gu'))].some(
			(m) => !/\b(?:same|full|other|new|whole|entire)\b/.test(m[0])
		)
	)
		return true;
	// "the state Senate", "the federal Court": many outlets capitalise the head after a word that
	// says which level of government; "Ohio Senate" and "state Senate" are one body then.
	return new RegExp(`\\b(?:${GOVERNMENT_LEVELS.join('|')})\\s+${head}s?\\b`).test(text);
}

/**
 * A gap the reader fills from the words around it, not from the story: a maker before a model
 * number ("a ____ 727"), a figure of a set phrase ("____ percent false", "100 percent"), a
 * number dialled ("called ____"), or a count the rest of the sentence adds up ("____ seats:
 * seven held by A and three by B"). Or a gap on a stray detail, not the sentence's news: a
 * number that names a thing, a school someone attended, one item of a list, words of a tweet,
 * or one of stray-gaps.ts (an aside, an age, a poll's method, where someone spoke).
 */
export function trivialGap(
	before: string,
	answer: string,
	after: string,
	kind: Mention['kind']
): boolean {
	// "$____.8million", "____million": the gap splits one written token, and the half left
	// in view gives the rest away or reads as a typo.
	if (/[\p{L}\d]$/u.test(before) || /^(?:[\p{L}\d]|[.,]\d)/u.test(after)) return true;
	if (insideRange(before, after)) return true;
	if (tweetWords(`${before} ${after}`)) return true;
	if (addressPart(before, answer, after) || signature(before) || isExpletive(answer)) return true;
	if (strayGap(before, answer, after, kind)) return true;
	// "before the ____ election", "at the ____ televised debate": the day only labels an occasion.
	if (kind === 'date' && (electionLabelDate(before, after) || occasionLabelDate(before, after)))
		return true;
	if (kind !== 'quantity' && (fixedPhraseGap(before, answer) || pastPostGap(before))) return true;
	// "the luckiest pol in ____", "the migrant crisis in ____": the place is a frame, not news.
	// "during the ____ debate" → "Miami": the place only says which occasion.
	if (
		kind === 'place' &&
		(superlativeScopeGap(before, answer) ||
			placeLabelledEvent(before) ||
			placeModifierGap(before, answer, after))
	)
		return true;
	// "He isn't ____": the foil of a negated identity is the story's rival, guessed unread.
	if (kind === 'person' && (negatedIdentityGap(before) || rivalBefore(before))) return true;
	if (kind !== 'quantity')
		return (
			// A name in a clause on who someone is ("Roe, who worked for ____ for years, said …")
			// is as stray as a count there.
			asideFigure(before, after) ||
			countryInitials(answer, kind) ||
			showName(before, after, kind) ||
			/^\s+[A-Z]?[\w-]*\d/.test(after) ||
			schoolAttended(before, after) ||
			listMember(before, after) ||
			// "director of relations for ____' Washington office": whose office, a side detail.
			/^['’]s?\s+[^;]{0,30}?\b(?:office|offices|headquarters|branch|plant|campus|store|factory)\b/u.test(
				after
			)
		);
	if (identifierNumber(before, after) || phoneNumber(before, answer, after)) return true;
	if (elapsedTime(after) || partOfTotal(before) || rangeBound(before, answer, after)) return true;
	if (ratioDenominator(before)) return true;
	if (asideFigure(before, after)) return true;
	if (commonKnowledgeCount(before, answer, after) || ratioGivesFigure(before, after)) return true;
	// "half ____ votes" → "a dozen": the figure is "half a dozen", and "12" would be no answer.
	if (/\bhalf\s+$/i.test(before)) return true;
	// "the $64,000 question", "the million-dollar question": an idiom for what matters most, no amount.
	if (/^(?:-dollar)?\s+question\b/i.test(after)) return true;
	if (/^\s*(?:%|percent\b|per cent\b)/i.test(after)) {
		const value = Number(answer.replace(/,/g, ''));
		if (value >= 100 || value === 0) return true;
		if (
			/^\s*(?:%|percent|per cent)\s+(?:true|false|sure|certain|correct|wrong|right|accurate|committed|behind|confident)\b/i.test(
				after
			)
		)
			return true;
	}
	if (/\b(?:call|called|calling|calls|dial|dialed|dialled|dialing)\s+$/i.test(before)) return true;
	// "____ reasons to vote for him", "____ things to know": the count of a list the writer chose.
	if (
		/^\s+(?:\w+\s+)?(?:reasons|ways|things|tips|lessons|takeaways|questions|facts)\b/i.test(after)
	)
		return true;
	return (
		partsAddUp(answer, `${before} ${after}`) ||
		listAddsUp(answer, after) ||
		colonListCounts(answer, after)
	);
}

/**
 * "Oct. 30 to ____", "March 3 through ____": a day then "to" is a span's start even without
 * "from" (a poll's field dates, a festival's run); a move ("moved to ____") names no day first.
 */
const monthRangeStart = new RegExp(
	`\\b${MONTH_PATTERN}\\.?\\s+\\d{1,2}(?:,\\s+\\d{4})?\\s+(?:to|through|until|till)\\s+$`,
	'i'
);

/**
 * The gap is one end of a range written with a dash ("on ____-12" for "July 11-12", "____–2016",
 * "$5-____ million") or spelled out ("from 2015 to ____", "between ____ and 12 March"): the
 * other end in view all but gives it away, and the gap cuts one thing, the span, in two. Every
 * kind of gap, dates too (detail.ts usable asks this before it lets a date through).
 */
export function insideRange(before: string, after: string): boolean {
	// A spaced em dash opens an aside ("rose to ____ — 5 of them children"), not a range.
	if (/^(?:[-–—]|\s[-–]\s)\$?\d/u.test(after) || /\d(?:[-–—]|\s[-–]\s)\$?$/u.test(before))
		return true;
	// "from ____ to 2016", "between ____ and March 12": the far end follows the gap.
	const end = String.raw`(?:\p{Lu}[\p{Ll}]+\.?\s+)?\d`;
	if (
		/\b(?:from|between)\s+\$?$/iu.test(before) &&
		new RegExp(`^\\s+(?:to|through|until|and)\\s+\\$?${end}`, 'u').test(after)
	)
		return true;
	if (monthRangeStart.test(before)) return true;
	// "from 2015 to ____", "between March 3 and ____".
	return new RegExp(
		`\\b(?:from|between)\\s+\\$?${end}[\\d,.]*(?:\\s+\\p{L}+)?\\s+(?:to|through|until|and)\\s+\\$?$`,
		'iu'
	).test(before);
}

/**
 * Words before the place something was posted or aired: "posted … to", "wrote on", "appearing
 * on", "in an interview with". Which site, network or show carried the words is a stray detail,
 * and "online" or another outlet fits the gap as well.
 */
const MEDIUM_BEFORE =
	/\b(?:(?:post(?:s|ed|ing)?|wr(?:ote|ites|iting)|stat(?:es|ed|ing)|noted|tweet(?:s|ed|ing)?|shar(?:es|ed|ing)|upload(?:s|ed|ing)?|publish(?:es|ed|ing)?|appear(?:s|ed|ing)?|interview(?:ed)?|live-?stream(?:s|ed|ing)?|said|says|speaking|spoke|lash(?:es|ed|ing)?\s+out)\b[^.;]{0,40}?\b(?:on|to)|\binterviews?\s+(?:with|by)|\b(?:took|tak(?:es|ing))\s+to)\s+(?:the\s+)?$/i;

/**
 * A reply or an announcement made on a site or a network: "reacted on ____ by asking …",
 * "responded Tuesday on ____", "announced on ____". Only "on": "responded to ____" names whom
 * the reply answered, which is the news.
 */
const REPLIED_ON =
	/\b(?:react(?:s|ed|ing)?|respond(?:s|ed|ing)?|repl(?:y|ies|ied|ying)|announc(?:es|ed|ing)|(?:fir(?:es|ed|ing)|hit(?:s|ting)?|shot|shoots?|struck|strikes?)\s+back)\b[^.;]{0,40}?\bon\s+(?:the\s+)?$/i;

/**
 * How words were received on a site: "was roundly criticized on ____", "mocked on ____", "went
 * viral on ____". Where the reception happened is as stray as where the words were posted, and
 * "social media" or another site fits the gap as well (a body refused as a place's gap, "a cozy
 * relationship with ____", left the cloze pass this site instead).
 */
const RECEIVED_ON =
	/\b(?:criticized|criticised|mocked|ridiculed|lampooned|derided|slammed|blasted|panned|praised|celebrated|trended|went\s+viral)\s+on\s+(?:the\s+)?$/i;

/**
 * The channel itself: "fired back hours later via ____", "an avid user of ____", "accounts on
 * ____". Which site carried the words is as stray as after "posted on", and the sentence
 * around says the words went online.
 */
const CHANNEL_BEFORE = /\b(?:via|users?\s+of|accounts?\s+on)\s+(?:the\s+)?$/i;

/** The gap names where words were posted or aired ("wrote on ____", "the ____ account"). */
export function mediumGap(before: string, after: string): boolean {
	return (
		MEDIUM_BEFORE.test(before) ||
		REPLIED_ON.test(before) ||
		RECEIVED_ON.test(before) ||
		CHANNEL_BEFORE.test(before) ||
		/^\s+(?:account|feed|page|post|video)\b/.test(after)
	);
}

/**
 * "less than ____ hours into the new year", "almost ____ months after the election", "just ____
 * days after he said": the time between the news and another event dates the report; it is no
 * part of what happened. A spell of the event itself ("closed for ____ days", "has ____ weeks
 * to reach a deal") is not followed by such a word and stays.
 */
export function elapsedTime(after: string): boolean {
	return /^\s+(?:full\s+|more\s+|short\s+)?(?:minutes?|hours?|days?|weeks?|months?|years?|decades?)\s+(?:after|into|before|ago|earlier|later|since|prior|from\s+now)\b/i.test(
		after
	);
}

/**
 * "two of the ____ access lanes", "many of the ____ undocumented immigrants in the country",
 * "most of its ____ active-duty troops": the total a part is taken from is background; the
 * news is the part.
 */
export function partOfTotal(before: string): boolean {
	return /\b(?:\d[\d,.]*|(?:one|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands|millions|some|many|most|all|half|none|each|several|few|any|both|majority|share|portion|part|fraction|proportion|percent)|a\s+(?:third|quarter|fifth|tenth))\s+of\s+(?:the|its|their|his|her|our|an\s+estimated|some|about|nearly|roughly|more\s+than)\s+(?:(?:estimated|roughly|nearly|about|some|more\s+than)\s+)?\$?$/i.test(
		before
	);
}

/**
 * "three of ____ voters", "one in ____ adults", "nine out of ____ doctors": the gap is a ratio's
 * "of N" part. Its form all but names it (four, five, ten), and "three of four" is no fact a
 * student learns from the article; the part before it is the figure that tells the news. A
 * year is no part ("in 2012 in ____ counties"): four digits without a comma never match. Nor
 * is "one of ____" a ratio: "Roe was one of ____ people hurt" counts the group, the event's figure.
 */
const RATIO_DENOMINATOR = new RegExp(
	`\\b(?:(?:\\d{1,3}(?:,\\d{3})*|${NUMBER_WORD_PATTERN})\\s+(?:out\\s+of|in)|(?!one\\b)(?:\\d{1,3}(?:,\\d{3})*|${NUMBER_WORD_PATTERN})\\s+of)\\s+$`,
	'i'
);

export const ratioDenominator = (before: string): boolean => RATIO_DENOMINATOR.test(before);

/**
 * A figure set off by commas beside the sentence's point: in a clause about someone already
 * named ("Roe, who held ____ rallies on Friday, urged the board …"), in a breakdown of the
 * figure before it ("in 22 letters, across ____ files, that …"), or in a clause on the speaker
 * after the words they said ("… ,” said Roe, who has led the board for ____ years."), or in an
 * apposition on who someone is ("Roe, the top member of the ____, said …"). The news
 * is the main clause, the first figure or the words said; the aside's count is what a teacher
 * calls a stray detail.
 */
export function asideFigure(before: string, after: string): boolean {
	// "who" only: a clause on a thing ("the blast, which killed ____ people,") often tells the
	// event's own count; after "said" the clause on the speaker's body counts too.
	const closes = /^[^,;:.()—–]*,\s+\S/.test(after);
	const aside = /,\s+who\s+(?:[^,;:()—–]|,(?=\d))*$/i.test(before);
	const breakdown =
		/\d[\d,.]*\s+[\w-]+(?:\s+[\w-]+)?,\s+(?:across|among|in|from|over|spread\s+across)\s+(?:about\s+|some\s+|nearly\s+)?$/i.test(
			before
		);
	// "Warner of Virginia, the top Democrat on the ____, told reporters": an apposition on who a
	// named person is, as stray as a "who" clause (a tuning reader's background gap).
	const apposition =
		/\p{Lu}[\p{L}.'’-]*,\s+(?:the|a|an)\s+(?:[\p{L}-]+\s+){0,4}?(?:on|of|at|for|in|with)\s+(?:the\s+)?$/u.test(
			before
		);
	if (closes && (aside || breakdown || apposition)) return true;
	saidThen ??= new RegExp(
		`\\b(?:${REPORTING_VERBS.map(escapeRegExp).join('|')})\\s+[^.;:“”"]{1,80}?,\\s+(?:who|which)\\s+(?:[^,;:()—–“”"]|,(?=\\d))*$`,
		'i'
	);
	// The clause runs to the sentence's end.
	return saidThen.test(before) && /^[^,;:()—–“”"]*[.!?]?\s*$/.test(after);
}
let saidThen: RegExp | undefined;

/** A figure as written: digits (with commas, a decimal, a scale word) or a number word. */
const FIGURE = String.raw`\$?(\d[\d,]*(?:\.\d+)?|[a-z]+)(?:\s*(thousand|million|billion|trillion))?`;
const SCALE: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };
const valueOf = (figure: string, scale?: string) => {
	const n = /^\d/.test(figure) ? Number(figure.replace(/,/g, '')) : numberOf(figure);
	return n === undefined ? undefined : n * (scale ? SCALE[scale.toLowerCase()]! : 1);
};

/**
 * One end of a range ("$____ to $300,000", "between 250 and ____", "____-300"): asking one
 * bound alone misstates the figure, which the text gives as a span. Told from a score ("46
 * percent to 41 percent") by its order: a range runs from the smaller figure to the larger, or
 * opens with "between" or "from".
 */
export function rangeBound(before: string, answer: string, after: string): boolean {
	const [, figure, scale] = new RegExp(`^${FIGURE}$`, 'i').exec(answer.trim()) ?? [];
	const own =
		figure === undefined
			? undefined
			: valueOf(figure, scale ?? /^\s*(thousand|million|billion|trillion)\b/i.exec(after)?.[1]);
	if (own === undefined) return false;
	const unit = String.raw`(?:\s*(?:thousand|million|billion|trillion))?(?:\s*(?:%|percent|per\s+cent))?`;
	// "and" joins two ends only after "between": "____ and 53 wounded" is two counts.
	const next = new RegExp(`^${unit}\\s*(to|-|–|—|and)\\s*${FIGURE}`, 'i').exec(after);
	const opened = /\b(?:between|from)\s+\$?$/i.exec(before)?.[0].trim().toLowerCase();
	if (next && (next[1]!.toLowerCase() !== 'and' || opened?.startsWith('between'))) {
		const other = valueOf(next[2]!, next[3]);
		if (other !== undefined && (!!opened || other > own)) return true;
	}
	const prev = new RegExp(
		`(?:^|\\s)(?:(between|from)\\s+)?${FIGURE}${unit}\\s*(to|-|–|—|and)\\s*\\$?$`,
		'i'
	).exec(before);
	if (prev && (prev[4]!.toLowerCase() !== 'and' || prev[1]?.toLowerCase() === 'between')) {
		const other = valueOf(prev[2]!, prev[3]);
		if (other !== undefined && (!!prev[1] || other < own)) return true;
	}
	return false;
}

/**
 * "all ____ continents", "each of the ____ months", "the ____ states": a whole set whose size
 * every student knows (FIXED_COUNTS), so the gap is answered without the article. Only the
 * whole set ("all", "the", "of the" before it): "in 12 months" of a spell stays.
 */
export function commonKnowledgeCount(before: string, answer: string, after: string): boolean {
	const word = answer.trim().toLowerCase();
	const n = /^\d+$/.test(word) ? Number(word) : numberOf(word);
	if (n === undefined || !/\b(?:all|the|of\s+the|all\s+the)\s+$/i.test(before)) return false;
	return FIXED_COUNTS.some(
		([noun, count]) =>
			count === n && new RegExp(`^\\s+(?:${escapeRegExp(noun)})\\b`, 'i').test(after)
	);
}

/** A ratio written as news English writes a margin: "a 2-to-1 margin", "by three to one". */
const RATIO =
	/\b(?:\d+(?:\.\d+)?|two|three|four|five|six|seven|eight|nine|ten)[-\s]to[-\s](?:1|one)\b/gi;
/** A figure in digits, the gap's own side of a comparison. */
const DIGITS = /\d[\d,]*(?:\.\d+)?/g;

/**
 * "Women backed Roe ____ percent to 11 percent, a 2-to-1 margin": the ratio and the other
 * figure printed beside the gap give it (22) by arithmetic; likewise "22 percent to 11, a
 * ____-to-1 margin". The gap is not asked then.
 */
export function ratioGivesFigure(before: string, after: string): boolean {
	// The gap is the ratio's first term: two figures elsewhere give it.
	if (/^[-\s]to[-\s](?:1|one)\b/i.test(after)) {
		const rest = `${before} ${after.replace(/^[-\s]to[-\s](?:1|one)\b/i, ' ')}`.replace(RATIO, ' ');
		return (rest.match(DIGITS) ?? []).length >= 2;
	}
	const text = `${before} ____ ${after}`;
	if (!new RegExp(RATIO.source, 'i').test(text)) return false;
	return (text.replace(RATIO, ' ').match(DIGITS) ?? []).length >= 1;
}

/**
 * "____ people, including two lawmakers, a police officer and an aide, were hurt": every item
 * of the list is counted ("a" and "an" are one each), and the items add up to the gap.
 */
function listAddsUp(answer: string, after: string): boolean {
	const target = numberOf(answer);
	const list =
		/^[^,]*?,?\s+including\s+([^;.]*?)(?:,\s+(?:were|was|who|have|had|are)\b|[;.]|$)/i.exec(
			after
		)?.[1];
	if (target === undefined || !list) return false;
	const items = list.split(/\s*,\s*(?:and\s+)?|\s+and\s+/).filter(Boolean);
	let sum = 0;
	for (const item of items) {
		const first = item.trim().split(/\s+/)[0]!.toLowerCase();
		const n = /^an?$/.test(first) ? 1 : numberOf(first);
		if (n === undefined) return false;
		sum += n;
	}
	return items.length >= 2 && sum === target;
}

/**
 * "Flight ____", "No. ____", "H.R. ____", "Proposition ____": a number that names a thing (a
 * flight, a bill, a model) is no quantity, and its halves and doubles ask nothing.
 */
function identifierNumber(before: string, after: string): boolean {
	if (/(?:\bNo\.|\bnumber|#)\s*$/i.test(before)) return true;
	// A capitalised word right before the number, not the sentence's first word ("Almost ____
	// months") nor a possessive ("Trump's ____ tweets").
	if (/\S\s+(?:[A-Z][\p{L}.]*|[A-Z]{1,3}\.(?:[A-Z]\.)*)\s+$/u.test(before)) {
		const word = /(\S+)\s+$/.exec(before)![1]!;
		if (!/['’]s$/.test(word) && !/^(?:The|A|An|All|Some|About|Only|Nearly|Almost|Over)$/.test(word))
			return true;
	}
	// "____-A", "____/11": a number joined to letters or another number is a code.
	return /^[-/][\p{L}\d]/u.test(after);
}

/**
 * "U.S.", "US", "U.K.", "UK": a place by two initials, dotted or not, or initials the lexicon
 * knows as a place. The gap is trivial (the letters are what every reader of the news types),
 * and its long forms are many ("United States", "America", "the country"), none all in the text.
 */
function countryInitials(answer: string, kind: Mention['kind']): boolean {
	const bare = answer.trim().replace(/^the\s+/i, '');
	if (!/^(?:\p{Lu}\.?){2,3}$/u.test(bare)) return false;
	const letters = bare.replace(/\./g, '');
	return letters.length === 2 || kind === 'place' || lexiconTags(letters).has('Place');
}

/**
 * "a ____ call", "the ____ line", "____ dispatchers" → "911": a number of three figures before a
 * word of telephoning is a phone number, which no "how many" asks, and its halves and doubles
 * are no choices. "30 calls" (two figures) stays a count.
 */
function phoneNumber(before: string, answer: string, after: string): boolean {
	if (/\$\s*$/.test(before) || !/^\d{3}$/.test(answer.trim())) return false;
	return new RegExp(`^\\s+(?:${wordAlternatives(TELEPHONE_WORDS)})\\b`, 'i').test(after);
}

/**
 * The name of a show: "the host of ____", "a guest on ____", "an appearance on ____", "____
 * host Dana Roe", "the ____ program", "CBS's ____". Where words were aired is a stray detail,
 * and the network's name or another show's fits the gap as well. Never a person: "____, the
 * host" is someone who speaks.
 */
function showName(before: string, after: string, kind: Mention['kind']): boolean {
	if (kind === 'person') return false;
	const broadcast = wordAlternatives(BROADCAST_WORDS.filter((w) => w.around).map((w) => w.word));
	return (
		// "an appearance at ____" is a meeting or a body, not a show.
		new RegExp(`\\b(?:${broadcast})\\s+(?:of|on)\\s+(?:the\\s+)?$`, 'i').test(before) ||
		new RegExp(`^['’]?s?\\s+(?:${broadcast})\\b`, 'i').test(after) ||
		// A network's possessive before a name: "CBS's ____", "on NBC’s ____".
		/\b\p{Lu}{2,5}['’]s\s+$/u.test(before)
	);
}

const THOROUGHFARE = new RegExp(`^(?:${wordAlternatives(THOROUGHFARE_WORDS)})$`, 'i');
const SIGN_OFF = new RegExp(
	`(?:^|[.!?]\\s+|\\n\\s*)(?:${wordAlternatives(SIGN_OFFS)}),?\\s*$`,
	'i'
);
const EXPLETIVE = new RegExp(
	`\\b(?:${wordAlternatives(EXPLETIVE_STEMS)})|\\b(?:${wordAlternatives(EXPLETIVE_SHORT_FORMS)})\\b|\\b\\p{L}{1,2}(?:-{2,}|\\*{2,})`,
	'iu'
);
const SHORT_FORM = new RegExp(`^(?:${wordAlternatives(EXPLETIVE_SHORT_FORMS)})$`);

/** "Avenue", "St.": as an address's name writes them, so a lower-case "road" is no address. */
const CAPITALISED_THOROUGHFARES = THOROUGHFARE_WORDS.map((w) => w[0]!.toUpperCase() + w.slice(1));

/**
 * "on Second Avenue near 83rd ____", "at 1600 ____ Avenue": a piece of an address, which its
 * ordinal or its kind word ("Street", "Avenue") gives away.
 */
function addressPart(before: string, answer: string, after: string): boolean {
	const parts = answer.trim().split(/\s+/);
	// "Wall Street", "Downing Street" also stand for what is done there ("Wall Street rallied"):
	// a street's name is an address only where someone is or goes ("on", "near", "at").
	return (
		(parts.length === 1 && THOROUGHFARE.test(parts[0]!)) ||
		(THOROUGHFARE.test(parts.at(-1)!) &&
			(/\b(?:on|near|at|off|along|down|up|across|outside|between)\s+(?:the\s+)?$/i.test(before) ||
				/\b\d+\s+$/.test(before))) ||
		(/\b\d+(?:st|nd|rd|th)\s+$/i.test(before) && /^[A-Z]/.test(answer)) ||
		new RegExp(`^\\s+(?:${wordAlternatives(THOROUGHFARE_WORDS)})(?![\\p{L}])`, 'iu').test(after) ||
		// "reaching ____ Pennsylvania Avenue", "at ____ West 23rd Street": the house number of an
		// address is a label, not a count, and no reader could know it from the story.
		(/^\d[\d,]*$/.test(answer.trim()) &&
			new RegExp(
				`^\\s+(?:(?:[A-Z][\\p{L}.'’-]*|\\d+(?:st|nd|rd|th))\\s+){1,3}(?:${wordAlternatives(CAPITALISED_THOROUGHFARES)})(?![\\p{L}])`,
				'u'
			).test(after))
	);
}

/** "Best, ____", "Thanks, ____": the name signing a letter or an email. */
function signature(before: string): boolean {
	return SIGN_OFF.test(before) || /\b(?:From|To|Cc|Sent by|Signed):\s*$/.test(before);
}

/** A swear word, its short form in capitals ("WTF") or a masked one ("f---", "s***"). */
export function isExpletive(text: string): boolean {
	const m = EXPLETIVE.exec(text);
	if (!m) return false;
	// The short forms only in capitals: "bs" and "sob" are parts of ordinary words too.
	return !SHORT_FORM.test(m[0]) || m[0] === m[0].toUpperCase();
}

/** "graduated from ____", "a ____ alumnus": where someone studied is a side detail of a profile. */
function schoolAttended(before: string, after: string): boolean {
	return (
		/\b(?:graduated?\s+(?:from|of)|graduate\s+of|attended|studied\s+at|alumn(?:us|a|i|ae)\s+of|degree\s+from|enrolled\s+at|dropped\s+out\s+of)\s+(?:the\s+)?$/i.test(
			before
		) || /^\s+(?:graduate|alumn(?:us|a|i|ae)|dropout|degree)\b/i.test(after)
	);
}

/** "100% FALSE!!!", "SAD!": the words of a tweet read out, not the outlet's sentence. */
function tweetWords(sentence: string): boolean {
	return /!{2,}|\b[A-Z]{3,}!|\b[A-Z]{3,}\s+[A-Z]{3,}\s+[A-Z]{3,}\b/.test(sentence);
}

/**
 * One item of a chain ("from the economy to ____ to taxes") or of an open list ("issues such
 * as ____", "including ____", "presidents like ____"): any other item of the story fits the
 * gap as well, and which one the sentence names is a stray detail.
 */
function listMember(before: string, after: string): boolean {
	// A chain opens with "from": "from A to ____ to C", "from ____ to B to C", "from A to B to ____".
	const chainBefore = /\bfrom\s+[^.;]*\bto\s+(?:the\s+)?$/i.test(before);
	if (chainBefore && /^\s+to\s/i.test(after)) return true;
	if (/\bfrom\s+(?:the\s+)?$/i.test(before) && /^[^.;]*\bto\b[^.;]*\bto\b/i.test(after))
		return true;
	if (/\bfrom\s+[^.;]*\bto\s+[^.;]*\bto\s+(?:the\s+)?$/i.test(before)) return true;
	// "presidents like ____": one example of a kind the sentence names in the plural.
	if (/\b\p{L}\p{Ll}{2,}s\s+like\s+(?:the\s+)?$/u.test(before)) return true;
	return /\b(?:including|such\s+as|as\s+well\s+as|among\s+them)\s+(?:the\s+)?$/i.test(before);
}

/** The other counts of the sentence, two or three of them, sum to the gapped figure. */
function partsAddUp(answer: string, rest: string): boolean {
	const target = numberOf(answer);
	if (target === undefined) return false;
	const parts = (rest.match(/\b(?:\d+|[a-z]+)\b/gi) ?? [])
		.map(numberOf)
		.filter((n): n is number => n !== undefined && n > 1 && n < target);
	for (let i = 0; i < parts.length; i++)
		for (let j = i + 1; j < parts.length; j++) {
			if (parts[i]! + parts[j]! === target) return true;
			for (let k = j + 1; k < parts.length; k++)
				if (parts[i]! + parts[j]! + parts[k]! === target) return true;
		}
	return false;
}

function numberOf(word: string): number | undefined {
	if (/^\d+$/.test(word)) return Number(word);
	const n = NUMBER_WORDS[word.toLowerCase()];
	return typeof n === 'number' ? n : undefined;
}

/**
 * "in a Dec. 3 article", "reported on ____": the date an outlet or a paper published something
 * it cites is its own bookkeeping, not the story's news; so are the days a poll asked.
 */
export function citedPieceDate(before: string, after: string): boolean {
	return (
		/^\s+(?:article|report|story|column|op-ed|editorial|piece|newsletter|blog\s+post)\b/i.test(
			after
		) ||
		/\b(?:reported|published)\s+(?:on\s+)?$/i.test(before) ||
		recordedOn(before, after) ||
		pollFieldDate(before, after)
	);
}

let recorded: RegExp | undefined;
/**
 * "release the tapes of his conversation with the board from ____": the date tells which
 * recording or letter, a stray detail beside the sentence's point (release them). Not one
 * end of a span ("from ____ to May 2").
 */
function recordedOn(before: string, after: string): boolean {
	if (/^\s*(?:to|until|through|till)\b/i.test(after)) return false;
	recorded ??= new RegExp(
		`\\b(?:${[...MESSAGE_NOUNS, ...DOCUMENT_NOUNS, ...RECORDED_NOUNS].map(escapeRegExp).join('|')})s?\\b(?:\\s+[^\\s.;]+){0,6}?\\s+(?:from|dated)\\s+$`,
		'i'
	);
	return recorded.test(before);
}

/**
 * The aside after a name says it was read as the wrong kind: "____, who was put in prison" after
 * a name read as a body is a person; "____, a store where …" after a name read as a person is a
 * business. Asked as the kind it was read as ("Which organisation?", "Who?"), its wrong choices
 * are of the other kind and the prompt misnames it.
 */
export function asideTellsOtherKind(kind: Mention['kind'], after: string): boolean {
	if (kind === 'org' || kind === 'place') return /^\s*,\s*(?:who|whose)\b/i.test(after);
	if (kind !== 'person') return false;
	// The head of the aside ("a toy store where …", "a harbour union,"): its last word before a
	// stop, a relative word or a preposition; "a former campaign aide" is headed by "aide".
	const head =
		/^\s*,\s*(?:a|an|the)\s+(?:[a-z-]+\s+){0,2}([a-z-]+)(?=\s*[,.;]|\s+(?:where|that|which|who|whose|with|in|on|at|of|for|based|known|founded|run|owned)\b|\s*$)/.exec(
			after
		)?.[1];
	return !!head && (INSTITUTION_NOUNS.includes(head) || BUSINESS_NOUNS.includes(head));
}

/**
 * "lifted at the ____, next to the field": a building named for where something happened, placed
 * by the landmark after it; a stray detail, and a name of its kind (a church, a gym) fits as well.
 */
export function landmarkAside(before: string, after: string): boolean {
	return (
		/\b(?:at|in|inside|outside|near)\s+(?:the\s+)?$/i.test(before) &&
		/^\s*,\s*(?:next\s+to|near|across\s+from|beside|behind|close\s+to|adjacent\s+to)\b/i.test(after)
	);
}

/** Words a count stands before in the singular: "a 10 percent cut", "a 3 million gap". */
const COUNT_UNITS = /^(?:percent|per|million|billion|trillion|thousand|hundred|dozen|point|times)$/;

/**
 * "____ plans" keyed 529 where the story also writes "a 529 plan": the number names a kind of
 * thing, not how many there are; no count above one takes a singular noun. Asked "how many?",
 * the key is trivia and any number reads as well (a blind reader's REJECT).
 */
export function numberNamesAThing(
	answer: string,
	after: string,
	text: string,
	before = ''
): boolean {
	const value = Number(answer.replace(/,/g, ''));
	if (!/^\d[\d,]*$/.test(answer.trim()) || value < 2) return false;
	// "alongside $____ bills", "the face on $____ notes": a sum before paper money or coins with no
	// scale word is the face value of a note, a kind of note and no amount paid, and the wrong
	// values ($60, $70) are notes no one prints.
	if (/\$\s*$/.test(before) && /^\s+(?:bills?|banknotes?|notes?|coins?)\b/i.test(after))
		return true;
	// "a ____ plan": one thing, so the number before its noun is its name.
	const single = /^\s+([a-z]{3,})\b(?![-'’])/.exec(after)?.[1];
	if (
		/\b(?:a|an|each|every)\s+$/i.test(before) &&
		single &&
		!single.endsWith('s') &&
		!COUNT_UNITS.test(single)
	)
		return true;
	// "____ college savings plans" beside "a 529 college savings plan": the plural noun may come
	// a word or two after the number; the story writing it in the singular shows a label.
	const words = /^\s+((?:[a-z]+\s+){0,2}[a-z]+)/.exec(after)?.[1]?.split(/\s+/) ?? [];
	return words.some((word, i) => {
		const plural = /^([a-z]{3,})s$/.exec(word)?.[1];
		if (!plural || plural.endsWith('s')) return false;
		const singular = plural.endsWith('ie') ? `${plural.slice(0, -2)}y` : plural;
		const between = words
			.slice(0, i)
			.map((w) => `${escapeRegExp(w)}\\s+`)
			.join('');
		return new RegExp(
			`(?<![\\d,.])${escapeRegExp(answer.trim())}\\s+${between}${singular}\\b(?!s)`,
			'i'
		).test(text);
	});
}
