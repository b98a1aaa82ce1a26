import { describe, expect, it } from 'vitest';
import {
	bareName,
	canonicalNames,
	creditedToAnother,
	nameParts,
	nounLemma,
	quantityKey,
	quoteOverlap,
	sameName,
	surnameOf
} from './align';
import { analyzeArticle, viewStory } from './analyze';
import { article, storyOf } from './article.test-helpers';
import type { Mention } from './types';

describe('surnameOf', () => {
	it('skips a generational suffix and keeps a plain surname', () => {
		expect(surnameOf('Walter P. Brandt Jr.')).toBe('Brandt');
		expect(surnameOf('Henry Osei III')).toBe('Osei');
		expect(surnameOf('Nora Ellison')).toBe('Ellison');
	});
});

describe('nameParts', () => {
	it('drops particles by their shape, in any language, not from a list', () => {
		expect(nameParts('Luiz da Silva')).toEqual(['lz', 'slv']);
		expect(nameParts('Karim El-Amin')).toEqual(['krm', 'amn']);
		expect(nameParts('Greta ter Horst')).toEqual(['grt', 'hrst']);
		// A capitalised word is part of the name: "Abdul" stays.
		expect(nameParts('Samir Abdul Karim')).toEqual(['smr', 'abdl', 'krm']);
	});
});

describe('sameName', () => {
	it('reads a name with a middle initial and a generational suffix as the plain name', () => {
		expect(sameName('Jane Q. Roe Jr.', 'Jane Roe')).toBe(true);
		expect(sameName('Tom Hale III', 'Hale')).toBe(true);
		// Father and son are two people.
		expect(sameName('Tom Hale Jr.', 'Tom Hale Sr.')).toBe(false);
	});
	it('matches transliteration variants of one person or group', () => {
		expect(sameName('Adil Abd al-Mahdi', 'Adel Abdul Mahdi')).toBe(true);
		expect(sameName('Adil Abdul-Mahdi', 'Adel Abd al-Mahdi')).toBe(true);
		expect(sameName('Kataib Hezbollah', 'Kataeb Hezbollah')).toBe(true);
		expect(sameName('Esper', 'Mark Esper')).toBe(true);
		expect(sameName('United States Donald Trump', 'Donald Trump')).toBe(true);
	});
	it('keeps different people apart', () => {
		expect(sameName('Mark Esper', 'Mike Pompeo')).toBe(false);
		expect(sameName('Donald Trump', 'Melania Trump')).toBe(false);
		expect(sameName('Liz Roe', 'Mary Roe')).toBe(false);
		expect(sameName('Bob Roe', 'William Roe')).toBe(false);
	});
	it('takes a short form of a given name and a middle initial as the same person', () => {
		expect(sameName('Bob Roe', 'Robert W. Roe')).toBe(true);
		expect(sameName('Robert William Roe', 'Bob Roe')).toBe(true);
		expect(sameName('Liz Roe', 'Elizabeth Roe')).toBe(true);
		expect(sameName('Tom Roe', 'Thomas Roe')).toBe(true);
		const canon = canonicalNames(['Bob Roe', 'Robert W. Roe', 'Roe', 'Mary Roe']);
		expect(new Set(['Bob Roe', 'Robert W. Roe'].map((n) => canon.get(n))).size).toBe(1);
		expect(canon.get('Mary Roe')).toBe('Mary Roe');
		// A bare "Roe" beside two Roes is neither for sure; with one Roe it is that one.
		expect(canon.get('Roe')).toBe('Roe');
		const one = canonicalNames(['Bob Roe', 'Robert W. Roe', 'Roe']);
		expect(new Set(['Bob Roe', 'Robert W. Roe', 'Roe'].map((n) => one.get(n))).size).toBe(1);
	});
});

/** The key quantityKey gives `text`, a mention of `noun` in `sentence`. */
const q = (text: string, sentence: string, noun: string): string => {
	const start = sentence.indexOf(text);
	return quantityKey(
		{
			kind: 'quantity',
			text,
			start,
			end: start + text.length,
			articleId: 'a',
			sentence: 0,
			noun
		} as Mention,
		sentence,
		0
	);
};

describe('quantityKey', () => {
	it('gives protesters and demonstrators the same key', () => {
		expect(q('thousands', 'Then thousands of protesters stormed the embassy.', 'protesters')).toBe(
			q('dozens', 'Dozens of demonstrators stormed the compound.', 'demonstrators')
		);
	});
	it('tells the killed from the wounded by the nearest verb', () => {
		expect(
			q('at least 25', 'Strikes killed at least 25 militia fighters.', 'militia fighters')
		).toBe('killed:others');
		expect(q('50', 'The militia said 50 fighters were wounded.', 'fighters')).toBe(
			'injured:others'
		);
	});
	it('reads the event after the counted noun before the clause ahead of the figure', () => {
		const s = 'The blast left 12 people dead and scores of others injured.';
		expect(q('12', s, 'people')).toBe('killed:others');
		expect(q('scores', s, 'others')).toBe('injured:others');
		const t = 'A fire in which 9 people were killed and at least 30 others were hurt.';
		expect(q('at least 30', t, 'others')).toBe('injured:others');
		expect(q('9', t, 'people')).toBe('killed:others');
	});
});

describe('quantityKey: a list of who was counted before the predicate', () => {
	it('reads the event told after the list ("Six people, including …, were injured")', () => {
		const s =
			'Six people, including two lawmakers, two police officers, an aide and a lobbyist, were injured in the attack.';
		expect(q('Six', s, 'people')).toBe('injured:others');
		// …the same key as another outlet's "wounded five people".
		expect(q('five', 'The gunman wounded five people in the attack.', 'people')).toBe(
			'injured:others'
		);
		expect(
			q(
				'Three',
				'Three hikers, including a guide from the lodge and his son, died in the storm.',
				'hikers'
			)
		).toBe('killed:others');
	});
	it('not an active verb after the list, which tells what the counted did', () => {
		const s =
			'Four officers, including a captain and two sergeants, arrested the suspect at his home.';
		expect(q('Four', s, 'officers')).toBe('count:officer');
	});
});

describe('quoteOverlap and canonicalNames', () => {
	it('matches a shortened quote', () => {
		expect(
			quoteOverlap(
				'Iran will be held fully responsible for lives lost',
				'Iran will be held fully responsible'
			)
		).toBe(1);
		expect(quoteOverlap('We will respond strongly', 'The weather is fine today')).toBe(0);
	});
	it('picks the fullest spelling as the display name', () => {
		const m = canonicalNames(['Esper', 'Mark Esper', 'Adel Abdul Mahdi', 'Adil Abd al-Mahdi']);
		expect(m.get('Esper')).toBe('Mark Esper');
		expect(
			canonicalNames(['Donald Trump', 'United States Donald Trump']).get(
				'United States Donald Trump'
			)
		).toBe('Donald Trump');
		// Equal length: the spelling seen first stays.
		expect(m.get('Adil Abd al-Mahdi')).toBe('Adel Abdul Mahdi');
		expect(m.get('Adel Abdul Mahdi')).toBe('Adel Abdul Mahdi');
	});
});

describe('bareName keeps the person and drops the office', () => {
	it('starts at a known first name after an office', () => {
		expect(bareName('New York City Public Advocate Trish James')).toBe('Trish James');
		expect(bareName('Interior Jane Roe')).toBe('Jane Roe');
		expect(bareName('Congressman Tom Roe')).toBe('Tom Roe');
	});
	it('drops an office written with "of" or "Pro Tem" even when the first name is unknown', () => {
		expect(bareName('Secretary of the Interior Xandra Roe')).toBe('Xandra Roe');
		expect(bareName('President Pro Tem Ovid Q. Roe')).toBe('Ovid Q. Roe');
	});
	it('leaves a plain name, and a lone title with a surname, alone', () => {
		expect(bareName('Jesse L. Jackson Jr.')).toBe('Jesse L. Jackson Jr.');
		expect(bareName('Pope Francis')).toBe('Pope Francis');
		expect(bareName('Labour MP David Lammy')).toBe('David Lammy');
	});
	it('keeps the initials that open a name, so choices use the form the article writes', () => {
		expect(bareName('J. Robert Oppenheimer')).toBe('J. Robert Oppenheimer');
		expect(bareName('W. Neil Roe')).toBe('W. Neil Roe');
		expect(bareName('House Counsel W. Neil Roe')).toBe('W. Neil Roe');
	});
});

describe('one person under several spellings across outlets', () => {
	it('is one name in the story, so never two choices', () => {
		const view = viewStory('s', [
			analyzeArticle(
				article(1, 'Senator Bob Roe said on Monday that the bill “will pass this week.” Roe left.')
			),
			analyzeArticle(
				article(2, 'Senator Robert W. Roe said the bill “will pass this week.” Roe then left.')
			),
			analyzeArticle(
				article(3, 'Mary Roe, his sister, said the bill “is a mistake.” Jane Doe agreed.')
			)
		]);
		const roes = view.names.person.filter((n) => /Roe$/.test(n));
		expect(roes).toHaveLength(2);
		expect(roes).toContain('Mary Roe');
		expect(view.canon('Bob Roe')).toBe(view.canon('Robert W. Roe'));
	});
});

describe('nounLemma', () => {
	it('puts a counted noun in the singular, so one policy and three policies are one kind', () => {
		const lemmas = ['policies', 'policy', 'taxes', 'buses', 'churches', 'women', 'rules', 'people'];
		expect(lemmas.map(nounLemma)).toEqual([
			'policy',
			'policy',
			'tax',
			'bus',
			'church',
			'woman',
			'rule',
			'people'
		]);
		// Singular words that end in s stay whole.
		expect(['bus', 'process', 'crisis', 'status'].map(nounLemma)).toEqual([
			'bus',
			'process',
			'crisis',
			'status'
		]);
	});
});

describe('creditedToAnother', () => {
	it('knows words two outlets print and credit to different people, and words only one credits', () => {
		const view = storyOf(
			[
				'“Depending on the weather at the time of arrival, passengers may need to wait in the harbour as officers process those already aboard,” said Jane Holloway, the port director.',
				'“The ferries will run again before the winter comes,” Council member Tom Reyes said.'
			].join('\n\n'),
			[
				'“Depending upon the weather at the time of arrival, those passengers may need to wait in the harbour as officers process those already aboard,” Commissioner Maria Lopez said in a statement.',
				'“The ferries will run again before the winter comes,” Tom Reyes said.',
				'“Passengers may need to wait in the harbour,” said Ann Baker, a union leader.'
			].join('\n\n')
		);
		const group = (speaker: string) => view.quoteGroups.find((g) => g.speaker === speaker)!;
		expect(creditedToAnother(view.quoteGroups, group('Jane Holloway'))).toBe(true);
		expect(creditedToAnother(view.quoteGroups, group('Maria Lopez'))).toBe(true);
		// Both outlets credit Reyes: one group, no dispute.
		expect(group('Tom Reyes').quotes).toHaveLength(2);
		expect(creditedToAnother(view.quoteGroups, group('Tom Reyes'))).toBe(false);
		// A few words inside another's longer line are a phrase two people use, not one statement.
		expect(creditedToAnother(view.quoteGroups, group('Ann Baker'))).toBe(false);
	});
});
