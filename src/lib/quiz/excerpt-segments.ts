/**
 * Splits one paragraph into plain and highlighted runs for Excerpt.svelte.
 * Highlights are offsets into the whole article text (as evidence is stored);
 * each is clipped to the paragraph, and overlapping ones are merged so no text
 * is shown twice.
 */
export interface Span {
	start: number;
	end: number;
}

export interface Segment {
	text: string;
	highlighted: boolean;
}

/** Sorted, non-overlapping spans clipped to [from, to). Touching spans merge into one. */
export function mergeSpans(spans: readonly Span[], from: number, to: number): Span[] {
	const clipped = spans
		.map((s) => ({ start: Math.max(s.start, from), end: Math.min(s.end, to) }))
		.filter((s) => s.end > s.start)
		.sort((a, b) => a.start - b.start);
	const merged: Span[] = [];
	for (const span of clipped) {
		const last = merged.at(-1);
		if (last && span.start <= last.end) last.end = Math.max(last.end, span.end);
		else merged.push({ ...span });
	}
	return merged;
}

export function excerptSegments(
	paragraph: { start: number; end: number; text: string },
	highlights: readonly Span[]
): Segment[] {
	const segments: Segment[] = [];
	let cursor = paragraph.start;
	const push = (start: number, end: number, highlighted: boolean) => {
		if (end > start) {
			segments.push({
				text: paragraph.text.slice(start - paragraph.start, end - paragraph.start),
				highlighted
			});
		}
	};
	for (const span of mergeSpans(highlights, paragraph.start, paragraph.end)) {
		push(cursor, span.start, false);
		push(span.start, span.end, true);
		cursor = span.end;
	}
	push(cursor, paragraph.end, false);
	return segments;
}
