/**
 * Words a headline gives as someone's, not its own: those after a speaker's colon ("Ruiz:
 * Budget Cuts Hurt Families") and those inside quotation marks. Blind readers rejected items
 * that called such words the outlet's choice ("each outlet chose its own"): the outlet chose
 * to report the speaker, not the speaker's words.
 */
import { parseHeadline } from '../headline-grammar';
import { colonForm } from './headline';

/** Is every word of `phrase`, where `title` prints it, the speaker's rather than the outlet's? */
export function inSpeakersWords(
	title: string,
	phrase: string,
	isName: (word: string) => boolean
): boolean {
	// Quotation marks in one style, so a run whose marks were curled (‘Dead Wrong’) is found.
	const plain = (s: string) => s.replace(/[‘’]/g, "'").replace(/[“”]/g, '"');
	const at = plain(title).indexOf(plain(phrase));
	if (at < 0) return false;
	const parse = parseHeadline(title, isName);
	if (parse && colonForm(parse) && at > title.indexOf(':')) return true;
	// Inside a quotation: one opened before the phrase and not yet closed, or the phrase is one.
	const before = title.slice(0, at);
	const opened = (before.match(/(?:^|\s)['‘"“]/g) ?? []).length;
	const closed = (before.match(/\S['’"”](?=[\s,.:;!?]|$)/g) ?? []).length;
	return (
		opened > closed ||
		(/^['‘"“]/.test(phrase) && /['’"”][,.:;!?]?$/.test(phrase) && !/\s['‘"“]/.test(phrase))
	);
}
