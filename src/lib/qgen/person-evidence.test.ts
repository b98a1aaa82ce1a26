import { describe, expect, it } from 'vitest';
import { storyOf } from './article.test-helpers';
import { looksLikePerson } from './analyze';

// Invented names whose given names the word list does not know ("Quillan", "Orvetta").
describe('untitled, unquoted names the text treats as people', () => {
	it('counts a name whose surname recurs alone, or that a pronoun or a relative follows', () => {
		expect(
			storyOf(
				'The council met on Monday. Quillan Marsk opposed the plan. The next day Marsk left the hall early.'
			).people
		).toContain('Quillan Marsk');
		expect(
			storyOf('At the rally, Orvetta Dranesk said she would run again next year.').people
		).toContain('Orvetta Dranesk');
		expect(
			storyOf("The board met twice. Quillan Marsk's wife joined the board in the spring.").people
		).toContain('Quillan Marsk');
	});

	it('counts a role in apposition or before the name', () => {
		expect(
			storyOf(
				'The talks stalled. Quillan Marsk, a former deputy press secretary, blamed the board.'
			).people
		).toContain('Quillan Marsk');
		expect(storyOf('The talks stalled, former governor Quillan Marsk noted.').people).toContain(
			'Quillan Marsk'
		);
	});

	it('leaves out a name with no such evidence, or one the text writes as a body or event', () => {
		expect(storyOf('The board met. Quillan Marsk backed the plan.').people).not.toContain(
			'Quillan Marsk'
		);
		// "the Valdor" is a body's, not a person's surname alone; a number after "Flight" is a flight's.
		expect(
			storyOf('Members of Kesh Valdor marched. Critics of the Valdor spoke.').people
		).not.toContain('Kesh Valdor');
		expect(
			storyOf('Searchers found Oskair Flight 802 at sea. Oskair Flight 802 had left at dawn.')
				.people
		).not.toContain('Oskair Flight');
		// "Crazy Quillan": a given name alone after an epithet is no surname.
		expect(
			storyOf('He mocked Grumpy Quillan at the rally. Then Quillan answered him.').people
		).not.toContain('Grumpy Quillan');
	});

	it('needs a pronoun, a relative or a lone speaker for a surname that is a plain word', () => {
		expect(
			storyOf('The vote failed. Quillan Brown opposed it. On Friday, Brown said the plan was weak.')
				.people
		).toContain('Quillan Brown');
		expect(
			storyOf('The vote failed. Quillan Brown opposed it. The Brown report was weak.').people
		).not.toContain('Quillan Brown');
	});

	it('reads a common given name that is also a word as a name only with evidence', () => {
		expect(looksLikePerson('Bill Dranesk')).toBe(false);
		expect(looksLikePerson('Bill Dranesk', 'acts')).toBe(true);
		expect(looksLikePerson('Hope Street', 'acts')).toBe(false);
	});
});

describe('alwaysAfterThe', () => {
	it('marks a name only ever written after "the" as the head of its phrase', () => {
		expect(
			storyOf(
				'Viewers of the Tom Marsk Hour cheered. Guests on the Tom Marsk Hour argued all night.'
			).people
		).not.toContain('Tom Marsk Hour');
		// "the Tom Marsk campaign": a person's name as a modifier stays a person's.
		expect(
			storyOf('Critics of the Tom Marsk campaign spoke on Sunday in the capital.').people
		).toContain('Tom Marsk');
	});
});
