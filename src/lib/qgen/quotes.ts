/**
 * Direct and partial quotes with the words that attribute them. compromise's
 * quotations() finds quoted text but not who said it, so attribution is done
 * with news patterns:  “…,” X said  /  X said: “…”  /  said X  /  according to X
 * /  X called it a “…”. Quotes that run on into the next paragraph (the
 * opening mark repeats, the closing one is left out) keep their speaker.
 */
import { paragraphsOf, type Article } from '$lib/bank/schema';
import { lexiconTags, sentenceLocator } from './entities';
import {
	ALLEGING_DOCUMENT_NOUNS,
	DOCUMENT_NOUNS,
	MESSAGE_NOUNS,
	PERSON_TITLES,
	RELATIVE_DAY_WORDS,
	REPORTING_VERBS,
	WEEKDAYS
} from './lexicon';
import { ACTED_ON_BEFORE } from './subject-speaker';
import type { Quote, Sentence } from './types';
import {
	APPOSITIVE,
	CHARACTERISED,
	countedStaff,
	NAME,
	NOT_SPEAKER,
	PARTICIPLE_CLAUSE,
	SPEAKER,
	VERBS
} from './speaker-patterns';

/** A role in lower case before the name: "harbour master Ruth Okafor said", "said campaign manager X". */
const ROLE_WORDS = `(?:(?!(?:in|on|at|a|an|the|to|of|for|with|by|from|during|after|before|that|this|it|as|and|but|while|when|late|early|last|on|told|in|his|her|their)\\s)[a-z][\\p{L}-]*\\s+){1,3}(?=[A-Z])`;
/**
 * The role, optionally after the name of whom the role serves: "said Roe campaign manager
 * Ann Poe" is Poe speaking for Roe; without it, Roe was taken for the speaker.
 */
const LOWER_ROLE = `(?:${NOT_SPEAKER}[A-Z][\\p{L}.'’-]*\\s+${ROLE_WORDS}|${ROLE_WORDS})?`;
/**
 * '“…,” Ann Poe, who is chair of the group said.': a relative clause after the name whose
 * closing comma the writer left out. Its verb of saying is still the speaker's.
 */
const UNCLOSED_WHO = `,\\s+who\\s+(?:is|was)\\s+[^,“”".;:]{2,60}?`;
const AFTER = new RegExp(
	`^[,.!?]?\\s*(?:${LOWER_ROLE}(${SPEAKER})(?:${APPOSITIVE}|${UNCLOSED_WHO})\\s+(?:also\\s+|later\\s+)?(?:${VERBS})\\b|(?:${VERBS})\\s+${LOWER_ROLE}(${SPEAKER}))`,
	'u'
);
const BEFORE = new RegExp(
	`(${SPEAKER})${APPOSITIVE}\\s+(?:also\\s+|later\\s+|has\\s+|had\\s+|then\\s+)?(?:${VERBS})\\b[^“”"]{0,80}$`,
	'u'
);
/** "Trump thanked Iraq's leaders, saying “…”" */
const SAYING = new RegExp(
	`(${SPEAKER})${APPOSITIVE}\\s+(?:[a-z]+\\s+){0,2}?[a-z]+ed\\b[^“”".]{0,120}?,?\\s+(?:saying|adding|writing|tweeting|declaring|warning)[:,]?\\s*$`,
	'u'
);
const PRONOUN_ONLY = /^(?:he|she|they)$/i;
/** "according to Roe’s lawyer": a possessive name is whose lawyer, office or campaign speaks. */
const ACCORDING = new RegExp(`according to (${SPEAKER})(?![\\p{L}'’-])(?<!['’]s)`, 'u');

const DOCUMENT = `(?:${DOCUMENT_NOUNS.map((n) => n.replace(/\s+/g, '\\s+')).join('|')})`;
/** The verbs a document speaks with: it says, reads, alleges, states. */
const DOCUMENT_VERBS = `(?:${VERBS}|reads?|alleges?d?|states|charges|concludes?d?|finds|found)`;
const A_DOCUMENT = `(?:the|a|an|this|that|its|his|her|their)\\s+(?:[\\w’'-]+\\s+){0,3}?${DOCUMENT}s?`;
/**
 * A document as the attribution's subject: “…,” the report read. / The indictment alleges that
 * he “…”. / “…,” said the editorial. The words are the document's; no person said them.
 */
const DOCUMENT_AFTER = new RegExp(
	`^[,.!?]?\\s*(?:${A_DOCUMENT}\\s+${DOCUMENT_VERBS}\\b|${DOCUMENT_VERBS}\\s+${A_DOCUMENT}\\b(?!\\s+(?:from|by|of)\\b))`,
	'iu'
);
const DOCUMENT_BEFORE = new RegExp(
	`(?:^|[,;:]\\s+|\\s)${A_DOCUMENT}\\s+(?:also\\s+|further\\s+)?${DOCUMENT_VERBS}\\b[^“”"]{0,80}$`,
	'iu'
);
/** "according to the indictment": an alleging document is the source, whoever it names. */
const ALLEGING = `(?:${ALLEGING_DOCUMENT_NOUNS.map((n) => n.replace(/\s+/g, '\\s+')).join('|')})`;
const ACCORDING_DOCUMENT = new RegExp(
	`according to (?:the|a|an|this|that|its|his|her|their)\\s+(?:[\\w’'-]+\\s+){0,3}?${ALLEGING}s?\\b(?!\\s+(?:from|by|of)\\b)`,
	'iu'
);
/**
 * A document opening the sentence as its subject: "The memos also showed that … Roe told Poe that
 * he “needed loyalty”". What follows is the document's account, its wording in the third person.
 */
const DOCUMENT_OPENS = new RegExp(
	`^${A_DOCUMENT}\\s+(?:also\\s+)?(?:${DOCUMENT_VERBS}|show(?:s|ed)|reveal(?:s|ed)|detail(?:s|ed))\\b`,
	'iu'
);
/** Attribution at the end of the sentence: 'The "precision strikes" were …, Spokesman X said on Monday.' */
const TRAILING = new RegExp(
	`,\\s+(${SPEAKER})${APPOSITIVE}\\s+(?:${VERBS})\\b[^“”",]{0,60}[.!?]?$`,
	'u'
);
/** The sentence's subject speaks further on: "Secretary X spoke to Y and told them “…”". */
// "Roe’s office said …" is the office speaking, not Roe: the subject is the whole name, not
// a possessive nor the first words of a longer name.
const SUBJECT = new RegExp(
	`^(?:The\\s+)?(${NAME})(?<!['’]s)(?![\\p{L}.'’-]|\\s+[A-Z])${APPOSITIVE}\\s[^“”"]{0,160}?\\b(?:${VERBS})\\b[^“”"]{0,80}$`,
	'u'
);
/** Reporting verbs that take a subject of their own: not "saying", which goes with the clause's. */
const FINITE_VERBS = [...REPORTING_VERBS, 'describes?d?', 'told reporters']
	.filter((v) => !v.endsWith('ing'))
	.join('|');
/** The subject right before the last reporting verb ahead of a quote: "the mayor at times said". */
const OWN_SUBJECT = new RegExp(
	`(?:^|[\\s,])((?:the|a|an|his|her|their)\\s+[a-z]+|he|she|they|[A-Z][\\p{L}.'’-]+)(?:\\s+(?:at\\s+times|also|later|then|once|often|\\w+ly))*\\s+(?:had\\s+|has\\s+|have\\s+)?(?:${FINITE_VERBS})\\b[^“”"]{0,60}$`,
	'u'
);
/**
 * "Roe, it said, “has shown no grasp of policy”": "it" set into the sentence is a paper, an
 * editorial or a report speaking of the name before it; the words are neither that name's nor a
 * person's (a blind reader found an endorsement's words about a candidate keyed as his own).
 */
const IT_INTERJECTED = new RegExp(`,\\s+it\\s+(?:also\\s+)?${DOCUMENT_VERBS}\\s*,\\s*$`, 'iu');
/** ", the report said," set into the sentence: the words are the report's, not its subject's. */
const INTERJECTED_SOURCE = new RegExp(
	`,\\s+(?:the|a|an)\\s+(?:[a-z]+\\s+){0,2}(?:${VERBS})\\s*,`,
	'u'
);

/**
 * A name in title case: capitalised words with the small words titles keep in lower case
 * ("Axios on HBO", "The Late Show with Stephen Colbert", "Appreciation Day"), or a hashtag.
 */
const SMALL = '(?:a|an|the|of|on|in|and|or|for|with|to|at|by|from)';
const TITLE_CASE = new RegExp(
	`^(?:#\\w+|[A-Z][\\w'’-]*(?:[,:]?\\s+(?:${SMALL}\\s+){0,2}[A-Z][\\w'’-]*){0,7})[,.!?]?$`
);

/** A preposition, then perhaps an owner in the possessive ("on CBS's", "with ABC News'"), right before a quotation mark. */
const TITLE_AFTER_PREPOSITION =
	/\b(?:on|in|to|of|for|at|from|by|with)\s+(?:(?:[A-Z][\w.&-]*\s+){0,2}[A-Z][\w.&-]*(?:['’]s|['’])\s*)?$|\b(?:on|in|to|of|for|at|from|by|with)\s*$/i;

interface RawQuote {
	start: number;
	end: number;
	/** Opened but not closed in this paragraph: the quote continues in the next one. */
	runsOn: boolean;
	/** Closed here but opened in an earlier paragraph (no opening mark). */
	continued?: boolean;
}

/** Quote spans in one paragraph, curly or straight marks. */
export function quoteSpans(text: string): RawQuote[] {
	const out: RawQuote[] = [];
	// A closing mark before any opening one ends a quote carried over from the previous paragraph.
	const firstClose = text.search(/”/);
	const firstOpen = text.search(/[“"]/);
	if (firstClose > 20 && (firstOpen < 0 || firstClose < firstOpen))
		out.push({ start: 0, end: firstClose + 1, runsOn: false, continued: true });
	const re = /[“"]/g;
	re.lastIndex = out.length ? firstClose + 1 : 0;
	for (let m = re.exec(text); m; m = re.exec(text)) {
		const open = m.index;
		const closeAt = text.slice(open + 1).search(m[0] === '“' ? /[”"]/ : /["”]/);
		if (closeAt < 0) {
			if (text.length - open > 20) out.push({ start: open, end: text.length, runsOn: true });
			break;
		}
		const end = open + 1 + closeAt + 1;
		out.push({ start: open, end, runsOn: false });
		re.lastIndex = end;
	}
	return out;
}

/** "Yesterday Ann Roe said", "Earlier Tuesday Roe said": a day word opening the sentence says when. */
const DAY_OPENER = new RegExp(
	`^(?:(?:${[...RELATIVE_DAY_WORDS, ...WEEKDAYS, 'earlier', 'later']
		.map((w) => w[0]!.toUpperCase() + w.slice(1))
		.join('|')})\\s+)+(?=\\p{Lu})`,
	'u'
);

function cleanSpeaker(s: string): string {
	const clean = s
		.replace(DAY_OPENER, '')
		.replace(/['’]s$/, '')
		.replace(/(?<![A-Z])[.,;:]+$/, '')
		.trim();
	// "Representative Trey Gowdy of South Carolina": the place after a name says where the
	// person is from. An office keeps its "of" ("Secretary of State").
	const from =
		/^(.*\b[A-Z][\p{L}'’-]+)\s+of\s+(?:the\s+)?[A-Z][\p{L}.]*(?:\s+[A-Z][\p{L}.]*)*$/u.exec(clean);
	if (
		from &&
		from[1]!.split(/\s+/).length >= 2 &&
		!PERSON_TITLES.includes(from[1]!.split(/\s+/).at(-1)!.toLowerCase())
	)
		return from[1]!;
	return clean;
}

/**
 * "In a statement to the Observer", "a voicemail for Roe": the name after these is who heard it.
 * After "of", "under", "on" and the like the name is what the sentence is about ("asked about the
 * deaths of reporters under Mr. Roe, had said"), not who speaks.
 */
const RECIPIENT_BEFORE =
	/\b(?:to|for|with|at|toward|towards|against|about|of|under|over|on|into|than|like|between|among|behind|beside)\s+(?:the\s+)?$/i;

/**
 * The speaker nearest the quote that is not a listener nor acted on: BEFORE is anchored at the
 * end, so the leftmost match can be a recipient ("to the Observer, her adviser, Jane Roe, said").
 */
function speakerBefore(before: string): RegExpExecArray | null {
	let from = 0;
	for (let tries = 0; tries < 6; tries++) {
		const m = BEFORE.exec(before.slice(from));
		if (!m) return null;
		const at = from + m.index;
		const lead = before.slice(Math.max(0, at - 40), at);
		if (!RECIPIENT_BEFORE.test(lead.slice(-12)) && !ACTED_ON_BEFORE.test(lead)) {
			m.index = at;
			return m;
		}
		from = at + m[1]!.length;
	}
	return null;
}

/** A name right after "Vale and" or "Vale, Hale and": the last of several who speak together. */
const COORDINATED_BEFORE = /\b[A-Z][\p{L}.'’-]+,?\s+and\s+$/u;

/**
 * "said Mayor Jane Roe told him", "quoted Roe as saying", "got a voicemail from Roe saying":
 * a named person who speaks after the speaker's own verb. The quote is the named person's.
 */
const NAMED_INNER = new RegExp(
	`(?:^|\\s)(${NAME})${APPOSITIVE}\\s+(?:(?:had|has|have|also|as|once|later|then|\\w+ly)\\s+){0,2}(?:${VERBS})\\b(?!\\s+by\\b)`,
	'u'
);

/**
 * After the speaker's own verb, a second reporting verb with a subject of its own that is not
 * a pronoun for the speaker ("said residents had told him", "said the report called it"). The
 * quote that follows is that subject's words: the subject's name when it is one, else true.
 */
function reportsSomeoneElse(attribution: string, speaker: string): boolean | string {
	const first = new RegExp(`^[\\s\\S]*?\\b(?:${VERBS})\\b`).exec(
		attribution.slice(attribution.indexOf(speaker) + speaker.length)
	);
	if (!first) return false;
	const rest = attribution.slice(attribution.indexOf(speaker) + speaker.length + first[0].length);
	const inner = NAMED_INNER.exec(rest);
	// "Hale, asked about reporters jailed under Mr. Vale, had said": Vale is what Hale was asked about.
	const about =
		!!inner && RECIPIENT_BEFORE.test(rest.slice(0, inner.index + inner[0].indexOf(inner[1]!)));
	const named = about ? undefined : inner?.[1];
	if (named && !speaker.split(/\s+/).includes(named.split(/\s+/).at(-1)!)) return named;
	const unnamed = new RegExp(
		`\\b((?:the\\s+|some\\s+|many\\s+|other\\s+)?[a-z]+)\\s+(?:had\\s+|have\\s+|has\\s+)?(?:${VERBS})\\b(?!\\s+by\\b)`
	).exec(rest);
	const word = unnamed?.[1]!.split(/\s+/).at(-1) ?? '';
	if (!word) return false;
	// A pronoun for the speaker, a conjunction, a modal or an adverb ("almost suggested") has
	// no words of its own to quote.
	if (
		/^(?:he|she|they|i|we|you|it|that|which|who|when|while|once|as|if|and|but|or|then|also|had|has|have|was|were|is|are|been|be|s|to|not|never|will|would|can|could|may|might|must|should|\w+ly)$/i.test(
			word
		)
	)
		return false;
	const tags = lexiconTags(word.toLowerCase());
	return !['Adverb', 'Conjunction', 'Preposition', 'Modal', 'Auxiliary', 'Copula', 'Verb'].some(
		(t) => tags.has(t)
	);
}

/**
 * "a voicemail from Mayor Roe saying", "an e-mail from Roe that read:": the sender's words
 * follow, whoever the sentence's subject is (often the one who received them).
 */
const MESSAGE_FROM = new RegExp(
	`\\b(?:${MESSAGE_NOUNS.join('|')})s?\\s+(?:[a-z]+\\s+){0,2}?from\\s+(${SPEAKER})${APPOSITIVE}(?:\\s+[^“”".,:]{0,40}?)?(?:,?\\s+(?:saying|that\\s+(?:said|says|read|reads)|which\\s+(?:said|says|read|reads)|reading|in\\s+which\\s+(?:he|she|they)\\s+(?:said|says|wrote|writes))[:,]?|:)\\s*$`,
	'u'
);

/** "Hale quoted Roe as saying", "citing Roe as telling reporters": the words are Roe's. */
const QUOTED_AS = new RegExp(
	`\\b(?:quot(?:ed|ing|es)|cit(?:ed|ing|es))\\s+(${SPEAKER})${APPOSITIVE}\\s+as\\s+(?:saying|writing|telling\\s+\\S+(?:\\s+\\S+)?)[:,]?\\s*$`,
	'u'
);

/**
 * "Hale attacked Governor Vale, who vowed the city would “…”": the relative clause's verb
 * belongs to the name before "who", not to the sentence's subject.
 */
const WHO_CLAUSE = new RegExp(
	`(${SPEAKER}),\\s+who\\s+(?:(?:had|has|have|once|later|then|also|\\w+ly)\\s+){0,2}(?:${VERBS})\\b[^“”"]{0,80}$`,
	'u'
);
/**
 * "Vale’s vow that the city would “…”": the words of a vow, promise or warning are its maker's,
 * when the quote is what the vow says ("that …", "to …"), not a reply to it ("Roe’s remarks, Hale said").
 */
const POSSESSIVE_SPEECH = new RegExp(
	`(${NAME})['’]s\\s+(?:[a-z]+\\s+)?(?:vow|promise|pledge|warning|claim|assertion|remark|comment|words|insistence|declaration|description|prediction|threat)s?\\s+(?:that|to)\\b[^“”",]{0,80}$`,
	'u'
);

/**
 * "A reporter asked him whether he “still backed …”", "When asked if he was “proud …”": the
 * quoted words are the question's, not the answer of the person asked. A reporting verb after
 * "whether" ("asked whether …, Roe said: “…”") means the quote is the answer.
 */
const ASKED_WHETHER = new RegExp(
	`\\b(?:asked|pressed|questioned|quizzed)\\b(?:(?!\\b(?:${VERBS})\\b)[^.“”"]){0,100}?\\b(?:whether|if)\\b(?:(?!\\b(?:${VERBS})\\b)[^“”".]){0,100}$`,
	'i'
);
/**
 * "Roe was asked, “…?”", "Roe is accused of taking “…”", "Roe was told he would “…”",
 * "Roe read out a question from a viewer: “…”", "Roe read from the
 * report: “…”": words put to someone or read out by them from another's text are not their own.
 * A reporting verb after these ("was asked about it and said: “…”") makes the quote the answer.
 */
const PUT_TO = new RegExp(
	`\\b(?:(?:was|were|is|are|been|being|got|get)\\s+(?:\\w+ly\\s+)?(?:asked|pressed|questioned|quizzed|accused|charged|described|called|urged|warned|told)|read(?:ing|s)?\\s+(?:aloud\\s+|out\\s+)?(?:from\\s+)?(?:the|a|an)\\s+(?:[\\w’'-]+\\s+){0,3}?(?:questions?|${DOCUMENT}s?))\\b(?:(?!\\b(?:${VERBS})\\b)[^“”".]){0,100}$`,
	'iu'
);

/**
 * "he recalled her saying", "she heard him say", "they quoted him as telling": the verb's object
 * spoke the quoted words (a caller, a voice on a recording), not the subject who heard and
 * retells them. With only a pronoun to go on, the words are left unattributed.
 */
const OBJECT_SPEAKS = new RegExp(
	`\\b(?:${VERBS}|recalled|recalls|remembered|remembers|heard|hears|quoted|quotes)\\s+(?:him|her|them)\\s+(?:as\\s+)?(?:saying|say|says|telling|tell|tells)\\b`,
	'u'
);

const messageWords = (nouns: string[]) =>
	`(?:${nouns.map((n) => n.replace(/\s+/g, '\\s+')).join('|')})s?`;
const MESSAGE = messageWords(MESSAGE_NOUNS);
/** One shares one's own statement or post ("Roe shared a statement on Facebook"): not these. */
const RECEIVABLE = messageWords(
	MESSAGE_NOUNS.filter((n) => !['statement', 'post', 'tweet'].includes(n))
);
/**
 * "Roe received a voicemail: “…”", "Roe shared a letter she got from a constituent: “…”": the
 * words are the message's, and the one who received, shared or played it did not write them.
 * Only a sender named against the message (MESSAGE_FROM) is their speaker.
 */
const RECEIVED_MESSAGE = new RegExp(
	`\\b(?:received|receives|got|gets|shared|shares|played|plays|heard|hears|found|finds|obtained|forwarded)\\s+(?:[\\w’'-]+\\s+){0,3}?${RECEIVABLE}\\b([^“”".]{0,60})$`,
	'iu'
);
/**
 * "Roe said a caller left a voicemail: “…”", "Roe said one constituent sent her a letter
 * reading …": after the speaker's verb, someone unnamed sent the message; the words are theirs.
 */
const OTHER_SENDER = new RegExp(
	`\\b(?:${VERBS})\\s+(?:that\\s+)?(?:a|an|the|one|another|some|several)\\s+(?:[a-z-]+\\s+){0,2}(?:had\\s+)?(?:left|sent|wrote|posted|mailed|texted)\\s+(?:[\\w’'-]+\\s+){0,3}?${MESSAGE}\\b[^“”".]{0,60}$`,
	'iu'
);
/**
 * "Roe got a call from a man who said “…”": the relative clause's verb belongs to someone the
 * text does not name (WHO_CLAUSE gives a named one the words), not to the sentence's subject.
 */
const UNNAMED_WHO = new RegExp(
	`(?<!,\\s)\\b(?:a|an|the|one|another|some|several)\\s+(?:[a-z-]+\\s+){0,2}?[a-z-]+\\s+who\\s+(?:(?:had|has|have|also|later|then|\\w+ly)\\s+){0,2}(?:${VERBS})\\b[^“”".]{0,40}$`,
	'u'
);

/** "…, saying" / "…, adding:" with nobody named right before: the clause's subject speaks. */
const PARTICIPLE_END =
	/,\s+(?:saying|adding|writing|tweeting|declaring|warning|noting|arguing|insisting|telling\s+\S+(?:\s+\S+)?)[:,]?\s*$/;
/** The sentence's subject, after an opening phrase ("At a rally on Monday, …"). */
const CLAUSE_SUBJECT = new RegExp(
	`^(?:(?:In|On|At|After|During|Before|Earlier|Later|Asked|Speaking|When|While|Following|Last|This|Then)\\b[^,“”"]{0,60},\\s+)?(${SPEAKER})${APPOSITIVE}\\s`,
	'u'
);
/** A sentence that only attributes: "Cruz said." after a quote that closed its own sentence. */
const STUB_AFTER = new RegExp(
	`^\\s*(${SPEAKER})${APPOSITIVE}\\s+(?:${VERBS})\\b[^.“”"]{0,40}\\.`,
	'u'
);

export function findQuotes(article: Article, sentences: Sentence[]): Quote[] {
	const at = sentenceLocator(sentences);
	const quotes: Quote[] = [];
	let carried: Quote | undefined;
	for (const p of paragraphsOf(article.text)) {
		const spans = quoteSpans(p.text);
		let nextCarry: Quote | undefined;
		for (const [k, raw] of spans.entries()) {
			const start = p.start + raw.start;
			const end = p.start + raw.end;
			const open = raw.continued ? 0 : 1;
			const inner = article.text.slice(start + open, raw.runsOn ? end : end - 1).trim();
			if (inner.split(/\s+/).length < 2 && !/[A-Za-z]{4}/.test(inner)) continue;
			// A short run of capitalised words in quotation marks is a title (a show, a book, a
			// slogan: "Special Report"), not something a person said.
			// American style puts the sentence's full stop inside the marks ('told him on "Special
			// Report."'), so after a preposition a closing stop does not make it speech.
			// 'an appearance on “The Late Show,” Roe said': a title after a preposition is named, not spoken.
			// A network's possessive may stand between ('on KXTV's "Morning Harbour."').
			const afterPreposition = TITLE_AFTER_PREPOSITION.test(
				article.text.slice(Math.max(0, start - 48), start)
			);
			if (
				TITLE_CASE.test(inner) &&
				// “We Will Not Back Down,” Roe said: a comma inside the marks and an attribution after.
				!(
					/,$/.test(inner) &&
					!afterPreposition &&
					AFTER.test(article.text.slice(end, end + 120))
				) &&
				(!/[.!?]$/.test(inner) || afterPreposition)
			)
				continue;
			const first = sentences[at(start)];
			const last = sentences[at(Math.max(start, end - 1))];
			// Quotes in skipped paragraphs (corrections, contributor lines) are not the story's.
			if (!first || !last || first.end <= start) continue;
			const ctxStart = Math.min(first.start, start);
			const ctxEnd = Math.max(last.end, end);
			const before = article.text.slice(
				Math.max(first.start, k > 0 ? p.start + spans[k - 1]!.end : first.start),
				start
			);
			const after = article.text.slice(end, ctxEnd);
			let speakerText: string | undefined;
			let inherited: Quote | undefined;
			let speakerAt = -1;
			let a = AFTER.exec(after);
			// “…!” Cruz said. — the closing mark ended the sentence; the next one names the speaker,
			// even when another quote follows it (“…!” Roe replied. “…?”): the stub starts right
			// after the mark, so the next quote's words never count.
			if (!a && !after.trim()) {
				const stub = STUB_AFTER.exec(article.text.slice(end, end + 120));
				if (stub && !PRONOUN_ONLY.test(stub[1]!)) a = stub;
			}
			if (OBJECT_SPEAKS.test(after.slice(0, 80)) || OBJECT_SPEAKS.test(before.slice(-80))) continue;
			// A question put to someone quotes the asker's words: no one's answer to ask about.
			if (ASKED_WHETHER.test(before)) continue;
			// Unless a sender is named ("read a letter from Roe: “…”"), which MESSAGE_FROM gives the words to.
			if (PUT_TO.test(before) && !MESSAGE_FROM.test(before)) continue;
			// A message someone received, or one an unnamed person sent, is not the subject's words.
			// A name speaking after the message noun ("a voicemail in which Roe warned") is its sender.
			const received = RECEIVED_MESSAGE.exec(before);
			const namedInMessage = !!received && !!BEFORE.exec(received[1]!)?.[1]?.match(/^[A-Z]/);
			if (
				((received && !namedInMessage) || OTHER_SENDER.test(before)) &&
				!MESSAGE_FROM.test(before)
			)
				continue;
			if (UNNAMED_WHO.test(before)) continue;
			// “…,” the report read. / The indictment alleges he “…”: the document speaks, not a person.
			if (DOCUMENT_AFTER.test(after) || DOCUMENT_BEFORE.test(before)) continue;
			if (IT_INTERJECTED.test(before)) continue;
			// "according to the complaint": only a speaker named against the quote itself said it.
			const outsideQuotes = article.text
				.slice(first.start, ctxEnd)
				.replace(/“[^”]*”|"[^"]*"/g, ' ');
			const byDocument =
				ACCORDING_DOCUMENT.test(outsideQuotes) || DOCUMENT_OPENS.test(outsideQuotes.trimStart());
			// "According to the indictment, Roe told “senior officials” that …", "The memo showed
			// that Roe told Poe he “needed loyalty”": a phrase inside the document's account of what
			// Roe did or said is the document's wording, not Roe's.
			if (byDocument && /^[a-z]/.test(inner)) continue;
			// "said in a joint statement", "wrote jointly": the words are all the signers', no one's alone.
			if (/\bjoint(?:ly)?\b/i.test(outsideQuotes)) continue;
			let b = speakerBefore(before);
			// "Vale, Hale and Roe noted that …": words several people share are no one's alone.
			// A long title is one name's ("Ways and Means Committee Chairman Kevin Brady"), not a list.
			if (
				b &&
				b.index >= 0 &&
				b[1]!.split(/\s+/).length <= 3 &&
				COORDINATED_BEFORE.test(before.slice(0, b.index))
			)
				continue;
			// "Okafor said residents had told him the plan was “…”": the quoted words are the
			// inner speaker's, whom the text does not name; they are not Okafor's. When the text
			// names them ("said Jane Roe told him"), they are Roe's.
			const innerSpeaker = !!b && b.index >= 0 && reportsSomeoneElse(before.slice(b.index), b[1]!);
			const nested = innerSpeaker !== false;
			if (nested) b = null;
			const reported =
				typeof innerSpeaker === 'string'
					? innerSpeaker
					: (MESSAGE_FROM.exec(before) ??
							QUOTED_AS.exec(before) ??
							WHO_CLAUSE.exec(before) ??
							POSSESSIVE_SPEECH.exec(before))?.[1];
			// "Sanders compared himself to Clinton, saying, “…”": the one who compares is speaking.
			// Only when the participle is the verb BEFORE found: "Roe said, adding, “…”" stays Roe's.
			const firstVerb = b && new RegExp(`\\b(?:${VERBS})\\b`).exec(b[0].slice(b[1]!.length));
			if (b && PARTICIPLE_END.test(before) && /ing$/.test(firstVerb?.[0] ?? '')) {
				const subj = CLAUSE_SUBJECT.exec(article.text.slice(first.start, start));
				b = subj && subj[1] !== b[1] ? Object.assign(subj, { index: -1 }) : subj ? b : null;
			}
			// 'Feinstein said “…,” she said': the name before says who "she" is.
			if (a && PRONOUN_ONLY.test((a[1] ?? a[2])!) && b && /\S\s*[:,]?\s*$/.test(before)) {
				const adjacent = new RegExp(`(?:${VERBS})[:,]?\\s*$`).test(before);
				if (adjacent && !PRONOUN_ONLY.test(b[1]!)) a = null;
			}
			const acc = ACCORDING.exec(before + ' ' + after);
			const saying = SAYING.exec(before);
			// "Roe defended it, calling critics “…”", "Roe slammed the plan as “…”": the one who
			// names or judges speaks. The sentence so far, with earlier quotations set aside.
			const soFar = article.text.slice(first.start, start).replace(/“[^”]*”|"[^"]*"/g, 'Q');
			const clause = PARTICIPLE_CLAUSE.exec(soFar);
			const judged = clause ? null : CHARACTERISED.exec(before);
			const trailing = TRAILING.exec(after);
			// "X asked Y to explore “options,” the White House said in a statement": a source at
			// the end of the sentence owns the whole sentence, unless the verb before sits right
			// against the quote ("X said: “…”").
			if (b && trailing && !new RegExp(`(?:${VERBS})[:,]?\\s*$`).test(before)) b = null;
			const subjectMatch =
				nested || INTERJECTED_SOURCE.test(before)
					? null
					: SUBJECT.exec(article.text.slice(first.start, start));
			// "Dale notes that Hale praised him, noting that the mayor at times said “…”": the verb
			// against the quote has a subject of its own, so the sentence's subject did not say it.
			const verbSubject = OWN_SUBJECT.exec(before)?.[1];
			const subject =
				subjectMatch &&
				verbSubject &&
				!PRONOUN_ONLY.test(verbSubject) &&
				!subjectMatch[1]!.includes(verbSubject.split(/\s+/).at(-1)!)
					? null
					: subjectMatch;
			const previous = quotes.at(-1);
			if (a) {
				speakerText = a[1] ?? a[2];
				speakerAt = article.text.indexOf(speakerText!, end);
			} else if (reported) {
				speakerText = reported;
				speakerAt = start - before.length + before.lastIndexOf(reported);
			} else if (b) {
				speakerText = b[1];
				speakerAt =
					b.index < 0 ? article.text.indexOf(b[1]!, first.start) : start - before.length + b.index;
			} else if (byDocument) {
				// No fallback guess: the document, not its subject, is the source.
			} else if (saying) {
				speakerText = saying[1]!;
				speakerAt = start - before.length + saying.index;
			} else if (clause) {
				speakerText = clause[1]!;
				speakerAt = article.text.indexOf(clause[1]!, first.start);
			} else if (judged) {
				speakerText = judged[1]!;
				speakerAt = start - before.length + judged.index;
			} else if (trailing) {
				speakerText = trailing[1]!;
				speakerAt = end + trailing.index;
			} else if (acc) {
				speakerText = acc[1];
				speakerAt = article.text.indexOf(acc[1]!, ctxStart);
			} else if (subject && k === 0) {
				speakerText = subject[1]!;
				speakerAt = first.start;
			} else if (k > 0 && previous && previous.context.start >= p.start && !before.trim()) {
				// “A,” said X. “B.” — a quote opening a sentence right after X's quote is X's too.
				speakerText = previous.speakerText;
				inherited = previous;
				speakerAt =
					(previous as Quote & { speakerAt?: number }).speakerAt ?? previous.context.start;
			} else if (
				raw.start === 0 &&
				carried &&
				// '“…,” Council member Tom Reyes said': an attribution we could not read is still
				// someone else's, not a continuation of the last speaker.
				!new RegExp(`\\b(?:${VERBS})\\b`).test(after)
			) {
				// A paragraph that opens with a quote and no attribution continues the last speaker's quote.
				speakerText = carried.speakerText;
				inherited = carried;
				speakerAt = carried.context.start;
			}
			if (!speakerText) continue;
			// "One Roe spokesman said": someone unnamed on Roe's staff, neither Roe nor "One Roe".
			if (!inherited && countedStaff(article.text, speakerAt, speakerText)) continue;
			// Quoted words that start in lower case are a phrase inside the writer's sentence.
			const partial = /^[a-z]/.test(inner);
			const q: Quote = {
				articleId: article.id,
				start: start + open,
				end: raw.runsOn ? end : end - 1,
				text: inner,
				sentence: first.index,
				speakerText: cleanSpeaker(speakerText),
				context: { articleId: article.id, start: ctxStart, end: ctxEnd },
				partial
			};
			// Keep where the speaker words are so coreference can look at what came before them.
			(q as Quote & { speakerAt?: number }).speakerAt = speakerAt;
			// A continued quote cites the sentence that named its speaker.
			if (inherited) q.speakerSpan = inherited.speakerSpan ?? inherited.context;
			quotes.push(q);
			if (raw.runsOn || k === spans.length - 1) nextCarry = q;
		}
		carried = nextCarry;
	}
	return quotes;
}
