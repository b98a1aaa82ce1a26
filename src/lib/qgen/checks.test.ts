import { describe, expect, it, vi } from 'vitest';
import type { Article, Question } from '$lib/bank/schema';
import type { Candidate } from './candidates/candidate';
import {
	countListedInPrompt,
	inAuthorBio,
	itemWithoutReferent,
	namesSomeoneBefore,
	notANamedPerson,
	oddNumberForm,
	printsOffensiveWord,
	rejectReason,
	statementWithoutReferent,
	writersFirstPerson
} from './checks';

const article = {
	id: 'a',
	storyId: 's',
	title: 't',
	outlet: 'O',
	date: '2020-01-01',
	text: 'Mark Esper said 25 fighters died.'
} as Article;
const articles = new Map([['a', article]]);

function single(prompt: string, choices: string[], evidenceEnd = 33): Question {
	return {
		id: 'q1',
		storyId: 's',
		skill: 'fact',
		type: 'single',
		prompt,
		explanation: 'Because.',
		origin: 'generated',
		status: 'draft',
		difficulty: 1,
		evidence: [{ articleId: 'a', start: 0, end: evidenceEnd }],
		choices: choices.map((text, i) => ({ id: `c${i}`, text })),
		correct: ['c0']
	};
}
const cand = (over: Partial<Candidate> = {}): Candidate =>
	({
		family: 'fact',
		keyTexts: ['Mark Esper'],
		hidden: ['Mark Esper'],
		answerKey: 'k',
		quality: 1,
		position: 0,
		...over
	}) as Candidate;

describe('rejectReason', () => {
	it('rejects a fact gap whose sentence leans on the one before, not a comparison’s', () => {
		const q = single(
			'Daily A writes: “That will benefit ____ most.” Who? Choose what belongs in the gap.',
			['Mark Esper', 'Mike Pompeo', 'Nancy Pelosi']
		);
		expect(rejectReason(cand(), q, articles)).toMatch(/leans on the one before/);
		expect(rejectReason(cand({ family: 'compare' }), q, articles)).toBeUndefined();
	});
	it('accepts a well-formed question', () => {
		expect(
			rejectReason(
				cand(),
				single('Who said 25 fighters died?', ['Mark Esper', 'Mike Pompeo', 'Nancy Pelosi']),
				articles
			)
		).toBeUndefined();
	});
	it('rejects a leaked answer, too few or duplicate choices, and evidence without the key', () => {
		expect(
			rejectReason(
				cand(),
				single('Did Mark Esper say it?', ['Mark Esper', 'Mike Pompeo', 'Nancy Pelosi']),
				articles
			)
		).toMatch(/leaks/);
		expect(
			rejectReason(cand(), single('Who said it?', ['Mark Esper', 'Mike Pompeo']), articles)
		).toMatch(/too few/);
		expect(
			rejectReason(
				cand(),
				single('Who said it?', ['Mark Esper', 'mark  esper!', 'Nancy Pelosi']),
				articles
			)
		).toMatch(/same once normalised/);
		expect(
			rejectReason(
				cand(),
				single('Who said it?', ['Mark Esper', 'Mike Pompeo', 'Nancy Pelosi'], 4),
				articles
			)
		).toMatch(/evidence does not contain/);
	});
	it('rejects an excerpt whose pronoun lost its antecedent', () => {
		const q = single('Who said it?', ['Mark Esper', 'Mike Pompeo', 'Nancy Pelosi']);
		expect(rejectReason(cand({ excerpt: 'He said the ____ was over.' }), q, articles)).toMatch(
			/pronoun/
		);
		expect(rejectReason(cand({ excerpt: 'Officials said she left.' }), q, articles)).toMatch(
			/he\/she/
		);
		expect(
			rejectReason(cand({ excerpt: 'Nancy Pelosi said she left.' }), q, articles)
		).toBeUndefined();
	});
	it('rejects evidence outside the article', () => {
		expect(
			rejectReason(
				cand(),
				single('Who said it?', ['Mark Esper', 'Mike Pompeo', 'Nancy Pelosi'], 99),
				articles
			)
		).toMatch(/outside/);
	});
});

describe('namesSomeoneBefore', () => {
	it('takes a full name, an honorific or a surname as the antecedent of a pronoun', () => {
		expect(namesSomeoneBefore('Jane Roe said that')).toBe(true);
		expect(namesSomeoneBefore('the plan Mr. Roe backed in')).toBe(true);
		expect(
			namesSomeoneBefore('no other official had a server like the one set up for Clinton during')
		).toBe(true);
		// A surname with a capital inside it.
		expect(namesSomeoneBefore('During his speech, McRoe said')).toBe(true);
		expect(namesSomeoneBefore('The mayor, LeRoe, said')).toBe(true);
	});
	it('refuses openers, months, places and nouns after an article', () => {
		expect(namesSomeoneBefore('Outright victory is vital,')).toBe(false);
		expect(namesSomeoneBefore('In March,')).toBe(false);
		expect(namesSomeoneBefore('A Libertarian,')).toBe(false);
		expect(namesSomeoneBefore('In Washington,')).toBe(false);
	});
});

describe('oddNumberForm: every figure among the choices written alike', () => {
	it('rejects digits beside number words and a lone hedge on the key', () => {
		expect(oddNumberForm(['8', '9', '10', 'seven'], ['8'])).toMatch(/different forms/);
		expect(oddNumberForm(['70', '60', '80', 'a hundred'], ['a hundred'])).toMatch(
			/different forms/
		);
		expect(oddNumberForm(['6,000', 'thousands', '3,000'], ['6,000'])).toMatch(/different forms/);
		expect(oddNumberForm(['at least 6,000', '3,000', '12,000'], ['at least 6,000'])).toMatch(
			/only the key/
		);
	});
	it('accepts figures written alike, hedged alike, and choices that are not figures', () => {
		expect(oddNumberForm(['seven', 'eight', 'nine', 'ten'], ['eight'])).toBeUndefined();
		expect(oddNumberForm(['about 300', 'about 150', 'about 600'], ['about 300'])).toBeUndefined();
		expect(oddNumberForm(['dozens', 'hundreds', 'thousands'], ['hundreds'])).toBeUndefined();
		expect(
			oddNumberForm(['Fox News', 'HuffPost', 'The New York Times'], ['HuffPost'])
		).toBeUndefined();
	});
});

describe('a "who" question offers only people the text names', () => {
	const text = [
		'Mayor Ruth Caldwell called her rival “Comrade Walt” and a “traitor” at the rally.',
		'Walter Brenner said the slur was beneath the office. Aides called him ‘Judas’ in private.',
		'Nora de Vries, his aide, said the mayor should apologise.'
	].join('\n\n');
	const story = new Map([['a', { ...article, text }]]);
	const who = (choices: string[]) =>
		rejectReason(
			cand({ keyTexts: [], hidden: [] }),
			single('Who said the slur was beneath the office?', choices, 20),
			story
		);
	it('rejects a word someone was called, written only in quotation marks, and a lower-case word', () => {
		expect(who(['Walter Brenner', 'Ruth Caldwell', 'Comrade Walt'])).toMatch(/quotation marks/);
		// Named inside someone's longer quotation, a person is still a person.
		expect(
			notANamedPerson('Ruth Caldwell', ['“I never met Ruth Caldwell before Monday,” Roe said.'])
		).toBeUndefined();
		expect(who(['Walter Brenner', 'Ruth Caldwell', 'Judas'])).toMatch(/quotation marks/);
		expect(who(['Walter Brenner', 'Ruth Caldwell', 'traitor'])).toMatch(/not written as a name/);
		expect(who(['Walter Brenner', 'Ruth Caldwell', 'Nora de Vries'])).toBeUndefined();
	});
	it('reads each text for a name once, however many who questions offer it', () => {
		const texts = [
			'Mayor Ida Quill spoke. Critics called her “Queen Ida” on Monday.',
			'No one else.'
		];
		expect(notANamedPerson('Queen Ida', texts)).toMatch(/quotation marks/);
		expect(notANamedPerson('Ida Quill', texts)).toBeUndefined();
		const matchAll = vi.spyOn(String.prototype, 'matchAll');
		expect(notANamedPerson('Queen Ida', texts)).toMatch(/quotation marks/);
		expect(notANamedPerson('Ida Quill', texts)).toBeUndefined();
		expect(matchAll).not.toHaveBeenCalled();
		matchAll.mockRestore();
	});
	it('keeps a name the text also writes outside quotation marks, and a lower-case particle', () => {
		expect(notANamedPerson('Walter Brenner', [text])).toBeUndefined();
		expect(notANamedPerson('al-Rashid', ['Omar al-Rashid spoke.'])).toBeUndefined();
		expect(notANamedPerson('Judas', [text])).toMatch(/quotation marks/);
		// "Who is Nora de Vries?" offers descriptions: no name is asked for.
		expect(
			rejectReason(
				cand({ keyTexts: [], hidden: [] }),
				single('Who is Nora de Vries?', ['his aide', 'the mayor', 'a rival'], 20),
				story
			)
		).toBeUndefined();
		// Only who questions: "Which word did Caldwell use?" may offer quoted words.
		expect(
			rejectReason(
				cand({ keyTexts: [], hidden: [] }),
				single('Which word did the mayor use?', ['traitor', 'Judas', 'Comrade Walt'], 20),
				story
			)
		).toBeUndefined();
	});
});

describe('an op-ed’s closing bio line', () => {
	const body =
		'The council voted to close the harbour on Monday, and fishermen said they would sue.\n\n';
	it('is what the last short paragraph opening with a name and “is a …” or “teaches” says', () => {
		const bio = 'Orla Venn is a professor of history at Tallis College. She tweets @orlavenn.';
		const text = body + bio;
		expect(inAuthorBio(text, body.length)).toBe(true);
		expect(inAuthorBio(text, text.indexOf('She tweets'))).toBe(true);
		expect(inAuthorBio(text, 0)).toBe(false);
		expect(inAuthorBio(`${body}*Brant Kell teaches law at Dunmore University.*`, body.length)).toBe(
			true
		);
		// A title with no article: "is director of …".
		expect(
			inAuthorBio(
				`${body}Ilse Poe is director of the Harbour Institute at Tallis College.`,
				body.length
			)
		).toBe(true);
		// A last paragraph of news is no bio line.
		const news = `${body}Brant Kell said the vote would be appealed.`;
		expect(inAuthorBio(news, body.length)).toBe(false);
	});
	it('rejects a question whose evidence is the bio line', () => {
		const text = body + 'Orla Venn is a professor of history at Tallis College.';
		const a = { ...article, text } as Article;
		const q = {
			...single('Who is a professor of history at Tallis College?', ['Orla Venn', 'A', 'B']),
			evidence: [{ articleId: 'a', start: body.length, end: text.length }]
		};
		expect(rejectReason(cand({ keyTexts: ['Orla Venn'] }), q, new Map([['a', a]]))).toBe(
			'evidence is the author’s bio line'
		);
	});
});

describe('a how-many gap whose sentence lists what it counts', () => {
	it('gives its answer away when the names listed are as many as the key', () => {
		const prompt =
			'Fill the gap (o): The tour took in the first ____ towns – Marlow, Upper Tarn, Dunmore and Kell Bridge – before the vote.';
		expect(countListedInPrompt(prompt, 'four')).toBe(true);
		expect(countListedInPrompt(prompt, '4')).toBe(true);
		expect(countListedInPrompt(prompt, '5')).toBe(false);
		expect(
			countListedInPrompt(
				'o writes: “The report cited ____ papers from the Tarn Courier, Kell Weekly and Dunmore Post.” How many?',
				'3'
			)
		).toBe(true);
		// A list of something else in the sentence, another number.
		expect(
			countListedInPrompt(
				'Fill the gap (o): Voters in Marlow, Dunmore and Kell cast ____ ballots by noon.',
				'12'
			)
		).toBe(false);
	});
});

describe('words with no referent out of context', () => {
	it('keeps out a timeline item whose subject only points back', () => {
		expect(itemWithoutReferent('The other three were delivered to the port')).toBe(true);
		expect(itemWithoutReferent('At a meeting with farmers, he said the dam would open')).toBe(true);
		expect(itemWithoutReferent('It was moved to the harbour')).toBe(true);
		expect(itemWithoutReferent('At a meeting with Tarn Weekly, he said the dam would open')).toBe(
			true
		);
		expect(itemWithoutReferent('After Brant Kell won the vote, he thanked the council')).toBe(
			false
		);
		// "it" after the noun it stands for.
		expect(
			itemWithoutReferent(
				'The levies were cut, the same day the council announced it had hired a firm'
			)
		).toBe(false);
		expect(itemWithoutReferent('Orla Venn said she would run for mayor')).toBe(false);
		expect(itemWithoutReferent('Former Gov. Brant Kell opened the bridge')).toBe(false);
		expect(itemWithoutReferent('The council said “he will pay” for the dam')).toBe(false);
	});
	it('keeps out a prompt with the writer’s first person outside a quotation', () => {
		expect(
			writersFirstPerson(
				'According to o, is this true or false? My messages to the mayor went unanswered.'
			)
		).toBe(true);
		expect(
			writersFirstPerson('According to o, who reminds us of the tenant who would not leave?')
		).toBe(true);
		expect(writersFirstPerson('Who said: “I will not resign”?')).toBe(false);
		expect(writersFirstPerson('Fill the gap (o): I was given ____ months of probation.')).toBe(
			false
		);
		expect(writersFirstPerson('According to o, what did the US Navy send?')).toBe(false);
	});
});

describe('a true-or-false statement read alone', () => {
	it('has no referent when it opens on “That’s”, “It” or “They”', () => {
		const tf = (s: string) => `According to o, is this true or false? ${s}`;
		expect(statementWithoutReferent(tf('That’s the likely cost of the flood in Marlow.'))).toBe(
			true
		);
		expect(statementWithoutReferent(tf('It says the dam will open in May.'))).toBe(true);
		expect(statementWithoutReferent(tf('This year the dam opened in May.'))).toBe(false);
		expect(statementWithoutReferent(tf('The council said the dam would open in May.'))).toBe(false);
		// A quote question's "True or false: it was …" frames a quote, not a statement.
		expect(statementWithoutReferent('True or false: it was Orla Venn who said “We won”.')).toBe(
			false
		);
	});
});

describe('a question that prints a slur or a profanity', () => {
	it('is rejected when the prompt or a choice prints one, in any inflection', () => {
		const clean = 'Daily A writes: “Roe called the inspectors cowards.” Who said it?';
		expect(printsOffensiveWord(single(clean, ['Roe', 'Doe', 'Poe']))).toBe(false);
		for (const prompt of [
			'Daily A writes: “That is bullshit,” Roe said. Who said it?',
			'Daily A writes: “They are bullshitters,” Roe said. Who said it?'
		])
			expect(printsOffensiveWord(single(prompt, ['Roe', 'Doe', 'Poe'])), prompt).toBe(true);
		expect(
			printsOffensiveWord(single('What did Roe call the clerk?', ['a bitch', 'a clerk', 'a fool']))
		).toBe(true);
		expect(
			rejectReason(
				cand(),
				single('Who said the fucking thing?', ['Mark Esper', 'Mike Pompeo', 'Nancy Pelosi']),
				articles
			)
		).toMatch(/slur or a profanity/);
	});
	it('is not rejected for longer words that contain one, or for ordinary words', () => {
		for (const prompt of [
			'Which town did the Scunthorpe council name?',
			'What did the chef add to the shiitake soup?',
			'Which law did the pussycat rescue group back?',
			'Who found a chink in the plan?'
		])
			expect(printsOffensiveWord(single(prompt, ['a', 'b', 'c'])), prompt).toBe(false);
	});
});
