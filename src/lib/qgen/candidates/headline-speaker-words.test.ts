import { describe, expect, it } from 'vitest';
import { inSpeakersWords } from './headline-speaker-words';

/** Names as the articles would show them. */
const NAMES = new Set(['ruiz', 'ana', 'diaz']);
const isName = (w: string) => NAMES.has(w.replace(/[^\w]/g, '').toLowerCase());

describe('inSpeakersWords', () => {
	it('gives the words after a speaker’s colon and inside quotation marks to the speaker', () => {
		expect(inSpeakersWords('Ruiz: Budget Cuts Hurt Families', 'Budget Cuts', isName)).toBe(true);
		expect(inSpeakersWords("Ruiz Calls Plan 'A Budget Scam'", 'Budget Scam', isName)).toBe(true);
		expect(inSpeakersWords("Ruiz Calls Plan 'Scam'", "'Scam'", isName)).toBe(true);
		// Found whatever style its quotation marks were given in.
		expect(inSpeakersWords("Ruiz Calls Plan 'Dead Wrong'", '‘Dead Wrong’', isName)).toBe(true);
	});
	it('leaves the outlet its own words: before the colon, outside quotes, a label’s colon', () => {
		expect(inSpeakersWords('Ruiz Attacks Budget Cuts', 'Budget Cuts', isName)).toBe(false);
		expect(inSpeakersWords("Ruiz Calls 'Scam' Budget Cuts", 'Budget Cuts', isName)).toBe(false);
		expect(inSpeakersWords('Budget Fight: Mayor Backs Cuts', 'Backs Cuts', isName)).toBe(false);
	});
});
