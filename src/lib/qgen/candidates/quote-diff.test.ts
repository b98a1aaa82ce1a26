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
	it('finds a last word swapped, where no shared word follows the change', () => {
		expect(
			wordingDifference(
				'The council will reject his visit to the valley',
				'The council will reject his message to the valley'
			)
		).toEqual({ a: 'reject his visit to the', b: 'reject his message to the' });
		expect(
			wordingDifference(
				'The council will firmly reject his visit',
				'The council will firmly reject his message'
			)
		).toEqual({ a: 'reject his visit', b: 'reject his message' });
	});
	it('leaves a tail of more than two words to a quote that runs on past the other', () => {
		expect(
			wordingDifference(
				'The council will firmly reject his plan for the ferry',
				'The council will firmly reject his plan today, said the clerk'
			)
		).toBeUndefined();
	});
	it('finds a "not" one version drops, though one side only adds a word', () => {
		expect(
			wordingDifference(
				'I have said it before and I will not resign from the board',
				'I have said it before and I will resign from the board'
			)
		).toEqual({ a: 'I will not resign from', b: 'I will resign from' });
		// "won't" against "will": a contraction, still the reversed meaning.
		expect(
			wordingDifference(
				'The mayor says we won’t close the library this winter',
				'The mayor says we will close the library this winter'
			)
		).toEqual({ a: 'says we won’t close the', b: 'says we will close the' });
		// A "never" moved a few words along is no dropped "never".
		expect(
			wordingDifference(
				'It was a bad plan and it should never have been made at all',
				'It was a bad plan and it should have never, ever been made at all'
			)
		).toBeUndefined();
		// Spelt out or contracted, a "not" in both is no difference.
		expect(
			wordingDifference(
				'The mayor says we won’t close the library this winter',
				'The mayor says we will not close the library this winter'
			)
		).toBeUndefined();
	});
});
