/**
 * Headlines compared when a story has only two outlets. headline.ts's kinds ask "which
 * outlet's headline …?", and with two outlets that is a coin toss once one headline is known,
 * so they need three; a teacher who imports two reports then got no headline comparison, and
 * often no comparison at all. Here the choices are the two headlines' wordings instead: each
 * outlet's own verb for what one person did, or whom each puts first, the two swapped, and one
 * for both. Knowing one headline rules out half the choices; only reading both finds the key.
 */
import { listWords, swappedPairItem } from '../build';
import {
	AUX,
	differentSubjects,
	sameSubject,
	subjectEntity,
	type SubjectEntity
} from '../headline-grammar';
import { AFFILIATION_WORDS, HEADLINE_PLAIN_VERBS } from '../lexicon';
import type { Span } from '../types';
import { draftBase, type Candidate } from './candidate';
import { actSubject } from './describe-acts';
import type { StoryView } from '../analyze';
import {
	colonForm,
	eventSubject,
	headlineQuestion,
	namingSplit,
	wholeName,
	type Headed
} from './headline';

/** The word a verb group turns on, without its ending: "bows out" → "bow", "pulling out" → "pull". */
const lexical = (verb: string) =>
	(verb.split(' ').filter((w) => !AUX.test(w) && w !== 'to')[0] ?? '').replace(
		/(?:es|s|ed|ing)$/,
		''
	);

const PLAIN = new Set(HEADLINE_PLAIN_VERBS);

/**
 * A headline whose verb is no act of its subject's own: a passive the parse reads as active
 * ("Roe Challenged On Budget By Faculty": a bare participle with its agent after "by"); two
 * people acting together ("Ruiz, Diaz Meet On Budget": "what Ruiz did" would leave one out),
 * unless both headlines make the same people act together (`together`); a verb that chooses
 * nothing ("Ruiz Has Dozens Of Questions", "Ruiz Made Visit": the word that tells the act is
 * its object).
 */
function noOwnAct(h: Headed, together = false): boolean {
	const { subject, verb } = h.parse!;
	const after = h.title.slice(h.title.toLowerCase().indexOf(verb.toLowerCase()) + verb.length);
	return (
		(/ed\b/.test(verb) && /\bby\b/i.test(after)) ||
		(!together && /,|\s(?:and|&)\s/i.test(subject)) ||
		verb.split(' ').some((w) => PLAIN.has(w.toLowerCase()))
	);
}

/**
 * "Ruiz, Diaz Meet On Budget" beside "Ruiz And Diaz Talk Budget": both headlines make the same
 * two or more named people act together, so "what Ruiz and Diaz did" leaves no one out. The
 * label names each person as the fuller of the two headlines' readings; undefined unless every
 * member of each list is a name found in the other list.
 */
function sameTogether(
	heads: Headed[],
	isName: (w: string) => boolean,
	people: readonly string[]
): string | undefined {
	const lists = heads.map((h) =>
		h.parse!.subject.split(/,\s*|\s+(?:and|&)\s+/i).map((m) => subjectEntity(m, isName, people))
	);
	const named = (l: (SubjectEntity | undefined)[]): l is SubjectEntity[] =>
		l.length > 1 && l.every((e) => e?.kind === 'name');
	const [x, y] = lists as [(SubjectEntity | undefined)[], (SubjectEntity | undefined)[]];
	if (!named(x) || !named(y) || x.length !== y.length) return undefined;
	const twin = (e: SubjectEntity, l: SubjectEntity[]) => l.filter((f) => sameSubject(e, f));
	if (x.some((e) => twin(e, y).length !== 1) || y.some((e) => twin(e, x).length !== 1))
		return undefined;
	const fuller = (e: SubjectEntity) =>
		[e.label, twin(e, y)[0]!.label].sort((p, q) => q.length - p.length)[0]!;
	return listWords(x.map(fuller));
}

/** "Meet On …": the parse keeps a preposition after a verb, which starts what follows it. */
const shownVerb = (verb: string) => verb.replace(/\s+(?:on|in|over)$/i, '');

/**
 * Two headlines with one named subject, each stating in its own verb what that person did
 * ("Ruiz Slams Council" beside "Ruiz Attacks Council"): which verb does each use? Not a
 * passive, a preview or a speaker's colon (the verb there is no act of the subject's), and
 * not one verb in two forms ("resigns", "resigned"): that is no difference in wording.
 */
export function pairVerbs(
	heads: Headed[],
	evidence: Span[],
	isName: (w: string) => boolean,
	people: readonly string[]
): Candidate[] {
	if (heads.length !== 2 || heads.some((h) => h.parse?.form !== 'statement' || !h.entity))
		return [];
	const [a, b] = heads as [Headed, Headed];
	if (a.entity!.kind !== 'name' || !sameSubject(a.entity!, b.entity!)) return [];
	if (heads.some((h) => h.parse!.passive || h.parse!.preview || h.parse!.question)) return [];
	const together = sameTogether(heads, isName, people);
	if (heads.some((h) => noOwnAct(h, !!together))) return [];
	const [va, vb] = [shownVerb(a.parse!.verb), shownVerb(b.parse!.verb)];
	if (!lexical(va) || !lexical(vb) || lexical(va) === lexical(vb)) return [];
	const who = together ?? heads.map((h) => h.entity!.label).sort((p, q) => q.length - p.length)[0]!;
	const pairItem = swappedPairItem(
		a.outlet,
		`“${va}”`,
		b.outlet,
		`“${vb}”`,
		'Both headlines',
		`pair-verbs:${a.title}`
	);
	return [
		{
			...headlineQuestion(
				{
					...draftBase(
						'compare',
						`Both headlines report what ${who} did, each in its own words. Which verb does each headline use?`,
						evidence,
						`${heads.map((h) => `${h.outlet}'s headline says “${shownVerb(h.parse!.verb)}”: “${h.title}”`).join('; ')}.`,
						2
					),
					...pairItem
				},
				0.8
			),
			// The bodies' verbs for the same person's act (describe-acts.ts) ask it with evidence:
			// the first ten hold one of the two.
			subject: actSubject(who),
			verbSpot: true
		}
	];
}

/**
 * "Ruiz Hearings Show …", "Oakdale Council Vote Fails": names before one noun for a happening,
 * read as surely as a bare "Hearing" (eventSubject). Beside "Ruiz Defends Budget" the one puts
 * the happening first and the other the person, a choice of framing a reader should notice.
 */
function namedEvent(subject: string, entity: SubjectEntity, isName: (w: string) => boolean) {
	const words = subject.split(' ').filter(Boolean);
	if (entity.kind !== 'noun' || words.length < 2) return false;
	const last = words.at(-1)!.replace(/s$/, '');
	return (
		words.slice(0, -1).every(isName) && eventSubject(last, { ...entity, head: last.toLowerCase() })
	);
}

/**
 * "Steve Scalise, Others Shot At Practice", "Roe And Others Sue": a whole name and others the
 * headline lumps with them. The name is read as surely as alone, and the choice says "and
 * others", so that it names the whole subject.
 */
const WITH_OTHERS = /(?:,|\s(?:and|&))\s+others$/i;

/**
 * "Republicans Challenge …", "Democrats Walk Out": one plural word for a political affiliation
 * or one the articles capitalise in their sentences, a named group the headline puts first,
 * read as surely as "Senate Democrats" (headline.ts, wholeName). Lower-case plurals ("Officials
 * Say …") name no one in particular.
 */
function namedPlural(subject: string, entity: SubjectEntity, isName: (w: string) => boolean) {
	if (entity.kind !== 'noun' || !/^[A-Z][a-z]{3,}s$/.test(subject)) return false;
	return AFFILIATION_WORDS.includes(subject.slice(0, -1).toLowerCase()) || isName(subject);
}

/** The subject as a choice names it: a named plural as the headline writes it, with its others. */
function subjectLabel(h: Headed, isName: (w: string) => boolean): string {
	const subject = h.parse!.subject;
	const bare = subject.replace(WITH_OTHERS, '');
	const label = namedPlural(bare, h.entity!, isName) ? bare : h.entity!.label;
	return bare === subject ? label : `${label} and others`;
}

/**
 * Two headlines that make different people or things the subject of their sentence ("Ruiz
 * Slams Council" beside "Council Rejects Ruiz Budget"): whom does each put first? Each subject
 * must be read for sure, as headline.ts's subjectContrast asks: a whole name, a named group or
 * the event itself, never the words before a speaker's colon.
 */
export function pairSubjects(
	heads: Headed[],
	evidence: Span[],
	isName: (w: string) => boolean
): Candidate[] {
	if (heads.length !== 2 || heads.some((h) => !h.entity || !h.parse)) return [];
	// "Mary Cheney: Sister Is 'Dead Wrong'" beside "Elizabeth Cheney Blasted by Older Sister": the
	// speaker before a colon is no subject of the words after it, but is whom the headline puts
	// first, as headline.ts's subjectContrast reads it; then the stem asks whom each leads with.
	// Two colons give two speakers' points, no choice of whom to put first.
	const colons = heads.filter((h) => colonForm(h.parse!)).length;
	// Beside a colon, only people named in full: "Council Rejects Budget" beside "Ruiz: …" is
	// an institution's act set against a person's words, no choice of whom to put first.
	if (colons > 1 || (colons && heads.some((h) => !h.entity!.given))) return [];
	const subjectOf = (h: Headed) => h.parse!.subject.replace(WITH_OTHERS, '');
	const happening = (h: Headed) =>
		eventSubject(subjectOf(h), h.entity!) || namedEvent(subjectOf(h), h.entity!, isName);
	const group = (h: Headed) => namedPlural(subjectOf(h), h.entity!, isName);
	const sure = (h: Headed) =>
		wholeName(subjectOf(h), h.entity!, isName) || happening(h) || group(h);
	if (!heads.every(sure)) return [];
	const [a, b] = heads as [Headed, Headed];
	// "Republicans" reads as a role noun, which could be the other headline's person; beside a
	// happening ("Ruiz Hearings") a group of people is surely another subject.
	const groupAndEvent = (x: Headed, y: Headed) => group(x) && happening(y);
	if (!differentSubjects(a.entity!, b.entity!) && !groupAndEvent(a, b) && !groupAndEvent(b, a))
		return [];
	const [sa, sb] = [subjectLabel(a, isName), subjectLabel(b, isName)];
	const relaxed = heads.some((h) => WITH_OTHERS.test(h.parse!.subject) || group(h));
	// "Nova Terran State Media Announce Halt" beside "Nova Terra Suspends Tests", read as "the
	// Nova Terran" and "the Nova Terra": one name misread, not two subjects. A subject that
	// starts the other is not surely another.
	const bare = (l: string) => l.replace(/^the\s+/i, '').toLowerCase();
	if (bare(sa).startsWith(bare(sb)) || bare(sb).startsWith(bare(sa))) return [];
	const pairItem = swappedPairItem(
		a.outlet,
		sa,
		b.outlet,
		sb,
		'Both headlines',
		`pair-subjects:${a.title}`
	);
	// A passive puts the one acted upon first: said, so that the key is no trick of grammar.
	const passive = heads
		.filter((h) => h.parse!.passive)
		.map((h) => ` ${h.outlet}'s headline is in the passive: the one acted upon comes first.`)
		.join('');
	return [
		headlineQuestion(
			{
				...draftBase(
					'compare',
					colons
						? 'Whom or what does each headline lead with?'
						: 'Whom or what does each headline make the subject of its sentence?',
					evidence,
					`${heads.map((h) => `${h.outlet}'s headline leads with ${subjectLabel(h, isName)}${colonForm(h.parse!) ? ', giving their point after a colon' : ''}: “${h.title}”`).join('; ')}.${passive}`,
					2
				),
				...pairItem
			},
			// A subject read by the looser rules (others lumped in, a one-word group) is less sure
			// than a whole name: below the other two-headline contrasts, asked where none of them is.
			relaxed ? 0.58 : 0.78
		)
	];
}

/**
 * One headline gives a person's point in the form "Ruiz: …", after a colon, so that the words
 * after it are the speaker's; the other tells what that person did in a verb the outlet chose
 * ("Ruiz Slams Council"). headline.ts's speakerContrast asks this of three headlines; with two,
 * as pairVerbs does, the choices are the two forms swapped and one for both. The verb must be
 * an act of the subject's own (noOwnAct): beside "Ruiz Says …" a colon is no other framing.
 */
export function pairSpeaker(heads: Headed[], evidence: Span[]): Candidate[] {
	if (heads.length !== 2 || heads.some((h) => !h.entity || !h.parse)) return [];
	const [a, b] = heads as [Headed, Headed];
	if (a.entity!.kind !== 'name' || !sameSubject(a.entity!, b.entity!)) return [];
	const colon = heads.filter((h) => colonForm(h.parse!));
	if (colon.length !== 1) return [];
	const said = colon[0]!;
	const told = heads.find((h) => h !== said)!;
	const { passive, preview, question, verb } = told.parse!;
	if (told.parse!.form !== 'statement' || passive || preview || question || noOwnAct(told))
		return [];
	const who = heads.map((h) => h.entity!.label).sort((p, q) => q.length - p.length)[0]!;
	const form = `“${said.parse!.subject}: …”`;
	const asColon = `after a colon, ${form}`;
	const asVerb = `the verb “${verb}”`;
	const way = (h: Headed) => (h === said ? asColon : asVerb);
	const pairItem = swappedPairItem(
		a.outlet,
		way(a),
		b.outlet,
		way(b),
		'Both',
		`pair-speaker:${a.title}`
	);
	return [
		headlineQuestion(
			{
				...draftBase(
					'compare',
					`A headline can give ${who}'s point after a colon, as in ${form}, or tell it with a verb the outlet chose. Which does each headline do?`,
					evidence,
					`${said.outlet}'s headline gives ${who}'s point after a colon, as ${who}'s own: “${said.title}”; ${told.outlet}'s headline describes it with a verb it chose, “${verb}”: “${told.title}”.`,
					2
				),
				...pairItem
			},
			0.72
		)
	];
}

/**
 * One headline names a person, the other refers to them only by a role ("Texas Rep. Roe
 * Resigns" beside "Texas Congressman Who Settled Case Resigns"): how does each refer to this
 * person? headline.ts's namingContrast asks it of three headlines with the same reading
 * (namingSplit); with two, as pairVerbs does, the choices are the two ways swapped and one for
 * both, so only reading both headlines finds the key. A role headline that tells a past act of
 * its own says so in its choice, as the three-headline stem does, without printing the act.
 */
export function pairNaming(
	view: StoryView,
	heads: Headed[],
	evidence: Span[],
	isName: (w: string) => boolean
): Candidate[] {
	if (heads.length !== 2) return [];
	const split = namingSplit(view, heads, isName);
	if (!split) return [];
	const { person, naming, rest, roles, deed } = split;
	const [a, b] = heads as [Headed, Headed];
	const byName = 'by name';
	const byRole = deed ? 'by a role and something this person did' : 'only by a role or title';
	const way = (h: Headed) => (naming.includes(h) ? byName : byRole);
	const pairItem = swappedPairItem(
		a.outlet,
		way(a),
		b.outlet,
		way(b),
		'Both',
		`pair-naming:${a.title}`
	);
	const role = rest[0]!;
	return [
		headlineQuestion(
			{
				...draftBase(
					'compare',
					`How does each headline refer to ${person}?`,
					evidence,
					`${naming[0]!.outlet}'s headline names ${person}: “${naming[0]!.title}”; ${role.outlet}'s headline writes “${roles[0]!.text}”${deed ? ` and tells what this person did, “${deed}”` : ''}: “${role.title}”.`,
					2
				),
				...pairItem
			},
			// As the three-headline naming question: a choice of naming, below the grammar contrasts.
			0.66
		)
	];
}
