/**
 * An article read alone that quotes one voice (a speech, an interview, a statement printed in
 * full) has most of its sentences in that voice's words, and the families leave them alone:
 * "who said" has no wrong speaker to offer, a typed gap skips a quotation, and a word in
 * context is asked only in the writer's sentences (vocabulary.ts, allQuoted), since "Daily A
 * writes: “…”" would credit the outlet with a speaker only another sentence names. With the
 * speaker named in the prompt ("Jane Roe said: “…” What does “X” mean in this sentence?")
 * nobody is miscredited, and with one voice no "who said" item can be asked of those words.
 *
 * Only where every quotation with a speaker is that one person's, each sentence asked wholly
 * inside one of their quotations whose sentence shows them saying it (source.ts): beside a
 * second voice, or words no one is shown to say, the sentence could be someone else's.
 */
import type { StoryView } from '../analyze';
import { sameName } from '../align';
import { introducedAsBody } from '../person-choices';
import type { Sentence } from '../types';
import type { Candidate } from './candidate';
import { ownsQuote, speakerEvidence } from './source';
import { voicedSenses } from './vocabulary';

/**
 * Words asked of a lone voice when the quiz runs short: two at most, beside the writer's own
 * three (vocabulary.ts), so a short quiz gains a question without turning into a word list.
 */
const VOICED_SENSES = 2;

/** The one person every attributed quotation of an article read alone has, if there is one. */
export function loneVoice(view: StoryView): string | undefined {
	if (view.analyses.length !== 1) return undefined;
	const speakers = view.analyses[0]!.quotes.flatMap((q) => (q.speaker ? [q.speaker] : []));
	const first = speakers[0];
	if (!first || !speakers.every((s) => sameName(s, first))) return undefined;
	// A full name the story has for a person, not a body ("the White House said").
	const person =
		first.includes(' ') &&
		view.people.some((p) => sameName(p, first)) &&
		!introducedAsBody(first, view);
	return person ? first : undefined;
}

/**
 * A sentence of the voice's quotation as a prompt shows it, inside its own quotation marks:
 * without the sentence's opening or closing mark, nor the doubled closing marks an archive
 * leaves where a column quotes a quotation ("… as president?’.’").
 */
export function voicedText(text: string): string {
	return text
		.trim()
		.replace(/^[“"]|[”"]$/g, '')
		.replace(/([.?!])[’'”"]+\.[’'”"]*$/, '$1');
}

/** The lone voice's words in context (vocabulary.ts), from sentences wholly their quotation. */
export function loneVoiceSenses(view: StoryView): Candidate[] {
	const speaker = loneVoice(view);
	if (!speaker) return [];
	const a = view.analyses[0]!;
	const owns = (s: Sentence) => {
		const over = a.quotes.filter((q) => q.start < s.end && s.start < q.end);
		// Every quotation in the sentence the speaker's own, shown said by them, none unattributed.
		return (
			over.length > 0 &&
			over.every(
				(q) =>
					!!q.speaker &&
					sameName(q.speaker, speaker) &&
					!q.partial &&
					ownsQuote(a, q) &&
					!!speakerEvidence(a, q)
			)
		);
	};
	return voicedSenses(view, { speaker, owns, shown: voicedText }).slice(0, VOICED_SENSES);
}
