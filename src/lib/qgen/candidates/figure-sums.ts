/**
 * Sums of money as one kind of figure. A count's wrong answers are the story's other counts of
 * the same noun ("12 hostages" for "9 hostages"), but a sum is named by what it buys or pays
 * ("a $43,000 watch", "$5,150 on furs", "$60 billion in spending"), so matching by noun found no
 * other sum and the item fell back on made-up near misses ("$36,000", "$31,000"): trivia a reader
 * can neither know nor reason out. Any other sum the story prints in the same currency is a
 * wrong answer only reading rules out, so sums match by currency, whatever they buy.
 */
import type { Mention } from '../types';

/** Currency signs news English writes before a figure. */
const CURRENCY_SIGNS = /[$€£]/;

/**
 * The currency of a figure that is a sum of money, read from the sign before or inside it
 * ("$43,000", "about $3.5 billion") or the noun the quantity reader gives a bare sum
 * ("dollars"); undefined for anything else.
 */
export function sumCurrency(m: Mention, articleText: string): string | undefined {
	if (m.kind !== 'quantity') return undefined;
	const sign = CURRENCY_SIGNS.exec(m.text)?.[0] ?? articleText[m.start - 1];
	if (sign && CURRENCY_SIGNS.test(sign)) return sign;
	return m.noun?.toLowerCase() === 'dollars' ? '$' : undefined;
}

/**
 * A story's sum of the key's currency that a reader would not rule out beside it on sight:
 * within a tenth to ten times the key. Sums in one story range further than counts of one
 * noun (the watch and the whole misused fund), and a real sum the reader met is ruled out by
 * reading; a sum a hundred times the key ("$750,000" for a watch) is absurd on its face.
 */
export function plausibleSum(key: number, value: number): boolean {
	return value > 0 && value !== key && value >= key / 10 && value <= key * 10;
}

/** The key's currency sign on a story sum written without one ("7.7 billion" beside "$3.5 billion"). */
export function withSignOf(key: string, sum: string, sign: string): string {
	const keyHasSign = key.trimStart().startsWith(sign);
	const bare = sum.replace(sign, '');
	return keyHasSign ? `${sign}${bare}` : bare;
}
