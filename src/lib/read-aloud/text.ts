/**
 * Plain helpers for read-aloud: sentence boundaries and the choice of voice. No DOM here.
 */

export interface Span {
	start: number;
	end: number;
}

/**
 * The sentences of `text` as offsets, each trimmed of surrounding spaces; empty ones are
 * dropped. Intl.Segmenter knows abbreviations ("U.S.", "Sen.") better than a full-stop regex;
 * the regex is a fallback for browsers without it.
 */
export function sentenceSpans(text: string, locale = 'en'): Span[] {
	const raw: Span[] = [];
	if (typeof Intl !== 'undefined' && 'Segmenter' in Intl) {
		const segmenter = new Intl.Segmenter(locale, { granularity: 'sentence' });
		for (const s of segmenter.segment(text))
			raw.push({ start: s.index, end: s.index + s.segment.length });
	} else {
		const pattern = /[^.!?]+(?:[.!?]+["”’)]*\s*|$)/g;
		for (let m = pattern.exec(text); m && m[0] !== ''; m = pattern.exec(text))
			raw.push({ start: m.index, end: m.index + m[0].length });
	}
	const out: Span[] = [];
	for (const span of mergeAbbreviations(text, raw)) {
		let { start, end } = span;
		while (start < end && /\s/.test(text[start]!)) start++;
		while (end > start && /\s/.test(text[end - 1]!)) end--;
		if (end > start) out.push({ start, end });
	}
	return out;
}

/**
 * ICU ends a sentence after "U.S." or "Sen." when a capital follows ("the U.S. Embassy"),
 * which would read one sentence as two with a pause between. A segment that ends in initials
 * or a common English title abbreviation runs on into the next.
 */
const ABBREVIATION_END =
	/(?:(?:^|[\s(“"])(?:[A-Z]\.){1,3}|\b(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Sgt|St|Jr|Sr|Prof|Rev|No|Vol|vs|etc|Jan|Feb|Aug|Sept|Oct|Nov|Dec)\.)\s*$/;

function mergeAbbreviations(text: string, spans: Span[]): Span[] {
	const out: Span[] = [];
	for (const span of spans) {
		const last = out[out.length - 1];
		if (last && ABBREVIATION_END.test(text.slice(last.start, last.end))) last.end = span.end;
		else out.push({ ...span });
	}
	return out;
}

/** The parts of a voice that choosing one needs (SpeechSynthesisVoice has them all). */
export interface VoiceLike {
	lang: string;
	localService: boolean;
	default: boolean;
	name: string;
}

/**
 * The voice to read with: one that works offline (`localService`) in the page's language
 * first, then any in that language, then the browser's default. Returns null when there is none.
 */
export function pickVoice<V extends VoiceLike>(voices: readonly V[], lang: string): V | null {
	const base = lang.toLowerCase().split('-')[0] ?? '';
	const exact = (v: V) => v.lang.toLowerCase().replace('_', '-') === lang.toLowerCase();
	const sameLanguage = (v: V) => v.lang.toLowerCase().split(/[-_]/)[0] === base;
	const rank = (v: V) =>
		(v.localService ? 4 : 0) + (exact(v) ? 2 : sameLanguage(v) ? 1 : -8) + (v.default ? 0.5 : 0);
	let best: V | null = null;
	for (const voice of voices) if (!best || rank(voice) > rank(best)) best = voice;
	return best;
}

export const SPEEDS = [0.75, 1, 1.25, 1.5] as const;
