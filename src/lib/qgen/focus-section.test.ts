import { describe, expect, it } from 'vitest';
import type { Question } from '$lib/bank/schema';
import { analyzeArticle } from './analyze';
import type { Candidate } from './candidates/candidate';
import { focusAdjustment, leadEventOverlap, OPENING_SENTENCES, sideDetail } from './focus';
import { sideSection } from './focus-section';
import { article } from './article.test-helpers';

const daily = (n: number, title: string, text: string) =>
	analyzeArticle({ ...article(n, text), title });

// A report on a court nominee with, below its opening, a passage on another topic: a
// governor's search for a running mate, told over three paragraphs with a quote.
const opening =
	'The Senate confirmed Judge Mara Kell to the appeals court on Tuesday. The vote was 52 to 47. Senators debated her record for two days. Kell served as a state judge for ten years. Her supporters praised her rulings on water rights.';
const nominee = daily(
	1,
	'Senate confirms Kell to appeals court',
	[
		opening,
		'Opponents of Kell said her rulings on water rights favoured large farms.',
		'Elsewhere in the capital, Governor Tom Ash met three candidates for his running mate.',
		'“I want a partner who knows the farm towns,” Ash told supporters at a fish fry.',
		'Ash plans to name his choice in June, aides said.',
		'Kell will join the appeals court next month, the Senate clerk said.'
	].join('\n\n')
);
const other = daily(
	2,
	'Kell wins Senate vote for appeals court',
	'Judge Mara Kell won confirmation to the appeals court on Tuesday after a Senate vote of 52 to 47.'
);
const sentence = (text: string) => nominee.sentences.find((s) => s.text.startsWith(text))!;

describe('sideSection', () => {
	const section = sideSection(
		[nominee, other],
		leadEventOverlap([nominee, other]),
		OPENING_SENTENCES
	);

	it('finds a sentence inside a run of paragraphs on another topic', () => {
		expect(section([sentence('“I want a partner')])).toBe(true);
	});

	it('leaves the paragraphs on the news and the edges of the passage alone', () => {
		expect(section([sentence('Opponents of Kell')])).toBe(false);
		// The passage's first paragraph follows one on the news: its run is not three quiet ones.
		expect(section([sentence('Elsewhere in the capital')])).toBe(false);
		expect(section([sentence('The Senate confirmed')])).toBe(false);
	});

	it('reads no section in a story of one article', () => {
		expect(
			sideSection(
				[nominee],
				leadEventOverlap([nominee]),
				OPENING_SENTENCES
			)([sentence('“I want a partner')])
		).toBe(false);
	});

	it('makes a fact from the passage a side detail and drops a quote from it', () => {
		expect(sideDetail([nominee, other])([sentence('“I want a partner')])).toBe(true);
		const adjust = focusAdjustment([nominee, other]);
		const quote = (s: ReturnType<typeof sentence>) =>
			adjust(
				{ family: 'quote' } as Candidate,
				{ prompt: 'Who said it?', evidence: [s] } as unknown as Question
			);
		expect(quote(sentence('“I want a partner'))).toBeLessThan(quote(sentence('Opponents of Kell')));
		expect(quote(sentence('“I want a partner'))).toBeLessThan(0);
	});
});
