/**
 * A headline's grammar: its subject, its main verb and the form it takes (a statement, a
 * speaker's "X: …", a preview of something to come, a question), and who or what the subject
 * is. Headlines are title case ("Trump Attacks Justice Department"), so a capital says
 * nothing: a word is a name only when the articles write it capitalised in mid-sentence.
 */
import { lexiconTags } from './entities';
import {
	FORWARD_LOOKING_STEMS,
	CHANCE_NOUNS,
	GIVEN_NAME_SHORT_FORMS,
	HEADLINE_HEDGE_PHRASES,
	HEADLINE_KICKERS,
	HEADLINE_SPEECH_STEMS,
	INFINITIVE_TAKERS,
	MESSAGE_NOUNS,
	PERSON_TITLES,
	POSSIBILITY_MODALS,
	REPORTING_VERBS,
	ROLE_NOUNS
} from './lexicon';
import { personNoun } from './candidates/describe';
import { normaliseSpace } from '$lib/content/space';

export interface HeadlineParse {
	/** The words before the main verb (or before a speaker's colon), as written. */
	subject: string;
	/** The main verb with its auxiliaries and particle ("won't go forward", "bows out"); '' for "X: '…'". */
	verb: string;
	/** "X: '…'" lets the speaker talk; "… X Says" puts the speaker last. Both make X the subject. */
	form: 'statement' | 'speaker';
	/** "… blasted by older sister": the subject is acted upon. */
	passive: boolean;
	/** "will invoke", "to offer", "set to vote": something not yet done when the headline ran. */
	preview: boolean;
	question: boolean;
}

export const AUX =
	/^(?:will|won['’]t|would|could|can|can['’]t|may|might|should|must|is|are|was|were|has|have|had|isn['’]t|doesn['’]t|didn['’]t|does|did)$/;
/** The future in headlinese: "Mayor to resign", "Council set to vote", "Mayor expected to quit". */
const PREVIEW_AUX = /^(?:will|to|set|expected|poised|likely|about)$/;
const PARTICLE = /^(?:out|up|down|off|on|back|away|forward|in|over)$/;
const FUNCTION_WORD =
	/^(?:a|an|the|of|to|in|on|at|for|by|with|and|or|but|as|from|into|over|after|about|than|not|no|her|his|their|its|my|our|your|this|that)$/;
/** A rank or order word before "to" ("latest to chide", "first to sign") makes no future. */
const RANK_WORD = /^(?:latest|first|last|next|only|newest)$|est$/;
/**
 * A word right after one of these stands in a noun phrase ("Israel's Claims", "the Words",
 * "of Inquiries"): it is the head of a noun or an object, never the headline's main verb.
 */
const NOUN_SLOT =
	/^(?:a|an|the|of|in|on|at|for|by|with|from|into|over|after|about|than|no|her|his|their|its|my|our|your|this|that|these|those|every|each)$/;
/** "What X Wants", "How …", "Here Are …": a label for a list or an explainer, not a statement. */
const LABEL_OPENING = /^(?:what|how|why|who|when|where|which|here|there|inside|watch|video)\b/i;
const PUNCT = /^[^\w'’]+|[^\w'’.]+$/g;

const bare = (w: string) => w.replace(PUNCT, '').replace(/['’]s$/, '');

/** Is this headline word a name? Written capitalised mid-sentence somewhere in the articles. */
export function nameTest(bodies: readonly string[]): (word: string) => boolean {
	// Scraped pages repeat a headline as the first line, in title case: such lines prove nothing.
	const titleCase = (line: string) => {
		const long = line.split(/\s+/).filter((w) => /^[A-Za-z]{4,}/.test(w));
		// A headline has no full stop; body sentences, however many names they hold, do.
		return (
			long.length >= 3 &&
			!/[.!?"”’)]\s*$/.test(line) &&
			line.split(/\s+/).length <= 25 &&
			long.filter((w) => /^[A-Z]/.test(w)).length / long.length > 0.6
		);
	};
	const text = bodies
		.flatMap((b) => b.split('\n'))
		.filter((line) => !titleCase(line))
		.join('\n');
	return (word) => {
		const w = bare(word).replace(/\.$/, '');
		if (!/^[A-Z]/.test(w)) return false;
		// An abbreviation or an all-capitals name ("G.O.P.", "IRS") is a name.
		if (/^(?:[A-Z]\.?){2,}$/.test(w) || /\.[A-Z]/.test(w)) return true;
		const escaped = w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
		return new RegExp(`[a-z,;] ${escaped}\\b`).test(text);
	};
}

/** A verb by its form: "slams", "reaffirms", "blasted", "pulling"; not "hearings" or "others". */
function verbShaped(
	word: string,
	prev: string,
	next: string | undefined,
	isName: (w: string) => boolean
) {
	const w = bare(word).toLowerCase();
	if (w.length < 3 || FUNCTION_WORD.test(w)) return false;
	const tags = lexiconTags(w);
	if (tags.has('Person') || tags.has('Place')) return false;
	// "White House Used Bill Clinton": a participle the word list calls an adjective, between names.
	if (tags.has('Adjective') && !(/ed$/.test(w) && next && isName(next))) return false;
	// "vows to end", "wants to use", "calls on": verbs that take an infinitive.
	if (INFINITIVE_TAKERS.has(w)) return true;
	// A plural of a person noun ("prosecutors", "Republicans") or a gerund's plural ("hearings") is a subject.
	if (/s$/.test(w) && !tags.has('Verb') && (personNoun(w.slice(0, -1)) || /[a-z]{3}ings$/.test(w)))
		return false;
	// "House Republicans to offer": a word right before "to" or an auxiliary is the subject's head.
	if (next && (AUX.test(bare(next).toLowerCase()) || /^to$/i.test(bare(next))))
		return tags.has('Verb') && !tags.has('Noun');
	// "Trump pulling out", "Ryan facing": a participle right after its subject's name.
	if (/ing$/.test(w)) return isName(prev);
	// "Memos", "Crisis", "Status": -s after i, o or u ends a noun, never a verb's third person.
	if (/[iou]s$/.test(w)) return false;
	if (/(?:[^su'’]s|ed)$/.test(w)) return true;
	return (tags.has('PastTense') || tags.has('PresentTense')) && !tags.has('Noun');
}

/**
 * Subject, verb and form of one headline, or undefined when its grammar is not plain enough to
 * tell (a relative clause, a label before a colon, no verb found): no question is better than
 * one on a misread headline.
 */
export function parseHeadline(
	title: string,
	isName: (word: string) => boolean
): HeadlineParse | undefined {
	let t = normaliseSpace(title);
	const question = /\?\s*$/.test(t);
	if (LABEL_OPENING.test(t)) return undefined;
	// "'Jail!' Trump slams …": an exclamation before the sentence starts.
	t = t.replace(/^['‘"“][^'’"”]{1,30}[!?]['’"”]\s+/, '');
	// "After Nightclub Massacre, Obama Expresses …", "Facing Congress, Clinton Defends …".
	const lead =
		/^(?:after|before|amid|facing|for|in|on|with|despite|following|at)\b[^,]{1,60},\s+(.*)$/i.exec(
			t
		);
	if (lead && lead[1]!.split(' ').length >= 3) t = lead[1]!;
	// "Lois Lerner, IRS Scandal Figure, Will Invoke …": the description between commas is no verb.
	const apposition = /^((?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w.'’-]*),\s+[^,]{3,40},\s+(.*)$/.exec(t);
	if (apposition && apposition[1]!.split(' ').every(isName) && /^[A-Za-z]/.test(apposition[2]!))
		t = `${apposition[1]} ${apposition[2]}`;
	const base = { passive: false, preview: false, question };
	// "…, Unlike Trump, Bloomberg Tells U.S.": the speaker put last is the subject.
	const tail =
		/,\s+((?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w.'’-]*)\s+(says|tells|warns|insists|claims|argues|writes)\b[^,]*$/i.exec(
			t
		);
	if (tail && tail[1]!.split(' ').every(isName))
		return { ...base, subject: tail[1]!, verb: tail[2]!.toLowerCase(), form: 'speaker' };
	// "Mary Cheney: Sister Is 'Dead Wrong'": a speaker's name, then their words.
	const colon = /^([^:]{2,40}):\s+\S/.exec(t);
	if (colon) {
		const who = colon[1]!.split(' ');
		// A one-word kicker ("Report:") is no speaker; "Susan Rice:" is one, whatever "rice" means.
		if (who.length > 4 || !who.every(isName) || (who.length === 1 && labelWord(who[0]!)))
			return undefined;
		return { ...base, subject: colon[1]!, verb: '', form: 'speaker' };
	}
	const words = t.split(' ');
	for (let i = 1; i < words.length; i++) {
		const w = bare(words[i]!).toLowerCase();
		const prev = bare(words[i - 1]!).toLowerCase();
		if (/^(?:who|which|that|whose)$/.test(w) || /^['‘"“]/.test(words[i]!)) return undefined;
		if (isName(words[i]!) || (FUNCTION_WORD.test(w) && w !== 'to')) continue;
		// "Israel's Claims on …", "the Words": a word in a noun's slot is no verb.
		if (NOUN_SLOT.test(prev) || /['’]s$/.test(words[i - 1]!)) continue;
		// "…, Alleging Conspiracy": a participle after a comma hangs on the clause before it.
		if (/ing$/.test(w) && /,$/.test(words[i - 1]!)) continue;
		// "Obama and Boehner talk", "Federal prosecutors subpoena": a plural subject's verb has no -s.
		const plural =
			!/,$/.test(words[i - 1]!) &&
			((words.slice(0, i).some((x) => /^(?:and|&)$/i.test(x) || /,$/.test(x)) &&
				words.slice(0, i).every((x) => isName(x) || /^(?:and|&)$/i.test(x))) ||
				(/[^s]s$/.test(prev) && !isName(words[i - 1]!)));
		let start = i;
		let preview = false;
		if (w === 'to' || AUX.test(w)) {
			if (w === 'to' && RANK_WORD.test(prev)) start = i - 1;
			else preview = PREVIEW_AUX.test(w) && !/^won/.test(w);
			// "Comey Memos Released to Congress": a participle before "to" was the verb the
			// search missed; "to" is then no future, and the parse is not sure enough to use.
			if (
				preview &&
				words
					.slice(0, i)
					.some((x) => !isName(x) && (/ed$/.test(bare(x)) || lexiconTags(bare(x)).has('PastTense')))
			)
				return undefined;
		} else if (PREVIEW_AUX.test(w) && /^to$/i.test(bare(words[i + 1] ?? ''))) {
			preview = true;
		} else if (
			!verbShaped(words[i]!, words[i - 1]!, words[i + 1], isName) &&
			!(plural && !isName(words[i]!) && !lexiconTags(w).has('Adjective'))
		)
			continue;
		const subject = words
			.slice(0, start)
			.join(' ')
			.replace(/[,:;]$/, '')
			// "Mike Pompeo Secretly Met": the adverb belongs to the verb, not the subject.
			.replace(/\s+[A-Za-z]+ly$/, (m) => (isName(m.trim()) ? m : ''));
		if (!plainSubject(subject)) return undefined;
		// The verb group: auxiliaries and "to" up to the lexical verb, then one particle.
		let end = start;
		while (
			end + 1 < words.length &&
			(AUX.test(bare(words[end]!).toLowerCase()) ||
				/^(?:to|be|been|set|expected|poised|likely|about|go|not)$/i.test(bare(words[end]!)) ||
				RANK_WORD.test(bare(words[end]!).toLowerCase()))
		)
			end++;
		if (end + 1 < words.length && PARTICLE.test(bare(words[end + 1]!).toLowerCase())) end++;
		const verb = words
			.slice(start, end + 1)
			.map((x) => bare(x).toLowerCase())
			.join(' ');
		// The passive turns on the participle, which a particle taken into the group may follow
		// ("Ruiz Challenged On Budget By Council", "Is Pressed On Budget").
		const head = end > start && PARTICLE.test(bare(words[end]!).toLowerCase()) ? end - 1 : end;
		const participle = /ed$|^(?:shot|hit|seen|told|taken|given|held|caught|beaten)$/.test(
			bare(words[head]!).toLowerCase()
		);
		// A form of "be" before it makes a passive with or without an agent ("Diaz Is Pressed To
		// Resign", "Was Told To Leave": Diaz is acted upon, not acting); without one, only a "by"
		// after it tells headlinese passive ("Ruiz blasted by sister") from a past tense.
		const be = head > start && /^(?:is|are|was|were|be|been|being)$/i.test(bare(words[head - 1]!));
		const passive = participle && (be || words.slice(head + 1).some((x) => /^by$/i.test(x)));
		return { subject, verb, form: 'statement', passive, preview, question };
	}
	return undefined;
}

/**
 * A subject a reader would name without argument: a few words, no dash or full stop (a
 * dateline, "Beware of …, X's talk is cheap"), and not ending in a function word (then the
 * "verb" found was the object of a preposition).
 */
function plainSubject(subject: string): boolean {
	const words = subject.split(' ').filter(Boolean);
	return (
		words.length > 0 &&
		words.length <= 6 &&
		// A full stop after a word ("Britain. Here's"), not after an abbreviation ("Rep.", "U.S.").
		!/\s[—–-]{1,2}\s|--|[a-z]{4,}\.\s/.test(subject) &&
		!FUNCTION_WORD.test(bare(words.at(-1)!).toLowerCase())
	);
}

/**
 * A kicker before a colon, not a speaker: "Report:", "Exclusive:", "DESPERATION:". A shouted
 * word of six letters or more is no abbreviation; a common word the word list knows (as
 * itself or as a plural) names no one.
 */
function labelWord(word: string): boolean {
	const w = bare(word);
	if (/^[A-Z]{6,}$/.test(w)) return true;
	const l = w.toLowerCase();
	const tags = [lexiconTags(l), lexiconTags(l.replace(/s$/, ''))];
	const person = tags.some((t) => t.has('Person') || t.has('ProperNoun') || t.has('Place'));
	return !person && tags.some((t) => t.has('Noun') || t.has('Verb') || t.has('Adjective'));
}

/**
 * A verb stem's forms: "plan" → plans, planned, planning; "prepare" → prepares, preparing. The
 * bare stem is a noun as often as a verb ("Rejects Budget Plan"): it counts only before "to"
 * ("Plan To Vote") or after a plural subject ("Democrats Plan Vote"). "Next", "soon" and
 * "upcoming" are no verbs and count as they stand.
 */
const verbForms = (stem: string) => {
	const [w, ...rest] = stem.split(' ') as [string, ...string[]];
	const tail = rest.length ? ` ${rest.join(' ')}` : '';
	if (/^(?:next|soon|upcoming)$/.test(w)) return w;
	const inflected = `${w}(?:s|es|d|ed|ing)|${w.replace(/e$/, '')}ing|${w}${w.at(-1)}(?:ed|ing)`;
	return `(?:${inflected}|(?<=[a-z]s )${w}|${w}(?= to\\b))${tail}`;
};

const FORWARD = new RegExp(
	`\\b(?:${FORWARD_LOOKING_STEMS.map(verbForms).join('|')}|will|shall|won['’]t|going to|about to|set to|likely to)\\b|['’]ll\\b`,
	'i'
);

/**
 * Does a headline point to something still to come, in any words: "will", a future "to", or
 * a present tense that announces what lies ahead ("Hints At Principles", "Pledges Cuts",
 * "Taps Ruiz For Post")? A question that one headline alone previews the news is sound only
 * when this is false for every other headline.
 */
export function pointsAhead(title: string): boolean {
	if (FORWARD.test(title)) return true;
	// "… To Resign", "to seek asylum": an infinitive is an act not yet done. "To Congress" is a place.
	return [...title.matchAll(/\bto\s+([A-Za-z]+)/gi)].some((m) => {
		const tags = lexiconTags(m[1]!.toLowerCase());
		return (
			(tags.has('Verb') || tags.has('Infinitive')) &&
			!tags.has('Noun') &&
			!tags.has('Place') &&
			!tags.has('Person')
		);
	});
}

/** A reporting or speech verb ("says", "Warns", "slammed", "Vows"): the words are someone's. */
export function speechWord(word: string): boolean {
	const w = word.toLowerCase().replace(/[^a-z]/g, '');
	if (!w) return false;
	const forms = [w, `${w}d`, `${w}ed`, w.replace(/s$/, 'd'), w.replace(/s$/, 'ed')];
	return (
		forms.some((f) => (REPORTING_VERBS as readonly string[]).includes(f)) ||
		HEADLINE_SPEECH_STEMS.some((stem) => w.startsWith(stem))
	);
}

const HEDGE_PHRASE = new RegExp(`\\b(?:${HEADLINE_HEDGE_PHRASES.join('|')})\\b`, 'i');
/** Words after which "May" is a month or a date ("in May", "Since May 5"), never a modal. */
const BEFORE_MONTH =
	/^(?:in|of|on|by|since|until|till|through|from|early|late|mid|last|next|this|before|after)$/i;

/**
 * The words by which a headline hedges or predicts instead of stating its news, as written:
 * a modal of possibility before a verb ("Could Be Near", "May Kill", "Might Not Run"), or a
 * hedge such as "Expected To", "Likely To", "Appears To". Undefined when it has none.
 * "Could Not Determine" is a past inability, and "Theresa May", "in May" a name and a month.
 */
export function hedgeIn(title: string, isName: (word: string) => boolean): string | undefined {
	// Words in quotation marks are someone's, not the headline's own hedge.
	const t = normaliseSpace(title).replace(/(^|\s)['‘"“][^'’"”]*['’"”](?=[\s,.:;!?]|$)/g, '$1…');
	const phrase = HEDGE_PHRASE.exec(t);
	if (phrase) return phrase[0];
	const words = t.split(' ');
	// The first word is no modal: a headline opening "Could …" asks a question, "May …" is a name.
	for (let i = 1; i + 1 < words.length; i++) {
		const w = bare(words[i]!).toLowerCase();
		if (!(POSSIBILITY_MODALS as readonly string[]).includes(w) || /[,:;]$/.test(words[i]!))
			continue;
		const next = bare(words[i + 1]!).toLowerCase();
		if (w === 'could' && /^(?:not|n['’]t)$/.test(next)) continue;
		// "… – It Might Surprise You": a teaser about the reader, no hedge on the news.
		if (/^(?:it|this|you)$/i.test(bare(words[i - 1]!))) continue;
		// "Might Not Run", "May Never Return": a possibility still, turned negative.
		if (/^(?:not|never)$/.test(next) && !(w === 'may' && isName(words[i]!)))
			return `${words[i]!} ${words[i + 1]!}`.replace(/[^\w'’]+$/, '');
		// A modal stands before a bare verb: no number ("May 5"), name, "-s" or "-ed" form after it.
		if (!/^[a-z]+$/.test(next) || FUNCTION_WORD.test(next) || isName(words[i + 1]!)) continue;
		if (/(?:[^s]s|ed)$/.test(next) && !lexiconTags(next).has('Infinitive')) continue;
		if (w === 'may') {
			if (BEFORE_MONTH.test(bare(words[i - 1]!))) continue;
			// "May" the articles write as a name or month: only a sure verb after it makes it a modal.
			const tags = lexiconTags(next);
			if (
				isName(words[i]!) &&
				!/^(?:be|have|not|never|soon|still|yet|well|also)$/.test(next) &&
				!(tags.has('Verb') && !tags.has('Noun'))
			)
				continue;
		}
		return `${words[i]!} ${words[i + 1]!}`.replace(/[^\w'’]+$/, '');
	}
	return undefined;
}

const CHANCE = new RegExp(`\\b(?:${CHANCE_NOUNS.join('|')})\\b`, 'i');
/** Does a headline weigh a chance ("1-in-3 Chance", "Odds")? Then it tells a possibility too. */
export const weighsChance = (title: string) => CHANCE.test(title);

/** Who or what a headline's subject is: a name at its head, or its head noun. */
export interface SubjectEntity {
	kind: 'name' | 'noun';
	/** The head word, lower case and singular for nouns: "cheney", "shooting". */
	head: string;
	/** A given name before a surname, to tell "Mary Cheney" from "Elizabeth Cheney". */
	given?: string;
	/** How a prompt names it: "Mary Cheney", "the shooting". */
	label: string;
}

const TITLE_WORD = /^(?:jr|sr|ii|iii|iv)\.?$/i;

/** A word for a person's role ("president", "official"), not a name: who it is stays open. */
export const roleNoun = (word: string) => {
	const w = word.toLowerCase();
	return (
		personNoun(w) ||
		PERSON_TITLES.includes(w) ||
		ROLE_NOUNS.includes(w) ||
		lexiconTags(w).has('Actor')
	);
};

export function subjectEntity(
	subject: string,
	isName: (w: string) => boolean,
	people: readonly string[] = []
): SubjectEntity | undefined {
	// "Steve Scalise, Others": the first of a list is who the headline is about.
	const words = subject
		.split(/,\s*|\s+(?:and|&)\s+/)[0]!
		.split(' ')
		.filter((w) => !TITLE_WORD.test(bare(w)));
	const last = words.at(-1);
	if (!last) return undefined;
	const suffix = subject
		.split(/,\s*|\s+(?:and|&)\s+/)[0]!
		.split(' ')
		.filter((w) => TITLE_WORD.test(bare(w)));
	// "Mueller Statement Disputes …": a name's statement, letter or memo speaks for the name, so
	// the headline is about that person, as "Mueller Disputes …" is.
	if (
		words.length >= 2 &&
		MESSAGE_NOUNS.includes(bare(last).toLowerCase()) &&
		words.slice(0, -1).every(isName)
	)
		return subjectEntity(words.slice(0, -1).join(' '), isName, people);
	// "President" is written capitalised, yet names a role: a noun (personNoun's word list
	// alone, since surnames can end like role nouns: "Boehner").
	const title = (w: string) => {
		const l = bare(w).toLowerCase();
		return PERSON_TITLES.includes(l) || ROLE_NOUNS.includes(l) || lexiconTags(l).has('Actor');
	};
	if (isName(last) && !title(last) && !/^(?:[A-Z]\.?){2,}$/.test(bare(last))) {
		// The name run at the head: "Texas Rep. Blake Farenthold" → "Blake Farenthold".
		let from = words.length - 1;
		while (from > 0 && isName(words[from - 1]!) && !/\.$/.test(words[from - 1]!)) from--;
		while (from < words.length - 1 && title(words[from]!)) from++;
		const run = words.slice(from);
		const head = bare(last).toLowerCase();
		// The given name stands right before the surname ("GOP Whip Steve Scalise").
		const given = run.length > 1 ? bare(run.at(-2)!).toLowerCase() : undefined;
		// The story's full name for them, when exactly one person fits: "Obama" → "Barack Obama".
		const full = people.filter((p) => {
			const parts = p.split(' ').filter((w) => !TITLE_WORD.test(w));
			return (
				parts.length > 1 &&
				parts.at(-1)!.toLowerCase() === head &&
				(!given || sameGiven(parts[0]!.toLowerCase(), given) === true)
			);
		});
		// "Obama Gun Control": a person's surname before other capitalised words is a noun phrase
		// cut out of a headline ("the Obama Gun Control"), no body's name.
		const surnames = new Set(
			people.map((p) =>
				p
					.split(' ')
					.filter((w) => !TITLE_WORD.test(w))
					.at(-1)!
					.toLowerCase()
			)
		);
		if (
			!full.length &&
			run.slice(0, -1).some((w) => surnames.has(bare(w).toLowerCase())) &&
			!lexiconTags(bare(run[0]!).toLowerCase()).has('FirstName')
		)
			return undefined;
		return {
			kind: 'name',
			head,
			given,
			// A headline's own full name stays ("Elizabeth Cheney", where the articles say "Liz"); a
			// surname alone takes the story's full name ("Obama" → "Barack Obama").
			label: full.length
				? given
					? // "Jesse Jackson Jr." keeps its "Jr.": without it the name is his father's.
						[...run.slice(-2).map(bare), ...suffix].join(' ')
					: full.length === 1
						? full[0]!
						: bare(last)
				: // No person of the story: a body such as "the White House", unless a given name opens it.
					lexiconTags(bare(run[0]!).toLowerCase()).has('FirstName') || run.length === 1
					? run.map(bare).join(' ')
					: `the ${run.map(bare).join(' ')}`
		};
	}
	if (isName(last) && !title(last)) return undefined;
	// "the shooting", "the Georgetown faculty": a noun and names; "the cordial ties" reads oddly.
	if (words.some((w) => !isName(w) && lexiconTags(bare(w).toLowerCase()).has('Adjective')))
		return undefined;
	const head = bare(last)
		.toLowerCase()
		.replace(/(?<=[a-z]{3})s$/, '');
	const phrase = words
		.map((w) => (isName(w) && !title(w) ? bare(w) : bare(w).toLowerCase()))
		.join(' ')
		.replace(/^(?:the|a|an)\s+/, '');
	// "the shooting", "the Georgetown faculty"; a common word before the noun ("Cordial Ties")
	// may be the headline's own colouring: its words are quoted as written.
	const coloured = words.slice(0, -1).some((w) => !isName(w) && !/^(?:the|a|an)$/i.test(bare(w)));
	return {
		kind: 'noun',
		head,
		label: coloured ? `“${words.map(bare).join(' ')}”` : `the ${phrase}`
	};
}

/**
 * Are two subjects surely different people or things? Not when either could be the other under
 * another name: "an I.R.S. official" may be the Lois Lerner another headline names, and "the
 * president" the Trump of the others. That is a difference of naming, not of whom the headline
 * is about.
 */
export function differentSubjects(a: SubjectEntity, b: SubjectEntity): boolean {
	const personLike = (e: SubjectEntity) => e.kind === 'noun' && roleNoun(e.head);
	if (personLike(a) || personLike(b)) return false;
	if (a.kind !== b.kind) return true;
	if (a.head !== b.head) return true;
	return !!a.given && !!b.given && sameGiven(a.given, b.given) === false;
}

export function sameSubject(a: SubjectEntity, b: SubjectEntity): boolean {
	return (
		a.kind === b.kind &&
		a.head === b.head &&
		(!a.given || !b.given || sameGiven(a.given, b.given) !== false)
	);
}

/** "Bill" and "William" are one given name; two unlike given names are two people; unknown otherwise. */
function sameGiven(a: string, b: string): boolean | undefined {
	const full = (g: string) => GIVEN_NAME_SHORT_FORMS[g] ?? g;
	if (full(a) === full(b)) return true;
	// "Liz" for "Elizabeth" may be missing from the list: a shared start is no proof of two people.
	if (a.slice(0, 3) === b.slice(0, 3) || a.includes(b) || b.includes(a)) return undefined;
	return false;
}

/**
 * A kicker before a colon ("Report:", "EXCLUSIVE:", "DESPERATION:") labels the piece, not the
 * news; an outlet's or a section's label after a dash or colon at the end likewise.
 */
export function stripKicker(title: string): string {
	const m = /^([\p{L}'’ ]{2,24}):\s+(?=\S)/u.exec(title);
	if (m) {
		const label = m[1]!.trim();
		const shouting = /^[A-Z' ’]+$/.test(label) && /[A-Z]{3}/.test(label);
		if (shouting || HEADLINE_KICKERS.includes(label.toLowerCase())) return title.slice(m[0].length);
	}
	return title;
}
