/**
 * Is a speaker a voice of the story, or a side figure? "Which outlet quoted Ann Roe as saying …"
 * tests what a student read of the story when Roe is one of its actors: someone a headline or an
 * article's opening names, or whom several outlets quote. A marcher, a passer-by, a side academic
 * or a background explainer's source is quoted by one outlet, below its opening: recall of their
 * line tests a side detail (tuning readers, t22 B and C: a marcher, a migrant, a side academic, a
 * minor spokeswoman). Their words still count when they carry the headline events themselves
 * (an opposing lawmaker's "the president's interference was a blatant effort to deny justice").
 */
import { escapeRegExp } from '$lib/text/regexp';
import type { StoryView } from '../analyze';
import { sameName, surnameOf } from '../align';
import { leadEventWeight } from '../focus';
import { perStory } from '../per-text';
import { personDescriptors } from '../person-choices';
import { partyOf } from './quote-party';

/**
 * The opening sentences where a report names the actors of its news: focus.ts OPENING_SENTENCES,
 * where a detail counts as part of the news.
 */
export const VOICE_OPENING = 5;
/**
 * The least weight of headline-event words (focus.ts leadEventWeight) a side figure's words must
 * carry to be worth recalling: two words every outlet puts up top ("Trump", "Comey"), or four
 * that half of them do. One is not enough: "United States", "visit" or "border" in a marcher's
 * or a commentator's line is the story's setting, not its news.
 */
export const ON_EVENT_WORDS = 2;

export interface VoiceStanding {
	/** How many articles quote the speaker. */
	quotedBy: number;
	/** A headline or an article's opening names the speaker (by surname). */
	upTop: boolean;
}

/** Where the story quotes and names `speaker`: kept per story, since every quote item asks. */
export const voiceStanding = perStory((speaker: string, view: StoryView): VoiceStanding => {
	const surname = new RegExp(`\\b${escapeRegExp(surnameOf(speaker))}\\b`);
	const quotedBy = new Set(
		view.quoteGroups
			.filter((g) => sameName(g.speaker, speaker))
			.flatMap((g) => g.quotes.map((q) => q.articleId))
	).size;
	const upTop = view.analyses.some(
		(a) =>
			surname.test(a.article.title) ||
			a.sentences.slice(0, VOICE_OPENING).some((s) => surname.test(s.text))
	);
	return { quotedBy, upTop };
});

/**
 * An actor of the story: named in a headline or an article's opening, or quoted by two outlets.
 * A story of one article has no side to tell from its centre this way: every speaker counts.
 */
export function centralVoice(view: StoryView, speaker: string): boolean {
	if (view.analyses.length < 2) return true;
	const s = voiceStanding(speaker, view);
	return s.upTop || s.quotedBy >= 2;
}

/** leadEventWeight per story's analyses, read once. */
const weights = new WeakMap<StoryView, (text: string) => number>();

/**
 * A side figure's words that say nothing of the headline events: a recall item on them waits
 * behind every question on the main events (select-misfit.ts). `lines`: the words the item asks
 * about (for "which outlets quote X directly", every line of X's the story quotes).
 */
export function sideVoice(view: StoryView, speaker: string, lines: readonly string[]): boolean {
	if (centralVoice(view, speaker)) return false;
	let weigh = weights.get(view);
	if (!weigh) weights.set(view, (weigh = leadEventWeight(view.analyses)));
	return !lines.some((l) => weigh!(l) >= ON_EVENT_WORDS);
}

/** A capitalised word of three letters or more past a sentence's first: "FBI", "Korea", "Senate". */
const NAME_WORDS = /(?<![.!?]\s|^)\b\p{Lu}[\p{L}]{2,}/gu;
/** Words a quote capitalises that name no body or country ("I'm", "The", a weekday's "Mr"). */
const NOT_A_SIDE = /^(?:The|This|That|But|And|We|It|He|She|They|Mr|Mrs|Ms)$/;

/**
 * One name in another form: "Korea" and "Korean", "Russia" and "Russian", "FBI" and "FBI's": the
 * one the other's start, three letters more at most.
 */
const sameStem = (a: string, b: string) => {
	const [short, long] = a.length <= b.length ? [a, b] : [b, a];
	return long.startsWith(short) && long.length - short.length <= 3;
};

/**
 * Do the words speak of `person`'s own body, country or post from outside ("a bright path
 * available to North Korea when it achieves …" of North Korea's leader; "the DNC Server they
 * refused to give to the FBI" of a former FBI director; "the Russian Witch Hunt" of the official
 * who oversees the Russia investigation)? A name the story's descriptions of them hold, named in
 * the third person: they are the words' target, and "it was Kim who said …" is false at a glance
 * (t22 C, kind 2).
 */
export function speaksOfTheirSide(text: string, person: string, view: StoryView): boolean {
	const own = surnameOf(person);
	const names = (text.match(NAME_WORDS) ?? []).filter((w) => w !== own && !NOT_A_SIDE.test(w));
	if (!names.length) return false;
	const held = personDescriptors(person, view).flatMap((d) => d.match(/\p{Lu}[\p{L}]{2,}/gu) ?? []);
	return names.some((w) => held.some((h) => sameStem(w, h)));
}

/**
 * Who may stand as the false speaker of a true/false on `speaker`'s words: never the words' own
 * target, nor someone of the other party when the story gives both a party (quote-party.ts
 * partyOf: a Republican offered as saying a Democrat's attack on Republicans); and either one of
 * the story's actors (centralVoice) or of the speaker's own party. A side figure of no shared side
 * ("it was the deputy attorney general who said …" of a man quoted once in a background
 * explainer, t22 C) gives the item away.
 */
export function plausibleFalseSpeaker(
	text: string,
	person: string,
	speaker: string,
	view: StoryView
): boolean {
	if (speaksOfTheirSide(text, person, view)) return false;
	const theirs = partyOf(person, view);
	const speakers = partyOf(speaker, view);
	if (theirs && speakers && theirs !== speakers) return false;
	return centralVoice(view, person) || (!!theirs && theirs === speakers);
}
