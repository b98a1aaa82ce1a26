import { describe, expect, it } from 'vitest';
import { cutsList, trailCut } from './main-idea-single-cut';

const HEADLINE = 'Board defends pier closure';
const LONG =
	'The harbour board on Monday defended its decision to close the old ferry terminal in Portmouth, saying that the main pier could no longer carry the weight of cars, lorries and coaches in the winter storms that batter the coast each year.';

describe('trailCut', () => {
	it('cuts a lead too long for a choice before its trailing participle', () => {
		expect(trailCut([LONG], HEADLINE)).toEqual([
			'The harbour board on Monday defended its decision to close the old ferry terminal in Portmouth.'
		]);
	});

	it('leaves a lead that fits as it is', () => {
		const short = 'The harbour board defended the closure on Monday, saying the pier was unsafe.';
		expect(trailCut([short], HEADLINE)).toEqual([short]);
	});

	it('does not cut off the reason the headline gives ("…, citing …")', () => {
		const lead =
			'The harbour board on Monday closed the old ferry terminal in Portmouth for the whole of the coming winter season, citing deep cracks that its inspectors found in the main pier after the storms that battered the coast in the autumn.';
		expect(trailCut([lead], 'Ferry terminal closed over pier cracks')).toEqual([lead]);
	});

	it('does not cut inside a quotation', () => {
		const lead =
			'The harbour board on Monday said that “closing the old ferry terminal in Portmouth, knowing how many islanders depend on it, was the hardest call this board has ever had to make in its long history of serving the coast.”';
		expect(trailCut([lead], HEADLINE)).toEqual([lead]);
	});
});

describe('cutsList', () => {
	const full =
		'The Wexley choir has toured Spain, Portugal, and several other countries while raising money for the lighthouse.';
	it('finds a cut at the ", and" before a list\'s last item', () => {
		expect(cutsList(full, 'The Wexley choir has toured Spain, Portugal.')).toBe(true);
	});
	it('leaves a cut at ", and" before a clause, and an uncut sentence', () => {
		const two =
			'The Wexley choir has toured Spain and Portugal, and it will sing in Harlow next spring.';
		expect(cutsList(two, 'The Wexley choir has toured Spain and Portugal.')).toBe(false);
		expect(cutsList(full, full)).toBe(false);
	});
});
