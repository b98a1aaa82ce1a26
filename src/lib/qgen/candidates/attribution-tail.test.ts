import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../analyze';
import { article } from '../article.test-helpers';
import { attributionTail } from './attribution-tail';

/** Whether the article's last sentence reads as the tail of the quote before it. */
function tailAtEnd(text: string): boolean {
	const a = analyzeArticle(article(1, text));
	const s = a.sentences[a.sentences.length - 1]!;
	return attributionTail(s.text, s, a.sentences);
}

const OPENING = 'The Harlow council met on Monday to vote on the bus contract.\n\n';

describe('attributionTail', () => {
	it('finds the speaker and verb of saying left after a quotation cut at its question mark', () => {
		expect(
			tailAtEnd(
				`${OPENING}“Is this a priority for the council or for the mayor?” Tom Reyes said at a press conference, according to the Harlow Gazette.`
			)
		).toBe(true);
		expect(
			tailAtEnd(`${OPENING}“Who pays for it?” Council member Tom Reyes asked on Monday.`)
		).toBe(true);
	});
	it('leaves a sentence with a subject and verb of its own, or with no quotation before', () => {
		expect(
			tailAtEnd(
				`${OPENING}“Is this a priority for the council?” Tom Reyes voted against the bus contract at the meeting.`
			)
		).toBe(false);
		// A quotation closed by a period ends its own sentence; the next one is the reporter's.
		expect(
			tailAtEnd(`${OPENING}He called it “a good deal.” Tom Reyes said the vote would wait a week.`)
		).toBe(false);
		// The quotation is in the paragraph before: the sentence opens its own paragraph.
		expect(
			tailAtEnd(`${OPENING}“Who pays for it?”\n\nTom Reyes said at a press conference on Monday.`)
		).toBe(false);
	});
});
