import { describe, expect, it } from 'vitest';
import { makeQuestion } from '../../test-data/question';
import { weakFill } from './late-fill';

const cloze = (prompt: string, key: string) =>
	makeQuestion('cloze', { prompt: `Fill the gap (Daily A): ${prompt}`, accepted: [key] });
const choice = (prompt: string, key: string) =>
	makeQuestion('single', {
		prompt: `Daily A writes: “${prompt}” Choose what belongs in the gap.`,
		choices: [
			{ id: 'k', text: key },
			{ id: 'w', text: 'Other' }
		],
		correct: ['k']
	});

describe('weakFill: what a short ten does not take as its last fill', () => {
	it('finds what is scheduled next, its date or its body', () => {
		expect(weakFill(choice('The judge set the hearing for ____ at noon.', 'May 4'))).toBe(
			'scheduled'
		);
		expect(
			weakFill(choice('Lee is scheduled to appear before the ____ on Thursday.', 'Port Board'))
		).toBe('scheduled');
		expect(weakFill(cloze('A vote is slated for ____.', 'Friday'))).toBe('scheduled');
	});

	it('finds the day papers are due back', () => {
		expect(weakFill(choice('The board subpoenas must be returned ____.', 'Feb. 3'))).toBe(
			'deadline'
		);
		expect(weakFill(cloze('Bids for the ferry contract are due back by ____.', 'Friday'))).toBe(
			'deadline'
		);
		expect(weakFill(choice('The forms have to be filed by ____, the clerk said.', 'May 9'))).toBe(
			'deadline'
		);
		// A day something happened, or a count of papers, is no deadline.
		expect(weakFill(choice('The ferry returned to port on ____.', 'May 9'))).toBeUndefined();
		expect(weakFill(cloze('The board said ____ forms must be returned.', '12'))).toBeUndefined();
	});

	it('finds a place that is only where something is done', () => {
		expect(weakFill(cloze('The plan has been argued over in ____ for months.', 'Marton'))).toBe(
			'only where'
		);
		expect(
			weakFill(cloze('But redistricting in ____ has been hard on both parties.', 'Ostia'))
		).toBe('only where');
	});

	it('finds a figure whose sentence leans on the one before, and the size of a body', () => {
		expect(weakFill(cloze('For that year, the harbour budget was $____.', '40 million'))).toBe(
			'leans back'
		);
		expect(
			weakFill(choice('Lee and all ____ members of the board signed the letter.', 'nine'))
		).toBe('body size');
	});

	it('finds a sum or a share printed beside another of its kind: one entry of a list', () => {
		expect(weakFill(choice('Lee bought a $____ clock and $2,410.50 worth of rugs.', '9,300'))).toBe(
			'figure in a list'
		);
		expect(
			weakFill(cloze('Dinners topped $40,000, while taxi rides topped $____.', '11,000'))
		).toBe('figure in a list');
		expect(weakFill(cloze('Voters backed the port plan ____ percent to 38 percent.', '52'))).toBe(
			'figure in a list'
		);
		// One sum and a count of another kind: the story's own figure, asked as before.
		expect(
			weakFill(cloze('The board spent $____ on 12 new ferries.', '40 million'))
		).toBeUndefined();
		expect(
			weakFill(cloze('About ____ percent of the $4 million went to repairs.', '30'))
		).toBeUndefined();
	});

	it('leaves a cause, an owner, a date, a name and a sound figure alone', () => {
		for (const q of [
			cloze('The ferry stopped due to the storm, said ____.', 'Ann Lee'),
			cloze('The road in ____’s district reopened.', 'Lee'),
			cloze('The council voted in ____ to close the bridge.', 'June'),
			cloze('The bridge closed in ____.', '2019'),
			choice('The board set aside $____ for repairs.', '4 million'),
			choice('All the crews in the port walked out, said ____.', 'Ann Lee'),
			choice('The board approved $____ in repairs over the next decade.', '80 million')
		])
			expect(weakFill(q), q.prompt).toBeUndefined();
	});
});
