/**
 * How the headlines differ, read from their grammar rather than their strings: whom each
 * headline makes its subject, which verb it uses for the same act, and whether it reports
 * something done or previews something still to come (or asks a question). A question that
 * only asks which headline holds some words is a look-up; where the headlines differ in none
 * of these ways, no headline question is asked.
 *
 * Headlines are title case ("Trump Attacks Justice Department"), so a capital says nothing:
 * a word is a name only when the articles write it capitalised in mid-sentence.
 */
import type { StoryView } from '../analyze';
import { choiceId, listWords, makeChoices, spanOf } from '../build';
import { lexiconTags } from '../entities';
import { GIVEN_NAME_SHORT_FORMS, INFINITIVE_TAKERS, PERSON_TITLES, ROLE_NOUNS } from '../lexicon';
import { notBodyProse } from '../caption';
import type { Span } from '../types';
import { draftBase, type Candidate } from './candidate';
import { personNoun } from './describe';

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

const AUX =
	/^(?:will|won['’]t|would|could|can|can['’]t|may|might|should|must|is|are|was|were|has|have|had|isn['’]t|doesn['’]t|didn['’]t|does|did)$/;
/** The future in headlinese: "Mayor to resign", "Council set to vote", "Mayor expected to quit". */
const PREVIEW_AUX = /^(?:will|to|set|expected|poised|likely|about)$/;
const PARTICLE = /^(?:out|up|down|off|on|back|away|forward|in|over)$/;
const FUNCTION_WORD =
	/^(?:a|an|the|of|to|in|on|at|for|by|with|and|or|but|as|from|into|over|after|about|than|not|no|her|his|their|its|my|our|your|this|that)$/;
/** A rank or order word before "to" ("latest to chide", "first to sign") makes no future. */
const RANK_WORD = /^(?:latest|first|last|next|only|newest)$|est$/;
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
	let t = title.replace(/\s+/g, ' ').trim();
	const question = /\?\s*$/.test(t);
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
		if (who.length > 4 || !who.every(isName)) return undefined;
		return { ...base, subject: colon[1]!, verb: '', form: 'speaker' };
	}
	const words = t.split(' ');
	for (let i = 1; i < words.length; i++) {
		const w = bare(words[i]!).toLowerCase();
		const prev = bare(words[i - 1]!).toLowerCase();
		if (/^(?:who|which|that|whose)$/.test(w) || /^['‘"“]/.test(words[i]!)) return undefined;
		if (isName(words[i]!) || (FUNCTION_WORD.test(w) && w !== 'to')) continue;
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
			.replace(/[,:;]$/, '');
		if (!subject) return undefined;
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
		const passive =
			/ed$|^(?:shot|hit|seen|told|taken|given|held|caught|beaten)$/.test(
				bare(words[end]!).toLowerCase()
			) && words.slice(end + 1).some((x) => /^by$/i.test(x));
		return { subject, verb, form: 'statement', passive, preview, question };
	}
	return undefined;
}

/** Who or what a headline's subject is: a name at its head, or its head noun. */
interface SubjectEntity {
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
		return {
			kind: 'name',
			head,
			given,
			// A headline's own full name stays ("Elizabeth Cheney", where the articles say "Liz"); a
			// surname alone takes the story's full name ("Obama" → "Barack Obama").
			label: full.length
				? given
					? run.slice(-2).map(bare).join(' ')
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
	return { kind: 'noun', head, label: `the ${phrase}` };
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

const headlineLike = (t: string) => {
	const n = t.split(/\s+/).filter(Boolean).length;
	return n >= 3 && n <= 20 && !/^[A-Z][A-Z .,]+\s[—–-]\s/.test(t) && !/^[A-Z .,]{6,},/.test(t);
};

interface Headed {
	outlet: string;
	title: string;
	date: string;
	parse?: HeadlineParse;
	entity?: SubjectEntity;
	lead?: Span;
}

export function headlineCandidates(view: StoryView): Candidate[] {
	const outlets = [...new Set(view.label.values())];
	if (outlets.length < 3 || outlets.length !== view.analyses.length) return [];
	// A headline that is really a lead or a dateline (scraped pages do this) is no headline to
	// compare, and the others cannot be said to differ from it.
	if (view.analyses.some((a) => !headlineLike(a.article.title))) return [];
	const isName = nameTest(view.analyses.map((a) => a.article.text));
	const heads: Headed[] = view.analyses.map((a) => {
		const title = a.article.title.replace(/\s+/g, ' ').trim();
		const parse = parseHeadline(title, isName);
		// The lead, past a headline the page repeats as its first line.
		const lead = a.sentences.find((s) => !notBodyProse(s, a.sentences)) ?? a.sentences[0];
		return {
			outlet: view.label.get(a.article.id)!,
			title,
			date: a.article.date,
			parse,
			entity: parse ? subjectEntity(parse.subject, isName, view.people) : undefined,
			lead: lead ? spanOf(lead) : undefined
		};
	});
	// Evidence in every outlet named: each article's lead, beside its headline.
	if (heads.some((h) => !h.lead)) return [];
	const evidence = heads.map((h) => h.lead!);
	const listing = heads.map((h) => `${h.outlet}: “${h.title}”`).join('; ');
	return [
		...subjectContrast(heads, outlets, evidence, listing),
		...verbMatching(heads, evidence),
		...verbContrast(heads, outlets, evidence),
		...previewContrast(heads, outlets, evidence),
		...speakerContrast(heads, outlets, evidence, listing),
		...questionHeadline(heads, outlets, evidence, listing)
	];
}

const headlineCandidate = (draft: Candidate['draft'], quality: number): Candidate => ({
	family: 'compare',
	draft,
	keyTexts: [],
	hidden: [],
	// One headline question per story: the best of these kinds.
	answerKey: 'headline',
	quality,
	position: 0
});

/** Two headlines are about one person or thing, the third about another: whom does each put first? */
function subjectContrast(
	heads: Headed[],
	outlets: string[],
	evidence: Span[],
	listing: string
): Candidate[] {
	if (heads.length !== 3 || heads.some((h) => !h.entity)) return [];
	for (let odd = 0; odd < 3; odd++) {
		const [x, y] = heads.filter((_, i) => i !== odd) as [Headed, Headed];
		const o = heads[odd]!;
		if (!sameSubject(x.entity!, y.entity!)) continue;
		if (!differentSubjects(o.entity!, x.entity!) || !differentSubjects(o.entity!, y.entity!))
			continue;
		// The longer spelling names the shared subject best: "Donald Trump" over "Trump".
		const shared = [x, y].map((h) => h.entity!.label).sort((p, q) => q.length - p.length)[0]!;
		const choices = makeChoices(outlets, `subject:${o.entity!.label}`);
		const passive = o.parse!.passive
			? ` Its headline is in the passive (“${o.parse!.subject} ${o.parse!.verb} by …”): the one acted upon comes first.`
			: '';
		return [
			headlineCandidate(
				{
					...draftBase(
						'compare',
						`Two of the headlines make ${shared} the subject of their sentence. Which outlet's headline makes ${o.entity!.label} its subject instead?`,
						evidence,
						`${o.outlet}'s headline is about ${o.entity!.label}; ${listWords([x.outlet, y.outlet])} lead with ${shared}.${passive} The headlines: ${listing}.`,
						2
					),
					type: 'single',
					choices,
					correct: [choiceId(choices, o.outlet)]
				},
				0.8
			)
		];
	}
	return [];
}

/** The same person's act in three verbs: "bows out", "pulling out", "won't go forward". */
function verbMatching(heads: Headed[], evidence: Span[]): Candidate[] {
	if (heads.length < 3 || heads.some((h) => h.parse?.form !== 'statement' || !h.entity)) return [];
	const first = heads[0]!.entity!;
	if (first.kind !== 'name' || heads.some((h) => !sameSubject(h.entity!, first))) return [];
	if (heads.some((h) => h.parse!.passive || h.parse!.preview)) return [];
	const lexical = (v: string) =>
		v
			.split(' ')
			.filter((w) => !AUX.test(w))[0]!
			.replace(/(?:es|s|ed|ing)$/, '');
	if (new Set(heads.map((h) => lexical(h.parse!.verb))).size !== heads.length) return [];
	const who = heads.map((h) => h.entity!.label).sort((p, q) => q.length - p.length)[0]!;
	return [
		headlineCandidate(
			{
				...draftBase(
					'compare',
					`Each headline reports what ${who} did in its own words. Match each outlet to the verb its headline uses.`,
					evidence,
					`${heads.map((h) => `${h.outlet}: “${h.title}” (${h.parse!.verb})`).join('; ')}.`,
					2
				),
				type: 'matching',
				pairs: heads.map((h, i) => ({ id: `p${i + 1}`, left: h.outlet, right: h.parse!.verb }))
			},
			0.82
		)
	];
}

/** The word a verb group turns on: "won't go forward" → "go", "slams" → "slam". */
const lexicalVerb = (v: string) =>
	(v.split(' ').filter((w) => !AUX.test(w) && w !== 'to')[0] ?? '').replace(/(?:es|s|ed|ing)$/, '');

/**
 * Two headlines use one verb for the act, the third another ("asked Bill Clinton" twice,
 * "used Bill Clinton" once). The third may name the actor by a role ("President Wants to …"
 * beside "Trump Vows to …"): a role is no other person, and the verb is what is asked about.
 */
function verbContrast(heads: Headed[], outlets: string[], evidence: Span[]): Candidate[] {
	if (heads.length !== 3 || heads.some((h) => h.parse?.form !== 'statement' || !h.entity))
		return [];
	if (heads.some((h) => h.parse!.passive || h.parse!.preview)) return [];
	for (let odd = 0; odd < 3; odd++) {
		const [x, y] = heads.filter((_, i) => i !== odd) as [Headed, Headed];
		const o = heads[odd]!;
		const verb = lexicalVerb(x.parse!.verb);
		if (!verb || verb !== lexicalVerb(y.parse!.verb) || lexicalVerb(o.parse!.verb) === verb)
			continue;
		if (!sameSubject(x.entity!, y.entity!)) continue;
		if (!sameSubject(o.entity!, x.entity!) && differentSubjects(o.entity!, x.entity!)) continue;
		const who = [x, y].map((h) => h.entity!.label).sort((p, q) => q.length - p.length)[0]!;
		const choices = makeChoices(outlets, `verb:${o.title}`);
		return [
			headlineCandidate(
				{
					...draftBase(
						'compare',
						`Two of the headlines use the verb “${x.parse!.verb}” for what ${who} did. Which outlet's headline uses another verb?`,
						evidence,
						`${o.outlet}'s headline says “${o.parse!.verb}”; ${listWords([x.outlet, y.outlet])} say “${x.parse!.verb}”. The headlines: ${heads.map((h) => `${h.outlet}: “${h.title}”`).join('; ')}.`,
						2
					),
					type: 'single',
					choices,
					correct: [choiceId(choices, o.outlet)]
				},
				0.74
			)
		];
	}
	return [];
}

/** One headline previews what the others report done ("will invoke" beside "invokes"). */
function previewContrast(heads: Headed[], outlets: string[], evidence: Span[]): Candidate[] {
	const previews = heads.filter((h) => h.parse?.preview);
	if (previews.length !== 1) return [];
	const p = previews[0]!;
	// Every other headline must report, not preview: parsed without a future, or at least free of one.
	const future = /\b(?:will|set to|expected to|poised to|about to|plans? to)\b/i;
	if (heads.some((h) => h !== p && (h.parse ? h.parse.preview : future.test(h.title)))) return [];
	const others = heads.filter((h) => h !== p);
	// Filed before the others, a preview is what the outlet could know then: the feedback says so.
	const earlier = others.every((h) => h.date && p.date && p.date < h.date)
		? ` It was published on ${p.date}, before the others (${others.map((h) => `${h.outlet} ${h.date}`).join(', ')}).`
		: '';
	const choices = makeChoices(outlets, `preview:${p.title}`);
	return [
		headlineCandidate(
			{
				...draftBase(
					'compare',
					`Which outlet's headline presents its news as something still to come, not as something that has already happened?`,
					evidence,
					`${p.outlet}: “${p.title}” (“${p.parse!.verb}”: not yet done).${earlier} The others report it as news that has happened: ${others.map((h) => `${h.outlet}: “${h.title}”`).join('; ')}.`,
					2
				),
				type: 'single',
				choices,
				correct: [choiceId(choices, p.outlet)]
			},
			0.8
		)
	];
}

/**
 * "Obama: 'In God We Trust' Vote Not Creating Jobs" beside "Obama Mocks Congress For Vote":
 * one headline hands the person the word after a colon, the others describe the act in their
 * own verbs (or the other way round). All three must be about the same person.
 */
function speakerContrast(
	heads: Headed[],
	outlets: string[],
	evidence: Span[],
	listing: string
): Candidate[] {
	if (heads.length !== 3 || heads.some((h) => !h.entity || !h.parse)) return [];
	const first = heads[0]!.entity!;
	if (first.kind !== 'name' || heads.some((h) => !sameSubject(h.entity!, first))) return [];
	const colon = (h: Headed) => h.parse!.form === 'speaker' && h.parse!.verb === '';
	const colons = heads.filter(colon);
	if (colons.length === 0 || colons.length === heads.length) return [];
	const odd = colons.length === 1 ? colons[0]! : heads.find((h) => !colon(h))!;
	if (colons.length !== 1 && heads.filter((h) => !colon(h)).length !== 1) return [];
	if (!colon(odd) && odd.parse!.form !== 'statement') return [];
	const who = heads.map((h) => h.entity!.label).sort((p, q) => q.length - p.length)[0]!;
	const form = `“${colons.map((h) => h.parse!.subject).sort((p, q) => p.length - q.length)[0]}: …”`;
	const prompt = colon(odd)
		? `Which outlet's headline gives ${who}'s point in the form ${form} instead of describing it with a verb, as the other two do?`
		: `Two headlines have the form ${form}, giving ${who}'s point after a colon. Which outlet's headline describes it with a verb of its own instead?`;
	const choices = makeChoices(outlets, `speaker:${odd.title}`);
	return [
		headlineCandidate(
			{
				...draftBase(
					'compare',
					prompt,
					evidence,
					colon(odd)
						? `${odd.outlet}'s headline gives ${who}'s point after a colon; the others use a verb of their own (${heads
								.filter((h) => h !== odd)
								.map((h) => `“${h.parse!.verb}”`)
								.join(', ')}). The headlines: ${listing}.`
						: `${odd.outlet}'s headline uses its own verb, “${odd.parse!.verb}”; the others give ${who}'s point after a colon. The headlines: ${listing}.`,
					2
				),
				type: 'single',
				choices,
				correct: [choiceId(choices, odd.outlet)]
			},
			0.72
		)
	];
}

/** Only one headline asks a question ("…, but Will It Last?"). */
function questionHeadline(
	heads: Headed[],
	outlets: string[],
	evidence: Span[],
	listing: string
): Candidate[] {
	const asking = heads.filter((h) => /\?\s*$/.test(h.title));
	if (asking.length !== 1) return [];
	const q = asking[0]!;
	const choices = makeChoices(outlets, `question:${q.title}`);
	return [
		headlineCandidate(
			{
				...draftBase(
					'compare',
					`Which outlet's headline asks a question instead of only stating what happened?`,
					evidence,
					`Only ${q.outlet}'s headline ends in a question. The headlines: ${listing}.`,
					1
				),
				type: 'single',
				choices,
				correct: [choiceId(choices, q.outlet)]
			},
			0.6
		)
	];
}
