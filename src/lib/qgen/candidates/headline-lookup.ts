/**
 * The last-resort headline question: "Which outlet's headline says '…'?", the words only one
 * headline has (content words, case and plural ignored). Blind readers called it a string
 * look-up (MINOR): it does not ask how the headlines differ, which headline.ts does from their
 * grammar. It stays, scored below every other question, because the first ten reserve a slot
 * for a comparison: when a story's headlines differ in no way headline.ts reads and it has no
 * figure, date, wording or sourcing comparison, a look-up still sends students to compare the
 * outlets, and a teacher would rather have it than a tenth fact question.
 */
import type { StoryView } from '../analyze';
import { choiceId, listWords, makeChoices, spanOf } from '../build';
import type { Sentence } from '../types';
import { lexiconTags } from '../entities';
import { draftBase, type Candidate } from './candidate';
import { headlineLike } from './headline';
import { normaliseSpace } from '$lib/content/space';
import {
	nameTest,
	parseHeadline,
	roleNoun,
	sameSubject,
	stripKicker,
	subjectEntity
} from '../headline-grammar';
import { FUNCTION, nearKey, ownRun, ownVerb } from './headline-lookup-words';
import { inSpeakersWords } from './headline-speaker-words';

/** Lower-case, without plural s, possessive or punctuation: "Senators'" → "senator". */
const stem = (w: string) =>
	w
		.toLowerCase()
		.replace(/[’']s?$/, '')
		.replace(/[^a-z0-9-]/g, '')
		.replace(/(?<=[a-z]{3})s$/, '');

const tokens = (title: string) => title.split(/\s+/).filter(Boolean);

/**
 * The longest run of a headline's words that no other headline has, trimmed of
 * function words at its edges, with at least two content words: "Sexual Harassment
 * Allegations" in "Rep. Roe Resigns After Sexual Harassment Allegations".
 */
export function distinctivePhrase(title: string, others: string[]): string | undefined {
	const stems = new Set(others.flatMap((o) => tokens(o).map(stem)));
	// By word family too: "Recognition" beside another headline's "Recognizes" is no word of its own.
	const families = new Set(others.flatMap((o) => tokens(o).map(nearKey)));
	const elsewhere = { has: (s: string) => stems.has(s) || families.has(nearKey(s)) };
	const words = tokens(title);
	const isFunction = (w: string) => FUNCTION.test(stem(w));
	const content = (from: number, to: number) =>
		words.slice(from, to + 1).filter((w) => !isFunction(w) && !elsewhere.has(stem(w))).length;
	let best: [number, number] | undefined;
	let start = -1;
	for (let i = 0; i <= words.length; i++) {
		const w = words[i];
		const inRun = w !== undefined && (isFunction(w) || !elsewhere.has(stem(w)));
		if (inRun && start < 0) start = i;
		if ((!inRun || i === words.length) && start >= 0) {
			let from = start;
			let to = i - 1;
			while (from <= to && isFunction(words[from]!)) from++;
			while (to >= from && isFunction(words[to]!)) to--;
			if (from <= to && content(from, to) >= 2 && (!best || content(from, to) > content(...best)))
				best = [from, to];
			start = -1;
		}
	}
	if (!best) return undefined;
	let [from, to] = best;
	// Never stop inside a name or a phrase ("Told Michael" of "Told Michael Cohen To Lie"): grow
	// to the nearest function word or punctuation on each side.
	// An abbreviation before a name ("Ariz. Gov. Roe") ends no phrase: "…call for Ariz. Gov."
	// was a title cut from its name.
	// "Walk Out. Parents …" is a full stop: a word the word list knows, not as an abbreviation.
	const abbreviated = (k: number) => {
		const w = words[k]!;
		if (!/^[A-Z]/.test(words[k + 1] ?? '')) return false;
		if (/^(?:[A-Z]\.)+[A-Z]\.$/.test(w)) return true;
		if (!/^[A-Z][a-z]{0,4}\.$/.test(w)) return false;
		const tags = lexiconTags(w.slice(0, -1).toLowerCase());
		return tags.size === 0 || tags.has('Abbreviation') || tags.has('Month');
	};
	while (
		to + 1 < words.length &&
		(abbreviated(to) || (!isFunction(words[to + 1]!) && !/[,:;.!?]['’"”]?$/.test(words[to]!)))
	)
		to++;
	while (from > 0 && !isFunction(words[from - 1]!) && !/[,:;]$/.test(words[from - 1]!)) from--;
	// …and on to the end of its clause, so the words read as a claim, not a fragment
	// ("Trump Told Michael Cohen To Lie To Congress", not "Trump Told Michael Cohen").
	const endsClause = (k: number) =>
		/[,:;!?]['’"”]?$/.test(words[k]!) ||
		(/(?<!\b[A-Z])\.['’"”]?$/.test(words[k]!) && !abbreviated(k));
	while (to + 1 < words.length && !endsClause(to)) to++;
	// "Trump extends exemptions on steel, aluminum tariffs": a comma before a last short run of
	// words with no verb ends a list item, not the claim: the headline's end is. ("Lois Lerner,
	// IRS Scandal Figure, Will …" has a comma after the run: an apposition, not a list's end.)
	if (to + 1 < words.length && /,['’"”]?$/.test(words[to]!)) {
		const item = words.slice(to + 1);
		const contentWords = item.filter((w) => !isFunction(w)).length;
		if (contentWords <= 3 && !item.some((w) => verbLike(w)) && !/,$/.test(item.at(-1)!))
			to = words.length - 1;
	}
	// "Clinton over 'radical Islam'" of "Trump takes on Obama, Clinton over …" starts inside a
	// list of names: the claim is the headline from its start.
	if (from > 0 && /^[A-Z][\w.’'-]*,$/.test(words[from - 1]!) && /^[A-Z]/.test(words[from]!))
		from = 0;
	// "U.S. House Calls For …" of "Top Republican In U.S. House Calls For …" makes the
	// preposition's object the subject: a clause after a preposition is read from the start.
	if (
		from > 0 &&
		to - from >= 3 &&
		/^(?:in|of|on|at|by|with|from|for|over|after|about|to|into|against)$/i.test(words[from - 1]!)
	)
		from = 0;
	// "Sister Is 'Dead Wrong'" of "Mary Cheney: Sister Is …": words after a colon are the speaker's
	// (or the kicker's), and "Trump Told Cohen To Lie" of "Mueller Disputes Report That Trump Told
	// …" is a claim the headline disputes: either needs the headline from its start.
	if (from > 0 && (/:$/.test(words[from - 1]!) || /^(?:that|whether|if)$/i.test(words[from - 1]!)))
		from = 0;
	// "May Kill It – Even If …", "Dozens of Inquiries for …": a long run picked from inside a
	// headline has lost its subject; a short one ("Campaign Money Case") is a label of its own.
	if (from > 0 && to - from >= 4) from = 0;
	// "Unions, for Gay Couples" of "Opposes Marriage, or Unions, for Gay Couples": a run after
	// "and", "or" or "but" is the second half of something the headline started.
	if (
		from > 0 &&
		/^(?:and|or|but|nor|&)$/i.test(words[from - 1]!) &&
		!/^[A-Z][\w’'.-]*$/.test(words[from - 2] ?? '')
	)
		from = 0;
	// "he appreciates …" needs the subject it stands for: the headline from its start.
	if (/^(?:he|she|they|it|we|i)$/i.test(words[from]!)) from = 0;
	// A quotation is taken whole: "‘In God We Trust' Vote", not "God We Trust' Vote".
	const opens = (w: string) => /^['‘"“]/.test(w);
	const closes = (w: string) => /[^\s]['’"”][,:;.!?]?$/.test(w) && !/^\w+['’]\w+$/.test(w);
	const balance = () =>
		words.slice(from, to + 1).reduce((n, w) => n + Number(opens(w)) - Number(closes(w)), 0);
	while (balance() < 0 && from > 0 && !opens(words[from]!)) from--;
	while (balance() > 0 && to + 1 < words.length) to++;
	if (balance() !== 0) return undefined;
	// …and from the quotation's start on to its subject, as any phrase ("Trump vows birthright
	// citizenship ‘will be ended …’", not "‘will be ended …’").
	while (from > 0 && !isFunction(words[from - 1]!) && !/[,:;]$/.test(words[from - 1]!)) from--;
	// A quotation or a verb still needs who said or did it ("Bloomberg says Trump a 'dangerous
	// demagogue'", not "'dangerous demagogue'"): back through function words to the clause start.
	if (from > 0 && (opens(words[from]!) || /^[a-z]/.test(words[from]!))) {
		let start = from;
		while (start > 0 && !/[,:;]$/.test(words[start - 1]!)) start--;
		from = start;
	}
	// "Boehner Talk Deficits" of "Obama and Boehner Talk Deficits": one subject of two is a
	// fragment. A short run of names ("Campaign and New Jersey G.O.P.") is an object, not a clause.
	if (
		from >= 2 &&
		to - from >= 3 &&
		/^(?:and|&)$/i.test(words[from - 1]!) &&
		/^[A-Z][\w’'.-]*$/.test(words[from - 2]!) &&
		(from === 2 || /[,:;]$/.test(words[from - 3]!) || isFunction(words[from - 3]!))
	)
		from -= 2;
	return (
		words
			.slice(from, to + 1)
			.join(' ')
			.replace(/^[^\w“‘'"]+|[^\w”’'".!?]+$/g, '')
			.replace(/[:,;]$/, '')
			// "As 'Deep State,'": a quotation's comma belongs to the sentence it stood in.
			.replace(/,(['’"”])$/, '$1')
	);
}

/**
 * The content words of a phrase that no other headline has, by stem or word family, as the
 * phrase writes them: what the feedback may truly call this headline's own ("Only Daily A's
 * headline says 'refused' and 'scrutiny'", not the "Official" every headline has).
 */
/** Pronouns, relative words and degree words, which say nothing of a headline's own ("who refused", "more"). */
const PRONOUN =
	/^(?:who|whom|whose|which|what|where|when|why|how|he|she|they|we|you|him|them|us|his|hers|our|your|its|their|more|most|less|also|just)$/i;

export function ownWords(
	phrase: string,
	others: readonly string[],
	names: readonly string[] = []
): string[] {
	// A word of a person's name ("Donald" beside another headline's "Trump") is a spelling of
	// the name, not a word the headline chose.
	const nameWords = new Set(names.flatMap((n) => tokens(n).map(stem)));
	const stems = new Set([...others.flatMap((o) => tokens(o).map(stem)), ...nameWords]);
	const families = new Set(others.flatMap((o) => tokens(o).map(nearKey)));
	return tokens(phrase)
		.map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
		.filter(
			(w) =>
				w.length > 2 &&
				!FUNCTION.test(stem(w)) &&
				!PRONOUN.test(w) &&
				!stems.has(stem(w)) &&
				!families.has(nearKey(w))
		);
}

/** A word the word list knows as a verb form, or shaped like one ("-ed", "-ing"). */
function verbLike(word: string): boolean {
	const w = word.replace(/[^A-Za-z'’-]/g, '').toLowerCase();
	if (!w || FUNCTION.test(w)) return false;
	const tags = lexiconTags(w);
	return (
		tags.has('Verb') ||
		tags.has('PastTense') ||
		tags.has('Gerund') ||
		(!tags.has('Noun') && /(?:ed|ing)$/.test(w) && w.length > 4)
	);
}

/**
 * Has a verb (any form, by the word list), a quotation, or two common nouns or adjectives
 * outside the story's names ("Budget Scandal"): not a name alone ("New Jersey G.O.P.").
 */
export function claimLike(phrase: string, names: readonly string[] = []): boolean {
	let rest = phrase;
	for (const n of names) if (n.includes(' ')) rest = rest.split(n).join(' ');
	// Words the word list does not know count as common ("scandal"); abbreviations
	// ("G.O.P.") and names it knows ("Jersey") do not.
	const common = tokens(rest).filter((w) => {
		if (/^[A-Z.]+$/.test(w.replace(/[^A-Za-z.]/g, ''))) return false;
		const bare = w.replace(/[^A-Za-z]/g, '').toLowerCase();
		const tags = lexiconTags(bare);
		return (
			bare.length > 2 &&
			!FUNCTION.test(bare) &&
			!tags.has('ProperNoun') &&
			!tags.has('Place') &&
			!tags.has('Person')
		);
	});
	if (common.length >= 2) return true;
	if (/(?:^|\s)['‘"“][^'‘"“’”]+['’"”]/.test(phrase)) return true;
	return tokens(phrase).some((w) => {
		const bare = w.replace(/[^A-Za-z'’-]/g, '');
		if (!/^[A-Za-z]/.test(bare) || FUNCTION.test(bare)) return false;
		const tags = lexiconTags(bare.toLowerCase());
		return (
			tags.has('Verb') || tags.has('Gerund') || tags.has('PastTense') || tags.has('Infinitive')
		);
	});
}

/**
 * The sentences that back a headline's claim: those stating what only this headline says,
 * sharing at least two of the phrase's content words that no other headline has (all of
 * them when it has one), most first, earlier on a tie, at most two. A sentence sharing only
 * the story's common words ("Trump", "debate") is about the story, not this claim; none
 * backing it gives none. Each backing sentence makes its own candidate: a set cites each
 * sentence once, so a second sentence keeps this question when another question cites the first.
 */
export function backingSentences(
	sentences: readonly Sentence[],
	phrase: string,
	otherTitles: readonly string[] = []
): Sentence[] {
	const elsewhere = new Set(otherTitles.flatMap((t) => tokens(t).map(stem)));
	const wanted = new Set(
		tokens(phrase)
			.map(stem)
			.filter((w) => w.length > 2 && !FUNCTION.test(w) && !elsewhere.has(w))
	);
	// Two shared words of four or more are often chance: "reserves right to run for president"
	// beside "wants the right candidate … despite his threatened run". A longer claim needs three.
	const needed = wanted.size >= 4 ? 3 : Math.min(2, wanted.size);
	if (!needed) return [];
	// Words the headline puts in quotation marks ("Ruiz Calls Budget 'Garbage'"): a sentence that
	// quotes them backs the headline, though it shares no other word (a blind reader saw the
	// feedback say no sentence repeated the word a body quote did).
	const quoted = [...phrase.matchAll(/(?:^|\s)['‘"“]([^'‘’"“”]{3,}?)['’"”](?=[\s,.:;!?]|$)/g)]
		.map((m) => tokens(m[1]!).map(stem).join(' '))
		.filter((q) => q.split(' ').some((w) => w.length > 2 && !FUNCTION.test(w)));
	const quotes = (s: Sentence) => {
		const words = ` ${tokens(s.text).map(stem).join(' ')} `;
		return quoted.some((q) => words.includes(` ${q} `));
	};
	const shared = (s: Sentence) =>
		Math.max(
			new Set(
				tokens(s.text)
					.map(stem)
					.filter((w) => wanted.has(w))
			).size,
			quotes(s) ? needed : 0
		);
	return sentences
		.map((s) => ({ s, n: shared(s) }))
		.filter((x) => x.n >= needed)
		.sort((x, y) => y.n - x.n || x.s.index - y.s.index)
		.slice(0, 2)
		.map((x) => x.s);
}

export function headlineLookupCandidates(view: StoryView): Candidate[] {
	const out: Candidate[] = [];
	const arts = view.analyses.filter((a) => headlineLike(a.article.title));
	const outlets = [...new Set(view.label.values())];
	if (arts.length < 3 || arts.length !== view.analyses.length || outlets.length !== arts.length)
		return out;
	const titles = arts.map((a) => normaliseSpace(a.article.title));
	const listing = arts.map((a, i) => `${view.label.get(a.article.id)}: “${titles[i]}”`).join('; ');
	const isName = nameTest(arts.map((a) => a.article.text));
	const othersOf = (i: number) => titles.filter((_, j) => j !== i);
	const verbs = titles.map((t, i) => ownVerb(t, othersOf(i), isName));
	const actors = titles.map((t) => {
		const parse = parseHeadline(stripKicker(t), isName);
		const entity = parse && subjectEntity(parse.subject, isName, view.people);
		if (!entity) return undefined;
		const last = parse.subject
			.split(/\s+/)
			.at(-1)!
			.toLowerCase()
			.replace(/[^a-z]/g, '');
		const plural = entity.kind === 'noun' && last !== entity.head && /s$/.test(last);
		return { entity, plural, passive: parse.passive };
	});
	// Each headline picks its own verb ("mocks", "taunts", "criticizes"): matching all three asks
	// the contrast readers wanted, and quotes no headline whole.
	if (verbs.every(Boolean) && new Set(verbs.map((v) => nearKey(v!))).size === verbs.length) {
		const evidence = arts.map((a) => a.sentences[0]).filter((s) => s !== undefined);
		if (evidence.length === arts.length)
			out.push({
				family: 'compare',
				draft: {
					...draftBase(
						'compare',
						'Each headline tells the story with its own verb. Match each outlet to the verb its headline chooses.',
						evidence.map(spanOf),
						`${arts.map((a, i) => `${view.label.get(a.article.id)}: “${titles[i]}” (${verbs[i]})`).join('; ')}. The verb a headline picks frames the story: compare who does what in each.`,
						2
					),
					type: 'matching',
					pairs: arts.map((a, i) => ({
						id: `p${i + 1}`,
						left: view.label.get(a.article.id)!,
						right: verbs[i]!
					}))
				},
				keyTexts: [],
				hidden: [],
				answerKey: 'headline',
				lookup: true,
				quality: 0.34,
				position: 0
			});
	}
	arts.forEach((a, i) => {
		const others = othersOf(i);
		const outlet = view.label.get(a.article.id)!;
		// The verb only this headline chooses; else its own short run of words; else nothing:
		// the whole headline in the prompt is a look-up that tests no comparison.
		const verb = verbs[i];
		const run = verb ? undefined : ownRun(titles[i]!, others, isName);
		const asked = verb ?? run;
		if (!asked) return;
		// A headline that names its own outlet ("…: Daily Planet", "Planet exclusive") gives itself away.
		const squash = (s: string) =>
			s
				.toLowerCase()
				.replace(/^the\s+/, '')
				.replace(/[^a-z0-9]/g, '');
		if (squash(titles[i]!).includes(squash(a.article.outlet))) return;
		// A run of words must still say something: a verb, quoted words or two common words,
		// not another spelling of a name ("New Jersey G.O.P." beside another's "NJ GOP").
		const names = [...view.names.place, ...view.names.org, ...view.people];
		if (run && !claimLike(run, names)) return;
		// "'Dead Wrong'" of "Roe: Sister Is 'Dead Wrong'": a speaker's words, which the
		// outlet did not choose; "chooses the words" would be false of them.
		if (run && inSpeakersWords(titles[i]!, run, isName)) return;
		if (view.people.includes(view.canon(asked))) return;
		const own = ownWords(asked, others, view.people);
		if (!own.length) return;
		const choices = makeChoices(outlets, asked);
		const phrase = distinctivePhrase(titles[i]!, others) ?? asked;
		const backing = backingSentences(a.sentences, phrase, others);
		// No sentence states the claim: the headline alone makes it. The lead is cited as where
		// the article starts (evidence must point somewhere), and the feedback says so.
		const lead = a.sentences[0];
		const cited = backing.length ? backing : lead ? [lead] : [];
		const shown = `“${asked.replace(/(?<![A-Z])\.$/, '')}”`;
		const prompt = verb
			? `Compare the headlines' verbs. Which outlet's headline chooses the verb ${shown}?`
			: `Compare the headlines' word choices. Which outlet's headline chooses the words ${shown}?`;
		// Another headline's verb is another word for this act only when its subject is this
		// headline's actor too: "Republicans challenge" beside "Roe defends" tells two sides'
		// acts, and setting them side by side would call them one outlet's word against another's.
		const sameActor = (j: number) => {
			const [a, b] = [actors[i], actors[j]];
			if (!a || !b) return false;
			// A passive's actor is its "by …" ("Roe blasted by sister" beside "Sister
			// Criticizes Roe"), not its subject: no telling two actors apart.
			if (a.passive || b.passive || sameSubject(a.entity, b.entity)) return true;
			if (a.entity.kind === b.entity.kind) return false;
			// A role may stand for a name ("President Wants …" beside "Roe Vows …"); a group
			// ("Republicans challenge") is not the one person another headline names.
			const noun = a.entity.kind === 'noun' ? a : b;
			return roleNoun(noun.entity.head) && !noun.plural;
		};
		const otherVerbs = arts
			.map((b, j) =>
				j !== i && verbs[j] && sameActor(j) ? `${view.label.get(b.article.id)}'s “${verbs[j]}”` : ''
			)
			.filter(Boolean);
		const contrast = verb
			? `Only ${outlet}'s headline chooses ${shown}${otherVerbs.length ? `, beside ${listWords(otherVerbs)}` : ''}`
			: `Only ${outlet}'s headline chooses the words ${shown}`;
		cited.forEach((sentence, n) =>
			out.push({
				family: 'compare',
				draft: {
					...draftBase(
						'compare',
						prompt,
						[spanOf(sentence)],
						backing.length
							? `${contrast}, and its article says so in the sentence shown. The headlines: ${listing}.`
							: `${contrast}; no sentence of its article repeats it. The headlines: ${listing}.`,
						1
					),
					type: 'single',
					choices,
					correct: [choiceId(choices, outlet)]
				},
				keyTexts: [],
				hidden: [],
				// One headline question per story: a grammar question (headline.ts) shares the key.
				answerKey: 'headline',
				lookup: true,
				// Found by matching words, so below every comparison that tests reading: the
				// reserved comparison slot takes it only when the story offers nothing else; a
				// verb (how the headline frames the act) before other words, a claim the article
				// backs before one it does not.
				quality: 0.3 + (verb ? 0.02 : 0) - 0.01 * n - (backing.length ? 0 : 0.08),
				position: 0
			})
		);
	});
	// Evidence must exist: an article with no sentence cannot point students anywhere.
	return out.filter((c) => c.draft.evidence.length > 0);
}
