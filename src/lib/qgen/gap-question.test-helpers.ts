/** Gap questions on one invented sentence, for the tests of rules that read a gap's sentence. */
import type { Question } from '$lib/bank/schema';

/** A chosen-answer gap, as detail.ts words it. */
export const chosenGap = (sentence: string, ask = 'How many?'): Question =>
	({
		type: 'single',
		prompt: `Daily A writes: “${sentence}” ${ask} Choose what belongs in the gap.`
	}) as Question;

/** The same as a typed gap keyed `key`. */
export const typedGap = (sentence: string, key: string): Question =>
	({ type: 'cloze', prompt: `Fill the gap (Daily A): ${sentence}`, accepted: [key] }) as Question;
