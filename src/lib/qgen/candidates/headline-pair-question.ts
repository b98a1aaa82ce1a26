/**
 * One of two headlines asks a question ("Shooting Brings Calm, but Will It Last?") where the
 * other only states what happened. headline.ts's questionHeadline asks "which outlet's headline
 * asks a question?", which needs three headlines: with two it is a coin toss once one headline
 * is known, so a teacher who imported two reports got no headline comparison. Here, as
 * headline-pair.ts does for verbs and subjects, the choices are the two forms swapped and one
 * for both: only reading both headlines finds the key. Whether an outlet states the news or
 * puts a doubt to the reader is framing a student should notice.
 */
import { swappedPairItem } from '../build';
import type { Span } from '../types';
import { draftBase, type Candidate } from './candidate';
import { colonForm, headlineQuestion, type Headed } from './headline';

/**
 * The outlet's own question: the headline ends in a question mark outside any quotation, and
 * no speaker's colon makes the question someone else's words ("Ruiz: Why Now?").
 */
function asksOwnQuestion(h: Headed): boolean {
	if (!/\?\s*$/.test(h.title) || /\?\s*[”"'’]\s*$/.test(h.title)) return false;
	return !(h.parse && colonForm(h.parse)) && !/^[^:]{2,60}:\s/.test(h.title);
}

export function pairQuestion(heads: Headed[], evidence: Span[]): Candidate[] {
	if (heads.length !== 2) return [];
	const asking = heads.filter(asksOwnQuestion);
	if (asking.length !== 1) return [];
	// The other must state its news: any question mark in it (a quoted one) blurs the contrast.
	const stating = heads.find((h) => h !== asking[0])!;
	if (/\?/.test(stating.title)) return [];
	const [a, b] = heads as [Headed, Headed];
	const form = (h: Headed) => (h === asking[0] ? 'a question' : 'a statement');
	return [
		headlineQuestion(
			{
				...draftBase(
					'compare',
					'Does each headline ask the reader a question or only state what happened?',
					evidence,
					`${asking[0]!.outlet}'s headline ends in a question: “${asking[0]!.title}”; ${stating.outlet}'s headline states what happened: “${stating.title}”.`,
					2
				),
				...swappedPairItem(a.outlet, form(a), b.outlet, form(b), 'Both', `pair-question:${a.title}`)
			},
			// As the three-headline question item: below the grammar and wording contrasts.
			0.6
		)
	];
}
