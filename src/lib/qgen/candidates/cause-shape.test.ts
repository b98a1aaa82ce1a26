import { describe, expect, it } from 'vitest';
import { gerundAsClause, isGerundPhrase, sameShapeAs, shapeOf } from './cause-shape';

describe('isGerundPhrase', () => {
	it('reads a verb in -ing with no subject as a gerund phrase, a noun in -ing not', () => {
		expect(isGerundPhrase('being struck by a falling crane')).toBe(true);
		expect(isGerundPhrase('learning that the ferry had sunk')).toBe(true);
		expect(isGerundPhrase('morning storms flooded the harbour')).toBe(false);
		expect(isGerundPhrase('the board was hearing evidence')).toBe(false);
		// A verb in -ing before its noun describes it: "rising fuel costs" is a noun phrase.
		expect(isGerundPhrase('rising fuel costs')).toBe(false);
	});
});

describe('shapeOf and sameShapeAs: every choice reads like the key', () => {
	const clause = 'the harbour board closed the old ferry terminal';
	it('tells a gerund phrase, a noun phrase and a clause apart', () => {
		expect(shapeOf('being struck by a falling crane', true, false)).toBe('gerund');
		expect(shapeOf('the storm over the bay', false, true)).toBe('noun');
		expect(shapeOf(clause, true, false)).toBe('clause');
		// The noun-phrase test misses an irregular past ("withdrew"); the tense decides.
		expect(shapeOf('the ferry company withdrew its bid', true, true)).toBe('clause');
		expect(shapeOf('the ban issued by the mayor on night fishing', true, true)).toBe('noun');
		// A bare verb after the subject may make a clause of it: offered beside no key.
		expect(shapeOf('the majority relate to the missing funds', true, true)).toBe('unclear');
		expect(shapeOf('the Gazette report', true, true)).toBe('noun');
	});
	it('reads a word in -s after a name, with an object after it, as either (a verb or a plural)', () => {
		// "mandates" is a plural noun to the word list: offered beside a noun key, it reads as a clause.
		expect(shapeOf('the Charter guarantees free passage for ferries', true, true)).toBe('unclear');
		expect(shapeOf('the Harbour Board mandates annual inspections', true, true)).toBe('unclear');
		// A plural after a name that ends the phrase, or goes on with a preposition, stays a phrase.
		expect(shapeOf('the Okafor emails', false, true)).toBe('noun');
		// A bare verb before a name: "his remarks reduce Portmouth dockers to …" is a clause.
		expect(shapeOf('his remarks reduce Portmouth dockers to their trade', true, true)).toBe(
			'unclear'
		);
		expect(shapeOf('the Roe rallies in the harbour towns', false, true)).toBe('noun');
	});
	it('refuses a clause beside a gerund key and a phrase beside a clause key', () => {
		expect(sameShapeAs('being struck by a falling crane', 'gerund', clause, 'clause')).toBe(false);
		expect(sameShapeAs(clause, 'clause', 'the storm over the bay', 'noun')).toBe(false);
		expect(
			sameShapeAs(clause, 'clause', 'dock workers staged a protest outside the offices', 'clause')
		).toBe(true);
	});
	it('refuses a present-tense clause beside a past-tense key', () => {
		expect(sameShapeAs(clause, 'clause', 'the mayor opens a review of every pier', 'clause')).toBe(
			false
		);
	});
});

describe('gerundAsClause: an "-ing" reason told as a clause with the effect’s named subject', () => {
	it('puts the verb in the past after the subject', () => {
		expect(gerundAsClause('being struck by a falling crane', 'Ana Ruiz')).toBe(
			'Ana Ruiz was struck by a falling crane'
		);
		expect(gerundAsClause('learning that the ferry had sunk', 'Mr. Okafor')).toBe(
			'Mr. Okafor learned that the ferry had sunk'
		);
		expect(gerundAsClause('losing the vote in the harbour council', 'Roe')).toBe(
			'Roe lost the vote in the harbour council'
		);
	});
	it('leaves a subject that is no name, and a phrase that is no gerund, alone', () => {
		expect(gerundAsClause('being struck by a falling crane', 'the lawyer')).toBeUndefined();
		expect(gerundAsClause('rising fuel costs', 'Roe')).toBeUndefined();
	});
});
