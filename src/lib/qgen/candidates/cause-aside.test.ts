import { describe, expect, it } from 'vitest';
import { storyOf } from '../article.test-helpers';
import { causalLinks } from './cause';
import { withoutSubjectAside } from './cause-aside';

describe('withoutSubjectAside', () => {
	it('drops an age, a sentence adverb or a who-clause between a name and its verb', () => {
		expect(withoutSubjectAside('Tomas Varga, 42, said he sold the ferry')).toBe(
			'Tomas Varga said he sold the ferry'
		);
		expect(withoutSubjectAside('Ms. Okafor, however, has closed the pier')).toBe(
			'Ms. Okafor has closed the pier'
		);
		expect(
			withoutSubjectAside(
				'A harbour court ruled that Lena Moss, who was born on the island, was a resident'
			)
		).toBe('A harbour court ruled that Lena Moss was a resident');
	});
	it('keeps a description: the clause reads whole with it and says who the person is', () => {
		const clause = 'Mr. Varga, a pilot on the ferry, left the harbour';
		expect(withoutSubjectAside(clause)).toBe(clause);
	});
});

describe('links whose effect has an aside after its subject', () => {
	it('reads a reason given in a reported clause whose subject has a who-clause', () => {
		const links = causalLinks(
			storyOf(
				'A 1952 harbour court ruling held that Lena Moss, who was born to parents visiting from the mainland, was an islander because of her birth on the island.'
			)
		);
		expect(links.map((l) => [l.effect, l.cause])).toEqual([
			['A 1952 harbour court ruling held that Lena Moss was an islander', 'her birth on the island']
		]);
	});
	it('reads the reason a speaker gives when an age follows the name', () => {
		const links = causalLinks(
			storyOf(
				'Tomas Varga, 42, said he sold the ferry company because the harbour board raised the mooring fees.'
			)
		);
		expect(links.map((l) => [l.effect, l.cause, l.speaker])).toEqual([
			[
				'Tomas Varga said he sold the ferry company',
				'the harbour board raised the mooring fees',
				'Tomas Varga'
			]
		]);
	});
});
