/**
 * How compare-material.ts sorts a set without a comparison: by the best pair of versions its
 * outlets give (compare-pairs.ts).
 */

/** Per kind of pair: how many the generator aligns as one thing, of how many found. */
export type MaterialCounts = Record<
	'figures' | 'dates' | 'places' | 'money',
	{ one: number; all: number }
>;

/**
 * `aligned`: some pair is taken for one thing told two ways, so a candidate could be made and
 * something downstream (wording, checks) dropped it; `apart`: pairs exist but none aligned, so
 * read them (figure-pairs.ts, money-pairs.ts) for a missed alignment; `none`: the outlets give
 * no two versions of anything countable, dated or placed.
 */
export function materialOf(counts: MaterialCounts): 'aligned' | 'apart' | 'none' {
	const kinds = Object.values(counts);
	if (kinds.some((k) => k.one > 0)) return 'aligned';
	return kinds.some((k) => k.all > 0) ? 'apart' : 'none';
}
