/**
 * The first ten are read as one set, so a wrong answer of one item must not print what another
 * item asks: a main-idea choice "Roe said he would repay the $84,000" beside "Roe used $____ in
 * public funds" keyed 84,000 answers the gap. Selection (select-pairs.ts, `givesAway`) would
 * drop one of the two questions; but the wrong answer is the cheap part to change, and the
 * gap is often the story's main fact. So once the set is chosen, such a wrong answer trades for
 * one of the item's spares (Candidate.spares), another side detail its own rules took, and
 * both questions stay. An item without a fitting spare is left as it is.
 */
import type { Question } from '$lib/bank/schema';
import { tidyText } from './build';
import { normalise } from './distractors';
import { NUMBER_WORDS } from './lexicon';
import type { Ranked } from './select-kinds';

/** Counts up to this are everyday words ("two aides"): printed elsewhere they point at nothing. */
const SMALL_COUNT = 12;

/**
 * What an item asks the student to supply or pick that another item could print: a gap's
 * accepted answers, a number, the key choice of a gapped item or of a vocabulary item.
 */
export function askedKeys(q: Question): string[] {
	let keys: string[] = [];
	if (q.type === 'cloze') keys = q.accepted ?? [];
	else if (q.type === 'numeric') keys = q.answer === undefined ? [] : [String(q.answer)];
	else if (
		(q.type === 'single' || q.type === 'evidence') &&
		(/_{3,}/.test(q.prompt) || q.skill === 'vocabulary')
	)
		keys = (q.choices ?? []).filter((c) => q.correct?.includes(c.id)).map((c) => c.text);
	return keys
		.map(normalise)
		.filter(
			(k) =>
				k.length >= 2 &&
				!(/^\d+$/.test(k) && Number(k) <= SMALL_COUNT) &&
				!(NUMBER_WORDS[k] !== undefined && NUMBER_WORDS[k]! <= SMALL_COUNT)
		);
}

/** Does the text print one of the keys, as whole words ("$84,000" prints 84,000)? */
const prints = (text: string, keys: readonly string[]) => {
	const t = ` ${normalise(text)} `;
	return keys.some((k) => t.includes(` ${k} `));
};

/**
 * The first `firstTen` picks, each item with spares whose wrong answer prints another's key
 * given a spare instead (a new question object; the rest are returned as they are). A key the
 * item's own right answer prints too (the story's main person) is no give-away of its wrong
 * answers, and is left alone.
 */
export function spareGivenChoices(picked: readonly Ranked[], firstTen: number): Ranked[] {
	const head = picked.slice(0, firstTen);
	return picked.map((r, i) => {
		const q = r.question;
		const spares = r.candidate.spares ?? [];
		if (i >= firstTen || !spares.length || q.type !== 'single') return r;
		const own = q.choices.filter((c) => q.correct.includes(c.id)).map((c) => c.text);
		const others = head
			.filter((o) => o !== r)
			.flatMap((o) => askedKeys(o.question))
			.filter((k) => !prints(own.join(' '), [k]));
		if (!others.length) return r;
		const free = spares.filter((s) => !prints(s, others));
		let changed = false;
		const choices = q.choices.map((c) => {
			if (q.correct.includes(c.id) || !prints(c.text, others) || !free.length) return c;
			changed = true;
			// Tidied as the pipeline tidies every choice (build.ts, tidyQuestion).
			return { ...c, text: tidyText(free.shift()!) };
		});
		return changed ? { ...r, question: { ...q, choices } } : r;
	});
}
