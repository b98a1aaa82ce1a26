/**
 * A run of headline words that only labels who, where or when ("Israeli Ambassador", "President
 * In 2016", "GOP Senator"): names, demonyms, places, titles and roles, numbers and years. Offered
 * as what one headline "mentions", such a run is found by matching the label, not by reading
 * what the headline claims: blind readers marked those choices string look-ups of topic words.
 * Quoted words are someone's claim, never a label.
 */
import { lexiconTags } from '../entities';
import { roleNoun } from '../headline-grammar';
import { HEADLINE_SHORT_FORMS } from '../lexicon';
import { FUNCTION } from './headline-lookup-words';

/** Tags of a word that names rather than says: a place, a people, a person, a proper noun. */
const NAMING_TAGS = ['ProperNoun', 'Place', 'Person', 'Demonym', 'Country', 'City'];

const bareWord = (w: string) =>
	w
		.replace(/^['‘"“(]+|[,;:.!?'’"”)]+$/g, '')
		.replace(/['’]s$/i, '')
		.toLowerCase();

function labelWord(raw: string, isName: (w: string) => boolean): boolean {
	const w = bareWord(raw);
	if (!w || /^[\d,.%$-]+$/.test(w)) return true;
	// "U.S.", "G.O.P.": an abbreviation names a body or a place.
	if (/^(?:[a-z]\.)+[a-z]?\.?$/.test(w)) return true;
	if (isName(raw.replace(/[^\p{L}.'’-]/gu, ''))) return true;
	if (roleNoun(w) || w in HEADLINE_SHORT_FORMS) return true;
	const tags = lexiconTags(w);
	return NAMING_TAGS.some((t) => tags.has(t));
}

export function topicLabel(run: string, isName: (w: string) => boolean): boolean {
	if (/['‘"“]/.test(run.replace(/(?<=\p{L})['’](?=\p{L})/gu, ''))) return false;
	const words = run
		.split(/\s+/)
		.filter(Boolean)
		.filter((w) => !FUNCTION.test(bareWord(w)));
	return words.length > 0 && words.every((w) => labelWord(w, isName));
}
