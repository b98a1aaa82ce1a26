/**
 * "Which of these did X say?" for one imported article. With one speaker, "who said" is
 * answered without reading the quote, so the article's single voice is asked the other way
 * round: which of four statements are X's words. The wrong choices are the reporter's own
 * statements from the same article, whole sentences that attribute nothing to anyone, so
 * none of them is something X also said (a paraphrase of X would be a second key).
 */
import { escapeRegExp } from '$lib/text/regexp';
import type { StoryView } from '../analyze';
import { quoteOverlap, sameName } from '../align';
import { choiceId, hash, makeChoices, spanOf } from '../build';
import { PERSONAL_PRONOUNS, REPORTING_VERBS } from '../lexicon';
import type { Quote, Sentence } from '../types';
import { draftBase, type Candidate } from './candidate';
import { trivialQuote } from './quotation';
import { normaliseSpace } from '$lib/content/space';

const wordCount = (t: string) => t.split(/\s+/).filter(Boolean).length;
const contentWords = (t: string) => new Set(t.toLowerCase().match(/\p{L}{4,}/gu) ?? []);
/** Also the verbs that report a view ("some officials think …"): an attribution in other words. */
const REPORTING = new RegExp(
	`\\b(?:${REPORTING_VERBS.join('|')}|according|agreed|agrees|thinks?|believes?|argues)\\b`,
	'i'
);
/** First or second person: the speaker's voice, which no reporter sentence has (a give-away). */
const SPEAKER_VOICE = new RegExp(
	`\\b(?:${PERSONAL_PRONOUNS.filter((p) => p === 'i' || p === 'we' || p === 'you').join('|')}|me|my|us|our|your)\\b`,
	'i'
);
/** A sentence that leans on the one before ("He …", "But …") is a fragment out of context. */
const LEANS_BACK = new RegExp(
	`^(?:${PERSONAL_PRONOUNS.join('|')}|his|its|their|this|that|these|those|but|and|also|however|so|still|yet|instead)\\b`,
	'i'
);

/**
 * A quote that reads as a whole statement of a choice's length; in a neutral voice unless
 * `voiced` (the wrong choices are then other speakers' words, in their voices too).
 */
export function statementQuote(q: Quote, voiced = false): string | undefined {
	const text = normaliseSpace(q.text);
	const n = wordCount(text);
	if (q.partial || n < 8 || n > 30 || trivialQuote(text)) return undefined;
	// A quote inside the quote ('ISIL continues to shrink') or a clipped one is not one voice.
	if (!/^[A-Z]/.test(text) || /…|\.\.\.|[“”"‘]|(?:^|\s)'/.test(text)) return undefined;
	// "The greed. The showing off.": a string of fragments, not a statement.
	if (text.split(/(?<=[.!?])\s+/).some((s) => wordCount(s) < 5)) return undefined;
	// An editor's bracket, the reporter's own "he added" caught inside, or a clause that opens
	// on a gerund ("Reopening the nominations …") is not the speaker's sentence as said.
	if (/[[()]|'\W*$|\b(?:he|she|they)\s+(?:said|added)\b|^\p{Lu}\p{Ll}+ing\b/u.test(text))
		return undefined;
	if (!voiced && SPEAKER_VOICE.test(text)) return undefined;
	// "I" and "we" open a speaker's statement; "he", "this" or "but" lean on what came before.
	if (LEANS_BACK.test(text) && !(voiced && /^(?:i|we|you)\b/i.test(text))) return undefined;
	return text.replace(/[,;:]$/, '.').replace(/(?<![.!?])$/, '.');
}

/** The reporter's own statement: a whole sentence that quotes and attributes nothing. */
function reporterStatement(s: Sentence, people: string[], key: string): boolean {
	const n = wordCount(s.text);
	const k = wordCount(key);
	if (n < 8 || n > 30 || n > 2 * k || 2 * n < k) return false;
	if (!/^[A-Z]/.test(s.text) || !/[.!?]$/.test(s.text)) return false;
	// Any double quotation mark: a quotation's tail ("… accomplishment,” Roe answers.") is no
	// reporter's statement.
	if (/[“”"]|[‘’']\p{L}|…|\?/u.test(s.text)) return false;
	if (REPORTING.test(s.text) || LEANS_BACK.test(s.text) || SPEAKER_VOICE.test(s.text)) return false;
	// A sentence naming anyone may report their view ("Roe, a former aide, agreed that …").
	for (const person of people) {
		const surname = person.split(/\s+/).at(-1)!;
		if (new RegExp(`\\b${escapeRegExp(surname)}\\b`).test(s.text)) return false;
	}
	// Sharing the key's words would make it a paraphrase of the key, or the key's own context.
	const kw = contentWords(key);
	const shared = [...contentWords(s.text)].filter((w) => kw.has(w)).length;
	return shared / Math.max(1, Math.min(kw.size, 6)) < 0.34 && quoteOverlap(s.text, key) < 0.3;
}

/**
 * Other speakers' quotes as wrong choices: in the speaker's voice too ("we", "I"), so a quote
 * in the first person gives nothing away; none overlapping anything the speaker said.
 */
function otherSpeakersQuotes(
	speaker: string,
	mine: Quote[],
	others: Quote[],
	key: string
): string[] {
	const out: string[] = [];
	// Words that name the asked speaker, by either name ("I have great respect for Governor
	// Roe", "Jane is doing well"), rule themselves out.
	const parts = speaker.split(/\s+/).filter((w) => /^\p{Lu}\p{Ll}{2,}$/u.test(w));
	const names = new RegExp(`\\b(?:${parts.map(escapeRegExp).join('|') || '\\0'})\\b`);
	for (const x of others) {
		const text = statementQuote(x, true);
		if (!text || out.includes(text) || names.test(text)) continue;
		const n = wordCount(text);
		if (n > 2 * wordCount(key) || 2 * n < wordCount(key)) continue;
		if (mine.some((m) => quoteOverlap(m.text, text) >= 0.3)) continue;
		out.push(text);
	}
	return out;
}

const MAX_PER_ARTICLE = 2;

export function quoteWhichCandidates(view: StoryView, speakers: string[]): Candidate[] {
	// Only one article: a story of several outlets has "who said" and comparisons to ask.
	if (view.analyses.length !== 1) return [];
	const a = view.analyses[0]!;
	const out: Candidate[] = [];
	const usedSentences = new Set<number>();
	// Every sentence a quote runs through, not only its first: the second sentence of a long
	// quotation is the speaker's words, never the reporter's own.
	const quoteSentences = new Set(
		a.sentences
			.filter((s) => a.quotes.some((x) => x.start < s.end && s.start < x.end))
			.map((s) => s.index)
	);
	for (const x of a.quotes) quoteSentences.add(x.sentence);
	// Words already shown in one of these questions are not shown again, as key or wrong choice.
	const shownTexts = new Set<string>();
	const ask = (speaker: string, q: Quote, key: string, wrong: string[], others: string) => {
		for (const t of [key, ...wrong]) shownTexts.add(t);
		const choices = makeChoices([key, ...wrong], `which${key}`);
		out.push({
			family: 'quote',
			draft: {
				...draftBase(
					'quote',
					`Which of these did ${speaker} say, according to the article?`,
					[spanOf(q.context)],
					`${speaker} said: “${key.replace(/\.$/, '')}”. ${others}`,
					2
				),
				type: 'single',
				choices,
				correct: [choiceId(choices, key)]
			},
			keyTexts: [q.text.slice(0, 30)],
			hidden: [],
			answerKey: `which-said:${key}`,
			excerpt: `“${key}”`,
			quality: 0.7,
			position: q.sentence
		});
	};
	for (const speaker of speakers) {
		// Two are enough: more would make the article's quiz a round of "who said".
		if (out.length >= MAX_PER_ARTICLE) break;
		const mine = a.quotes.filter((q) => q.speaker && sameName(q.speaker, speaker));
		const theirs = a.quotes.filter((q) => q.speaker && !sameName(q.speaker, speaker));
		// "Who said" asks the first whole quote of each speaker when several speak: ask another.
		const first = speakers.length > 1 ? mine.find((q) => !q.partial) : undefined;
		// Only once per speaker: "which did X say" three times reads as one question.
		for (const q of mine) {
			if (q === first && mine.length > 1) continue;
			const key = statementQuote(q);
			if (key && shownTexts.has(key)) continue;
			const wrong = key
				? a.sentences.filter(
						(s) =>
							!quoteSentences.has(s.index) &&
							!usedSentences.has(s.index) &&
							s.index > 0 &&
							reporterStatement(s, [speaker, ...a.people.map((p) => p.name)], key)
					)
				: [];
			if (key && wrong.length >= 3) {
				// Spread the wrong choices over the article, in a fixed order chosen by hash.
				const salt = hash(key).charCodeAt(0);
				const picked = [0, 1, 2].map(
					(i) => wrong[(salt + Math.floor((i * wrong.length) / 3)) % wrong.length]!
				);
				if (new Set(picked).size === 3) {
					for (const s of picked) usedSentences.add(s.index);
					ask(
						speaker,
						q,
						key,
						picked.map((s) => s.text),
						`The other statements are the reporter's own, not ${speaker}'s words.`
					);
					break;
				}
			}
			const voiced = statementQuote(q, true);
			const others = voiced
				? otherSpeakersQuotes(speaker, mine, theirs, voiced)
						.filter((t) => !shownTexts.has(t))
						.slice(0, 3)
				: [];
			if (voiced && !shownTexts.has(voiced) && others.length >= 2) {
				ask(speaker, q, voiced, others, `The other words are other people's in the article.`);
				break;
			}
		}
	}
	return out;
}
