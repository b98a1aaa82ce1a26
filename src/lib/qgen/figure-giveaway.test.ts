import { describe, expect, it } from 'vitest';
import { makeQuestion } from '$test-data';
import { printsFigureKey } from './figure-giveaway';

const gap = (prompt: string, key: string) => makeQuestion('cloze', { prompt, accepted: [key] });
const choose = (prompt: string, key: string, wrong: string[]) =>
	makeQuestion('single', {
		prompt,
		choices: [key, ...wrong].map((text, i) => ({ id: `c${i}`, text })),
		correct: ['c0']
	});

describe('a number key another item prints in other words', () => {
	it('reads the figure around another gap ("over ____" keyed 45, "were over 45")', () => {
		const age = choose(
			'Daily A writes: “Many of the voters over ____ backed Roe.” How many?',
			'45',
			['35', '40', '50']
		);
		const share = gap('Fill the gap: about ____ percent of the voters were over 45.', '60');
		expect(printsFigureKey(share, age)).toBe(true);
		expect(printsFigureKey(age, share)).toBe(false);
	});

	it('reads a sum in digits, in words or as a choice ("$25,000", "twenty-five thousand dollars")', () => {
		const fees = gap('Fill the gap: $____ goes to the harbour fees.', '25,000');
		expect(
			printsFigureKey(gap('Fill the gap: the ____ board pays $25,000 a year.', 'harbour'), fees)
		).toBe(true);
		expect(
			printsFigureKey(
				gap('Fill the gap: the ____ board pays twenty-five thousand dollars.', 'harbour'),
				fees
			)
		).toBe(true);
		const sum = choose('Daily A writes: “The mayor gave $____ to the fund.” How much?', '$30,000', [
			'$25,000',
			'$20,000',
			'$35,000'
		]);
		expect(printsFigureKey(sum, fees)).toBe(true);
	});

	it('leaves the same number on another thing, a day and an everyday count alone', () => {
		const injured = gap('Fill the gap: 80 people were killed and ____ others were injured.', '18');
		expect(
			printsFigureKey(
				gap('Fill the gap: ____ has had attacks in the past 18 months.', 'Ruritania'),
				injured
			)
		).toBe(false);
		expect(
			printsFigureKey(gap('Fill the gap: on Aug. 18 ____ closed the port.', 'Roe'), injured)
		).toBe(false);
		const lanes = gap('Fill the gap: the bridge has ____ lanes.', '4');
		expect(printsFigureKey(gap('Fill the gap: the ____ has 4 lanes.', 'road'), lanes)).toBe(false);
	});

	it("reads a figure in a sentence offered as a choice (a main idea's wrong answer)", () => {
		const paid = gap(
			'Fill the gap (Daily A): Roe, who used $____ in public funds to settle a claim, resigned on Friday.',
			'84,000'
		);
		const mainIdea = choose(
			'Which sentence best states what the story is mainly about?',
			'Roe resigned on Friday.',
			[
				'Roe said he would repay the $84,000 to the treasury.',
				'The committee opened an inquiry in May.'
			]
		);
		expect(printsFigureKey(mainIdea, paid)).toBe(true);
		// A sentence with the same value on another thing gives nothing away.
		const other = choose(
			'Which sentence best states what the story is mainly about?',
			'Roe resigned on Friday.',
			['The town counted 84,000 residents.', 'The committee opened an inquiry in May.']
		);
		expect(printsFigureKey(other, paid)).toBe(false);
	});

	it('reads an everyday count of the same thing of the same subject ("passed three checks")', () => {
		const checks = choose(
			'Daily A writes: “Ms. Fenwick faced ____ strict security and criminal background screenings.” How many?',
			'three',
			['two', 'four', 'five']
		);
		const word = choose(
			'Daily A writes: “Ann Fenwick passed three background checks, but none found the posts.” What does “found” mean?',
			'discovered',
			['lost', 'hid', 'sold']
		);
		expect(printsFigureKey(word, checks)).toBe(true);
		// A true/false statement of that count, kept or changed, is answered as well.
		const stated = makeQuestion('truefalse', {
			prompt:
				'According to Daily A, is this true or false? Ms. Fenwick faced two strict criminal background screenings.'
		});
		expect(printsFigureKey(word, stated)).toBe(true);
		// Shares of a poll all name the candidates and "percent": no count of one thing.
		const share = makeQuestion('truefalse', {
			prompt:
				'According to Daily A, is this true or false? Voters chose Fenwick 9 percent to 7 percent.'
		});
		const poll = gap(
			'Fill the gap: in May, voters chose Fenwick 9 percent to 8 percent in ____.',
			'Ohio'
		);
		expect(printsFigureKey(poll, share)).toBe(false);
		expect(
			printsFigureKey(
				gap('Fill the gap: Ann Fenwick waited three days for the ____.', 'visa'),
				stated
			)
		).toBe(false);
		// Three of another thing, or three checks of someone else: no give-away.
		const days = gap('Fill the gap: Ann Fenwick waited three days for the visa.', 'visa');
		expect(printsFigureKey(days, checks)).toBe(false);
		const other = gap('Fill the gap: Lee Harlow passed three background checks in ____.', 'May');
		expect(printsFigureKey(other, checks)).toBe(false);
	});
});
