import { describe, expect, it } from 'vitest';
import { factWords, sameFact } from './same-fact';

describe('sameFact', () => {
	it('finds one fact told by two outlets in their own words', () => {
		expect(
			sameFact(
				factWords('On Friday, the transport ministry released about 3,000 of the harbour emails.'),
				factWords(
					'The minister hit back at critics over the harbour emails released by the transport ministry on Friday.'
				)
			)
		).toBe(true);
	});
	it('finds a paraphrase beside the quote it reports', () => {
		expect(
			sameFact(
				factWords(
					'Ms. Lee told reporters she had believed the bridge needed a new budget vote, but lawyers advised her otherwise.'
				),
				factWords(
					'“I was told the bridge needed a new budget vote. Guess what? It does not,” Lee said.'
				)
			)
		).toBe(true);
	});
	it('tells apart two facts about the same people and place', () => {
		expect(
			sameFact(
				factWords('Mayor Ann Lee opened the harbour office on Friday.'),
				factWords('Ann Lee said the harbour board will meet again in the spring to set tolls.')
			)
		).toBe(false);
	});
	it('reads plurals, possessives and reporting verbs as no difference', () => {
		expect(
			[...factWords("The crews' ferries said Lee's boats sailed past the ferry")].sort()
		).toEqual(['boat', 'crew', 'ferry', 'past', 'sailed']);
	});
});
