/**
 * One exchange told from its two sides in a story of two outlets: one headline leads with what
 * others did to a person ("Council Challenges Ruiz Claims"), the other with the person's own act
 * ("Ruiz Defends Budget"). headline-sides.ts's sideContrast asks "which outlet's headline …?",
 * which needs three headlines; with two, as headline-pair.ts does, the choices are the two ways
 * swapped and one for both, so only reading both headlines finds the key. Who is put first is
 * framing a reader should notice: the same hearing reads as a challenge or as a defence.
 */
import { swappedPairItem } from '../build';
import { sameSubject } from '../headline-grammar';
import { HEADLINE_PLAIN_VERBS, HEADLINE_UNDERGOING_VERBS } from '../lexicon';
import type { Span } from '../types';
import { draftBase, type Candidate } from './candidate';
import { colonForm, headlineQuestion, wholeName, type Headed } from './headline';
import { bare } from './headline-say';
import { actedOn, leadsLaterClause, plainStatement } from './headline-sides';

/**
 * Verbs that tell no act of the subject's own: "Ruiz Facing Complaints" or "Ruiz Has Questions"
 * leads with the person but not with what the person did, and "Both: others acting on Ruiz"
 * would be a second answer. Speech verbs stay: "Ruiz Says …" is the person's own act.
 */
const NO_ACT = new Set([
	...HEADLINE_UNDERGOING_VERBS,
	...HEADLINE_PLAIN_VERBS.filter((v) => !/^(?:say|says|said|tell|tells|told)$/.test(v))
]);

export function pairSides(
	heads: Headed[],
	evidence: Span[],
	isName: (w: string) => boolean
): Candidate[] {
	if (heads.length !== 2) return [];
	for (const b of heads) {
		// The person's own act, in a plain active statement led by their whole name; a body ("the
		// White House") reads oddly as "what … did".
		if (!plainStatement(b, isName) || b.parse!.passive || !b.entity) continue;
		if (!wholeName(b.parse!.subject, b.entity, isName)) continue;
		if (b.entity.kind !== 'name' || /^the\s/i.test(b.entity.label)) continue;
		if (b.parse!.verb.split(' ').some((w) => NO_ACT.has(w.toLowerCase()))) continue;
		const person = b.entity;
		const a = heads.find((h) => h !== b)!;
		// The other headline must not lead with the person too, as subject, speaker or in a
		// later clause: then both tell what the person did, and the key would be "Both".
		if (!a.parse || !a.entity || a.parse.passive || colonForm(a.parse)) continue;
		if (!plainStatement(a, isName) || sameSubject(a.entity, person)) continue;
		if (a.parse.subject.split(/\s+/).map(bare).includes(person.head)) continue;
		if (leadsLaterClause(a, person.head)) continue;
		const acting = actedOn(a, person.head);
		if (!acting) continue;
		// "Ruiz Slams Diaz" beside "Diaz Defends Budget Against Ruiz": each side acts on the
		// other, and either could be "the person"; whom each puts first (headline-pair.ts,
		// pairSubjects) is the question there.
		if (b.title.split(/\s+/).map(bare).includes(a.entity.head)) continue;
		const short = person.label
			.split(' ')
			.filter((w) => !/^(?:jr|sr|ii|iii)\.?$/i.test(w))
			.at(-1)!;
		const own = `what ${short} did`;
		const others = `others acting on ${short}`;
		const way = (h: Headed) => (h === b ? own : others);
		const [x, y] = heads as [Headed, Headed];
		const pairItem = swappedPairItem(
			x.outlet,
			way(x),
			y.outlet,
			way(y),
			'Both',
			`pair-sides:${x.title}`
		);
		return [
			headlineQuestion(
				{
					...draftBase(
						'compare',
						`Both headlines tell of ${person.label}. Which does each lead with: what ${short} did, or others acting on ${short}?`,
						evidence,
						`${b.outlet}'s headline leads with ${person.label} (“${b.parse!.subject} ${b.parse!.verb}”): “${b.title}”; ${a.outlet}'s with those acting on ${person.label} (“${acting}”): “${a.title}”.`,
						2
					),
					...pairItem
				},
				// As the three-headline side contrast: below the grammar and wording contrasts.
				0.6
			)
		];
	}
	return [];
}
