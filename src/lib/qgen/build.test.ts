import { describe, expect, it } from 'vitest';
import type { Question } from '$lib/bank/schema';
import { roleLabel, shortQuote, swappedPairChoices, tidyQuestion, tidyText } from './build';

describe('tidyText', () => {
	it('leaves an outlet’s dateline out of the sentence a prompt quotes', () => {
		expect(
			tidyText('Daily A writes: “HARLOW, N.H., March 3 (Wire) — Workers walked out on ____.”')
		).toBe('Daily A writes: “Workers walked out on ____.”');
		expect(tidyText('Fill the gap (Daily A): HARLOW — The ferry carried ____ people.')).toBe(
			'Fill the gap (Daily A): The ferry carried ____ people.'
		);
		expect(tidyText('Daily A writes: “Sept. 4 (Wire) - Workers walked out on ____.”')).toBe(
			'Daily A writes: “Workers walked out on ____.”'
		);
		// A dash inside a sentence is no dateline.
		expect(tidyText('Daily A writes: “The Senate voted on ____ — a surprise.”')).toBe(
			'Daily A writes: “The Senate voted on ____ — a surprise.”'
		);
	});
	it('leaves a dateline out of the sentence feedback quotes, and keeps the rest', () => {
		const q = {
			type: 'cloze',
			prompt: 'Fill the gap (Daily A): RIVERTON (AP) — The ferry carried ____ people.',
			explanation: 'Daily A wrote: “RIVERTON (AP) — The ferry carried 40 people.” (AP — wire)'
		} as unknown as Question;
		tidyQuestion(q);
		expect(q.explanation).toBe('Daily A wrote: “The ferry carried 40 people.” (AP — wire)');
	});
	it('drops a list bullet and a dangling opener from a sentence copied into a question', () => {
		expect(tidyText('Fill the gap (Daily A): - The ferry carried ____ people on Monday.')).toBe(
			'Fill the gap (Daily A): The ferry carried ____ people on Monday.'
		);
		expect(tidyText('Daily A writes: “Also, the council voted ____ to close the pier.”')).toBe(
			'Daily A writes: “The council voted ____ to close the pier.”'
		);
		expect(tidyText('-Roe has been a champion of the pier.')).toBe(
			'Roe has been a champion of the pier.'
		);
		expect(tidyText('-5 degrees froze the pier.')).toBe('-5 degrees froze the pier.');
		expect(tidyText('Plus the harbour master resigned on Friday.')).toBe(
			'The harbour master resigned on Friday.'
		);
	});
	it('keeps an opening that is part of the sentence', () => {
		expect(tidyText('Daily A writes: “So far, ____ ferries have been cancelled.”')).toBe(
			'Daily A writes: “So far, ____ ferries have been cancelled.”'
		);
		expect(tidyText('Still photos of the pier were shown at the hearing.')).toBe(
			'Still photos of the pier were shown at the hearing.'
		);
	});
	it('writes a sentence’s opening adverb in lower case inside another sentence', () => {
		expect(tidyText('Daily A reports that Earlier this year the pier was closed. Why?')).toBe(
			'Daily A reports that earlier this year the pier was closed. Why?'
		);
		expect(tidyText('Daily A reports that Also, the mayor left. Why?')).toBe(
			'Daily A reports that the mayor left. Why?'
		);
		expect(tidyText('Daily A reports that More recently the pier was closed. Why?')).toBe(
			'Daily A reports that more recently the pier was closed. Why?'
		);
		expect(tidyText('Daily A reports that They closed the pier. Why?')).toBe(
			'Daily A reports that they closed the pier. Why?'
		);
		// A name stays capitalised.
		expect(tidyText('Daily A reports that The Harbour Gazette first broke the news.')).toBe(
			'Daily A reports that The Harbour Gazette first broke the news.'
		);
	});
	it('names an outlet once where the reported clause’s subject is the outlet itself', () => {
		expect(tidyText('Daily A reports that Daily A has learned the pier will close. Why?')).toBe(
			'Daily A has learned the pier will close. Why?'
		);
		expect(tidyText('According to Daily A, Daily A confirmed the closure on Monday. Why?')).toBe(
			'Daily A confirmed the closure on Monday. Why?'
		);
		// Another subject, or the outlet's reporter: the stem stays.
		expect(tidyText('Daily A reports that Daily A’s reporter saw the pier fall. Why?')).toBe(
			'Daily A reports that Daily A’s reporter saw the pier fall. Why?'
		);
		expect(tidyText('Daily A reports that Daily B first broke the news. Why?')).toBe(
			'Daily A reports that Daily B first broke the news. Why?'
		);
	});
	it('splits two words the cleaner joined', () => {
		expect(tidyText('The mayor was announcinghis plan when the pier fell.')).toBe(
			'The mayor was announcing his plan when the pier fell.'
		);
		expect(tidyText('The nothing seethed.')).toBe('The nothing seethed.');
		expect(tidyText('It credits another news organisation')).toBe(
			'It credits another news organisation'
		);
	});
	it('leaves one full stop where a quote’s own stop meets the sentence’s', () => {
		expect(tidyText("True or false: it was Roe who said “It ends with the word 'pier.'”.")).toBe(
			"True or false: it was Roe who said “It ends with the word 'pier'”."
		);
		expect(tidyText('Who said: “Is the pier open?”?')).toBe('Who said: “Is the pier open?”?');
	});
	it('pairs up quotation marks a cut quote left alone', () => {
		expect(tidyText('Who said: “The plan “will fail the harbour”?')).toBe(
			'Who said: “The plan will fail the harbour”?'
		);
		expect(tidyText('Who said: “He called it "a disgrace to the city”?')).toBe(
			'Who said: “He called it a disgrace to the city”?'
		);
		expect(tidyText('Who said: “He called it “a disgrace” to the city”?')).toBe(
			'Who said: “He called it “a disgrace” to the city”?'
		);
	});
});

describe('roleLabel', () => {
	it('keeps a role that reads after a name, and drops a garbled one', () => {
		expect(roleLabel('mayor of Riverton')).toBe('mayor of Riverton');
		expect(roleLabel('Former Rep.')).toBe('former representative');
		expect(roleLabel('Sen.')).toBe('senator');
		expect(roleLabel('Lt. Gov.')).toBe('lieutenant governor');
		expect(roleLabel('One official')).toBeUndefined();
		expect(roleLabel('chief')).toBeUndefined();
		expect(roleLabel(undefined)).toBeUndefined();
	});
	it('drops a post whose body is cut off (“Ann Roe, president, said this”), not one with it', () => {
		expect(roleLabel('president')).toBeUndefined();
		expect(roleLabel('former chairman')).toBeUndefined();
		expect(roleLabel('Controversial candidate')).toBeUndefined();
		expect(roleLabel('president of the Riverton teachers union')).toBe(
			'president of the Riverton teachers union'
		);
		expect(roleLabel('Riverton Mayor')).toBe('Riverton Mayor');
	});
	it('leaves out an outlet’s judgement of the person, keeping the office', () => {
		expect(roleLabel('Controversial Riverton Gov.')).toBe('Riverton governor');
		expect(roleLabel('embattled former Rep.')).toBe('former representative');
		expect(roleLabel('brash, outspoken radio host')).toBe('radio host');
		expect(roleLabel('controversial')).toBeUndefined();
		// A word that only starts like one is kept: "popularly elected".
		expect(roleLabel('popularly elected mayor')).toBe('popularly elected mayor');
	});
});

describe('shortQuote', () => {
	it('cuts a long line after a comma rather than after a word that needs more', () => {
		const line =
			'If the council picks the wrong plan, which could happen, and if the river keeps rising, which it will, we should move the whole market uphill';
		expect(shortQuote(line, 20)).toBe(
			'If the council picks the wrong plan, which could happen, and if the river keeps rising…'
		);
	});
	it('cuts before a dash or a word that opens a clause', () => {
		expect(
			shortQuote(
				'We will keep every ferry running for the islanders who depend on them and we will find the money somewhere in next year’s budget',
				20
			)
		).toBe('We will keep every ferry running for the islanders who depend on them…');
		expect(
			shortQuote(
				'Our teachers deserve better pay from the Harbor County School Board - which has ignored them for a decade now',
				14
			)
		).toBe('Our teachers deserve better pay from the Harbor County School Board…');
		// A dash before a clause opener: "and" may join two words of one phrase.
		expect(
			shortQuote(
				'We must keep every family, of every town and every trade, safe from the floods - which have no place in a modern and careful country',
				25
			)
		).toBe('We must keep every family, of every town and every trade, safe from the floods…');
	});
	it('never stops on a contraction or a possessive, nor before “so” of “so much”', () => {
		expect(
			shortQuote(
				'I am standing with these nurses to say that it makes no sense when there’s so much care left to give in this town',
				20
			)
		).toBe('I am standing with these nurses to say that it makes no sense…');
	});
	it('never stops inside a capitalised name or after an article', () => {
		// No pause in reach: the cut backs off "of", "Defense" (the name runs on), "the" and "under".
		const cut = shortQuote(
			'Judges keep finding that the rules written years ago under the Defense of Marriage Act cannot stand today',
			13
		);
		expect(cut).toBe('Judges keep finding that the rules written years ago…');
		expect(cut).not.toMatch(/Defense/);
	});
	it('keeps a short line whole and a sentence end where there is one', () => {
		expect(shortQuote('The bridge will reopen in May.', 20)).toBe('The bridge will reopen in May');
		expect(
			shortQuote(
				'The bridge will reopen in May after the repairs. Drivers should plan for delays until then, officials warned repeatedly',
				12
			)
		).toBe('The bridge will reopen in May after the repairs.');
	});
});

describe('swappedPairChoices', () => {
	it('offers each outlet’s way, the two swapped and one way for both, keyed to the first', () => {
		const { key, choices } = swappedPairChoices(
			'Daily A',
			'by name',
			'Daily B',
			'by a role',
			'Both',
			's'
		);
		expect(key).toBe('Daily A: by name; Daily B: by a role');
		expect(choices.map((c) => c.text).sort()).toEqual([
			'Both: by a role',
			'Both: by name',
			'Daily A: by a role; Daily B: by name',
			'Daily A: by name; Daily B: by a role'
		]);
	});
});
