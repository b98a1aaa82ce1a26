import { describe, expect, it, vi } from 'vitest';
import { DATELINE, datelineEnd } from './dateline';

describe('datelineEnd', () => {
	it('finds where a dateline ends, blank lines before it included', () => {
		expect(datelineEnd('RIVERTON (Wire) — The mayor spoke.')).toBe('RIVERTON (Wire) — '.length);
		expect(datelineEnd('\n\nRiverton, N.H., April 1 (Wire) - The mayor spoke.')).toBe(
			'\n\nRiverton, N.H., April 1 (Wire) - '.length
		);
		expect(datelineEnd('The mayor spoke.')).toBe(0);
	});

	it('does not run DATELINE on a text that opens in lower case or holds no dash', () => {
		const exec = vi.spyOn(DATELINE, 'exec');
		expect(datelineEnd('we will rebuild the town, every street of it')).toBe(0);
		expect(datelineEnd('We will rebuild the town, every street of it')).toBe(0);
		expect(datelineEnd('  “We will rebuild — every street” (Wire)')).toBe(0);
		expect(exec).not.toHaveBeenCalled();
		exec.mockRestore();
	});
});
