import { describe, expect, it } from 'vitest';
import { wordingDifference } from './quote-diff';

describe('wordingDifference', () => {
	it('shows where two transcriptions of a quote differ, with shared words either side', () => {
		expect(
			wordingDifference(
				'We will rebuild the bridge and we will do it this year',
				'We will repair the bridge and we will do it this year'
			)
		).toEqual({ a: 'We will rebuild the bridge', b: 'We will repair the bridge' });
	});
	it('aligns words in order, so a word used earlier in the quote does not hide a change', () => {
		// "debated" occurs early in the first version; a bag of words would miss the swap.
		expect(
			wordingDifference(
				'They debated it all week and the council debated the levy in the end',
				'They debated it all week and the council rejected the levy in the end'
			)
		).toEqual({ a: 'the council debated the levy', b: 'the council rejected the levy' });
	});
	it('ignores a quote that is only cut shorter or only adds words', () => {
		expect(
			wordingDifference('We will rebuild the bridge this year', 'We will rebuild the bridge')
		).toBeUndefined();
		expect(
			wordingDifference(
				'We will rebuild the bridge this year',
				'We will rebuild the old stone bridge this year'
			)
		).toBeUndefined();
	});
	it('ignores spelling and style: contractions, hyphens, figures, other forms of one word', () => {
		for (const [a, b] of [
			['We have built the new school for the town', 'We’ve built the new school for the town'],
			[
				'Our same-sex partners deserve the same rights',
				'Our same sex partners deserve the same rights'
			],
			['There is a one-in-three chance we could lose', 'There is a 1 in 3 chance we could lose'],
			['He is running the city like his business', 'He is run the city like his business'],
			[
				'The release of the memoranda would not hurt',
				'The release of the memorandums would not hurt'
			]
		])
			expect(wordingDifference(a!, b!), `${a} / ${b}`).toBeUndefined();
	});
});
