import { describe, expect, it } from 'vitest';
import { analyzeArticle, viewStory } from '../analyze';
import { article } from '../article.test-helpers';
import { emptyLeadIn, quotationKey, titleInQuotes, trivialQuote } from './quotation';

describe('quotationKey', () => {
	const view = viewStory('s', [
		analyzeArticle(
			article(
				0,
				[
					'Mayor Jane Holloway closed the pier on Monday.',
					'“That is just reckless talk,” Holloway said of her critics. “They want to make this about anything but the budget,” she said.',
					'“The pier will reopen in the spring,” Holloway told reporters later.'
				].join('\n\n')
			)
		)
	]);
	const quotes = view.analyses[0]!.quotes;

	it('gives the sentences of one quotation one key', () => {
		expect(quotes.map((q) => q.speaker)).toEqual([
			'Jane Holloway',
			'Jane Holloway',
			'Jane Holloway'
		]);
		expect(quotationKey(view, quotes[1]!)).toBe(quotationKey(view, quotes[0]!));
	});

	it('keeps a quote of another paragraph apart', () => {
		expect(quotationKey(view, quotes[2]!)).not.toBe(quotationKey(view, quotes[0]!));
	});

	// A quotation that goes on past a paragraph break: each second paragraph opens on the quote.
	const keysOf = (paragraphs: string[]) => {
		const v = viewStory('s', [analyzeArticle(article(0, paragraphs.join('\n\n')))]);
		return v.analyses[0]!.quotes.map((q) => quotationKey(v, q));
	};
	const opening = [
		'Mayor Jane Holloway closed the pier on Monday.',
		'“We will rebuild the pier,” said Jane Holloway, the mayor of the harbour town since 2019.'
	];

	it('joins the next paragraph’s quote credited to a pronoun', () => {
		const keys = keysOf([...opening, '“It will take two years and we will pay for it,” she said.']);
		expect(keys).toHaveLength(2);
		expect(keys[1]).toBe(keys[0]);
	});

	it('joins the next paragraph’s quote credited with a verb of going on', () => {
		const keys = keysOf([...opening, '“It will take two years,” Holloway continued.']);
		expect(keys).toHaveLength(2);
		expect(keys[1]).toBe(keys[0]);
	});

	it('joins the next paragraph’s quote credited with a bare “Holloway said”', () => {
		const keys = keysOf([...opening, '“It will take two years,” Holloway said.']);
		expect(keys).toHaveLength(2);
		expect(keys[1]).toBe(keys[0]);
	});

	it('keeps the quote apart when a sentence of the writer’s comes between', () => {
		const keys = keysOf([
			...opening,
			'The pier was built in 1902 and closed twice before.',
			'“It will take two years,” she said.'
		]);
		expect(keys).toHaveLength(2);
		expect(keys[1]).not.toBe(keys[0]);
	});
});

describe('trivialQuote', () => {
	it('tells a sign-off or a swear word from a quote about something', () => {
		expect(trivialQuote('Thanks for the great work, guys, DM.')).toBe(true);
		expect(trivialQuote('See you all on Monday. Best, Ann Lee')).toBe(true);
		expect(trivialQuote('Thank you, and have a good weekend.')).toBe(true);
		expect(trivialQuote('just to pick up two f---ing delegates in a state he lost')).toBe(true);
		expect(trivialQuote('Best thing we can do is wait for the report.')).toBe(false);
		expect(
			trivialQuote(
				'Thanks to the new pier, the ferries can run all winter and the town can grow again.'
			)
		).toBe(false);
		expect(trivialQuote('We cannot spend money we do not have.')).toBe(false);
	});
	it('tells a thank-you of more than ten words that is only courtesy from one about something', () => {
		expect(
			trivialQuote('Thank you and I look forward to talking to you on Thursday about it')
		).toBe(false);
		expect(trivialQuote('Thank you and I look forward to talking to you Thursday.')).toBe(true);
		expect(
			trivialQuote('Thanks so much, and we’ll look forward to seeing you all next week.')
		).toBe(true);
		expect(trivialQuote('Thank you again, take care and have a great weekend, everyone!')).toBe(
			true
		);
		// Thanks for something the story is about is no pleasantry.
		expect(
			trivialQuote('Thank you and I look forward to working with the council to reopen the pier')
		).toBe(false);
	});
	it('tells acknowledgements, every sentence a thank-you, from a quote with a thank-you in it', () => {
		expect(
			trivialQuote(
				'I would like to thank my staff for all of their hard work on behalf of our voters. I would also like to thank my family for their support.'
			)
		).toBe(true);
		expect(trivialQuote('We thank the crews who worked through the night.')).toBe(true);
		expect(
			trivialQuote(
				'I would like to thank my staff. But I will not resign, and the charges are false.'
			)
		).toBe(false);
		expect(trivialQuote('Thankfully, the storm missed the town and no one was hurt.')).toBe(false);
	});
});

describe('emptyLeadIn', () => {
	it('tells a lead-in that points to the words to come from a quote with content', () => {
		expect(emptyLeadIn('What has happened basically is this')).toBe(true);
		expect(emptyLeadIn('Here’s the thing.')).toBe(true);
		expect(emptyLeadIn('I’ll tell you what')).toBe(true);
		expect(emptyLeadIn('Let me be clear,')).toBe(true);
		expect(emptyLeadIn('The lesson for the council from the long winter was the following:')).toBe(
			true
		);
		expect(emptyLeadIn('“The problem is this,”')).toBe(true);
		// "this" at the end of a quote with content of its own points back, not forward.
		expect(emptyLeadIn('We will never accept this.')).toBe(false);
		expect(emptyLeadIn('Nobody in the town council expected a winter quite like this')).toBe(false);
		expect(emptyLeadIn('Let me be the first to congratulate the new mayor.')).toBe(false);
		expect(emptyLeadIn('The pier will reopen in the spring.')).toBe(false);
		// A long clause says something on the way to its pointer.
		expect(
			emptyLeadIn(
				'What the flood taught the whole town about its old sea wall and its budget is this'
			)
		).toBe(false);
	});

	it('makes a lead-in a trivial quote', () => {
		expect(trivialQuote('What has happened basically is this')).toBe(true);
		expect(trivialQuote('The pier will reopen in the spring.')).toBe(false);
	});
});

describe('titleInQuotes', () => {
	it('tells a programme’s or a book’s name from a short remark', () => {
		expect(titleInQuotes('Morning in the Valley')).toBe(true);
		expect(titleInQuotes('Pike & Partners.')).toBe(true);
		expect(trivialQuote('Letters From the Harbour')).toBe(true);
		expect(titleInQuotes('We Will Not Back Down on the Harbour Plan Ever Again')).toBe(false);
		expect(titleInQuotes('I have to stay')).toBe(false);
		expect(titleInQuotes('Never')).toBe(false);
		expect(titleInQuotes('Welcome Home, Harbour Crews!')).toBe(false);
		expect(trivialQuote('The Harbour board made the right call')).toBe(false);
	});
});
