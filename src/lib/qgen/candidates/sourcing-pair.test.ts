import { describe, expect, it } from 'vitest';
import { storyOf } from '../article.test-helpers';
import { FAMILIES } from '../pipeline';
import { creditOf, differentSources, sameClaim, sourcingPairCandidates } from './sourcing-pair';

describe('creditOf', () => {
	it('reads the claim and the one source an outlet credits it to', () => {
		expect(
			creditOf(
				'Mayor Jane Roe will visit Centerville in March, the city council confirmed Thursday.'
			)
		).toEqual({
			claim: 'Mayor Jane Roe will visit Centerville in March',
			source: 'the city council'
		});
		expect(
			creditOf('The harbor office confirmed on Monday that the ferry will stop running in May.')
		).toEqual({ claim: 'the ferry will stop running in May', source: 'The harbor office' });
		expect(
			creditOf('According to the county clerk, the new bridge will open to traffic in June.')
		).toEqual({ claim: 'the new bridge will open to traffic in June', source: 'the county clerk' });
	});
	it('leaves quotations and pronoun sources alone', () => {
		expect(
			creditOf('“The ferry will stop running in May,” the harbor office said.')
		).toBeUndefined();
		expect(creditOf('The ferry will stop running in May and June, he said.')).toBeUndefined();
	});
});

describe('sameClaim and differentSources', () => {
	it('pairs one claim told in two wordings, not its denial', () => {
		expect(
			sameClaim(
				'Mayor Jane Roe will visit Centerville in March',
				'Jane Roe will travel to Centerville in March'
			)
		).toBe(true);
		expect(
			sameClaim(
				'Mayor Jane Roe will visit Centerville in March',
				'Jane Roe will not visit Centerville in March'
			)
		).toBe(false);
		expect(differentSources('the city council', 'the mayor’s office')).toBe(true);
		expect(differentSources('the city council', 'a council member')).toBe(false);
	});
});

describe('sourcingPairCandidates', () => {
	const first =
		'Mayor Jane Roe will visit Centerville in March, the city council confirmed Thursday. The trip was first planned last year.';
	const second =
		'Jane Roe will travel to Centerville in March, the regional governor announced. Protests are planned.';
	it('asks whom each of two outlets credits the same claim to', () => {
		const [c] = sourcingPairCandidates(storyOf(first, second));
		expect(c?.draft.prompt).toBe(
			'Both outlets report that Mayor Jane Roe will visit Centerville in March. Whom does each outlet cite for this?'
		);
		const d = c!.draft as { choices: { id: string; text: string }[]; correct: string[] };
		expect(d.choices.find((x) => x.id === d.correct[0])?.text).toBe(
			'Daily 0: the city council; Daily 1: the regional governor'
		);
	});
	it('asks nothing when one outlet names the other’s source too (“Both” would be right)', () => {
		const both = `${second} The city council also confirmed the trip.`;
		expect(sourcingPairCandidates(storyOf(first, both))).toEqual([]);
	});
	it('is one of the pipeline’s families', () => {
		expect(FAMILIES).toContain(sourcingPairCandidates);
	});
	it('asks nothing of two different claims or of three outlets', () => {
		const other =
			'The museum in Centerville will close for repairs, the regional governor announced.';
		expect(sourcingPairCandidates(storyOf(first, other))).toEqual([]);
		expect(sourcingPairCandidates(storyOf(first, second, second))).toEqual([]);
	});
});
