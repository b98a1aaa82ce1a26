/**
 * How the headlines differ, read from their grammar (headline-grammar.ts) rather than their
 * strings: whom each headline makes its subject, which verb it uses for the same act, whether
 * it reports something done or previews something still to come, whether it gives a speaker's
 * point after a colon or asks a question. A question that only asks which headline holds some
 * words is a look-up; where the headlines differ in none of these ways, none is asked.
 */
import type { StoryView } from '../analyze';
import { choiceId, listWords, makeChoices, spanOf } from '../build';
import { notBodyProse } from '../caption';
import {
	AUX,
	differentSubjects,
	hedgeIn,
	nameTest,
	parseHeadline,
	pointsAhead,
	roleNoun,
	weighsChance,
	sameSubject,
	speechWord,
	stripKicker,
	subjectEntity,
	type HeadlineParse,
	type SubjectEntity
} from '../headline-grammar';
import {
	ACT_NOUNS,
	countWordTitle,
	INSTITUTION_NOUNS,
	LOOSE_HEADLINE_HEDGES,
	PEOPLE_NOUNS,
	POSSIBILITY_MODALS,
	REQUEST_VERB_STEMS
} from '../lexicon';
import type { Span } from '../types';
import { FUNCTION, nearKey } from './headline-lookup-words';
import { escapeRegExp } from '$lib/text/regexp';
import { actSubject } from './describe-acts';
import { draftBase, type Candidate } from './candidate';
import { normaliseSpace } from '$lib/content/space';
import { groupContrast, pendingContrast, sideContrast } from './headline-sides';
import { pairNaming, pairSpeaker, pairSubjects, pairVerbs } from './headline-pair';
import { pairWording } from './headline-pair-wording';
import { pairSides } from './headline-pair-sides';
import { pairQuestion } from './headline-pair-question';
import { headlineClaim } from './headline-claim';
import { deedPrompt, pastDeed } from './headline-deed';

/** A title that reads as a headline: not a lead or a dateline that a scraped page put there. */
export const headlineLike = (t: string) => {
	const n = t.split(/\s+/).filter(Boolean).length;
	return n >= 3 && n <= 20 && !/^[A-Z][A-Z .,]+\s[—–-]\s/.test(t) && !/^[A-Z .,]{6,},/.test(t);
};

export interface Headed {
	outlet: string;
	title: string;
	date: string;
	parse?: HeadlineParse;
	entity?: SubjectEntity;
	lead?: Span;
}

/**
 * The story's headlines, one per outlet, ready to compare; undefined with fewer than three
 * outlets, two articles of one outlet, or a "headline" that is really a lead or a dateline.
 */
export function comparableHeadlines(view: StoryView) {
	const arts = view.analyses;
	const outlets = [...new Set(view.label.values())];
	if (arts.length < 3 || outlets.length !== arts.length) return undefined;
	if (arts.some((a) => !headlineLike(a.article.title))) return undefined;
	return {
		arts,
		outlets,
		isName: nameTest(arts.map((a) => a.article.text)),
		titles: arts.map((a) => normaliseSpace(a.article.title))
	};
}

export function headlineCandidates(view: StoryView): Candidate[] {
	const outlets = [...new Set(view.label.values())];
	if (outlets.length < 2 || outlets.length !== view.analyses.length) return [];
	// A headline that is really a lead or a dateline (scraped pages do this) is no headline to
	// compare, and the others cannot be said to differ from it.
	if (view.analyses.some((a) => !headlineLike(a.article.title))) return [];
	const isName = nameTest(view.analyses.map((a) => a.article.text));
	const heads: Headed[] = view.analyses.map((a) => {
		const title = normaliseSpace(a.article.title);
		// "EXCLUSIVE: Ruiz Vetoes Budget": the kicker labels the piece; the headline's sentence follows it.
		const parse = parseHeadline(stripKicker(title), isName);
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
	// Two outlets: "which outlet's headline …?" is a coin toss (headline-pair.ts).
	if (heads.length === 2)
		return [
			...pairVerbs(heads, evidence, isName, view.people),
			...pairSubjects(heads, evidence, isName),
			...pairSpeaker(heads, evidence),
			...pairNaming(view, heads, evidence, isName),
			...pairWording(heads, evidence, isName),
			...pairSides(heads, evidence, isName),
			...pairQuestion(heads, evidence)
		];
	const listing = heads.map((h) => `${h.outlet}: “${h.title}”`).join('; ');
	return [
		...subjectContrast(heads, outlets, evidence, listing, isName),
		...pairContrast(heads, outlets, evidence, listing, isName, view.people),
		...verbMatching(heads, evidence),
		...verbContrast(heads, outlets, evidence),
		...pending(heads, outlets, evidence, listing, isName),
		...sideContrast(heads, outlets, evidence, listing, isName),
		...groupContrast(heads, outlets, evidence, listing),
		...hedgeContrast(heads, outlets, evidence, listing, isName),
		...speakerContrast(heads, outlets, evidence, listing),
		...questionHeadline(heads, outlets, evidence, listing),
		...bareContrast(heads, outlets, evidence, listing),
		...namingContrast(view, heads, outlets, evidence, listing, isName)
	];
}

/**
 * Done against still to come or only called for: asked of all the headlines when they all fit
 * (previewContrast, requestContrast), else of the two that share the act's verb.
 */
function pending(
	heads: Headed[],
	outlets: string[],
	evidence: Span[],
	listing: string,
	isName: (w: string) => boolean
): Candidate[] {
	const all = [
		...previewContrast(heads, outlets, evidence, isName),
		...requestContrast(heads, outlets, evidence, listing, isName)
	];
	return all.length ? all : pendingContrast(heads, outlets, evidence, listing, isName);
}

/** A headline comparison; every kind (grammar, wording, acts) shares one answer key. */
export const headlineQuestion = (draft: Candidate['draft'], quality: number): Candidate => ({
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
	listing: string,
	isName: (w: string) => boolean
): Candidate[] {
	if (heads.length < 3 || heads.some((h) => !h.entity)) return [];
	// "Mary Cheney: Sister Is 'Dead Wrong'": the words after a colon have a subject of their own
	// (here the sister), so the speaker is no sure subject of the headline's sentence; but the
	// speaker is whom it puts first. Beside a headline that leads with the speaker and one that
	// leads with someone else ("Ann Roe Blasted by Sister"), the item asks whom each
	// headline leads with, never the odd one out by its colon (speakerContrast asks that).
	const colon = heads.some((h) => colonForm(h.parse!));
	// Blind readers rejected "the Obama now", "the NRA gun control" (a noun phrase cut wrong,
	// an article added) and a group's headline keyed as the person's: only a subject that is
	// a name, whole, is read for sure.
	// The event itself ("Shooting Spurs …", "Veto Sets Up …") is a subject read for sure too.
	if (
		heads.some(
			(h) =>
				!wholeName(h.parse!.subject, h.entity!, isName) &&
				!eventSubject(h.parse!.subject, h.entity!)
		)
	)
		return [];
	for (let odd = 0; odd < heads.length; odd++) {
		const rest = heads.filter((_, i) => i !== odd);
		const o = heads[odd]!;
		if (colonForm(o.parse!)) continue;
		if (rest.some((h) => !sameSubject(h.entity!, rest[0]!.entity!))) continue;
		if (rest.some((h) => !differentSubjects(o.entity!, h.entity!))) continue;
		// The longer spelling names the shared subject best: "Donald Trump" over "Trump".
		const shared = rest.map((h) => h.entity!.label).sort((p, q) => q.length - p.length)[0]!;
		const choices = makeChoices(outlets, `subject:${o.entity!.label}`);
		// A passive puts the one acted upon first, whichever headline it is: said, so that a
		// reader who sees another side acting there finds the key still right.
		const passive = heads
			.filter((h) => h.parse!.passive)
			.map(
				(h) =>
					` ${h.outlet}'s headline is in the passive: ${h.entity!.label} is its subject but is acted upon, not acting.`
			)
			.join('');
		// A person against the event: what each headline centres on.
		const event = (h: Headed) =>
			h.entity!.kind === 'noun' && eventSubject(h.parse!.subject, h.entity!);
		const centre =
			event(o) !== event(rest[0]!)
				? event(o)
					? ' It centres on the event, the others on a person.'
					: ' It centres on a person, the others on the event.'
				: '';
		const count = countWordTitle(rest.length, 4, 'Most');
		return [
			headlineQuestion(
				{
					...draftBase(
						'compare',
						colon
							? `${count} of the headlines lead with ${shared}. Which outlet's headline leads with ${o.entity!.label} instead?`
							: `${count} of the headlines make ${shared} the subject of their sentence. Which outlet's headline makes ${o.entity!.label} its subject instead?`,
						evidence,
						`${o.outlet}'s headline ${colon ? 'leads with' : 'is about'} ${o.entity!.label}; ${listWords(rest.map((h) => h.outlet))} lead with ${shared}.${centre}${passive} The headlines: ${listing}.`,
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

/**
 * "Ruiz and Diaz Clash Over Budget" beside "Ruiz Slams Diaz" and "Diaz Defends Budget": one
 * headline makes both sides its subject, the others lead with one of them. Each side must be a
 * whole name, and every other headline's subject one of the two, alone.
 */
function pairContrast(
	heads: Headed[],
	outlets: string[],
	evidence: Span[],
	listing: string,
	isName: (w: string) => boolean,
	people: readonly string[]
): Candidate[] {
	if (heads.length < 3 || heads.some((h) => !h.entity || !h.parse || colonForm(h.parse))) return [];
	const sides = (h: Headed) => {
		const parts = h.parse!.subject.split(/,\s*|\s+(?:and|&)\s+/);
		if (parts.length !== 2) return undefined;
		const entities = parts.map((p) => subjectEntity(p, isName, people));
		if (entities.some((e, i) => !e || e.kind !== 'name' || !wholeName(parts[i]!, e, isName)))
			return undefined;
		return differentSubjects(entities[0]!, entities[1]!)
			? (entities as SubjectEntity[])
			: undefined;
	};
	const pairs = heads.filter((h) => sides(h));
	if (pairs.length !== 1) return [];
	const o = pairs[0]!;
	const both = sides(o)!;
	const rest = heads.filter((h) => h !== o);
	const side = (h: Headed) => both.find((e) => sameSubject(e, h.entity!));
	const oneSide = (h: Headed) =>
		!!side(h) && wholeName(h.parse!.subject, h.entity!, isName) && h.entity!.kind === 'name';
	// Another headline may lead with someone else ("Council Hearing Runs Late"): the prompt
	// then claims nothing of the others, only that this one frames it as between the two.
	const strict = rest.every(oneSide);
	const namesBoth = (h: Headed) => {
		const words = h.parse!.subject.toLowerCase().split(/[^\p{L}]+/u);
		return both.every((e) => words.includes(e.head));
	};
	if (!strict && rest.some((h) => namesBoth(h) || /\?\s*$/.test(h.title))) return [];
	const [a, b] = both.map((e) => e.label) as [string, string];
	const choices = makeChoices(outlets, `pair:${o.title}`);
	return [
		headlineQuestion(
			{
				...draftBase(
					'compare',
					`Which outlet's headline makes both ${a} and ${b} the subject of its sentence${strict ? ', where the others lead with one of them' : ', telling it as between the two'}?`,
					evidence,
					`${o.outlet}'s headline puts both first (“${o.parse!.subject}”), telling it as between the two; ${listWords(rest.map((h) => (oneSide(h) ? `${h.outlet} leads with ${side(h)!.label}` : `${h.outlet} with “${h.parse!.subject}”`)))}. The headlines: ${listing}.`,
					2
				),
				type: 'single',
				choices,
				correct: [choiceId(choices, o.outlet)]
			},
			0.76
		)
	];
}

/**
 * Is the headline's subject a name and nothing else: "Trump", "Donald Trump", "Senate
 * Republicans", "GOP Whip Steve Scalise" (a title before the name is naming), never "Mueller
 * Statement", "Obama Now", "Cordial Ties", "Steve Scalise, Others" or "Trump and Republicans"?
 */
export function wholeName(
	subject: string,
	entity: SubjectEntity,
	isName: (w: string) => boolean
): boolean {
	if (entity.kind === 'noun') return namedGroup(subject, isName);
	if (/[,;:'‘’"“”&]|\s(?:and|or)\s/i.test(subject.replace(/\b\w+['’]\w+\b/g, 'x'))) return false;
	if (/['’]s\b/.test(subject)) return false;
	const words = subject.split(' ').filter(Boolean);
	const bareWord = (w: string) => w.replace(/[^\p{L}.]/gu, '');
	if (bareWord(words.at(-1)!).replace(/\.$/, '').toLowerCase() !== entity.head) return false;
	// Every word is a name, or a title or role before the name ("President", "Rep.", "Whip").
	return words.every(
		(w) => isName(w) || roleNoun(bareWord(w).replace(/\.$/, '')) || /^[A-Z][a-z]{0,4}\.$/.test(w)
	);
}

/**
 * "Shooting", "The Veto", "Resignation": one noun for an act or happening, the headline's
 * whole subject. "Cordial Ties", "Obama Gun Control" or "Mayor" are none.
 */
export function eventSubject(subject: string, entity: SubjectEntity): boolean {
	if (entity.kind !== 'noun') return false;
	const words = subject.split(' ').filter((w) => !/^(?:the|a|an)$/i.test(w));
	if (words.length !== 1 || !/^[A-Za-z]+$/.test(words[0]!)) return false;
	const w = words[0]!.toLowerCase();
	if (roleNoun(w) || roleNoun(entity.head)) return false;
	return (ACT_NOUNS as readonly string[]).includes(w) || /[a-z]{3}(?:tion|ment|ing)$/.test(w);
}

/**
 * "Georgetown Faculty", "Senate Democrats": names before one noun for a body or a group of
 * people. "Obama Now", "Trump End" or "NRA Gun Control" are a headline cut in the wrong
 * place: their last word names no group.
 */
function namedGroup(subject: string, isName: (w: string) => boolean): boolean {
	const words = subject.split(' ').filter(Boolean);
	const head = words.at(-1)!.toLowerCase();
	if (words.length < 2 || !/^[a-z]+$/.test(head)) return false;
	if (!words.slice(0, -1).every((w) => /^[A-Z][\w.-]*$/.test(w) && isName(w))) return false;
	const singular = head.replace(/(?<=[a-z]{3})s$/, '');
	return [head, singular].some((w) => INSTITUTION_NOUNS.includes(w) || PEOPLE_NOUNS.includes(w));
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
		{
			...headlineQuestion(
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
			),
			// The bodies' verbs for the same person's act (describe-acts.ts) ask it with evidence:
			// the first ten hold one of the two.
			subject: actSubject(who),
			verbSpot: true
		}
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
			headlineQuestion(
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

/** "X: '…'": a speaker's words after a colon, with no verb of the headline's own. */
export const colonForm = (p: HeadlineParse) => p.form === 'speaker' && p.verb === '';

/**
 * The word a verb group turns on, without its ending: "will invoke", "invokes" and "invoked"
 * are one act ("invok"); "poised to unveil" and "unveiled" too ("unveil").
 */
export const actStem = (verb: string) =>
	(
		verb
			.split(' ')
			.filter(
				(w) => !AUX.test(w) && !/^(?:to|be|been|set|expected|poised|likely|about|not)$/.test(w)
			)[0] ?? ''
	)
		.replace(/ies$/, 'y')
		.replace(/(?:es|s|ed|ing|d)$/, '')
		.replace(/e$/, '')
		.replace(/([b-df-hj-np-tv-z])\1$/, '$1');

/** "Ruiz Announces Budget" without "Announces": does the rest still point ahead? */
export const aheadBesides = (h: Headed) => {
	const verb = new Set(h.parse!.verb.split(' '));
	return pointsAhead(
		h.title
			.split(' ')
			.filter((w) => !verb.has(w.toLowerCase().replace(/[^a-z'’]/g, '')))
			.join(' ')
	);
};

/**
 * One headline previews what the others report done ("will invoke" beside "invokes"), or the
 * other way round: all but one preview it, and one reports it done. Asked only when no other
 * headline can be read as pointing ahead too (a future, an infinitive, a word of intent or
 * announcement such as "hints at", "pledges", "calls for", "taps", a hedge or a question),
 * which would make it a second answer. Each other headline must parse as a plain statement,
 * unless one of them reports the preview's own act done ("Will Unveil" beside "Unveils"): that
 * shows what is previewed, and the rest need only point nowhere ahead.
 */
function previewContrast(
	heads: Headed[],
	outlets: string[],
	evidence: Span[],
	isName: (w: string) => boolean
): Candidate[] {
	const previews = heads.filter((h) => h.parse?.preview);
	if (!previews.length || previews.some((h) => h.parse!.form !== 'statement' || h.parse!.question))
		return [];
	const others = heads.filter((h) => !previews.includes(h));
	if (!others.length || heads.some((h) => /\?\s*$/.test(h.title))) return [];
	const statement = (h: Headed) =>
		!!h.parse && !h.parse.preview && !h.parse.question && !colonForm(h.parse);
	// The preview's own act, reported done: "Unveils" beside "Will Unveil".
	const sameAct = (h: Headed, p: Headed) =>
		statement(h) &&
		actStem(h.parse!.verb).length >= 3 &&
		actStem(h.parse!.verb) === actStem(p.parse!.verb);
	const dates = (hs: Headed[]) => hs.map((h) => `${h.outlet} ${h.date}`).join(', ');
	if (previews.length === 1) {
		const p = previews[0]!;
		const told = others.filter((h) => sameAct(h, p));
		const plainlyDone = (h: Headed) => statement(h) && !pointsAhead(h.title);
		const quiet = (h: Headed) =>
			!hedgeIn(h.title, isName) &&
			(told.includes(h) ? !aheadBesides(h) : !pointsAhead(h.title)) &&
			(told.length > 0 || plainlyDone(h));
		if (!others.every(quiet)) return [];
		// Filed before the others, a preview is what the outlet could know then: the feedback says so.
		const earlier = others.every((h) => h.date && p.date && p.date < h.date)
			? ` It was published on ${p.date}, before the others (${dates(others)}).`
			: '';
		const rest = others.filter((h) => !told.includes(h));
		const choices = makeChoices(outlets, `preview:${p.title}`);
		return [
			headlineQuestion(
				{
					...draftBase(
						'compare',
						`Which outlet's headline presents its news as something still to come, not as something that has already happened?`,
						evidence,
						told.length
							? `${p.outlet}: “${p.title}” (“${p.parse!.verb}”: not yet done).${earlier} ${listWords(told.map((h) => `${h.outlet} (“${h.title}”)`))} ${told.length > 1 ? 'report' : 'reports'} the same act as done${rest.length ? `; ${listWords(rest.map((h) => `${h.outlet} (“${h.title}”)`))} ${rest.length > 1 ? 'point' : 'points'} to nothing still to come` : ''}.`
							: `${p.outlet}: “${p.title}” (“${p.parse!.verb}”: not yet done).${earlier} The others report it as news that has happened: ${others.map((h) => `${h.outlet}: “${h.title}”`).join('; ')}.`,
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
	// All but one preview the act; the one left reports that same act done.
	if (others.length !== 1) return [];
	const d = others[0]!;
	if (!previews.some((p) => sameAct(d, p)) || aheadBesides(d) || hedgeIn(d.title, isName))
		return [];
	const later = previews.every((p) => p.date && d.date && p.date < d.date)
		? ` It was published on ${d.date}, after the others (${dates(previews)}).`
		: '';
	const choices = makeChoices(outlets, `done:${d.title}`);
	return [
		headlineQuestion(
			{
				...draftBase(
					'compare',
					`Which outlet's headline reports as already done what the other headlines present as still to come?`,
					evidence,
					`${d.outlet}: “${d.title}” (“${d.parse!.verb}”: done).${later} The others preview it: ${previews.map((h) => `${h.outlet}: “${h.title}” (“${h.parse!.verb}”)`).join('; ')}.`,
					2
				),
				type: 'single',
				choices,
				correct: [choiceId(choices, d.outlet)]
			},
			0.8
		)
	];
}

const REQUEST = new RegExp(
	`^(?:${REQUEST_VERB_STEMS.join('|')})(?:s|es|ed|ing|ies|ied|y|e)?$`,
	'i'
);

/**
 * The act a headline reports someone asking for, as actStem gives it: "veto" of "Council
 * Urges Ruiz To Veto Budget", "Calls For Veto Of Budget", "jail" of "Calls For Jailing Aide".
 * A request verb, then "for" or "to" within five words (past whom it asks), then the act.
 */
export function requestedAct(title: string): string | undefined {
	const words = title
		.split(/\s+/)
		.map((w) => w.toLowerCase().replace(/[^a-z'’-]/g, ''))
		.filter(Boolean);
	for (let i = 0; i < words.length; i++) {
		if (!REQUEST.test(words[i]!)) continue;
		for (let k = i + 1; k < Math.min(words.length - 1, i + 6); k++) {
			if (words[k] !== 'to' && words[k] !== 'for') continue;
			const act = words
				.slice(k + 1)
				.find((w) => !/^(?:the|a|an|new|more|his|her|their|its)$/.test(w));
			if (!act) return undefined;
			const stem = actStem(act);
			return stem.length >= 3 ? stem : undefined;
		}
	}
	return undefined;
}

/**
 * One headline reports an act done ("Ruiz Vetoes Budget") where the others report calls for it
 * ("Council Urges Ruiz To Veto Budget", "Calls Grow For Veto"), or the other way round: the
 * outcome against the request. Every headline is one or the other, all for the same act, and
 * the one told done states it plainly (no preview, hedge or question).
 */
function requestContrast(
	heads: Headed[],
	outlets: string[],
	evidence: Span[],
	listing: string,
	isName: (w: string) => boolean
): Candidate[] {
	if (heads.length < 3 || heads.some((h) => /\?\s*$/.test(h.title))) return [];
	const acts = heads.map((h) => requestedAct(stripKicker(h.title)));
	const asking = heads.filter((_, i) => acts[i]);
	const act = acts.find(Boolean);
	if (!act || asking.some((_, i) => acts[heads.indexOf(asking[i]!)] !== act)) return [];
	const done = heads.filter(
		(h, i) =>
			!acts[i] &&
			h.parse?.form === 'statement' &&
			!h.parse.preview &&
			!h.parse.question &&
			!hedgeIn(h.title, isName) &&
			!aheadBesides(h) &&
			actStem(h.parse.verb) === act
	);
	if (!done.length || asking.length + done.length !== heads.length) return [];
	if (done.length !== 1 && asking.length !== 1) return [];
	const oneDone = done.length === 1;
	const odd = oneDone ? done[0]! : asking[0]!;
	const choices = makeChoices(outlets, `request:${odd.title}`);
	const told = (hs: Headed[]) => listWords(hs.map((h) => h.outlet));
	return [
		headlineQuestion(
			{
				...draftBase(
					'compare',
					oneDone
						? `Which outlet's headline reports as done what the other headlines report only as called for?`
						: `Which outlet's headline reports only a call for what the other headlines report as done?`,
					evidence,
					`${oneDone ? `${odd.outlet}'s headline reports it done (“${odd.parse!.verb}”); ${told(asking)} ${asking.length > 1 ? 'report' : 'reports'} that someone asks for it.` : `${odd.outlet}'s headline reports that someone asks for it; ${told(done)} ${done.length > 1 ? 'report' : 'reports'} it done.`} The headlines: ${listing}.`,
					2
				),
				type: 'single',
				choices,
				correct: [choiceId(choices, odd.outlet)]
			},
			0.79
		)
	];
}

/** Words that look ahead or leave the news open, whatever their grammar in a headline. */
const LOOSE_HEDGE = new RegExp(
	`\\b(?:${[...POSSIBILITY_MODALS, ...LOOSE_HEADLINE_HEDGES].join('|')})\\b`,
	'i'
);

/**
 * One headline hedges or predicts ("End Could Be Near", "May Kill It", "Expected To Resign")
 * where the others state their news: no other hedges or asks a question.
 */
function hedgeContrast(
	heads: Headed[],
	outlets: string[],
	evidence: Span[],
	listing: string,
	isName: (w: string) => boolean
): Candidate[] {
	const hedges = heads.map((h) => hedgeIn(h.title, isName));
	const hedging = heads.filter((_, i) => hedges[i]);
	if (hedging.length !== 1 || heads.some((h) => /\?\s*$/.test(h.title))) return [];
	// "Budget Veto Expected From Ruiz": another headline that only looks ahead in looser words
	// hedges too, and a second outlet would be right (a blind reader's wrong key).
	if (heads.some((h, i) => !hedges[i] && LOOSE_HEDGE.test(h.title))) return [];
	const o = hedging[0]!;
	// "Boehner: … Could Lose House": after a speaker's colon the hedge is the speaker's, not the
	// outlet's; and beside "1 In 3 Chance" another headline weighs a possibility too.
	if (!o.parse || o.parse.form !== 'statement') return [];
	// "Ruiz Says Council Could Lose", "Ruiz Warns …": the hedge is the source's, reported.
	if (o.title.split(/\s+/).some(speechWord)) return [];
	if (heads.some((h) => h !== o && weighsChance(h.title))) return [];
	const choices = makeChoices(outlets, `hedge:${o.title}`);
	return [
		headlineQuestion(
			{
				...draftBase(
					'compare',
					`Which outlet's headline hedges, telling what may happen rather than stating its news as certain?`,
					evidence,
					`${o.outlet}'s headline hedges with “${hedges[heads.indexOf(o)]}”; the others state their news without a hedge. The headlines: ${listing}.`,
					2
				),
				type: 'single',
				choices,
				correct: [choiceId(choices, o.outlet)]
			},
			0.77
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
	const colon = (h: Headed) => colonForm(h.parse!);
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
	// The others' verbs, each once: "(“reaffirms”, “reaffirms”)" reads as a slip.
	const otherVerbs = [
		...new Map(
			heads.filter((h) => h !== odd).map((h) => [h.parse!.verb.toLowerCase(), h.parse!.verb])
		).values()
	];
	const othersVerb =
		otherVerbs.length === 1
			? `the others both describe it with the verb “${otherVerbs[0]}”`
			: `the others use a verb of their own (${otherVerbs.map((v) => `“${v}”`).join(', ')})`;
	return [
		headlineQuestion(
			{
				...draftBase(
					'compare',
					prompt,
					evidence,
					colon(odd)
						? `${odd.outlet}'s headline gives ${who}'s point after a colon; ${othersVerb}. The headlines: ${listing}.`
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
		headlineQuestion(
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

/** The words a headline writes after its verb group: "guilty over illegal spending". */
function afterVerb(h: Headed): string[] | undefined {
	const words = h.title.split(' ');
	const verb = h.parse!.verb.split(' ');
	const at = words.findIndex((_, i) =>
		verb.every((v, k) => (words[i + k] ?? '').toLowerCase().replace(/[^a-z'’]/g, '') === v)
	);
	return at < 0 ? undefined : words.slice(at + verb.length);
}

/**
 * Three headlines report one person's act with one verb ("pleads guilty" three times); one stops
 * there, the others say what it was over or about. What one headline leaves out is a difference
 * between the outlets a reader can check, unlike a look-up of the others' extra words.
 */
function bareContrast(
	heads: Headed[],
	outlets: string[],
	evidence: Span[],
	listing: string
): Candidate[] {
	if (heads.length !== 3 || heads.some((h) => h.parse?.form !== 'statement' || !h.entity))
		return [];
	if (heads.some((h) => h.parse!.passive || h.parse!.preview || h.parse!.question)) return [];
	const first = heads[0]!;
	if (first.entity!.kind !== 'name' || heads.some((h) => !sameSubject(h.entity!, first.entity!)))
		return [];
	const verb = lexicalVerb(first.parse!.verb);
	if (!verb || heads.some((h) => lexicalVerb(h.parse!.verb) !== verb)) return [];
	const tails = heads.map(afterVerb);
	if (tails.some((t) => !t)) return [];
	const content = (t: string[]) => t.filter((w) => !FUNCTION.test(w.replace(/[^A-Za-z]/g, '')));
	const bare = heads.filter((_, i) => content(tails[i]!).length <= 1);
	if (bare.length !== 1) return [];
	const odd = bare[0]!;
	const oddTail = tails[heads.indexOf(odd)]!;
	// The others must add a phrase of their own, not one word more.
	if (heads.some((h, i) => h !== odd && content(tails[i]!).length < 3)) return [];
	// Every headline shares the bare one's words after the verb ("Guilty"): one act, told alike.
	const shared = oddTail.map((w) => w.toLowerCase().replace(/[^a-z]/g, '')).filter(Boolean);
	if (
		heads.some(
			(h, i) =>
				!shared.every((w) => tails[i]!.some((x) => x.toLowerCase().replace(/[^a-z]/g, '') === w))
		)
	)
		return [];
	const who = heads.map((h) => h.entity!.label).sort((p, q) => q.length - p.length)[0]!;
	const act = [odd.parse!.verb, ...oddTail]
		.join(' ')
		.replace(/[^\w'’ -]/g, '')
		.toLowerCase();
	const choices = makeChoices(outlets, `bare:${odd.title}`);
	return [
		headlineQuestion(
			{
				...draftBase(
					'compare',
					`All three headlines report that ${who} ${act}. Which outlet's headline says only that, where the others add more?`,
					evidence,
					`${odd.outlet}'s headline stops at “${odd.title}”; ${listWords(heads.filter((h) => h !== odd).map((h) => h.outlet))} say more in theirs. The headlines: ${listing}.`,
					1
				),
				type: 'single',
				choices,
				correct: [choiceId(choices, odd.outlet)]
			},
			0.6
		)
	];
}

/**
 * The role a headline opens with, as written, when its subject is one role noun after at most
 * three words ("I.R.S. Official", "Texas Congressman", "President"), read also where the parse
 * gives up at a relative clause ("Texas Congressman Who Settled …").
 */
function openingRole(h: Headed): { head: string; text: string } | undefined {
	const subject =
		h.parse?.subject ?? /^((?:[\w.’'-]+\s+){0,3}[\w.’'-]+)\s+(?:who|that)\s/i.exec(h.title)?.[1];
	if (!subject || subject.split(' ').length > 4 || /[,:;'‘’"“”]/.test(subject)) return undefined;
	const head = subject
		.split(' ')
		.at(-1)!
		.replace(/[^A-Za-z]/g, '')
		.toLowerCase();
	const singular = head.replace(/(?<=[a-z]{3})s$/, '');
	return roleNoun(head) || roleNoun(singular) ? { head: singular, text: subject } : undefined;
}

/** How the headlines refer to one person (namingSplit): by name, or only by a role. */
export interface Naming {
	person: string;
	/** The headlines that write the person's surname. */
	naming: Headed[];
	/** The others, each opening with a role. */
	rest: Headed[];
	roles: { head: string; text: string }[];
	/** The past act a lone role headline tells of the person ("Settled … Funds"), when it does. */
	deed?: string;
	/** Whether a role headline makes a claim no other headline makes (headline-claim.ts). */
	claimed: boolean;
}

/**
 * "Texas Rep. Roe Resigns" twice beside "Texas Congressman Who … Resigns": the headlines differ
 * in how they refer to one person, by name or only by a role. Read when each headline either
 * writes the person's surname or opens with a role noun and names no one in the story, the role
 * is no other person's in any article, each role headline's own article names the person, and
 * shares a word with a naming headline (one event). One headline against the rest; a role
 * headline's claim of its own is the difference to ask instead (undefined), unless it is a past
 * act told of the role alone (`deed`).
 */
export function namingSplit(
	view: StoryView,
	heads: Headed[],
	isName: (w: string) => boolean
): Naming | undefined {
	const surnameOf = (p: string) =>
		p
			.split(/\s+/)
			.filter((w) => !/^(?:Jr|Sr|II|III|IV)\.?$/.test(w))
			.at(-1)!;
	const writes = (text: string, p: string) =>
		new RegExp(`(?:^|[^\\p{L}])${escapeRegExp(surnameOf(p))}(?:$|[^\\p{L}])`, 'u').test(text);
	const content = (t: string) =>
		new Set(
			t
				.split(/\s+/)
				.filter((w) => !FUNCTION.test(w.replace(/[^A-Za-z]/g, '')) && w.length > 2)
				.map(nearKey)
		);
	// "Blake Farenthold Resigns" read as a name: a "surname" the articles write in lower case
	// ("resigns") is a common word, and names no one.
	const texts = view.analyses.map((a) => a.article.text).join('\n');
	const people = view.people.filter(
		(p) => !new RegExp(`\\b${escapeRegExp(surnameOf(p).toLowerCase())}\\b`).test(texts)
	);
	for (const person of people.slice(0, 6)) {
		const naming = heads.filter((h) => writes(h.title, person));
		const rest = heads.filter((h) => !naming.includes(h));
		if (!naming.length || !rest.length || (naming.length !== 1 && rest.length !== 1)) continue;
		// The person is the subject of a naming headline: the story is about them.
		if (!naming.some((h) => h.entity?.kind === 'name' && writes(h.entity.label, person))) continue;
		const roles = rest.map((h) =>
			people.some((p) => writes(h.title, p)) ? undefined : openingRole(h)
		);
		if (roles.some((r) => !r)) continue;
		// "The governor" beside "Ruiz": a role another person of the story holds may be theirs.
		const othersRoles = new Set(
			view.analyses.flatMap((a) =>
				a.people
					.filter((p) => view.canon(p.name) !== person && p.role)
					.flatMap((p) => p.role!.toLowerCase().match(/[a-z][a-z-]{2,}/g) ?? [])
			)
		);
		if (roles.some((r) => othersRoles.has(r!.head))) continue;
		const article = (h: Headed) =>
			view.analyses.find((a) => view.label.get(a.article.id) === h.outlet)!;
		if (rest.some((h) => !writes(article(h).article.text, person))) continue;
		const named = naming.map((h) => content(h.title));
		if (
			rest.some((h, i) => {
				const own = [...content(h.title)].filter((k) => k !== nearKey(roles[i]!.head));
				return !own.some((k) => named.some((n) => n.has(k)));
			})
		)
			continue;
		// "Texas Congressman Who Settled … Resigns": a role headline that tells what the person did
		// where the others name them makes a claim of its own, and that is the difference to ask
		// (headline-claim.ts); whether it writes the name is a surface a teacher passes over.
		const names = [...view.people, ...view.names.place, ...view.names.org];
		const claims = (h: Headed) =>
			!!headlineClaim(
				h.title,
				heads.filter((o) => o !== h).map((o) => o.title),
				isName,
				names
			);
		// …unless that claim is a past act told of the role alone ("Texas Congressman Who Settled
		// …"): then the framing is asked, a person introduced by a deed instead of a name, in a
		// stem that never prints the clause (headline-deed.ts).
		const deed = rest.length === 1 ? pastDeed(rest[0]!.title, isName) : undefined;
		const claimed = rest.some(claims);
		if (claimed && !deed) return undefined;
		return { person, naming, rest, roles: roles as Naming['roles'], deed, claimed };
	}
	return undefined;
}

/** One headline against the rest (namingSplit): which outlet's headline names, or does not name, the person. */
function namingContrast(
	view: StoryView,
	heads: Headed[],
	outlets: string[],
	evidence: Span[],
	listing: string,
	isName: (w: string) => boolean
): Candidate[] {
	const split = namingSplit(view, heads, isName);
	if (!split) return [];
	const { person, naming, rest, roles, deed, claimed } = split;
	const roleText = rest.map((h, i) => `${h.outlet} “${roles[i]!.text}”`);
	const odd = naming.length === 1 ? naming[0]! : rest[0]!;
	const choices = makeChoices(outlets, `naming:${person}`);
	// A role headline's claim of its own, told as a past act: the framing is asked, a person
	// introduced by a deed instead of a name (headline-deed.ts); else who names the person.
	const [prompt, explanation, difficulty]: [string, string, 1 | 2] =
		deed && claimed
			? [
					deedPrompt(person),
					`${odd.outlet}'s headline does not name ${person}; it writes “${roles[0]!.text}” and tells what this person did: “${deed}”. The others name this person. The headlines: ${listing}.`,
					2
				]
			: naming.length === 1
				? [
						`Only one headline names ${person}; the others refer to this person only by a role or title. Which outlet's headline gives the name?`,
						`Only ${odd.outlet}'s headline names ${person}; the others refer to this person by a role: ${listWords(roleText)}. The headlines: ${listing}.`,
						1
					]
				: [
						`All but one of the headlines name ${person}. Which outlet's headline refers to this person only by a role or title?`,
						`${odd.outlet}'s headline does not name ${person}; it writes “${roles[0]!.text}”. The others name this person. The headlines: ${listing}.`,
						1
					];
	return [
		headlineQuestion(
			{
				...draftBase('compare', prompt, evidence, explanation, difficulty),
				type: 'single',
				choices,
				correct: [choiceId(choices, odd.outlet)]
			},
			// A choice of naming, as a word choice; below the grammar and wording contrasts.
			0.66
		)
	];
}
