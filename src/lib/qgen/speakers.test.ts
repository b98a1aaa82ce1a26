import { describe, expect, it } from 'vitest';
import type { Article } from '$lib/bank/schema';
import { findMentions, tokenize } from './entities';
import { findQuotes } from './quotes';
import { segmentArticle } from './segment';
import { peopleOf, resolveSpeakers, titledSurname } from './speakers';
import { analyzeArticle, viewStory } from './analyze';

function resolved(text: string, withSentences = false) {
	const a = { id: 'a', storyId: 's', title: 't', outlet: 'o', date: '2019-12-31', text } as Article;
	const sentences = segmentArticle(a);
	const mentions = findMentions(a, sentences, tokenize(text));
	const people = peopleOf(text, mentions, withSentences ? sentences : []);
	const quotes = findQuotes(a, sentences);
	resolveSpeakers(quotes, people, mentions, sentences);
	return { people, quotes: quotes.map((q) => [q.speakerText, q.speaker ?? null, q.role ?? null]) };
}

describe('peopleOf', () => {
	it('counts a surname after an honorific as a person, with the titles it is written with', () => {
		const { people } = resolved(
			'Mr. Hale met the board on Monday. President Hale later signed the order.'
		);
		expect(people.map((p) => [p.name, p.titles ?? null])).toEqual([['Hale', ['Mr.', 'President']]]);
	});
	it('takes a surname after a title, not a contraction or a verb', () => {
		expect(titledSurname('LePage')).toBe(true);
		expect(titledSurname('Price')).toBe(true);
		expect(titledSurname('I’ve')).toBe(false);
		expect(titledSurname('Be')).toBe(false);
	});
	it('takes roles from titles and appositives', () => {
		const { people } = resolved(
			'Ben Rhodes, a top national security aide to Obama, spoke. Defense Secretary Mark Esper agreed.'
		);
		expect(people.map((p) => [p.name, p.role])).toEqual([
			['Ben Rhodes', 'top national security aide to Obama'],
			['Mark Esper', 'Defense Secretary']
		]);
	});
	it('does not give a bare surname used before a fuller same-surname name to that name', () => {
		const { quotes } = resolved(
			'Trump and first lady Melania Trump welcomed the guests. "They will pay a price," Trump said.'
		);
		expect(quotes[0]?.[1]).not.toBe('Melania Trump');
	});
	it('takes the full name from the body when a deck line gave only the surname first', () => {
		const text =
			'Okafor thanks voters after narrow count\n\nState senator Amara Okafor won the runoff by 212 votes on Tuesday, the county clerk reported.\n\nSenator Okafor spoke to supporters later that night.';
		// Without the deck read as a headline, the bare surname counts as someone else.
		expect(resolved(text).people.map((p) => p.name)).not.toContain('Amara Okafor');
		expect(resolved(text, true).people.map((p) => p.name)).toContain('Amara Okafor');
	});
	it('does not rename a titled surname after a relative who shares it', () => {
		const { quotes } = resolved(
			'President Trump spoke first. Later first lady Melania Trump arrived. "They will pay a price," Trump said.'
		);
		expect(quotes[0]?.slice(1)).toEqual(['Trump', 'President']);
	});
	it('reads an abbreviation inside an appositive role to its end', () => {
		const { people, quotes } = resolved(
			'"We view it as a step," said Yoon Young-chan, a spokesman for Mr. Moon.'
		);
		expect(people[0]?.role).toBe('spokesman for Mr. Moon');
		expect(quotes[0]?.[1]).toBe('Yoon Young-chan');
	});
	it('keeps two people who share a surname apart when the fuller name comes with another role', () => {
		const { quotes } = resolved(
			'President Trump and Melania Trump, the first lady, welcomed the guests. "They will pay a price," Trump said.'
		);
		expect(quotes[0]?.slice(1)).toEqual(['Trump', 'President']);
	});
});

describe('resolveSpeakers', () => {
	it('resolves surnames, roles and unambiguous pronouns', () => {
		const t =
			'President Donald Trump spoke to reporters. “We are ready,” the president said.\n\nDefense Secretary Mark Esper arrived. “We will respond,” Esper said. “It will be strong,” he added.';
		expect(resolved(t).quotes).toEqual([
			['the president', 'Donald Trump', 'President'],
			['Esper', 'Mark Esper', 'Defense Secretary'],
			['he', 'Mark Esper', 'Defense Secretary']
		]);
	});
	it('leaves a pronoun unresolved when two people were just named', () => {
		const t = 'Mark Esper met Mike Pompeo on Monday. “It went well,” he said.';
		expect(resolved(t).quotes).toEqual([['he', null, null]]);
	});
});

describe('a pronoun whose attribution names someone else', () => {
	it('skips the person the attribution itself names and looks further back', () => {
		const { quotes } = resolved(
			[
				'Mayor Jane Holloway, who likes to decide late, was coy about the budget.',
				'Aides said she hoped to resist Tom Reyes’s demands.',
				'“Nobody knows what I will do,” she said in an appearance with Tom Reyes, who smiled. “But we will see.”'
			].join('\n\n')
		);
		expect(quotes.map((q) => q[1])).toEqual(['Jane Holloway', 'Jane Holloway']);
	});
});

describe('the same pronoun in the next sentence', () => {
	it('goes on with the same speaker, not a name mentioned in between', () => {
		const { quotes } = resolved(
			[
				'Mayor Jane Holloway has long dismissed the claims.',
				'She said she is “looking forward” to being questioned by Tom Reyes. She has called the claims “a story that is demeaning to all of us.”'
			].join('\n\n')
		);
		expect(quotes.map((q) => q[1])).toEqual(['Jane Holloway', 'Jane Holloway']);
	});
});

describe('a speaker named by title', () => {
	it('takes the name in apposition, and never gives a body’s words to a person', () => {
		const { quotes } = resolved(
			[
				'Secretary of State Mike Pompeo arrived. Yossi Cohen, the chief of the intelligence agency, stayed home.',
				'“The deal was made on a false pretense,” the White House press secretary, Sarah Huckabee Sanders, said.',
				'In a statement, the agency said it “had no credible indications of such work after 2009.”',
				'DNC chair Tom Perez spoke. The DNC says its lawsuit is based on “facts and admissions.”'
			].join('\n\n')
		);
		expect(quotes.map((q) => q[1])).toEqual(['Sarah Huckabee Sanders', 'The agency', 'The DNC']);
	});
});

describe('a pronoun after a sentence that names someone only as its object', () => {
	it('goes on with the same pronoun’s subject, not the one mocked', () => {
		const { quotes } = resolved(
			'Tom Roe is running for the Senate. Last week, he mocked Ben Smith as a farmer who never went to law school. “If you help me win this race, we will fix the roads,” he told donors.'
		);
		expect(quotes).toEqual([['he', 'Tom Roe', null]]);
	});
	it('is left unresolved when the subject is a name we did not read as a person', () => {
		const { quotes } = resolved(
			'Varley mocked Ben Smith as a farmer who never went to law school. “If you help me win this race, we will fix the roads,” he told donors.'
		);
		expect(quotes).toEqual([['he', null, null]]);
	});
	it('still points at the object when the subject is a group or a quantity', () => {
		expect(
			resolved(
				'Tom Roe spoke on Monday. A few of his colleagues urged him to quit over the claims, which Roe has denied. “I will serve out my term,” he said.'
			).quotes
		).toEqual([['he', 'Tom Roe', null]]);
		expect(
			resolved(
				'Senator Ben Smith spoke on Monday. The senator mocked Tom Roe as a farmer. “I am proud of the farm,” he said.'
			).quotes
		).toEqual([['he', 'Ben Smith', 'Senator']]);
		const { quotes } = resolved(
			'Senator Ben Smith spoke on Monday. Critics mocked Smith as a farmer. “I am proud of the farm,” he said.'
		);
		expect(quotes).toEqual([['he', 'Ben Smith', 'Senator']]);
	});
});

describe('a pronoun after a subject we did not read as a person, in other shapes', () => {
	it('skips a clause or an appositive after the subject, not giving it to the one mocked', () => {
		expect(
			resolved(
				'Varley, who is running for the Senate, mocked Ben Smith at a fundraiser, calling him a farmer. He told donors that if they help him win, “you might have someone like me on the committee.”'
			).quotes
		).toEqual([['He', null, null]]);
		expect(
			resolved(
				'Varley, a Republican, attacked Ben Smith on Monday. “If you elect me, the roads get fixed,” he said.'
			).quotes
		).toEqual([['he', null, null]]);
	});
	it('reads the subject after a day word that opens the sentence', () => {
		expect(
			resolved(
				'Yesterday Varley attacked Ben Smith. “If you elect me, the roads get fixed,” he said.'
			).quotes
		).toEqual([['he', null, null]]);
	});
	it('still gives the words to a named subject after a clause', () => {
		expect(
			resolved(
				'Ben Smith, who is running for the Senate, mocked the plan. “If you elect me, the roads get fixed,” he said.'
			).quotes
		).toEqual([['he', 'Ben Smith', null]]);
	});
});

describe('a pronoun after a long opening phrase and a subject that is not a name', () => {
	it('is not credited to the one mocked after the verb, but to the one described', () => {
		expect(
			resolved(
				'Tom Roe is running for the Senate. At a fundraiser in the city on Tuesday night, the Republican businessman mocked Senator Ben Smith as a farmer. “If you help me win this race, we will fix the roads,” he said.'
			).quotes
		).toEqual([['he', 'Tom Roe', null]]);
		expect(
			resolved(
				'Tom Roe is running for the Senate. Last week, the businessman attacked Ben Smith. “If you help me win this race, we will fix the roads,” he said.'
			).quotes
		).toEqual([['he', 'Tom Roe', null]]);
		expect(
			resolved(
				'Last week, the businessman attacked Ben Smith. “If you help me win this race, we will fix the roads,” he said.'
			).quotes
		).toEqual([['he', null, null]]);
	});
	it('still gives the words to a name that opens the clause after the phrase', () => {
		expect(
			resolved(
				'At a fundraiser in the city on Tuesday night, Senator Ben Smith mocked the plan. “If you elect me, the roads get fixed,” he said.'
			).quotes
		).toEqual([['he', 'Ben Smith', 'Senator']]);
	});
});

describe('a described subject after the sentence that names its person as subject', () => {
	it('gives a first-person quote to that person, never to the one mocked', () => {
		expect(
			resolved(
				'Tom Roe is running for the Senate. The Republican mocked Senator Ben Smith as a farmer. “If you help me win this race, we will fix the roads,” he said.'
			).quotes
		).toEqual([['he', 'Tom Roe', null]]);
		expect(
			resolved(
				'Tom Roe is running for the Senate. Speaking to donors, the businessman mocked Senator Ben Smith as a farmer. “If you help me win my race, we will fix the roads,” he said.'
			).quotes
		).toEqual([['he', 'Tom Roe', null]]);
	});
	it('gives no speaker when the described subject cannot be tied to one person', () => {
		// Two people open the sentence before: either could be "the businessman".
		expect(
			resolved(
				'Tom Roe and Ann Poe are running for the Senate. The businessman mocked Senator Ben Smith as a farmer. “If you help me win this race, we will fix the roads,” he said.'
			).quotes
		).toEqual([['he', null, null]]);
		// The person before holds another office than the one the subject names.
		expect(
			resolved(
				'Governor Tom Roe is running for the Senate. The senator mocked Ben Smith as a farmer. “If you help me win this race, we will fix the roads,” he said.'
			).quotes
		).toEqual([['he', null, null]]);
		// A thing, not a person, opens the sentence: "the report" is nobody named before.
		expect(
			resolved(
				'Tom Roe spoke on Monday. The report attacked Senator Ben Smith as a farmer. “I never read it,” he said.'
			).quotes
		).toEqual([['he', null, null]]);
		// The one named after the described subject is no object of a verb of acting on a person.
		expect(
			resolved(
				'Tom Roe spoke on Monday. The manager asked Ben Smith about the plan. “Why don’t I call you back,” he said.'
			).quotes
		).toEqual([['he', null, null]]);
		// Words with no "I", "me" or "my" may be anyone's.
		expect(
			resolved(
				'Tom Roe is running for the Senate. The Republican mocked Senator Ben Smith as a farmer. “We will fix the roads,” he said.'
			).quotes
		).toEqual([['he', null, null]]);
	});
});

describe('a first-person quote after “Roe mocked Smith”', () => {
	it('is the subject’s, never the one a verb of acting on a person names', () => {
		expect(
			resolved(
				'Tom Roe mocked Senator Ben Smith as a farmer. “If you help me win this race, we will fix the roads,” he said.'
			).quotes
		).toEqual([['he', 'Tom Roe', null]]);
		expect(
			resolved(
				'Tom Roe spoke on Tuesday. Speaking to donors in the city, Roe attacked Senator Ben Smith as a farmer. “If you help me win this race, we will fix the roads,” he said.'
			).quotes
		).toEqual([['he', 'Tom Roe', null]]);
		expect(
			resolved(
				'Former Gov. Tom Roe, addressing a crowd of donors in a hotel, accused Senator Ben Smith of lying. “If you help me win this race, I will tell you the truth,” he said.'
			).quotes
		).toEqual([['he', 'Tom Roe', 'Former Gov.']]);
	});
	it('stays without a speaker when the verb does not act on the one named after it', () => {
		expect(
			resolved(
				'Tom Roe met Senator Ben Smith on Tuesday. “If you help me win this race, we will fix the roads,” he said.'
			).quotes
		).toEqual([['he', null, null]]);
	});
});

describe('a pronoun that goes on with a quote left without a speaker', () => {
	it('is left without one too, not given to the name spoken of in between', () => {
		expect(
			resolved(
				'Speaking to donors at a hotel in the city, Varley mocked Senator Ben Smith as a farmer. Smith, he said, “has never run anything.” “If you help me win this race, we will fix the roads,” he added.'
			).quotes
		).toEqual([
			['he', null, null],
			['he', null, null]
		]);
	});
	it('still goes to a name that opens its own sentence', () => {
		expect(
			resolved(
				'Varley mocked Senator Ben Smith as a farmer. Smith, he said, “has never run anything.” Later Ben Smith spoke, and he said: “We will fix the roads.”'
			).quotes.at(-1)
		).toEqual(['he', 'Ben Smith', 'Senator']);
	});
});

describe('a quote that speaks of a “he” and never of “I” or “we”', () => {
	it('is not credited to a man named only after a verb or a preposition', () => {
		expect(resolved('Asked about Ben Smith, he said: “He has never run anything.”').quotes).toEqual(
			[['he', null, null]]
		);
		expect(
			resolved('Critics have long attacked Ben Smith. “He has never run anything,” he said.').quotes
		).toEqual([['he', null, null]]);
	});
	it('is still credited to the man who opens the sentence before, title and all', () => {
		expect(
			resolved(
				'After the game, Sen. Ben Smith praised his quarterback. “He played great,” he said.'
			).quotes
		).toEqual([['he', 'Ben Smith', 'Sen.']]);
	});
	it('is not credited to the man named right before “he said” in its own sentence', () => {
		expect(
			resolved(
				'Varley, who is running for the Senate, mocked Ben Smith. Smith, he said, is “a farmer without a law degree.”'
			).quotes
		).toEqual([['he', null, null]]);
		expect(resolved('Ben Smith spoke on Monday. The plan, he said, is “a farce.”').quotes).toEqual([
			['he', 'Ben Smith', null]
		]);
	});
	it('is still credited to the man a reporting verb credits before it', () => {
		expect(
			resolved(
				'Voters want change, said Alan Abramowitz, a demographer at the university. “He’s trying to appeal to a sense of displacement,” he said.'
			).quotes
		).toEqual([['he', 'Alan Abramowitz', 'demographer at the university']]);
	});
	it('leaves words with “me” in them to the man named after the verb', () => {
		expect(
			resolved('Critics have long attacked Ben Smith. “He never asked me,” he said.').quotes
		).toEqual([['he', 'Ben Smith', null]]);
	});
});

describe('a given name the word list does not know, and an honorific of the other sex', () => {
	it('keeps “Mrs. Roe” apart from a full name the article calls “he”, and gives her her words', () => {
		const { people, quotes } = resolved(
			'President Dobrin Hale said he would sign the bill. Mrs. Hale did not attend. “It is a good day,” Mrs. Hale said.',
			true
		);
		expect(people.map((p) => [p.name, p.sex ?? null])).toEqual([
			['Dobrin Hale', 'male'],
			['Mrs. Hale', null]
		]);
		expect(quotes).toEqual([['Mrs. Hale', 'Mrs. Hale', null]]);
	});
	it('does not merge a full name the article calls “he” into an earlier “Ms. Roe”', () => {
		const { people } = resolved(
			'Ms. Hale spoke first. Dobrin Hale said he would not run. He left on Monday.',
			true
		);
		expect(people.map((p) => p.name)).toEqual(['Hale', 'Dobrin Hale']);
	});
	it('gives no “she” to a full name the article calls “he”', () => {
		const { quotes } = resolved(
			'On Monday, Dobrin Hale said he would not run. “We are proud of the work,” she said.',
			true
		);
		expect(quotes).toEqual([['she', null, null]]);
	});
	it('reads no sex from another’s possessive, nor against the word list’s given name', () => {
		const { people } = resolved(
			'In May, Dobrin Hale, her rival at the bank, called. Later, Tomas Lee said she would go.',
			true
		);
		expect(people.map((p) => [p.name, p.sex ?? null])).toEqual([
			['Dobrin Hale', null],
			['Tomas Lee', null]
		]);
	});
	it('reads no sex from a pronoun that is not the one a reporting verb after the name takes', () => {
		const { people } = resolved(
			'On Monday, Dobrin Hale stood beside his wife as she spoke. Mr. Hale later left.',
			true
		);
		expect(people.map((p) => [p.name, p.sex ?? null])).toEqual([['Dobrin Hale', null]]);
	});
	it('gives a “Mr. Roe” the article cannot mean for the woman to the other full name', () => {
		const { people } = resolved(
			'On Monday, Veska Hale and Dobrin Hale spoke. Veska Hale says she was afraid. Later, Mr. Hale left.',
			true
		);
		expect(people.map((p) => [p.name, p.titles ?? null])).toEqual([
			['Veska Hale', null],
			['Dobrin Hale', ['Mr.']]
		]);
	});
	it('still merges “Mr. Roe” into a full name the article calls “he”', () => {
		const { people } = resolved(
			'On Monday, Dobrin Hale said he would not run. He left. Mr. Hale later wrote a letter.',
			true
		);
		expect(people.map((p) => p.name)).toEqual(['Dobrin Hale']);
	});
});

describe('a pronoun agrees with the name it stands for', () => {
	it('does not give “she” to a man named just before', () => {
		const { quotes } = resolved(
			'Senator Dianne Roe spoke about Jake Hale on Tuesday. Asked again about Hale, the senator paused. “I never met him,” she said.'
		);
		expect(quotes[0]![1]).not.toBe('Jake Hale');
	});
});

describe('relatives who share a surname', () => {
	it('keeps a son with his own given name apart, and keys no bare surname between them', () => {
		const { people, quotes } = resolved(
			'Robert Roe opened the pier on Monday. His son Eric Roe ran the ferry. ' +
				'“The boats are ready,” Eric Roe said. “We waited ten years for this,” Mr. Roe said.'
		);
		expect(people.map((p) => p.name)).toEqual(['Robert Roe', 'Eric Roe']);
		expect(quotes[0]![1]).toBe('Eric Roe');
		expect(quotes[1]![1]).toBeNull();
	});
});

describe('a couple, one named by an office and one as a relative', () => {
	it('gives “Roe said” to President Roe, not to the first lady named in full', () => {
		const { people, quotes } = resolved(
			'First lady Ann Roe spoke at a school on Monday. Mrs. Roe praised the teachers. President Roe signed a bill later. “We will not give up on these children,” Roe said.'
		);
		expect(people.map((p) => [p.name, p.role ?? null])).toEqual([
			['Ann Roe', null],
			['Roe', 'President']
		]);
		expect(quotes).toEqual([['Roe', 'Roe', 'President']]);
	});
	it('keys no relative when a bare surname could be either and only one is held', () => {
		// The president is never named in full, and his wife is: "Roe said" is his words, yet the
		// people list holds only her.
		expect(
			resolved(
				'President Roe toured the shipyard on Friday with his wife, Jane Roe. Mrs. Roe greeted the welders at the gate. “We will keep this yard open,” Roe said.'
			).quotes
		).toEqual([['Roe', null, null]]);
		expect(
			resolved(
				'Mr. Roe toured the shipyard on Friday. Jane Roe, his wife, greeted the welders. “We will keep this yard open,” Roe said.'
			).quotes
		).toEqual([['Roe', null, null]]);
		// One Roe in the text, of one sex: her words are hers.
		expect(
			resolved(
				'Jane Roe toured the shipyard on Friday. Mrs. Roe greeted the welders. “We will keep this yard open,” Roe said.'
			).quotes
		).toEqual([['Roe', 'Jane Roe', null]]);
	});
	it('gives “the president said” to the president, not to his wife whose role names him', () => {
		const { quotes } = resolved(
			'Ann Roe, the wife of President Roe, spoke at a school on Monday. “We will not give up on these children,” the president said.'
		);
		expect(quotes).toEqual([['the president', 'Roe', 'President']]);
	});
	it('keeps “Mrs. Roe” apart from President Tom Roe', () => {
		const { quotes } = resolved(
			'President Tom Roe spoke on Monday. Mrs. Roe visited a school. “We will not give up on these children,” Mrs. Roe said. “We will win,” Roe said.'
		);
		expect(quotes.map((q) => q[1])).toEqual(['Mrs. Roe', 'Tom Roe']);
	});
});

describe('a lawmaker and her husband who share a surname', () => {
	it('keys no bare “Roe” (nor “Mr. Roe”) speaking of “my wife” to the office-holder', () => {
		const t =
			'Rep. Ann Roe of Ohio faces a recall vote. Her husband, Tom Roe, defended her on Monday.\n\n' +
			'“I am protecting my wife,” Roe said.\n\n“My wife has done nothing wrong,” Mr. Roe said.';
		expect(resolved(t).quotes.map((q) => q[1])).toEqual([null, null]);
		// Completing the bare surname from another outlet's full name would only guess.
		const view = viewStory('s', [
			analyzeArticle({
				id: 'a',
				storyId: 's',
				title: 't',
				outlet: 'o',
				date: '2019-12-31',
				text: t
			})
		]);
		expect(view.quoteGroups).toEqual([]);
	});
	it('still gives a bare surname to the office-holder when the words are not about a relative', () => {
		const t =
			'Rep. Ann Roe of Ohio faces a recall vote. Her husband, Tom Roe, defended her on Monday.\n\n' +
			'“I will not resign,” Roe said.';
		expect(resolved(t).quotes.map((q) => q[1])).toEqual(['Ann Roe']);
	});
	it('keeps “Mr. Roe” on the titled man when another man shares the surname', () => {
		const t =
			'Former Rep. Jesse Hale pleaded guilty on Wednesday. He had spent campaign money on a guitar that belonged to Michael Hale.\n\n' +
			'“Guilty, Your Honor, I misled the people,” Mr. Hale said.';
		expect(resolved(t).quotes.map((q) => q[1])).toEqual(['Jesse Hale']);
	});
});

describe('a couple who share a surname, the office-holder named later or with a pronoun', () => {
	it('gives a bare surname before the husband is named to the wife named in full', () => {
		const t =
			'Dara Venn told voters in Tulsa on Monday that she would fight on. Venn promised to “build a fairer state for every family.”\n\n' +
			'Later, with her husband, former Gov. Orvil Venn, beside her, Dara Venn thanked the crowd.';
		expect(resolved(t).quotes.map((q) => q[1])).toEqual(['Dara Venn']);
	});
	it('gives “she” after a bare surname to the wife, not to the husband with an office', () => {
		const t =
			'With her husband, former Gov. Orvil Venn, standing beside her, Dara Venn spoke in Tulsa.\n\n' +
			'Venn called her rival timid. “We are not done yet,” she said.';
		const { people, quotes } = resolved(t);
		expect(people.find((p) => p.name === 'Orvil Venn')?.sex).toBe('male');
		expect(quotes.map((q) => q[1])).toEqual(['Dara Venn']);
	});
	it('gives “Mr. Venn” not to the wife named in full before him', () => {
		const t =
			'Orla Venn spoke at the memorial on Monday.\n\n“He was a hero,” Mr. Venn said.\n\n' +
			'Their son, Capt. Idris Venn, was killed in 2004.';
		expect(resolved(t).quotes.map((q) => q[1])).not.toContain('Orla Venn');
	});
	it('gives a bare surname no husband introduced as her relative, though he holds an office', () => {
		const t =
			'Dara Venn and her husband, former Gov. Orvil Venn, went to the wedding in 2005.\n\n' +
			'“I have been vetted for decades,” Venn said.';
		expect(resolved(t).quotes.map((q) => q[1])).not.toContain('Orvil Venn');
	});
	it('takes no next name in a list for a role (“Roe, Ann Poe, Tom Hale and …”)', () => {
		const { people } = resolved(
			'The race is now a contest between Brant Kell, Ilse Poe, Rafe Dunmore and Tova Marsh, aides said.'
		);
		expect(people.find((p) => p.name === 'Brant Kell')?.role).toBeUndefined();
	});
});

describe('the one a message was left for', () => {
	it('is not “he” who speaks in the message', () => {
		const { quotes } = resolved(
			'Rep. Tom Hale voted for the bill. A man left a voicemail for Rep. Tom Hale on Friday. “You will lose your seat,” he said.'
		);
		expect(quotes[0]![1]).toBeNull();
	});
});

describe('a name with a generational suffix', () => {
	it('reads “Jr.” as part of the name, so a bare surname goes to the man, not his wife named later', () => {
		const t =
			'Former Rep. Carl Brandt Jr. pleaded guilty on Wednesday. “I did these things,” Brandt said through tears.\n\nThe charge against his wife, Nora Brandt, carries three years.';
		expect(resolved(t).quotes).toEqual([['Brandt', 'Carl Brandt Jr.', 'Former Rep.']]);
	});
});

describe('sisters who share a surname, with no kinship word before the second', () => {
	it('keeps “Liz Roe” apart from “Mary Roe” and gives each her own words', () => {
		const t =
			'Mary Roe, the younger sister of Liz Roe, criticized her on Friday.\n\n“She is dead wrong on this,” Mary Roe wrote.\n\n“I am not for it,” Liz Roe said in a statement.';
		const r = resolved(t);
		expect(r.people.map((p) => p.name)).toEqual(['Mary Roe', 'Liz Roe']);
		expect(r.quotes.map((q) => q[1])).toEqual(['Mary Roe', 'Liz Roe']);
	});
});

describe('a relative named with a title, after someone who shares the surname', () => {
	it('leaves the title with the relative: the first person does not take it as her role', () => {
		const t =
			'Mary Roe, one of former Gov. Tom Roe’s two daughters, criticized her sister on Friday.\n\n“She is dead wrong on this,” Mary Roe wrote.';
		const r = resolved(t);
		expect(r.people.find((p) => p.name === 'Mary Roe')?.role).toBeUndefined();
		expect(r.quotes[0]).toEqual(['Mary Roe', 'Mary Roe', null]);
	});

	it('gives a lone surname with that office to its holder, with “ex-” read as “former”', () => {
		const t =
			'Mary Roe, one of ex-Vice President Tom Roe’s two daughters, criticized her sister on Friday.\n\nFormer Vice President Roe has backed the bill.\n\n“She is dead wrong on this,” Mary Roe wrote.';
		const r = resolved(t);
		expect(r.people.find((p) => p.name === 'Tom Roe')?.role).toBe('former Vice President');
		expect(r.people.find((p) => p.name === 'Mary Roe')?.role).toBeUndefined();
	});
});

describe('a surname spelled like another person’s', () => {
	it('gives words to the person the text names with that exact spelling, not to a near spelling', () => {
		const text = [
			'Senator Paul Reid said in a statement that the company was gaming the system.',
			'In a call with analysts on Monday, the chief executive, Ian Read, said the board had weighed the debate.',
			'“We believe this deal is a great deal for shareholders of both companies,” Read said.'
		].join('\n\n');
		const a = analyzeArticle({
			id: 'a',
			storyId: 's',
			title: 'Drug deal draws fire',
			outlet: 'Daily A',
			date: '2019-12-31',
			text
		});
		const view = viewStory('s', [a]);
		const group = view.quoteGroups.find((g) => g.quotes[0]!.text.includes('shareholders'));
		expect(group?.speaker).toBe('Ian Read');
	});
});

describe('resolveSpeakers: a pronoun never points at a place', () => {
	it('skips a name after "at" or "in" for the person named before it', () => {
		const { quotes } = resolved(
			[
				'Mayor Jane Roe spoke for two hours on Monday.',
				'She choked up as she described standing at Joint Base Morrow with the families.',
				'“I held the mothers and fathers,” she said.'
			].join(' ')
		);
		// Left unresolved (no question) rather than given to the place.
		expect(quotes[0]![1]).not.toBe('Joint Base Morrow');
	});
});

describe('a pronoun never points at a programme or a shoal', () => {
	it('leaves “he” unresolved rather than give it to “Social Security” or “Karimata Shoal”', () => {
		expect(
			resolved(
				'Roe spoke about Social Security on Monday. “We will not cut a single dime from it,” he said.'
			).quotes
		).toEqual([['he', null, null]]);
		expect(
			resolved(
				'Officials said Karimata Shoal was theirs. “We will not give up our rights there,” he said.'
			).quotes
		).toEqual([['he', null, null]]);
	});
});

describe('a quote about “my wife” or “my lawyer”', () => {
	it('is never credited to the wife or lawyer the article names beside it', () => {
		// The nearest name is the wife's; the speaker is the man named two sentences back.
		const { quotes } = resolved(
			'Peter Galloway spoke to reporters on Monday at a hotel in the city.\n\nHe was joined by his wife, Kerris Oyelaran. “I want to thank my wife for standing with me through this,” he said.'
		);
		expect(quotes[0]?.[1]).toBe('Peter Galloway');
		// Only the lawyer is named near the quote: no speaker rather than the wrong one.
		const lawyer = resolved(
			'The lawyer said little on Monday.\n\nThe defendant’s lawyer, Dana Whitcombe, sat beside him. “My lawyer tells me to stay quiet, but I did nothing wrong,” he said.'
		);
		expect(lawyer.quotes[0]?.[1]).not.toBe('Dana Whitcombe');
	});
	it('still credits the nearest name when the quote speaks of nobody it names', () => {
		const { quotes } = resolved(
			'Peter Galloway spoke to reporters on Monday at a hotel in the city.\n\nHe was joined by his wife, Kerris Oyelaran. “I want to thank everyone for standing with us through this,” she said.'
		);
		expect(quotes[0]?.[1]).toBe('Kerris Oyelaran');
	});
});

describe('a pronoun speaker is a whole word', () => {
	it('does not read “said her lawyer” as “he” said', () => {
		const { quotes } = resolved(
			'Kerris Oyelaran was charged on Monday with lying to investigators about the contracts.\n\n“My client is innocent and we will prove it,” said her lawyer, Dana Whitcombe.'
		);
		for (const q of quotes) expect(q[0]).not.toBe('he');
	});
});

describe('a pronoun whose quote names the nearest man', () => {
	it('gives the words to the other man, not to the one the quote addresses', () => {
		const { quotes } = resolved(
			[
				'Rep. Tom Hadley spoke at a fundraiser about Sen. Chuck Morrow.',
				'Hadley later called Morrow to apologize. Morrow accepted the apology, his office said.',
				'“I apologize to Sen. Morrow and anyone who was offended,” he wrote.'
			].join('\n\n')
		);
		expect(quotes.map((q) => q[1])).toEqual(['Tom Hadley']);
	});

	it('does not carry the previous speaker into words that name him', () => {
		const { quotes } = resolved(
			[
				'“We will pass the bill,” said Sen. Chuck Morrow.',
				'Critics were unmoved. “Morrow has broken every promise,” he said.'
			].join('\n\n')
		);
		expect(quotes.map((q) => q[1])).toEqual(['Chuck Morrow', null]);
	});
});
