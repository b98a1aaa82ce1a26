/**
 * Word lists of news English, kept in one place so every stage (and the quiz's answer
 * normaliser) reads the same ones. Only real language belongs here: reporting verbs,
 * hedges, causal connectives, the ways reporters hide or credit a source. Never the
 * names of particular organisations, places, conflicts or people.
 */

/** Verbs that attribute words or a claim to someone ("said", "told reporters"). */
export const REPORTING_VERBS = [
	'said',
	'says',
	'say',
	'told',
	'tells',
	'added',
	'adds',
	'wrote',
	'writes',
	'stated',
	'announced',
	'noted',
	'explained',
	'claimed',
	'argued',
	'insisted',
	'confirmed',
	'acknowledged',
	'reported',
	'reports',
	'tweeted',
	'warned',
	'declared'
] as const;

/** Words in front of a figure that make it approximate; they are part of what an outlet reports. */
export const HEDGES = [
	'at least',
	'at most',
	'more than',
	'less than',
	'fewer than',
	'roughly',
	'about',
	'around',
	'approximately',
	'nearly',
	'almost',
	'some',
	'over',
	'up to',
	'as many as',
	'an estimated',
	'estimated'
] as const;

/**
 * How a causal connective links its two sides. `cause`: the words after the connective
 * give the reason for the clause before it ("resigned because …", "after …", "in response
 * to …"). `effect`: the words after it are what the clause before it brought about
 * ("… prompted an inquiry", "… led to protests"). `purpose`: what the action was for.
 */
export type CausalRole = 'cause' | 'after' | 'effect' | 'purpose';

export const CAUSAL_CONNECTIVES: readonly { words: string; role: CausalRole }[] = [
	{ words: 'because of', role: 'cause' },
	{ words: 'because', role: 'cause' },
	{ words: 'due to', role: 'cause' },
	{ words: 'as a result of', role: 'cause' },
	{ words: 'in response to', role: 'cause' },
	{ words: 'in retaliation for', role: 'cause' },
	{ words: 'in protest of', role: 'cause' },
	{ words: 'in protest against', role: 'cause' },
	{ words: 'in the wake of', role: 'after' },
	{ words: 'after', role: 'after' },
	{ words: 'following', role: 'after' },
	{ words: 'prompted', role: 'effect' },
	{ words: 'triggered', role: 'effect' },
	{ words: 'sparked', role: 'effect' },
	{ words: 'led to', role: 'effect' },
	{ words: 'so that', role: 'purpose' },
	{ words: 'in order to', role: 'purpose' }
];

/**
 * A source the reporter does not name: "a senior official", "people familiar with the
 * matter", "spoke on condition of anonymity". Matched case-insensitively on a sentence.
 */
export const UNNAMED_SOURCE =
	/\b(?:(?:people|persons?|sources?|officials?|someone|aides?)\s+(?:familiar|close|briefed|knowledgeable)\s+(?:with|to|on|about)\b|on (?:the )?condition of anonymity|(?:who|because they were)\s+(?:was|were|is|are)?\s*not (?:authorized|authorised|allowed|permitted) to (?:speak|discuss|comment)|(?:asked|declined) not to be (?:named|identified)|(?:according to|said|told|,)\s+(?:an?|two|three|several|some|other)\s+(?:senior |top |former |current |high-ranking |administration |government |intelligence |campaign |military |congressional |party |federal |state |U\.S\. |American |Republican |Democratic )*(?:officials?|aides?|sources?|advisers?|advisors?|staffers?|insiders?|strategists?)\b(?!\s+(?:named|identified as|called)\b)|\b(?:an?|two|three|several|some|other)\s+(?:senior |top |former |current |high-ranking |administration |government |intelligence |campaign |military |congressional |party |federal |state |U\.S\. |American |Republican |Democratic )*(?:officials?|aides?|sources?|advisers?|advisors?|staffers?|insiders?|strategists?)\s+(?:who\s+)?(?:said|says|told|tells|spoke|insisted|confirmed)\b|\b(?:sources|insiders)\s+(?:said|say|told|tell)\b|\banonymous (?:sources?|officials?|aides?))/i;

/** The reporter says the claim is not (yet) confirmed: "could not independently verify". */
export const UNVERIFIED =
	/\b(?:could not|cannot|can't|couldn't|has not been able to|have not been able to|was unable to|were unable to|is unable to|has not|have not|had not)\s+(?:be(?:en)?\s+)?(?:independently\s+)?(?:verif(?:y|ied)|confirm(?:ed)?|corroborat(?:e|ed))\b|\b(?:unverified|unconfirmed|not independently verified|could not be (?:independently )?(?:verified|confirmed))\b/i;

/**
 * Words that end the name of a news organisation or say that something is one. They
 * describe the kind of thing ("a newspaper", "… News", "… Times"), not any one outlet.
 */
export const NEWS_ORG_WORDS =
	'(?:newspaper|news agency|wire service|news service|network|broadcaster|magazine|website|news site|radio|television|tabloid|daily|weekly|News|Times|Post|Journal|Press|Tribune|Herald|Gazette|Globe|Magazine|Network|Radio|Television|TV|Wire|Agency|Daily|Chronicle|Examiner|Observer|Guardian|Telegraph|Reporter|Review|Bulletin|Dispatch|Record|Register|Star|Sun|Mail|Mirror|Express|Standard|Independent|Insider|Broadcasting|Media)';

/** A capitalised name that ends in a news-organisation word ("the … Times", "the newspaper"). */
const NEWS_ORG_NAME = `(?:the\\s+)?(?:(?:[A-Z][\\w.&'’-]*|of|and)\\s+){0,4}${NEWS_ORG_WORDS}\\b`;
/** An acronym names a network only where a reporting verb says it is one ("told ABC"). */
const ACRONYM = `[A-Z]{2,5}\\b`;

/**
 * The outlet credits a claim to a news organisation: "according to the … Times", "… News
 * reported", "told the … Post", "in an interview with ABC", "first reported by". The first
 * non-empty group holds the organisation as written; it may be the outlet itself ("… has
 * learned"), which is the outlet's own reporting.
 */
export const CREDITED_TO_OUTLET = new RegExp(
	`\\b(?:according to (?:a report (?:in|by|from) )?(${NEWS_ORG_NAME})|(?:told|in an interview with|first reported by|reported by|(?:a )?report (?:in|by|from))\\s+(${NEWS_ORG_NAME}|${ACRONYM})|(${NEWS_ORG_NAME}|${ACRONYM})\\s+(?:first\\s+)?(?:reported|has reported|has learned|learned|obtained|has obtained)\\b)`
);
