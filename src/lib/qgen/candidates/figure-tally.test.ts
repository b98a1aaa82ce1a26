import { describe, expect, it } from 'vitest';
import { storyOf } from '../article.test-helpers';
import { tallyCandidates, talliesIn, wrongTallies } from './figure-tally';

const ADVANTAGE =
	'Greens face a steep climb in their effort to win back the assembly, where the Blues hold a 142-90 seat advantage.';
/** An opening paragraph, so the sentence asked reads as body prose, not a lone caption. */
const body = (text: string) =>
	`The Riverton assembly met on Monday to debate the new road toll and its cost to drivers.\n\n${text} The assembly sits again in May.`;
const COUNCIL = 'The Riverton council voted 6-1 for the resolution, which condemns the new toll.';

describe('talliesIn', () => {
	it('reads a tally the clause turns on: a verb’s count, a vote’s or a majority’s figures', () => {
		expect(talliesIn(ADVANTAGE).map((t) => t.text)).toEqual(['142-90']);
		expect(talliesIn(COUNCIL).map((t) => t.text)).toEqual(['6-1']);
		expect(
			talliesIn('The assembly approved the toll by a vote of 96 to 9 on Thursday.').map(
				(t) => t.text
			)
		).toEqual(['96 to 9']);
	});

	it('leaves dates, ranges of shares, quotes, brackets and list items alone', () => {
		expect(
			talliesIn('The poll of 900 adults ran Dec. 6-9 with a margin of error of 3 points.')
		).toEqual([]);
		expect(talliesIn('Turnout in three towns reached 72-75 percent, a record.')).toEqual([]);
		expect(
			talliesIn('Ann Roe said the council “voted 6-1 for it” last week.', [{ start: 29, end: 47 }])
		).toEqual([]);
		expect(talliesIn('The toll (approved 6-1 last week) starts in May for every driver.')).toEqual(
			[]
		);
		expect(
			talliesIn('The council voted 6-1 in May, 5-2 in June and 4-3 in July on the toll.')
		).toEqual([]);
	});
});

describe('wrongTallies', () => {
	it('splits the same total the same way round, never a tie', () => {
		const wrong = wrongTallies({ first: 6, second: 1, separator: '-' });
		expect(wrong).toHaveLength(3);
		for (const w of wrong) {
			const [a, b] = w.split('-').map(Number);
			expect(a! + b!).toBe(7);
			expect(a!).toBeGreaterThan(b!);
		}
		// One vote off a lopsided tally is a near miss no student could rule out.
		const lopsided = wrongTallies({ first: 96, second: 9, separator: '-' });
		expect(lopsided).toHaveLength(3);
		expect(lopsided).not.toContain('95-10');
		expect(wrongTallies({ first: 90, second: 142, separator: '-' })).toEqual(
			expect.arrayContaining(['73-159'])
		);
	});
});

describe('tallyCandidates', () => {
	it('asks the tally as a chosen gap among tallies of its total', () => {
		const [c, ...rest] = tallyCandidates(storyOf(body(ADVANTAGE)));
		expect(rest).toEqual([]);
		expect(c!.draft.prompt).toContain('the Blues hold a ____ seat advantage');
		expect(c!.keyTexts).toEqual(['142-90']);
		const choices = (c!.draft as { choices: { text: string }[] }).choices.map((x) => x.text);
		expect(choices).toHaveLength(4);
		expect(
			choices.every(
				(x) =>
					x
						.split('-')
						.map(Number)
						.reduce((p, q) => p + q) === 232
			)
		).toBe(true);
	});

	it('asks a tally a lone present-tense paragraph states, which the caption test would drop', () => {
		const lone = `The Riverton assembly met on Monday to debate the new road toll.\n\n${ADVANTAGE}`;
		expect(tallyCandidates(storyOf(lone)).map((c) => c.keyTexts[0])).toEqual(['142-90']);
	});

	it('asks no tally after a digest’s label in capitals', () => {
		const kicker = body(
			'GAME NIGHT Riverton defeated Lakeside 45-40 in the county final after a long season.'
		);
		expect(tallyCandidates(storyOf(kicker))).toEqual([]);
		const plain = body(
			'Riverton defeated Lakeside 45-40 in the county final after a long season of games.'
		);
		expect(tallyCandidates(storyOf(plain)).map((c) => c.keyTexts[0])).toEqual(['45-40']);
	});

	it('asks no tally another outlet gives otherwise, nor one a sentence points back for', () => {
		const other =
			'The Blues hold a 140-92 seat advantage in the assembly, the clerk said on Monday.';
		expect(tallyCandidates(storyOf(body(ADVANTAGE), body(other)))).toEqual([]);
		expect(
			tallyCandidates(storyOf(body('It passed in a 96-9 vote after a long night of debate.')))
		).toEqual([]);
	});
});
