/**
 * Cloze questions: one gap per sentence at its most telling word: a figure, a
 * name, or a content word the outlets share (a word several articles use is
 * what the story is about, not a stylistic choice).
 */
import type { StoryView } from '../analyze';
import { notBodyProse } from '../caption';
import { lexiconTags } from '../entities';
import { endsWithTitle, titledAfter } from '../names';
import { HEDGE_WORDS } from '../quantities';
import { spanOf } from '../build';
import type { Mention } from '../types';
import { draftBase, type Candidate } from './candidate';
import { DATELINE } from './detail';
import { normalise } from '../distractors';

/** Long words that are everywhere in news and say nothing about this story. */
const STOP = new Set(
	'against including according officials statement reported president'.split(' ')
);
/** A gap on a function word ("whether", "between", "already") tests grammar, not reading. */
const FUNCTION_TAGS = ['Conjunction', 'Preposition', 'Determiner', 'Pronoun', 'Adverb'];
const isFunctionWord = (w: string) => {
	const tags = lexiconTags(w);
	return FUNCTION_TAGS.some((t) => tags.has(t));
};

function sharedWords(view: StoryView): Set<string> {
	const df = new Map<string, number>();
	for (const a of view.analyses) {
		for (const w of new Set(a.article.text.toLowerCase().match(/\b[a-z]{7,}\b/g) ?? []))
			df.set(w, (df.get(w) ?? 0) + 1);
	}
	const need = Math.max(2, Math.ceil(view.analyses.length / 2));
	if (view.analyses.length === 1) {
		// One article: its topic words are the ones it comes back to in several paragraphs.
		const a = view.analyses[0]!;
		df.clear();
		const paragraphs = new Map<number, string[]>();
		for (const s of a.sentences)
			paragraphs.set(s.paragraph, [...(paragraphs.get(s.paragraph) ?? []), s.text]);
		for (const texts of paragraphs.values())
			for (const w of new Set(
				texts
					.join(' ')
					.toLowerCase()
					.match(/\b[a-z]{7,}\b/g) ?? []
			))
				df.set(w, (df.get(w) ?? 0) + 1);
	}
	return new Set(
		[...df].filter(([w, n]) => n >= need && !STOP.has(w) && !isFunctionWord(w)).map(([w]) => w)
	);
}

export function clozeCandidates(view: StoryView): Candidate[] {
	const out: Candidate[] = [];
	const shared = sharedWords(view);
	const storyText = view.analyses
		.map((a) => a.article.text.toLowerCase().replace(/\s+/g, ' '))
		.join(' ');
	const storyWords = view.analyses.reduce((n, a) => n + a.article.text.split(/\s+/).length, 0);
	for (const a of view.analyses) {
		const outlet = view.label.get(a.article.id)!;
		// A long story of several outlets has clozes enough in each lead; one article, or a
		// short story, is read through.
		for (const s of a.sentences.slice(
			0,
			view.analyses.length === 1 || storyWords < 1500 ? 60 : 14
		)) {
			const words = s.text.split(/\s+/).length;
			if (
				words < 8 ||
				words > 35 ||
				/["“”]/.test(s.text) ||
				// Inside a quotation that began in an earlier sentence (a tweet read out in full).
				a.quoted.some((q) => q.start < s.end && s.start < q.end) ||
				/^(he|she|they|it|this|that|but|and)\b/i.test(s.text) ||
				notBodyProse(s, a.sentences)
			)
				continue;
			const title = a.article.title.toLowerCase();
			const inside = a.mentions.filter(
				(m) =>
					m.start >= s.start &&
					m.end <= s.end &&
					m.kind !== 'date' &&
					!givenAway(
						m,
						a.article.text.slice(Math.max(s.start, m.start - 30), m.start),
						a.article.text.slice(m.end, Math.min(s.end, m.end + 40)),
						title
					)
			);
			const named =
				// "the ____ leaders" → "two": a count of one or two is guessed, not read.
				inside.find((m) => m.kind === 'quantity' && (m.value ?? 0) > 2) ??
				inside.find((m) => m.kind === 'org' || m.kind === 'place') ??
				inside.find((m) => m.kind === 'person' && m.text.includes(' '));
			const pick: Pick<Mention, 'start' | 'end' | 'text'> | undefined =
				(named && withoutHedge(named)) ?? sharedWordIn(s.text, s.start, shared, title, storyText);
			if (!pick) continue;
			const answer = a.article.text.slice(pick.start, pick.end);
			if (
				answer.length < 3 ||
				answer.split(/\s+/).length > 3 ||
				/^(north|south|east|west|central)$/i.test(answer)
			)
				continue;
			// "Union leader Sam Okafor": the capitalised word is part of a role, not a name worth a gap.
			if (
				/^\s+(leader|member|chief|official|spokesman|spokeswoman|president|head|director)\b/.test(
					a.article.text.slice(pick.end, pick.end + 20)
				)
			)
				continue;
			const rel = pick.start - s.start;
			// Nothing in a dateline ("CLEVELAND, July 19 (UPI) —") is worth a gap.
			if (rel < (DATELINE.exec(s.text)?.[0].length ?? 0)) continue;
			// The outlet's own name is no test of reading.
			if (
				normalise(outlet).includes(normalise(answer)) ||
				normalise(answer).includes(normalise(outlet))
			)
				continue;
			const prompt = `${s.text.slice(0, rel)}____${s.text.slice(rel + answer.length)}`
				.replace(/\s+/g, ' ')
				.trim();
			// "in ____'s favor" beside "the Trump campaign", "content ____ (KCNA's website …)": a
			// word of the name elsewhere in the sentence gives the name away.
			const nameWords = answer.split(/\s+/).filter((w) => /^[A-Z][\w'-]{2,}$/.test(w));
			if (
				prompt.toLowerCase().includes(answer.toLowerCase()) ||
				(answer.includes(' ') && nameWords.some((w) => new RegExp(`\\b${w}\\b`).test(prompt)))
			)
				continue;
			// One item of a list ("Britain, ____ and Germany") is recall of a detail the others hint at.
			const inList =
				/,\s*$/.test(s.text.slice(0, rel)) ||
				/^\s*(?:,|and\b)/.test(s.text.slice(rel + answer.length));
			// Any other name of the list fits the gap as well: two right answers.
			if (inList && named) continue;
			const accepted = [...new Set([answer, view.canon(answer)])];
			out.push({
				family: 'cloze',
				draft: {
					// A name or a figure in the gap tests a fact; only a common word tests meaning.
					...draftBase(
						named ? 'fact' : 'vocabulary',
						`Fill the gap (${outlet}): ${prompt}`,
						[spanOf(s)],
						`${outlet} wrote: “${s.text.trim()}”`,
						2
					),
					type: 'cloze',
					accepted
				},
				keyTexts: [answer],
				hidden: [answer],
				excerpt: prompt,
				answerKey: `cloze:${answer.toLowerCase()}`,
				// A common word's gap often takes another fitting word ("leave the ____ in place"),
				// and a list item is a detail: asked only when nothing better is left.
				quality: named && !inList ? 0.45 : 0.3,
				position: s.index
			});
		}
	}
	return out;
}

/**
 * A gap the reader can fill without the article: the headline above it names the answer,
 * a title names the person ("London Mayor ____", "____, the first lady"), or a named
 * person's country follows "of" or "to" ("Emmanuel Macron of ____", "Ambassador to ____").
 */
/** "more than ____ decades": the hedge stays in the sentence, the gap takes only the number. */
function withoutHedge(m: Mention): Pick<Mention, 'start' | 'end' | 'text'> {
	if (m.kind !== 'quantity') return m;
	const hedge = new RegExp(`^${HEDGE_WORDS}`, 'i').exec(m.text)?.[0].length ?? 0;
	return { start: m.start + hedge, end: m.end, text: m.text.slice(hedge) };
}

function givenAway(m: Mention, before: string, after: string, title: string): boolean {
	if (title.includes(m.text.toLowerCase())) return true;
	// A title introduces a person, even one the name chunker took for an organisation.
	if (endsWithTitle(before)) return true;
	if (m.kind === 'person') return Boolean(m.role) || titledAfter(after);
	return m.kind === 'place' && /[A-Z][\w'-]+\s+(?:of|to)\s+$/.test(before);
}

/**
 * "developing nuclear ____" → "weapons": a word the story keeps pairing with its neighbour
 * is filled in from the phrase, not from reading the sentence.
 */
function collocation(text: string, at: number, word: string, storyText: string): boolean {
	const before = /([a-z]+)\W+$/i.exec(text.slice(Math.max(0, at - 30), at))?.[1]?.toLowerCase();
	const after = /^\W+([a-z]+)/i.exec(text.slice(at + word.length, at + word.length + 30))?.[1];
	const times = (phrase: string) => storyText.split(phrase).length - 1;
	return (
		(!!before && times(`${before} ${word}`) >= 3) ||
		(!!after && times(`${word} ${after.toLowerCase()}`) >= 3)
	);
}

function sharedWordIn(
	text: string,
	offset: number,
	shared: Set<string>,
	title: string,
	storyText: string
) {
	for (const m of text.matchAll(/\b[a-z]{7,}\b/g)) {
		// A title ("dictator"), a verb ("announced") or an adjective ("possible") could be swapped
		// for another that fits as well.
		const tags = lexiconTags(m[0]);
		const verb = tags.has('Verb') && !tags.has('Noun');
		// The word list lacks many adjectives ("possible", "regional"); their endings tell.
		const adjective =
			!tags.has('Noun') &&
			(tags.has('Adjective') || /(?:ible|able|ous|ful|less|ical|ional|ental)$/.test(m[0]));
		// The headline above the article would give the word away.
		if (
			shared.has(m[0]) &&
			!title.includes(m[0]) &&
			!endsWithTitle(m[0]) &&
			!verb &&
			!adjective &&
			!/[a-z]ed$/.test(m[0]) &&
			// "to ____ end it": an adverb's gap takes "formally", "officially" just as well.
			!/[a-z]ly$/.test(m[0]) &&
			!collocation(text, m.index!, m[0], storyText)
		)
			return { start: offset + m.index!, end: offset + m.index! + m[0].length, text: m[0] };
	}
	return undefined;
}
