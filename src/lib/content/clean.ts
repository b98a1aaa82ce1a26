/**
 * Turns a scraped article into clean body text for quizzes: paragraphs joined by one blank
 * line, whitespace collapsed, every other character kept verbatim (quiz evidence and quote
 * matching resolve against this exact text). Furniture is removed by the kind rules in
 * ./furniture, and every removal is reported so a teacher can review it.
 */
import type { ArticleNote } from '$lib/bank/schema';
import {
	boilerplateKind,
	endsLikeSentence,
	isBylineLine,
	isConsentBanner,
	isTimestampLine,
	isPhotoCaption,
	isSectionLabel,
	isStrayFragment,
	isTechnicalNotice,
	isTitleLike,
	isVideoBlurb,
	nearlyEqual,
	comparable,
	noteKind
} from './furniture';
import { normaliseSpace } from './space';

export type RemovedParagraph = { text: string; reason: string };

export type CleanedArticle = {
	text: string;
	notes: ArticleNote[];
	headline: string | null;
	/** The first "By …" line removed from the text, without "By", or null. */
	byline: string | null;
	removed: RemovedParagraph[];
};

export type CleanHints = { title?: string };

/** How many leading paragraphs may hold a label, headline and dek before the body starts. */
const TOP_ZONE = 4;

/**
 * Splits raw text into paragraphs. Blank lines always separate paragraphs. Inside a block,
 * single line breaks mean "one paragraph per line", unless the block looks hard-wrapped, in
 * which case its lines are joined with spaces.
 */
export function splitParagraphs(raw: string): string[] {
	const text = raw.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
	const out: string[] = [];
	for (const block of text.split(/\n\s*\n/)) {
		const lines = block
			.split('\n')
			.map(normaliseSpace)
			.filter((l) => l.length > 0);
		if (lines.length === 0) continue;
		// Wrapped lines mostly stop mid-sentence and some continue in lower case; a headline
		// or dek line also lacks final punctuation, but the line after it starts a new sentence.
		const inner = lines.slice(0, -1);
		const openEnded = inner.filter((l) => !endsLikeSentence(l)).length;
		const continues = lines.slice(1).some((l) => /^\p{Ll}/u.test(l));
		const hardWrapped = inner.length > 0 && openEnded >= inner.length / 2 && continues;
		if (hardWrapped) out.push(normaliseSpace(lines.join(' ')));
		else out.push(...lines);
	}
	return out;
}

export { normaliseSpace };

type Verdict = { keep: true; note: ArticleNote['kind'] | null } | { keep: false; reason: string };

export function cleanArticle(raw: string, hints: CleanHints = {}): CleanedArticle {
	const paragraphs = splitParagraphs(raw);
	const verdicts: (Verdict | undefined)[] = new Array(paragraphs.length);
	const title = hints.title ? normaliseSpace(hints.title) : '';
	const headline = classifyTopZone(paragraphs, verdicts, title);

	const seen = new Set<string>();
	const topLines = paragraphs.filter((_, i) => verdicts[i] !== undefined);
	for (const h of [title, ...topLines]) if (h) seen.add(comparable(h));
	paragraphs.forEach((p, i) => {
		if (verdicts[i]) return;
		verdicts[i] = classifyParagraph(p, seen, title, headline);
		if (verdicts[i]?.keep) seen.add(comparable(p));
	});
	markVideoTitles(paragraphs, verdicts);

	const kept: string[] = [];
	const notes: ArticleNote[] = [];
	const removed: RemovedParagraph[] = [];
	paragraphs.forEach((p, i) => {
		const v = verdicts[i] as Verdict;
		if (!v.keep) {
			removed.push({ text: p, reason: v.reason });
			return;
		}
		if (v.note) notes.push({ paragraph: kept.length, kind: v.note });
		kept.push(p);
	});
	const bylineLine = removed.find((r) => r.reason === 'byline')?.text;
	const byline = bylineLine ? bylineLine.replace(/^by\s+/i, '') : null;
	return { text: kept.join('\n\n'), notes, headline, byline, removed };
}

/**
 * Section label, headline and dek live at the top. The headline is the paragraph matching
 * the known title or else the first title-shaped line; title-shaped lines right after it are
 * sub-headlines. A first paragraph that reads as a sentence means there is no headline.
 */
function classifyTopZone(
	paragraphs: string[],
	verdicts: (Verdict | undefined)[],
	title: string
): string | null {
	let i = 0;
	// Stray characters, bylines, time stamps and navigation sit around headlines; step over
	// them so they are not taken for a headline or dek.
	const skipNoise = () => {
		for (let reason = topNoise(paragraphs[i]); reason; reason = topNoise(paragraphs[i])) {
			verdicts[i] = { keep: false, reason };
			i++;
		}
	};
	skipNoise();
	const first = paragraphs[i];
	const second = paragraphs[i + 1];
	if (
		first !== undefined &&
		second !== undefined &&
		isSectionLabel(first) &&
		!(title && nearlyEqual(first, title)) &&
		(isTitleLike(second) || (title !== '' && nearlyEqual(second, title)))
	) {
		verdicts[i] = { keep: false, reason: 'section label' };
		i++;
	}
	skipNoise();

	let headline: string | null = null;
	const matchIndex = title
		? paragraphs.slice(i, i + TOP_ZONE).findIndex((p) => nearlyEqual(p, title))
		: -1;
	if (matchIndex >= 0) {
		// Anything title-shaped above the matching headline is a label or kicker, not body.
		for (let k = i; k < i + matchIndex; k++) {
			if (!isTitleLike(paragraphs[k] as string)) return null;
			verdicts[k] = { keep: false, reason: 'section label' };
		}
		i += matchIndex;
		headline = paragraphs[i] as string;
		verdicts[i] = { keep: false, reason: 'headline (matches the title)' };
		i++;
	} else if (paragraphs[i] !== undefined && isTitleLike(paragraphs[i] as string)) {
		headline = paragraphs[i] as string;
		verdicts[i] = { keep: false, reason: 'headline' };
		i++;
	}
	if (headline === null) return null;
	for (let deks = 0; deks < 2; deks++) {
		skipNoise();
		const p = paragraphs[i];
		if (p === undefined || !isTitleLike(p) || isTechnicalNotice(p)) break;
		verdicts[i] = { keep: false, reason: 'sub-headline' };
		i++;
	}
	return headline;
}

function topNoise(p: string | undefined): string | null {
	if (p === undefined) return null;
	if (isStrayFragment(p)) return 'stray fragment';
	if (isTimestampLine(p)) return 'timestamp';
	if (isBylineLine(p)) return 'byline';
	if (isTechnicalNotice(p)) return 'browser or video notice';
	if (isConsentBanner(p)) return 'cookie or privacy banner';
	if (isPhotoCaption(p)) return 'photo caption with credit';
	return boilerplateKind(p);
}

function classifyParagraph(
	p: string,
	seen: Set<string>,
	title: string,
	headline: string | null
): Verdict {
	// Before notes: "Updated Dec. 31, 2019 10:31 AM" is a stamp, not an editor's note.
	if (isTimestampLine(p)) return { keep: false, reason: 'timestamp' };
	const note = noteKind(p);
	if (note) return { keep: true, note };
	if (isBylineLine(p)) return { keep: false, reason: 'byline' };
	if (isStrayFragment(p)) return { keep: false, reason: 'stray fragment' };
	if (isConsentBanner(p)) return { keep: false, reason: 'cookie or privacy banner' };
	if (isTechnicalNotice(p)) return { keep: false, reason: 'browser or video notice' };
	const boilerplate = boilerplateKind(p);
	if (boilerplate) return { keep: false, reason: boilerplate };
	if (isPhotoCaption(p)) return { keep: false, reason: 'photo caption with credit' };
	if (isVideoBlurb(p)) return { keep: false, reason: 'video blurb' };
	if (isTitleLike(p) && [title, headline].some((h) => h && nearlyEqual(p, h)))
		return { keep: false, reason: 'repeated headline' };
	if (seen.has(comparable(p)))
		return { keep: false, reason: isTitleLike(p) ? 'repeated headline' : 'repeated paragraph' };
	return { keep: true, note: null };
}

/** A title-shaped line next to a video notice or blurb is the embedded video's title. */
function markVideoTitles(paragraphs: string[], verdicts: (Verdict | undefined)[]): void {
	const isVideoFurniture = (i: number) => {
		const v = verdicts[i];
		return (
			v !== undefined &&
			!v.keep &&
			(v.reason === 'browser or video notice' || v.reason === 'video blurb')
		);
	};
	paragraphs.forEach((p, i) => {
		const v = verdicts[i];
		if (!v?.keep || v.note || !isTitleLike(p)) return;
		if (isVideoFurniture(i - 1) || isVideoFurniture(i + 1)) {
			verdicts[i] = { keep: false, reason: 'video title' };
		}
	});
}
