/** The kind of an uncited sentence, as single-untouched.ts counts them (crude patterns). */
import type { ArticleAnalysis, Sentence } from '../../src/lib/qgen/types';

export function untouchedKind(s: Sentence, a: ArticleAnalysis): string {
	const t = s.text.trim();
	const words = t.split(/\s+/).length;
	if (/["“”]/.test(t)) return 'quoted';
	if (words < 8) return 'short';
	if (words > 35) return 'long';
	if (/\b(?:poll|survey|study|report)\b/i.test(t) && /\d|percent/.test(t)) return 'poll-result';
	const firstPerson = a.mentions.find(
		(m) => m.kind === 'person' && m.start >= s.start && m.end <= s.end
	);
	const opensOnName = firstPerson && firstPerson.start - s.start < 25;
	if (/\b(?:said|says|told|according to|reported|announced)\b/.test(t) && !opensOnName)
		return 'speech-unnamed';
	if (
		/^(?:On|In|At|During|After|Before|Last|Earlier|Later|This|Since|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b[^,]{0,60},/.test(
			t
		)
	)
		return 'time-place-opener';
	if (/\b(?:was|were|is|are|been|be)\s+(?:\w+ly\s+)?\w+(?:ed|en)\b/.test(t)) return 'passive';
	if (opensOnName) return 'opens-on-name';
	return 'plain';
}
