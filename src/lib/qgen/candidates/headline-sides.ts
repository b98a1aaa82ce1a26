/**
 * Headline contrasts between two of the headlines, where the third tells something else and
 * headline.ts's kinds (which need every headline to fit one pattern) ask nothing. Blind readers
 * found the story falling back on a look-up ("Which outlet's headline says '<its words>'?")
 * and asked instead what each headline claims:
 * - which headline reports the act done and which only calls for it or tells it as still to
 *   come ("Ruiz Vetoes Budget" beside "Ruiz Urged To Veto Budget" or "Ruiz To Veto Budget");
 * - which headline leads with one side's act and which with the other's ("Council Challenges
 *   Ruiz" beside "Ruiz Defends Budget"): who is put first when outlets tell one exchange;
 * - which headline leads with a group where the others lead with one of its members ("Senate
 *   Democrats To Unveil Plan" beside "Top Senate Democrat Backs Plan").
 * Both name what they compare (the shared verb, the two sides), so a third headline that tells
 * of something else is a plainly wrong choice, not a second answer.
 */
import { choiceId, listWords, makeChoices } from '../build';
import { AUX, hedgeIn, roleNoun, sameSubject, stripKicker } from '../headline-grammar';
import type { Span } from '../types';
import { draftBase, type Candidate } from './candidate';
import {
	aheadBesides,
	colonForm,
	headlineQuestion,
	requestedAct,
	wholeName,
	type Headed
} from './headline';
import { bare } from './headline-say';
import {
	AFFILIATION_WORDS,
	countWordTitle,
	INSTITUTION_NOUNS,
	PEOPLE_NOUNS,
	PERSON_TITLES,
	ROLE_NOUNS,
	STAFF_NOUNS
} from '../lexicon';

/** A headline that states its news plainly: no speaker's colon, preview, hedge or question. */
export const plainStatement = (h: Headed, isName: (w: string) => boolean) =>
	!!h.parse &&
	h.parse.form === 'statement' &&
	!h.parse.preview &&
	!h.parse.question &&
	!/\?\s*$/.test(h.title) &&
	!hedgeIn(h.title, isName);

/** The words of a headline's sentence, without a kicker, bare and lower case. */
const wordsOf = (h: Headed) => stripKicker(h.title).split(/\s+/).map(bare).filter(Boolean);

/** A verb's possible bases: "suspends", "suspended" and "suspending" all give "suspend". */
const bases = (w: string) =>
	[
		w,
		w.replace(/ies$/, 'y'),
		w.replace(/e?s$/, ''),
		w.replace(/s$/, ''),
		w.replace(/e$/, ''),
		w.replace(/ed$/, ''),
		w.replace(/d$/, ''),
		w.replace(/ing$/, ''),
		w.replace(/ing$/, 'e'),
		w.replace(/([b-df-hj-np-tv-z])\1(?:ed|ing)$/, '$1')
	].filter((b) => b.length >= 3);

/** One verb in two forms: "suspend" and "suspends", "veto" and "vetoed". */
const sameVerb = (a: string, b: string) => bases(a).some((x) => bases(b).includes(x));

/** The word a verb group turns on: "suspend" of "to suspend", "invoke" of "will invoke". */
const lexical = (verb: string) =>
	verb
		.split(' ')
		.find(
			(w) => !AUX.test(w) && !/^(?:to|be|been|set|expected|poised|likely|about|not)$/.test(w)
		) ?? '';

/**
 * One headline reports an act done ("Ruiz Vetoes Budget"), another tells the same act, by the
 * same verb, only as called for ("Council Urges Ruiz To Veto Budget") or still to come ("Ruiz
 * To Veto Budget"); any other headline does not use that verb at all. The prompt names the
 * verb, so the question is which of the two tells it done: a judgement of the headline's
 * grammar, not a search for its words.
 */
export function pendingContrast(
	heads: Headed[],
	outlets: string[],
	evidence: Span[],
	listing: string,
	isName: (w: string) => boolean
): Candidate[] {
	if (heads.length < 3) return [];
	const requested = heads.map((h) => requestedAct(stripKicker(h.title)));
	for (const d of heads) {
		const i = heads.indexOf(d);
		if (requested[i] || !plainStatement(d, isName) || colonForm(d.parse!) || aheadBesides(d))
			continue;
		const verb = lexical(d.parse!.verb);
		if (verb.length < 3) continue;
		const uses = (h: Headed) => wordsOf(h).some((w) => sameVerb(w, verb));
		const pending = heads.filter(
			(h, k) =>
				h !== d &&
				((!!requested[k] && uses(h)) ||
					(h.parse?.preview &&
						h.parse.form === 'statement' &&
						!h.parse.question &&
						sameVerb(lexical(h.parse.verb), verb)))
		);
		if (!pending.length) continue;
		// Every other headline leaves the verb out: one that uses it too, as done or in a way not
		// read here, could be a second answer.
		const rest = heads.filter((h) => h !== d && !pending.includes(h));
		if (rest.some(uses)) continue;
		const word = wordsOf(pending[0]!).find((w) => sameVerb(w, verb));
		if (!word) continue;
		const called = pending.every((h) => !!requested[heads.indexOf(h)]);
		const ahead = pending.every((h) => !requested[heads.indexOf(h)]);
		if (!called && !ahead) continue;
		const how = called ? 'only as something called for' : 'as still to come';
		const choices = makeChoices(outlets, `pending:${d.title}`);
		return [
			headlineQuestion(
				{
					...draftBase(
						'compare',
						`${countWordTitle(pending.length + 1, 5, 'Several')} of the headlines tell of the same act with the verb “${word}”. Which outlet's headline reports it as done, where the ${pending.length > 1 ? 'others tell' : 'other tells'} it ${how}?`,
						evidence,
						`${d.outlet}'s headline reports it done (“${d.parse!.verb}”); ${listWords(pending.map((h) => h.outlet))} ${pending.length > 1 ? 'tell' : 'tells'} it ${how}${rest.length ? `, and ${listWords(rest.map((h) => h.outlet))} ${rest.length > 1 ? 'lead' : 'leads'} with something else` : ''}. The headlines: ${listing}.`,
						2
					),
					type: 'single',
					choices,
					correct: [choiceId(choices, d.outlet)]
				},
				0.7
			)
		];
	}
	return [];
}

const CLAUSE_OPENER = /^(?:that|who|which|as|while|after|before|amid|but|and|because|when|if)$/;
const FUNCTION =
	/^(?:a|an|the|of|to|in|on|at|for|by|with|from|into|over|about|than|after|before|as)$/;

/**
 * The headline's words from its subject through the person it acts on, with the noun that
 * follows a name used as a modifier ("Challenge Ruiz Claims"): "Council Challenges Ruiz
 * Claims". Undefined when the person is not named after the verb, in the main clause.
 */
export function actedOn(h: Headed, head: string): string | undefined {
	const raw = stripKicker(h.title).split(/\s+/).filter(Boolean);
	const words = raw.map(bare);
	const start = words.indexOf(bare(h.parse!.subject.split(/\s+/)[0]!));
	const verbAt = words.indexOf(bare(h.parse!.verb.split(' ')[0]!), Math.max(start, 0));
	if (start < 0 || verbAt <= start) return undefined;
	for (let i = verbAt + 1; i < words.length; i++) {
		if (CLAUSE_OPENER.test(words[i]!)) return undefined;
		if (words[i] === head) {
			let end = i;
			const next = words[i + 1];
			if (
				!/[,;:]$/.test(raw[i]!) &&
				!/['’]s$/.test(raw[i]!) &&
				next &&
				!FUNCTION.test(next) &&
				!CLAUSE_OPENER.test(next)
			)
				end = i + 1;
			return raw
				.slice(start, end + 1)
				.join(' ')
				.replace(/[,;:.]+$/, '');
		}
		if (/[,;:]$/.test(raw[i]!)) return undefined;
	}
	return undefined;
}

/**
 * "Budget Talks Stall; Ruiz Names New Aide": a headline of two clauses leads its second with
 * the person as well, so it too tells what the person did. The parse reads the first clause only.
 */
export function leadsLaterClause(h: Headed, head: string): boolean {
	return stripKicker(h.title)
		.split(/[;:—–]|\s-\s|,\s/)
		.slice(1)
		.some((clause) => clause.trim().split(/\s+/).slice(0, 3).map(bare).includes(head));
}

/**
 * One exchange told from its two sides: one headline leads with what one side did to the
 * other ("Council Challenges Ruiz Over Budget"), another makes the other side its subject
 * ("Ruiz Defends Budget"). Both subjects are whole names, the second a person's; no other
 * headline makes that person its subject or speaker, so the key is the only headline that
 * leads with that person's own act.
 */
export function sideContrast(
	heads: Headed[],
	outlets: string[],
	evidence: Span[],
	listing: string,
	isName: (w: string) => boolean
): Candidate[] {
	if (heads.length < 3) return [];
	const active = (h: Headed) =>
		plainStatement(h, isName) &&
		!h.parse!.passive &&
		!!h.entity &&
		wholeName(h.parse!.subject, h.entity, isName);
	for (const b of heads) {
		// A person, named: a body ("the White House") reads oddly as "what … did herself".
		if (!active(b) || b.entity!.kind !== 'name' || /^the\s/i.test(b.entity!.label)) continue;
		const person = b.entity!;
		const short = person.label
			.split(' ')
			.filter((w) => !/^(?:jr|sr|ii|iii)\.?$/i.test(w))
			.at(-1)!;
		// Whoever else leads with this person, as subject or speaker, would be a second answer.
		const others = heads.filter((h) => h !== b);
		// A subject read as a noun ("Ruiz Budget Hearing") leads with the thing, not the person.
		const leadsWith = (h: Headed) =>
			!h.parse ||
			(h.entity
				? sameSubject(h.entity, person)
				: h.parse.subject.split(/\s+/).map(bare).includes(person.head));
		if (others.some((h) => leadsWith(h) || leadsLaterClause(h, person.head))) continue;
		// The side that acts on this person: a subject of its own, shared by no other headline
		// (else "one headline" would be two), the person named in its object, before any clause
		// of its own ("Disputes Report That Ruiz …" is about the report, not Ruiz).
		const a = others.find((h) => {
			if (!h.parse || !h.entity || h.parse.passive || colonForm(h.parse)) return false;
			if (
				!plainStatement(h, isName) ||
				others.some((o) => o !== h && o.entity && sameSubject(o.entity, h.entity!))
			)
				return false;
			return !!actedOn(h, person.head);
		});
		if (!a) continue;
		const rest = others.filter((h) => h !== a);
		// "Defense Secretary Ana Ruiz To Leave" beside the pair: a third headline that names the
		// person anywhere but as the one acted on may lead with her in a form the parse does not
		// read as a subject, and would be a second answer (two blind wrong keys came this way).
		const names = (h: Headed) => wordsOf(h).includes(person.head);
		// "Ruiz Budget Hearings Show …": the person only modifies a subject the parse reads as a
		// thing (its head another noun), and is named nowhere else in it: the headline leads
		// with the hearings, a plainly wrong choice, not a second answer. Not when that noun is
		// people or a body on the person's side ("Ruiz Aides Defend …", "Ruiz Administration
		// Says …"): what they do a reader may take for what she did, a second answer.
		const modifierOnly = (h: Headed) => {
			if (h.entity?.kind !== 'noun' || h.entity.head === person.head || !h.parse) return false;
			const head = h.entity.head;
			if (roleNoun(head) || INSTITUTION_NOUNS.includes(head) || STAFF_NOUNS.includes(head))
				return false;
			if (STAFF_NOUNS.includes(`${head}s`) || PEOPLE_NOUNS.includes(head)) return false;
			const inSubject = h.parse.subject.split(/\s+/).map(bare);
			const count = (ws: string[]) => ws.filter((w) => w === person.head).length;
			return count(inSubject) > 0 && count(inSubject) === count(wordsOf(h));
		};
		if (rest.some((h) => names(h) && !actedOn(h, person.head) && !modifierOnly(h))) continue;
		const actingToo = rest.filter((h) => names(h) && !modifierOnly(h));
		const neither = rest.filter((h) => !names(h) || modifierOnly(h));
		const choices = makeChoices(outlets, `sides:${b.title}`);
		return [
			headlineQuestion(
				{
					...draftBase(
						'compare',
						`One headline leads with others acting on ${person.label} (“${actedOn(a, person.head)}”). Which outlet's headline makes ${short} the subject of its sentence instead, telling what ${short} did?`,
						evidence,
						`${b.outlet}'s headline leads with ${person.label} (“${b.parse!.subject} ${b.parse!.verb}”); ${a.outlet}'s with those acting on ${person.label} (“${a.parse!.subject} ${a.parse!.verb}”)${actingToo.length ? `; ${listWords(actingToo.map((h) => h.outlet))} also with those acting on ${short}` : ''}${neither.length ? `; ${listWords(neither.map((h) => h.outlet))} with neither` : ''}. The headlines: ${listing}.`,
						2
					),
					type: 'single',
					choices,
					correct: [choiceId(choices, b.outlet)]
				},
				0.58
			)
		];
	}
	return [];
}

/** A noun for a person by party, role or title: "Democrat", "official", "senator". */
const memberNoun = (w: string) =>
	AFFILIATION_WORDS.includes(w) ||
	PEOPLE_NOUNS.includes(w) ||
	ROLE_NOUNS.includes(w) ||
	PERSON_TITLES.includes(w);

/**
 * The noun a subject turns on, before any phrase after it ("Third-Ranking Democrat In Senate"
 * → "Democrat"), when it names a member of a group: its spelling, singular and number.
 */
function memberHead(subject: string) {
	if (/,|&|\band\b/i.test(subject)) return undefined;
	const words = subject.split(/\s+/).filter(Boolean);
	const cut = words.findIndex(
		(w, i) => i > 0 && /^(?:in|of|at|for|from|on|with|who|that)$/i.test(w)
	);
	const last = (cut > 0 ? words.slice(0, cut) : words).at(-1)?.replace(/[^\p{L}-]/gu, '');
	if (!last) return undefined;
	const lower = last.toLowerCase();
	const plural = /[^s]s$/.test(lower);
	const singular = plural ? lower.replace(/ies$/, 'y').replace(/s$/, '') : lower;
	return memberNoun(singular) ? { word: last, singular, plural } : undefined;
}

/**
 * One headline leads with a group ("House Democrats To Offer Plan"), every other with one
 * member of it, told by the same noun ("Top House Democrat Hints At Plan", "Third-Ranking
 * Democrat In House Backs Plan"): whether the news is one person's or the group's.
 */
export function groupContrast(
	heads: Headed[],
	outlets: string[],
	evidence: Span[],
	listing: string
): Candidate[] {
	if (heads.length < 3) return [];
	if (
		heads.some((h) => !h.parse || colonForm(h.parse) || h.parse.question || /\?\s*$/.test(h.title))
	)
		return [];
	const members = heads.map((h) => memberHead(h.parse!.subject));
	if (members.some((m) => !m || m.singular !== members[0]!.singular)) return [];
	const groups = heads.filter((_, i) => members[i]!.plural);
	if (groups.length !== 1) return [];
	const g = groups[0]!;
	const rest = heads.filter((h) => h !== g);
	// "Republican", "Democrat" are written capitalised; "official", "senator" are not.
	const spell = (w: string) =>
		AFFILIATION_WORDS.includes(members[0]!.singular)
			? w.charAt(0).toUpperCase() + w.slice(1).toLowerCase()
			: w.toLowerCase();
	const one = spell(members[0]!.singular);
	const many = spell(members[heads.indexOf(g)]!.word);
	const count = countWordTitle(rest.length, 4, 'Most');
	const choices = makeChoices(outlets, `group:${g.title}`);
	return [
		headlineQuestion(
			{
				...draftBase(
					'compare',
					`${count} of the headlines lead with a single ${one}. Which outlet's headline leads with ${many} as a group instead?`,
					evidence,
					`${g.outlet}'s headline leads with “${g.parse!.subject}”; ${listWords(rest.map((h) => `${h.outlet} with “${h.parse!.subject}”`))}, one ${one} each. The headlines: ${listing}.`,
					2
				),
				type: 'single',
				choices,
				correct: [choiceId(choices, g.outlet)]
			},
			0.58
		)
	];
}
