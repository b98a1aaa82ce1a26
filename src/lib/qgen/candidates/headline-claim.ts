/**
 * A headline's own claim: "Which outlet's headline says that mass protests are planned?" Blind
 * readers marked the look-up ("Which outlet's headline says '<the whole headline>'?",
 * headline-lookup.ts) REJECT or MINOR in about half the stories: it prints one headline and
 * asks whose it is, which tests nothing about how the outlets frame the event. They asked
 * instead for what one headline says that the others do not, stated as a that-clause in
 * sentence case, with the outlets as choices and feedback that sets the other headlines beside it.
 *
 * A headline is cut into clauses by its syntax (headline-grammar.ts's subject and verb,
 * compromise's reading for verbs): its main clause; a second predicate of the same subject
 * after a comma or "and" ("…, Reserves Right to Run", "… And Will Close Test Site"); and a
 * clause of its own after "as", "while", "but" … ("… as Mass Protests Planned"); a relative
 * clause on the subject ("Mayor Who Paid Claims With City Funds Resigns"); the clause after a
 * topic's colon ("Budget Scandal: Mayor Breaks Silence"). A second predicate's "he" after the
 * subject reads as that subject and its "him" as the main clause's object. A clause is
 * the headline's own claim when its verb and most of its content words are in no other
 * headline, in any form (stem, word family, short form, a same-act verb): then no other
 * headline says it in other words. Headline case is undone (a word stays capitalised only
 * when the articles write it so in mid-sentence), "to" before a verb reads "will", and a bare
 * participle gets its "is" or "are". A headline whose clauses none of this reads (a speaker's
 * colon, a question, a pronoun for its subject, "it") gives no claim, and the
 * story falls back on the look-up (framing.ts).
 */
import type { StoryView } from '../analyze';
import { choiceId, makeChoices, spanOf } from '../build';
import { lexiconTags } from '../entities';
import {
	AUX,
	differentSubjects,
	parseHeadline,
	sameSubject,
	stripKicker,
	subjectEntity
} from '../headline-grammar';
import {
	DOCUMENT_NOUNS,
	HEADLINE_SAME_ACTS,
	INFINITIVE_TAKERS,
	MESSAGE_NOUNS,
	RECORDED_NOUNS,
	SAME_EVENT_VERBS
} from '../lexicon';
import { draftBase, type Candidate } from './candidate';
import { comparableHeadlines, headlineQuestion } from './headline';
import { backingSentences } from './headline-lookup';
import { FUNCTION } from './headline-lookup-words';
import { headWords, readHeadline, senseKeys } from './headline-stress';
import {
	PARTICIPLE,
	PRONOUN,
	TITLE_WORD,
	bare,
	sayClause,
	unquoted,
	type Clause,
	type Word
} from './headline-say';
import { normaliseSpace } from '$lib/content/space';

export { sayClause, type Clause };

const squash = (s: string) => s.split(/\s+/).map(bare).filter(Boolean).join(' ');

/** Words that may open a clause with a subject of its own: "… as Mass Protests Planned". */
const SUBORDINATOR = /^(?:as|while|but|because|when|though|although|whereas)$/i;
/** Words a subject never starts on: a clause opener or a function word. */
const NO_SUBJECT_START =
	/^(?:if|whether|that|which|who|even|and|or|but|so|of|to|in|on|at|for|by|with|from|into|over|after|about|than|not|no)$/i;
/** ", Report Says", ", Sources Say": an attribution put last, no part of the claim. */
const TAIL_ATTRIBUTION = /^(?:[\p{L}.'’-]+\s+){0,3}(?:says|say|said|reports|reported|claims)$/iu;

/**
 * The clauses of a headline: its main clause, a second predicate of the same subject after a
 * comma or "and", a clause with a subject of its own after "as", "while", "but" … or after a
 * topic's colon, a relative clause on the subject. [] for a question. When the main clause is not read for sure (a speaker's colon, a relative clause, a
 * long subject), only the clauses after a clause opener are.
 */
export function headlineClauses(title: string, isName: (w: string) => boolean): Clause[] {
	// "'Jail!' Trump slams …": an exclamation before the sentence is no part of it.
	const t = stripKicker(normaliseSpace(title)).replace(/^['‘"“][^'’"”]{1,30}[!?]['’"”]\s+/, '');
	if (/\?\s*$/.test(t)) return [];
	const ws = headWords(t);
	const reading = readHeadline(ws, isName);
	const named = (k: number) => isName(unquoted(ws[k]!.text));
	/** A verb in context (compromise) that the word list does not know as a noun alone. */
	const verbAt = (k: number) => {
		const w = bare(ws[k]!.text);
		const tags = lexiconTags(w);
		if (AUX.test(w)) return true;
		if (FUNCTION.test(w)) return false;
		// "…, Vows to Fight": a verb that takes an infinitive, before "to", whatever the tagger says.
		if (INFINITIVE_TAKERS.has(w) && /^to$/i.test(ws[k + 1]?.text ?? '') && !named(k)) return true;
		return (
			!named(k) &&
			(reading.kind[k] === 'Verb' ||
				['Verb', 'PastTense', 'PresentTense', 'Infinitive'].some((x) => reading.tags[k]!.has(x))) &&
			!(tags.has('Noun') && !tags.has('Verb') && !reading.tags[k]!.has('Verb'))
		);
	};
	/** Where a clause with a subject of its own from k on starts its predicate, up to the next break. */
	const ownClause = (k: number): number | undefined => {
		if (NO_SUBJECT_START.test(bare(ws[k]!.text)) || PRONOUN.test(bare(ws[k]!.text))) return;
		for (let v = k + 1; v < ws.length && !ws[v - 1]!.breakAfter; v++) {
			if (ws[v]!.depthBefore !== 0) return;
			if (!verbAt(v)) continue;
			// "Mass Protests Planned", "Hill Debate Rages": of two verbs in a row, a first that is
			// also a noun is the subject's head.
			const then = bare(ws[v + 1]?.text ?? '');
			if (
				v + 1 < ws.length &&
				!ws[v]!.breakAfter &&
				!FUNCTION.test(then) &&
				(verbAt(v + 1) || /[^e]ed$/.test(then) || PARTICIPLE.test(then)) &&
				!AUX.test(bare(ws[v]!.text)) &&
				lexiconTags(bare(ws[v]!.text)).has('Plural')
			)
				v++;
			return ws.slice(k, v).some(content) ? v : undefined;
		}
		return undefined;
	};
	const parse = parseHeadline(t, isName);
	// Sentence case: most words after the first that are not names start in lower case.
	const later = ws.slice(1).filter((w, k) => content(w) && !named(k + 1));
	const sentenceCase =
		later.length >= 2 &&
		later.filter((w) => /^\p{Ll}/u.test(unquoted(w.text))).length * 2 > later.length;
	const out: Clause[] = [];
	let who: Word[] = [];
	let start = -1;
	let main = false;
	let willed = false;
	let shared = false;
	/** The main clause's object when it names a person: "Diaz" of "Ruiz Blames Diaz for Delay". */
	let referent: Word[] | undefined;
	if (parse && parse.form === 'statement') {
		const n = parse.subject.split(' ').length;
		const want = squash(parse.subject);
		const at = ws.findIndex(
			(_, i) =>
				squash(
					ws
						.slice(i, i + n)
						.map((w) => w.text)
						.join(' ')
				) === want
		);
		const first = parse.verb.split(' ')[0] ?? '';
		let v = at < 0 ? -1 : ws.findIndex((w, i) => i >= at + n && bare(w.text) === first);
		// "Macron Aims to Preserve": a verb the parse took for the subject's head before "to".
		if (v === at + n && v > at + 1 && first === 'to' && verbAt(v - 1)) v--;
		if (at >= 0 && v >= 0) {
			who = ws.slice(at, Math.min(at + n, v));
			// "Lois Lerner, IRS Scandal Figure, Will …": an apposition after a comma is left out;
			// an adverb before the verb ("Secretly Met") stays with it.
			start = v > at + n && /,['’"”]?$/.test(ws[at + n - 1]!.raw) ? v : Math.min(at + n, v);
			main = true;
		}
	}
	const close = (to: number) => {
		if (start >= 0 && to >= start && who.length) {
			const predicate = ws.slice(start, to + 1);
			out.push({
				subject: who,
				predicate,
				main,
				willed,
				sentenceCase,
				...(shared && { shared, ...(referent && { referent }) }),
				...(topic && { topic })
			});
			if (main) referent = personObject(predicate, isName);
		}
		main = false;
		willed = false;
		shared = false;
		topic = false;
		start = -1;
	};
	let topic = false;
	// "Texas Mayor Who Settled Case With City Funds Resigns": the relative clause is a claim about
	// the subject the headline makes on the way to its news; the main clause is not read.
	if (start < 0) {
		const rel = relativeClause(ws, verbAt);
		if (rel) out.push({ ...rel, main: false, willed: false, sentenceCase, finite: true });
	}
	for (let k = Math.max(start, 0); k < ws.length; k++) {
		const w = ws[k]!;
		if (w.depthAfter !== 0) continue;
		const next = k + 1;
		if (next >= ws.length) {
			close(k);
			break;
		}
		const conj = bare(ws[next]!.text);
		const comma = /,['’"”]?$/.test(w.raw);
		// ", Report Says" at the end: an attribution, not the claim.
		const tail = ws
			.slice(next)
			.map((x) => x.text)
			.join(' ');
		if (comma && TAIL_ATTRIBUTION.test(tail)) {
			close(k);
			break;
		}
		// "…, Reserves Right to Run", "… And May Kill It": the same subject's second predicate;
		// not a participle after a comma ("…, Ending a Year of Suspense"), which hangs on the clause.
		if (start >= 0 && (comma || /^(?:and|but)$/.test(conj)) && !/[:;.!?]['’"”]?$/.test(w.raw)) {
			const v = /^(?:and|but)$/.test(conj) ? next + 1 : next;
			// "…, Hints He Won't Back Him": a word in -s before "he" is a verb, whatever the tagger says.
			const beforeHe =
				/s$/.test(bare(ws[v]?.text ?? '')) && /^(?:he|she|they)$/i.test(ws[v + 1]?.text ?? '');
			if (
				v < ws.length &&
				(verbAt(v) || beforeHe) &&
				!/ing$/.test(bare(ws[v]!.text)) &&
				(v === next || !ws[next]!.breakAfter)
			) {
				// "To Visit …, Meet With …": the second predicate shares the first's "to".
				const sharesTo = bare(ws[start]!.text) === 'to' && !AUX.test(bare(ws[v]!.text));
				close(k);
				start = v;
				willed = sharesTo;
				shared = true;
				k = v - 1;
				continue;
			}
		}
		// "… as Mass Protests Planned": a clause with its own subject.
		if (SUBORDINATOR.test(conj) && next + 1 < ws.length) {
			const v = ownClause(next + 1);
			if (v !== undefined) {
				close(k);
				who = ws.slice(next + 1, v);
				referent = undefined;
				start = v;
				k = v - 1;
				continue;
			}
		}
		// "Budget Scandal: Mayor Breaks Silence": after a topic and a colon, a clause with its own
		// subject. Not after a speaker ("Ruiz: Budget Is Sound" is Ruiz's claim, not the outlet's),
		// nor after a speech or a document ("Diaz Memo: …"), whose words follow.
		if (/:['’"”]?$/.test(w.raw) && start < 0 && topicBefore(ws.slice(0, next), isName)) {
			const v = ownClause(next);
			if (v !== undefined) {
				who = ws.slice(next, v);
				referent = undefined;
				start = v;
				topic = true;
				k = v - 1;
				continue;
			}
		}
		// A colon, dash or full stop ends the clause; a comma before no verb ("…, Benghazi
		// cable") is a list or an afterthought, still the clause's.
		if (w.breakAfter && !comma) close(k);
	}
	return out;
}

/**
 * The main clause's object when it names a person, "him" of a second predicate stands for it:
 * the words after the verb up to a function word, one to four, ending on a name or a title.
 */
function personObject(predicate: readonly Word[], isName: (w: string) => boolean) {
	const obj: Word[] = [];
	for (const w of predicate.slice(1)) {
		if (FUNCTION.test(bare(w.text)) || w.depthBefore !== 0) break;
		obj.push(w);
		if (w.breakAfter) break;
	}
	const head = obj.at(-1);
	if (!head || obj.length > 4) return undefined;
	return isName(unquoted(head.text)) || TITLE_WORD(bare(head.text)) ? obj : undefined;
}

/** Speech and documents: a topic ending on one is followed by its words ("Diaz Memo: …"). */
const SPOKEN = new Set([...MESSAGE_NOUNS, ...RECORDED_NOUNS, ...DOCUMENT_NOUNS, 'report', 'claim']);

/**
 * Words before a colon that name a topic, not a speaker: two or more, none a verb's mark, the
 * last a common noun that is no name, title, role or speech ("Budget Scandal", "Storm Cleanup").
 */
function topicBefore(words: readonly Word[], isName: (w: string) => boolean): boolean {
	if (words.length < 2 || words.slice(0, -1).some((w) => w.breakAfter)) return false;
	const last = bare(words.at(-1)!.text);
	const one = last.replace(/(?<=[a-z]{3})s$/, '');
	return (
		!isName(unquoted(words.at(-1)!.text).replace(/[:]+$/, '')) &&
		!TITLE_WORD(last) &&
		!TITLE_WORD(one) &&
		!SPOKEN.has(last) &&
		!SPOKEN.has(one) &&
		!PRONOUN.test(last) &&
		words.every((w) => !/^(?:says?|said)$/i.test(bare(w.text)))
	);
}

/**
 * A relative clause on the headline's subject: "Texas Mayor Who Settled Case With City Funds
 * Resigns" → subject "Texas Mayor", predicate "Settled Case With City Funds". The subject is one
 * to six words with no verb and no break; the clause ends before the next verb not after "to"
 * (the main verb, which must follow), or at a break.
 */
function relativeClause(
	ws: readonly Word[],
	verbAt: (k: number) => boolean
): { subject: Word[]; predicate: Word[] } | undefined {
	const r = ws.findIndex((w) => bare(w.text) === 'who');
	if (r < 1 || r > 6 || ws[r]!.depthBefore !== 0 || !verbAt(r + 1)) return undefined;
	const subject = ws.slice(0, r);
	if (subject.some((w, k) => w.breakAfter || w.depthBefore !== 0 || verbAt(k))) return undefined;
	if (NO_SUBJECT_START.test(bare(subject[0]!.text)) || !subject.some(content)) return undefined;
	// A headline ending on a present verb ("… Resigns") has its main verb there, whatever the
	// tagger reads in headline case.
	const mainVerb = (j: number) =>
		verbAt(j) || (j === ws.length - 1 && lexiconTags(bare(ws[j]!.text)).has('PresentTense'));
	for (let j = r + 2; j < ws.length; j++) {
		if (ws[j - 1]!.breakAfter) return undefined;
		if (!mainVerb(j) || /^(?:to)$/i.test(bare(ws[j - 1]!.text))) continue;
		// "… With City Funds Resigns": of two verbs in a row, a first in -s after a content word
		// is a plural noun ending the object, and the second the main verb.
		const b = bare(ws[j]!.text);
		if (
			j + 1 < ws.length &&
			mainVerb(j + 1) &&
			/s$/.test(b) &&
			!FUNCTION.test(bare(ws[j - 1]!.text))
		)
			continue;
		// "Voters Who Backed Ruiz Now Regret It": an adverb before the main verb is the main clause's.
		let e = j;
		while (
			e > r + 2 &&
			/^(?:now|still|also|again|just|then|later|soon)$/i.test(bare(ws[e - 1]!.text))
		)
			e--;
		return { subject, predicate: ws.slice(r + 1, e) };
	}
	return undefined;
}

/** A word's same-act group ("resigns" and "quits" are one act). */
const ACT_GROUPS = [...SAME_EVENT_VERBS, ...HEADLINE_SAME_ACTS];
const eventGroup = (w: string) => ACT_GROUPS.findIndex((g) => g.some((s) => bare(w).startsWith(s)));

const EMPTY =
	/^(?:who|whom|whose|which|what|more|most|less|also|just|here|there|now|new|first|last|latest|even|never|not|won't|can't|don't|doesn't|isn't|can|could|may|might|must|should|shall|will|would|despite|amid|ahead|before|against|during|under|while|after|over|out|up|down|off|between|among|through|via|again|still|all|one|two|three)$/i;

const content = (w: Word) => {
	const b = bare(w.text);
	return b.length > 2 && !FUNCTION.test(b) && !EMPTY.test(b) && !PRONOUN.test(b);
};

/**
 * The clause of a headline that is its own claim, said in sentence case, with the content words
 * no other headline has; undefined when none is. A clause is its own when its verb is no other
 * headline's (by stem, word family, short form or same act) and at least two of its content
 * words are no other headline's. A second predicate or a clause of its own ("…, Reserves Right
 * to Run", "as Mass Protests Planned") needs half its content words its own. The main clause
 * tells the news every outlet tells, often in its own verb ("Talk Deficits" beside "Meet on
 * Fiscal Crisis"): it is a claim of its own only when its subject is surely no other
 * headline's subject and no common word of its predicate is in another headline.
 */
export function headlineClaim(
	title: string,
	others: readonly string[],
	isName: (w: string) => boolean,
	names: readonly string[] = []
): { claim: string; own: string[]; main: boolean } | undefined {
	const senses = new Set(
		others.flatMap((o) =>
			headWords(stripKicker(o)).flatMap((w) =>
				[w.text, ...w.text.split('-')].filter(Boolean).flatMap(senseKeys)
			)
		)
	);
	const groups = new Set(
		others.flatMap((o) => headWords(o).map((w) => eventGroup(w.text))).filter((g) => g >= 0)
	);
	const nameWords = new Set(names.flatMap((n) => n.split(/\s+/).map(bare)));
	const named = (w: Word) => isName(unquoted(w.text)) || nameWords.has(bare(w.text));
	const ownWord = (w: Word) =>
		content(w) &&
		[w.text, ...w.text.split('-')]
			.filter(Boolean)
			.every((p) => !senseKeys(p).some((x) => senses.has(x))) &&
		!groups.has(eventGroup(w.text));
	const subjectOf = (t: string) => {
		const p = parseHeadline(stripKicker(normaliseSpace(t)), isName);
		return p?.subject ? subjectEntity(p.subject, isName, names) : undefined;
	};
	const theirs = others.map(subjectOf);
	const mine = subjectOf(title);
	const aloneInSubject =
		!!mine && theirs.every((e) => !!e && differentSubjects(mine, e) && !sameSubject(mine, e));
	let best: { claim: string; own: string[]; main: boolean; score: number } | undefined;
	for (const clause of headlineClauses(title, isName)) {
		const lexical = clause.predicate.find(
			(w) =>
				!AUX.test(bare(w.text)) &&
				// "refused to testify" tells of testifying (or not): its act is the verb after "to".
				!/^(?:to|not|be|been|set|expected|poised|likely|refus\w*|declin\w*|fail\w*)$/i.test(
					bare(w.text)
				)
		);
		// The act itself is this headline's: "Bows Out" beside "Pulling Out" may be one act told
		// twice, so a verb another headline has (in any form) makes no claim of its own.
		if (!lexical || !ownWord(lexical)) continue;
		const words = [...clause.subject, ...clause.predicate].filter(content);
		const own = words.filter(ownWord);
		if (own.length < 2) continue;
		// No common word of the predicate another headline's: the main clause, and the clause after
		// a topic's colon, tell the news every outlet tells, often in words of their own.
		const ownPredicate = !clause.predicate.some((w) => content(w) && !named(w) && !ownWord(w));
		if (clause.main) {
			if (!aloneInSubject || !ownPredicate) continue;
		} else if (own.length * 2 < words.length || (clause.topic && !ownPredicate)) continue;
		const claim = sayClause(clause, isName);
		if (!claim) continue;
		// A secondary clause first: what the headline adds to the news every outlet tells.
		const score =
			own.filter((w) => !named(w)).length + own.length / words.length + (clause.main ? 0 : 1);
		if (!best || score > best.score)
			best = {
				claim,
				own: own.map((w) => unquoted(w.text).replace(/['’]s$/, '')),
				main: clause.main,
				score
			};
	}
	return best && { claim: best.claim, own: best.own, main: best.main };
}

/** "Which outlet's headline says that mass protests are planned?" */
export const claimPrompt = (claim: string) => `Which outlet's headline says that ${claim}?`;

export function headlineClaimCandidates(view: StoryView): Candidate[] {
	const headlines = comparableHeadlines(view);
	if (!headlines) return [];
	const { arts, outlets, isName, titles } = headlines;
	const names = [...view.people, ...view.names.place, ...view.names.org];
	const plain = (s: string) => s.toLowerCase().replace(/[^a-z0-9]/g, '');
	const out: Candidate[] = [];
	arts.forEach((a, i) => {
		const others = titles.filter((_, j) => j !== i);
		const found = headlineClaim(titles[i]!, others, isName, names);
		if (!found) return;
		// A claim that holds every word of its headline ("… that Marta Lee, aides are hurt at
		// early morning Riverton rally") prints the headline whole: blind readers rejected that
		// as a look-up that compares nothing. The look-up of its own words stands in.
		const words = (s: string) =>
			s
				.toLowerCase()
				.split(/\s+/)
				.map((w) => w.replace(/[^a-z0-9]/g, ''))
				.filter((w) => w && !FUNCTION.test(w));
		const said = new Set(words(found.claim));
		if (words(titles[i]!).every((w) => said.has(w))) return;
		const outlet = view.label.get(a.article.id)!;
		// A claim that names its own outlet gives itself away.
		if (plain(found.claim).includes(plain(a.article.outlet.replace(/^the\s+/i, '')))) return;
		const backing = backingSentences(a.sentences, found.claim, others);
		const cited = backing[0] ?? a.sentences[0];
		if (!cited) return;
		const choices = makeChoices(outlets, found.claim);
		// A headline's closing full stop is dropped inside its quotation marks ("… May.”,").
		const quoted = (j: number) => `“${titles[j]!.replace(/(?<![A-Z])\.$/, '')}”`;
		const rest = arts
			.map((b, j) => (j === i ? '' : `${view.label.get(b.article.id)}: ${quoted(j)}`))
			.filter(Boolean)
			.join('; ');
		// The claim is the headline's own clause in sentence case: found by its words, so a
		// look-up (select.ts lets it wait for any other comparison).
		out.push({
			...headlineQuestion(
				{
					...draftBase(
						'compare',
						claimPrompt(found.claim),
						[spanOf(cited)],
						`Only ${outlet}'s headline says so: ${quoted(i)}${backing.length ? ', and its article says so in the sentence shown' : ''}. The other headlines say instead: ${rest}.`,
						2
					),
					type: 'single',
					choices,
					correct: [choiceId(choices, outlet)]
				},
				// Above the look-up it replaces (at most 0.35), below what each headline mentions
				// (headline-stress.ts, from 0.38), which offers the headlines' own words side by side.
				0.33 + (backing.length ? 0.03 : 0) + (found.main ? 0 : 0.01)
			),
			lookup: true
		});
	});
	return out;
}
