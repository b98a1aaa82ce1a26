/**
 * A role headline that identifies its person by a past act ("Texas Congressman Who Settled
 * Harassment Case With Taxpayer Funds Resigns") beside headlines that give the name. Blind
 * readers marked the claim item on such a headline ("Which outlet's headline says that the Texas
 * congressman settled harassment case with taxpayer funds?") MINOR as a string look-up: its stem
 * copies the headline's clause. The difference a teacher asks is the framing: one headline
 * introduces the person by something they did, the others by name. The stem names that kind of
 * description and never prints the clause.
 */
import { lexiconTags } from '../entities';
import { headlineClauses } from './headline-claim';
import { bare } from './headline-say';

/**
 * The relative clause on the role a headline opens with, when its verb is in the past tense:
 * "Settled Harassment Case With Taxpayer Funds" of "Texas Congressman Who Settled … Resigns"
 * (headline-claim.ts reads the clause). A present verb ("Mayor Who Backs Plan") tells a stance,
 * no act done: undefined.
 */
export function pastDeed(title: string, isName: (w: string) => boolean): string | undefined {
	const clause = headlineClauses(title, isName).find((c) => c.finite);
	const verb = bare(clause?.predicate[0]?.text ?? '');
	if (!clause || !verb) return undefined;
	const tags = lexiconTags(verb);
	const past = tags.has('PastTense') || (/(?:[^e]ed|ied)$/.test(verb) && !tags.has('Noun'));
	return past ? clause.predicate.map((w) => w.text).join(' ') : undefined;
}

/** "All but one of the headlines name Ana Ruiz. Which … by something they did?" */
export const deedPrompt = (person: string) =>
	`All but one of the headlines name ${person}. Which outlet's headline identifies this person instead by a role and by something they did?`;
