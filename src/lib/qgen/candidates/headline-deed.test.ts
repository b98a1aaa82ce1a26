import { describe, expect, it } from 'vitest';
import { pastDeed } from './headline-deed';

/** Names as the articles would show them. */
const NAMES = new Set(['ruiz', 'ana', 'riverton']);
const isName = (w: string) => NAMES.has(w.replace(/[^\w]/g, '').toLowerCase());

describe('pastDeed', () => {
	it('reads a past act told of the role a headline opens with, without the main verb', () => {
		expect(pastDeed('City Mayor Who Promised Repairs Closes Bridge', isName)).toBe(
			'Promised Repairs'
		);
	});
	it('reads no act in a present verb, nor without a relative clause on the role', () => {
		expect(pastDeed('City Mayor Who Backs Repairs Closes Bridge', isName)).toBeUndefined();
		expect(pastDeed('City Mayor Closes Riverton Bridge', isName)).toBeUndefined();
	});
});
