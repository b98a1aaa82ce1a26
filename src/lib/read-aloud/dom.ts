/**
 * What read-aloud reads on a page: the text of chosen blocks (headings, paragraphs, a
 * question's legend and choice labels), split into sentences, each with a DOM Range so the
 * sentence being read can be highlighted without changing the page's markup.
 */
import { sentenceSpans } from './text';

export interface Sentence {
	text: string;
	range: Range;
}

/** Blocks read aloud, in document order: the excerpt and the question with its choices. */
export const READ_ALOUD_BLOCKS = [
	// The outlet and the headline are two sentences, read with a pause between.
	'.excerpt .heading .outlet',
	'.excerpt .heading .title',
	'.excerpt > p:not(.meta):not(.gap)',
	'.question legend',
	'.question label',
	'.question li .text',
	'.question .prompt'
].join(', ');

/** Text hidden from sight (screen-reader-only words) or from screen readers is not read. */
function skipped(node: Node, block: Element): boolean {
	for (let el = node.parentElement; el && el !== block.parentElement; el = el.parentElement) {
		if (el.matches('.visually-hidden, [aria-hidden="true"], [hidden], input, select, button'))
			return true;
	}
	return false;
}

/** A block's sentences. Offsets in the joined text map back to (text node, offset) pairs. */
function blockSentences(block: Element, locale: string): Sentence[] {
	const doc = block.ownerDocument;
	const nodes: { node: Text; start: number }[] = [];
	let text = '';
	const walker = doc.createTreeWalker(block, NodeFilter.SHOW_TEXT);
	for (let node = walker.nextNode(); node; node = walker.nextNode()) {
		if (skipped(node, block)) continue;
		nodes.push({ node: node as Text, start: text.length });
		text += node.nodeValue ?? '';
	}
	const at = (offset: number, preferEnd: boolean) => {
		let found = nodes[0]!;
		for (const entry of nodes) {
			const end = entry.start + (entry.node.nodeValue?.length ?? 0);
			if (offset >= entry.start && (offset < end || (preferEnd && offset === end))) {
				found = entry;
				if (!preferEnd || offset < end) break;
			}
		}
		return { node: found.node, offset: offset - found.start };
	};
	return sentenceSpans(text, locale).map((span) => {
		const range = doc.createRange();
		const start = at(span.start, false);
		const end = at(span.end, true);
		range.setStart(start.node, start.offset);
		range.setEnd(end.node, end.offset);
		return { text: text.slice(span.start, span.end).replace(/\s+/g, ' '), range };
	});
}

/** Every sentence to read inside `roots`, in order; a block inside another block counts once. */
export function collectSentences(
	roots: readonly Element[],
	selector = READ_ALOUD_BLOCKS,
	locale = 'en'
): Sentence[] {
	const out: Sentence[] = [];
	for (const root of roots) {
		const blocks = [...root.querySelectorAll(selector)];
		for (const block of blocks) {
			if (blocks.some((other) => other !== block && other.contains(block))) continue;
			out.push(...blockSentences(block, locale));
		}
	}
	return out;
}
