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

const wordCount = (t: string) => t.split(/\s+/).filter(Boolean).length;
const contentWords = (t: string) => new Set(t.toLowerCase().match(/\p{L}{4,}/gu) ?? []);
const REPORTING = new RegExp(`\\b(?:${REPORTING_VERBS.join('|')}|according)\\b`, 'i');
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

/** A quote that reads as a whole statement, in a neutral voice, of a choice's length. */
export function statementQuote(q: Quote): string | undefined {
	const text = q.text.replace(/\s+/g, ' ').trim();
	const n = wordCount(text);
	if (q.partial || n < 8 || n > 30) return undefined;
	// A quote inside the quote ('ISIL continues to shrink') or a clipped one is not one voice.
	if (!/^[A-Z]/.test(text) || /…|\.\.\.|[“”"‘]|(?:^|\s)'/.test(text)) return undefined;
	// "The greed. The showing off.": a string of fragments, not a statement.
	if (text.split(/(?<=[.!?])\s+/).some((s) => wordCount(s) < 5)) return undefined;
	if (SPEAKER_VOICE.test(text) || LEANS_BACK.test(text)) return undefined;
	return text.replace(/[,;:]$/, '.').replace(/(?<![.!?])$/, '.');
}

/** The reporter's own statement: a whole sentence that quotes and attributes nothing. */
function reporterStatement(s: Sentence, speaker: string, key: string): boolean {
	const n = wordCount(s.text);
	const k = wordCount(key);
	if (n < 8 || n > 30 || n > 2 * k || 2 * n < k) return false;
	if (!/^[A-Z]/.test(s.text) || !/[.!?]$/.test(s.text)) return false;
	if (/[“”"‘’']\p{L}|\p{L}[“”"]|…|\?/u.test(s.text)) return false;
	if (REPORTING.test(s.text) || LEANS_BACK.test(s.text) || SPEAKER_VOICE.test(s.text)) return false;
	const surname = speaker.split(/\s+/).at(-1)!;
	if (new RegExp(`\\b${escapeRegExp(surname)}\\b`, 'i').test(s.text)) return false;
	// Sharing the key's words would make it a paraphrase of the key, or the key's own context.
	const kw = contentWords(key);
	const shared = [...contentWords(s.text)].filter((w) => kw.has(w)).length;
	return shared / Math.max(1, Math.min(kw.size, 6)) < 0.34 && quoteOverlap(s.text, key) < 0.3;
}

export function quoteWhichCandidates(view: StoryView, speakers: string[]): Candidate[] {
	// Only one article: a story of several outlets has "who said" and comparisons to ask.
	if (view.analyses.length !== 1) return [];
	const a = view.analyses[0]!;
	const out: Candidate[] = [];
	const usedSentences = new Set<number>();
	for (const speaker of speakers) {
		const quotes = a.quotes.filter((q) => q.speaker && sameName(q.speaker, speaker));
		// Only once per speaker: "which did X say" three times reads as one question.
		for (const q of quotes) {
			const key = statementQuote(q);
			if (!key) continue;
			const quoteSentences = new Set(a.quotes.map((x) => x.sentence));
			const wrong = a.sentences.filter(
				(s) =>
					!quoteSentences.has(s.index) &&
					!usedSentences.has(s.index) &&
					s.index > 0 &&
					reporterStatement(s, speaker, key)
			);
			if (wrong.length < 3) continue;
			// Spread the wrong choices over the article, in a fixed order chosen by hash.
			const salt = hash(key).charCodeAt(0);
			const picked = [0, 1, 2].map(
				(i) => wrong[(salt + Math.floor((i * wrong.length) / 3)) % wrong.length]!
			);
			if (new Set(picked).size < 3) continue;
			for (const s of picked) usedSentences.add(s.index);
			const choices = makeChoices([key, ...picked.map((s) => s.text)], `which${key}`);
			out.push({
				family: 'quote',
				draft: {
					...draftBase(
						'quote',
						`Which of these did ${speaker} say, according to the article?`,
						[spanOf(q.context)],
						`${speaker} said: “${key.replace(/\.$/, '')}”. The other statements are the reporter's own, not ${speaker}'s words.`,
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
			break;
		}
	}
	return out;
}
