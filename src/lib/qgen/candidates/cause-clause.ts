/**
 * Clause helpers shared by the why readers (cause.ts and cause-readers.ts): a clause has a finite
 * verb; a reason or an effect is read up to its first clause break.
 */
import { lexiconTags } from '../entities';

export const words = (s: string) => s.split(/\s+/).filter(Boolean);

/** Has a finite verb: a clause ("the council voted") rather than a noun phrase ("the vote"). */
export function isClause(text: string): boolean {
	const ws = words(text);
	return ws.some((w, i) => {
		const bare = w.replace(/[^A-Za-z'-]/g, '');
		if (i === 0 || bare.length < 2 || bare !== bare.toLowerCase()) return false;
		// "closed", "crowded": the word list calls them adjectives; after a noun they are verbs.
		if (
			/[^e]ed$/.test(bare) &&
			// "Jackson used …": a short one right after a name is the name's verb too.
			(bare.length >= 5 || /^[A-Z][a-z]/.test(ws[i - 1]!)) &&
			!/^(?:the|a|an|his|her|its|their|very|more|most)$/i.test(ws[i - 1]!)
		)
			return true;
		const tags = lexiconTags(bare);
		if (tags.has('PastTense') || tags.has('Copula') || tags.has('Modal') || tags.has('Auxiliary'))
			return true;
		// "the heavy rain", "a spring parade": a word after a determiner or adjective is a noun.
		const prev = lexiconTags(ws[i - 1]!.toLowerCase().replace(/[^a-z'-]/g, ''));
		if (
			prev.has('Determiner') ||
			prev.has('Possessive') ||
			(prev.has('Adjective') && !prev.has('Verb'))
		)
			return false;
		return tags.has('PresentTense') && !tags.has('Noun');
	});
}

/** Up to the first clause break: a comma, semicolon, dash or bracket. */
export function firstClause(text: string): string {
	return text
		.split(/\s*(?:(?<!\d),|,(?!\d)|[;:(—–]|\s-\s|--)\s*/)[0]!
		.replace(/[.!?"”’]+$/, '')
		.trim();
}
