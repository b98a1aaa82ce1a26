/**
 * Whether a wrong answer to a why question reads as an event after its auxiliary. One article
 * read alone has few events to offer as wrong reasons (blind readers of single articles: no set
 * has a why question), so one refused for its wording rather than its sense is a loss there.
 */
import { lexiconTags } from '../entities';

/** The participles the old test knew by their ending: "sued", "taken", "shown", "caught", "paid". */
const REGULAR = /^\w+(?:ed|en|wn|ught|ung|id)$/;

/**
 * After "has", "was", "were" … an event has a participle: "was sued", "has resigned", and, with
 * an adverb between, "has repeatedly criticised", "were swiftly released"; an irregular one the
 * word list knows as a past verb ("has won", "was held", "had met") counts too. "is a fellow",
 * "was facing", "may be", "were gone" describe or predict. `before` is the word before the
 * auxiliary: after "and" ("… to disavow Mr. Roe and has repeatedly …") its subject was cut off,
 * and only the ending test applies. `alone`: the article is read alone.
 */
export function eventAfterAuxiliary(
	before: string,
	rest: readonly string[],
	alone: boolean
): boolean {
	const next = rest[0] ?? '';
	if (REGULAR.test(next)) return true;
	// A story of several outlets has wrong answers enough, and its sets stay as they were read.
	if (!alone || /^(?:and|or|but)$/i.test(before)) return false;
	const word = /^[a-z]+ly$/.test(next) ? (rest[1] ?? '') : next;
	if (REGULAR.test(word)) return true;
	const tags = lexiconTags(word);
	return /^[a-z]+$/.test(word) && word !== 'gone' && tags.has('PastTense') && tags.has('Verb');
}
