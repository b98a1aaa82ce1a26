import { describe, expect, it } from 'vitest';
import type { Question } from '$lib/bank/schema';
import { gapInCommonBelief } from './common-belief';

const typed = (sentence: string): Question =>
	({ type: 'cloze', prompt: `Fill the gap (Daily A): ${sentence}`, accepted: ['x'] }) as Question;

describe('gapInCommonBelief', () => {
	it('finds a gap in what everyone takes as known', () => {
		expect(
			gapInCommonBelief(typed('Ostia is widely believed to be the largest port on the ____ coast.'))
		).toBe(true);
		expect(
			gapInCommonBelief(typed('The pier has long been seen as the pride of ____, its mayor said.'))
		).toBe(true);
	});
	it('leaves a gap in what someone believes or did, and one past the clause', () => {
		expect(gapInCommonBelief(typed('Roe believed the ____ would close the pier.'))).toBe(false);
		expect(gapInCommonBelief(typed('Roe is believed to have fled to ____ on Monday.'))).toBe(false);
		expect(
			gapInCommonBelief(typed('Ostia is widely known as a port town. On Monday ____ closed it.'))
		).toBe(false);
	});
});
