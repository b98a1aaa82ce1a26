import { describe, expect, it } from 'vitest';
import type { Article, Question } from '$lib/bank/schema';
import type { Candidate } from './candidates/candidate';
import { namesSomeoneBefore, notANamedPerson, oddNumberForm, rejectReason } from './checks';

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
