import { describe, expect, it } from 'vitest';
import { builtinBanks, getBuiltinBank } from './builtin';

describe('builtinBanks', () => {
	it('ships the seed story with its five articles', () => {
		expect(builtinBanks).toHaveLength(1);
		expect(builtinBanks[0]?.stories.map((s) => s.id)).toEqual(['baghdad-embassy-2019']);
		expect(builtinBanks[0]?.articles.map((a) => a.id).sort()).toEqual(
			['baghdad-cbs', 'baghdad-cnbc', 'baghdad-hill', 'baghdad-nbc', 'baghdad-voa'].sort()
		);
	});

	it('finds a bank by story id and nothing for an unknown story', () => {
		expect(getBuiltinBank('baghdad-embassy-2019')).toBe(builtinBanks[0]);
		expect(getBuiltinBank('no-such-story')).toBeUndefined();
	});
});
