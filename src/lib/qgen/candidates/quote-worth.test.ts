import { describe, expect, it } from 'vitest';
import { storyOf } from '../article.test-helpers';
import { namesSomething, saysLittle } from './quote-worth';

const PIER = [
	'The council voted on Monday to close the harbour pier for repairs. Mayor Jane Roe said the pier was unsafe.',
	'The harbour pier will close for repairs after a council vote on Monday.'
];

describe('saysLittle', () => {
	const { analyses } = storyOf(...PIER);
	it('finds small talk and bare reactions that name nothing of the story', () => {
		expect(saysLittle('We used to be friends', analyses)).toBe(true);
		expect(saysLittle('That’s not an excuse, it’s just a fact', analyses)).toBe(true);
		expect(saysLittle('We would have done well. We would have had a great day', analyses)).toBe(
			true
		);
	});
	it('keeps a line that names something, tells the story’s event or runs long', () => {
		expect(saysLittle('Mayor Lee never told us', analyses)).toBe(false);
		expect(saysLittle('We lost 40 boats', analyses)).toBe(false);
		// A denial is the speaker's side of the dispute, however short.
		expect(saysLittle('I didn’t use that kind of language', analyses)).toBe(false);
		expect(saysLittle('We never took a cent', analyses)).toBe(false);
		expect(saysLittle('There was no such deal', analyses)).toBe(false);
		expect(saysLittle('The pier repairs cannot wait', analyses)).toBe(false);
		expect(
			saysLittle(
				'I think we all knew for a long time that something like this would happen to us one day',
				analyses
			)
		).toBe(false);
	});
});

describe('namesSomething', () => {
	it('does not count a capital that only opens a sentence, nor the speaker’s “I”', () => {
		expect(namesSomething('We did well. We had a great day')).toBe(false);
		expect(namesSomething('I’m sure I know')).toBe(false);
		expect(namesSomething('We told Congress')).toBe(true);
	});
});
