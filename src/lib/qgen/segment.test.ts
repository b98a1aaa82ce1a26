import { describe, expect, it } from 'vitest';
import { segmentArticle, splitSentences } from './segment';
import type { Article } from '$lib/bank/schema';
import { article } from './article.test-helpers';

const parts = (t: string) => splitSentences(t).map(([s, e]) => t.slice(s, e));

describe('splitSentences', () => {
	it('keeps titles, party tags, months and initials inside sentences', () => {
		const t =
			'Sen. Chris Murphy, D-Conn., spoke on Jan. 3 in the U.S. Capitol. J. R. Smith agreed. Dr. Lee did not.';
		expect(parts(t)).toEqual([
			'Sen. Chris Murphy, D-Conn., spoke on Jan. 3 in the U.S. Capitol.',
			'J. R. Smith agreed.',
			'Dr. Lee did not.'
		]);
	});
	it('ends a sentence at an initialism when a sentence opener and a lower-case word follow', () => {
		const t =
			'The firm moved its plant to the U.S. The move cost jobs in Ruritania. She met them in Washington, D.C. I think it went well, she said.';
		expect(parts(t)).toEqual([
			'The firm moved its plant to the U.S.',
			'The move cost jobs in Ruritania.',
			'She met them in Washington, D.C.',
			'I think it went well, she said.'
		]);
	});
	it('keeps an initialism inside a title-case headline or before a name', () => {
		const t =
			'Plan Lets Farmers Enter U.S. As Guests. The U.S. Army and the U.N. The Hague office agreed.';
		expect(parts(t)).toEqual([
			'Plan Lets Farmers Enter U.S. As Guests.',
			'The U.S. Army and the U.N. The Hague office agreed.'
		]);
	});
	it('keeps plural titles before a list of names inside the sentence', () => {
		const t =
			'The bill was written by Sens. Ann Roe and Tom Poe. Reps. Ed Lane and Bo Chen backed it.';
		expect(parts(t)).toEqual([
			'The bill was written by Sens. Ann Roe and Tom Poe.',
			'Reps. Ed Lane and Bo Chen backed it.'
		]);
	});
	it('reads every title the lexicon abbreviates, singular or plural, as no sentence end', () => {
		const t =
			'Det. Ann Roe met Atty. Gen. Tom Poe and Cpl. Ed Lane. Drs. Bo Chen and Al Lee joined Gens. Kim Ray and Jo Fox.';
		expect(parts(t)).toEqual([
			'Det. Ann Roe met Atty. Gen. Tom Poe and Cpl. Ed Lane.',
			'Drs. Bo Chen and Al Lee joined Gens. Kim Ray and Jo Fox.'
		]);
	});
	it('ends a sentence after a plural in lower case that spells like a title', () => {
		const t = 'She met the sales reps. Then she left.';
		expect(parts(t)).toEqual(['She met the sales reps.', 'Then she left.']);
	});
	it('ends a sentence after a closing quote and before an opening one', () => {
		const t = 'He said, “We are ready.” “They are not,” she said. Done!';
		expect(parts(t)).toEqual(['He said, “We are ready.”', '“They are not,” she said.', 'Done!']);
	});
	it('does not split before a lower-case word', () => {
		expect(parts('It cost 2.5 million dollars. ok then.')).toEqual([
			'It cost 2.5 million dollars. ok then.'
		]);
	});
});

describe('segmentArticle', () => {
	it('gives offsets into the article text, across paragraphs', () => {
		const text = 'First one. Second one.\n\nThird one.';
		const a = {
			id: 'a',
			storyId: 's',
			title: 't',
			outlet: 'o',
			date: '2020-01-01',
			text
		} as Article;
		const s = segmentArticle(a);
		expect(s.map((x) => text.slice(x.start, x.end))).toEqual([
			'First one.',
			'Second one.',
			'Third one.'
		]);
		expect(s.map((x) => x.paragraph)).toEqual([0, 0, 1]);
		expect(s.map((x) => x.index)).toEqual([0, 1, 2]);
	});
});

describe('segmentArticle and archive labels', () => {
	it('reads no paragraph that is only a label in capitals', () => {
		const text =
			'Notes From Abroad.\n\nABSTRACT.\n\nNine years on, the mill town still argues.\n\nFULL TEXT.\n\nThe mill shut in May. NO ONE came.\n\nSHARE.';
		const s = segmentArticle(article(1, text));
		expect(s.map((x) => x.text)).toEqual([
			'Notes From Abroad.',
			'Nine years on, the mill town still argues.',
			'The mill shut in May.',
			'NO ONE came.'
		]);
		expect(s.map((x) => x.index)).toEqual([0, 1, 2, 3]);
	});
});

describe('segmentArticle and update stamps', () => {
	it("leaves a live update's time stamp out of its first sentence", () => {
		const text =
			'The council met.\n\nUPDATE 2:52 p.m. -- New filings show the survey cost $4,120.50. It ran late.';
		expect(segmentArticle(article(1, text)).map((x) => x.text)).toEqual([
			'The council met.',
			'New filings show the survey cost $4,120.50.',
			'It ran late.'
		]);
	});
});

describe('splitSentences and headings', () => {
	it('keeps a heading in capitals apart from the sentence under it', () => {
		const t = 'The pier reopened.\nHARBOUR REOPENS\nBoats returned to the harbour after the storm.';
		expect(parts(t)).toEqual([
			'The pier reopened.',
			'HARBOUR REOPENS',
			'Boats returned to the harbour after the storm.'
		]);
	});
	it('does not split a sentence that merely wraps', () => {
		const t = 'Boats returned to the\nharbour after the storm.';
		expect(parts(t)).toEqual(['Boats returned to the\nharbour after the storm.']);
	});
});

describe('segmentArticle and datelines', () => {
	it('leaves a dateline out of the first sentence when a blank line comes before it', () => {
		// A text whose title line was cut off opens with the blank line that followed it.
		const text = '\nRIVERTON, Maine — The council met late. It voted.';
		expect(segmentArticle(article(1, text)).map((x) => x.text)).toEqual([
			'The council met late.',
			'It voted.'
		]);
	});
});
