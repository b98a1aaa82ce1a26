import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../analyze';
import { article } from '../article.test-helpers';
import {
	reasonInSentence,
	statedAsReason,
	statedReasonClauses,
	withNamedSubject
} from './cause-stated';

describe('reasonInSentence: a clause its sentence gives as a cause or motive', () => {
	it('reads a reason after "because", "after" and "over"', () => {
		expect(
			reasonInSentence(
				'the auditors found missing funds',
				'Ms. Ortega resigned on Monday because the auditors found missing funds.'
			)
		).toBe(true);
		expect(
			reasonInSentence(
				'the ferry company cut its winter schedule',
				'Commuters marched to the pier after the ferry company cut its winter schedule.'
			)
		).toBe(true);
		expect(
			reasonInSentence(
				'the new harbour fees',
				'The union sued the board over the new harbour fees.'
			)
		).toBe(true);
	});
	it('lets the offered subject differ from the sentence’s pronoun', () => {
		expect(
			reasonInSentence(
				'Ms. Ortega feared a recount',
				'The count was stopped because she feared a recount, aides said.'
			)
		).toBe(true);
	});
	it('reads an aim after a verb of aiming', () => {
		expect(
			reasonInSentence(
				'to win back the harbour towns',
				'The mayor toured the coast in an effort to win back the harbour towns.'
			)
		).toBe(true);
		expect(
			reasonInSentence('to win back the harbour towns', 'She went to win back the harbour towns.')
		).toBe(false);
	});
	it('refuses a bare event of the story', () => {
		expect(
			reasonInSentence(
				'the council met on Tuesday',
				'The council met on Tuesday to hear the auditors.'
			)
		).toBe(false);
		expect(
			reasonInSentence(
				'the council met on Tuesday',
				'Reporters waited outside while the council met on Tuesday.'
			)
		).toBe(false);
	});
});

describe('statedAsReason: over whole articles', () => {
	it('reads on past the full stop of a title before a name', () => {
		expect(
			statedAsReason('Ms. Ortega’s office disputed the account', [
				'The harbour board met on Monday. The paper stood by its story after Ms. Ortega’s office disputed the account.'
			])
		).toBe(true);
	});
	it('finds the sentence that tells the clause as a reason', () => {
		expect(
			statedAsReason('the auditors found missing funds', [
				'The harbour board met on Monday. Ms. Ortega resigned because the auditors found missing funds.'
			])
		).toBe(true);
		expect(
			statedAsReason('the harbour board met on Monday', [
				'The harbour board met on Monday. Ms. Ortega resigned because the auditors found missing funds.'
			])
		).toBe(false);
	});
});

describe('statedReasonClauses: the clauses a sentence gives as causes or motives', () => {
	it('reads the clause after "because" and "out of concern that" up to its break', () => {
		expect(
			statedReasonClauses(
				'The pilots stayed in port because the harbour board slashed their pay, a union official said.'
			).map((c) => c.text)
		).toEqual(['the harbour board slashed their pay']);
		expect(
			statedReasonClauses(
				'The mayor closed the pier out of concern that the old timbers had rotted.'
			).map((c) => c.text)
		).toEqual(['the old timbers had rotted']);
	});
	it('leaves a noun phrase and a short time after "after"', () => {
		expect(statedReasonClauses('The pier reopened after the storm.')).toEqual([]);
		expect(statedReasonClauses('The pier reopened after three long weeks of repairs.')).toEqual([]);
	});
});

describe('withNamedSubject: a stated reason’s "he" or "she" named', () => {
	const a = analyzeArticle(
		article(
			1,
			'Ms. Ann Ortega left the harbour board in March. Ms. Ortega quit the ferry board because she opposed the new fares. ' +
				'Ms. Ortega and Mr. Tom Reyes argued because he opposed the new fares.'
		)
	);
	const clause = (n: number) => {
		const s = a.sentences[n]!;
		return { s, c: statedReasonClauses(s.text)[0]! };
	};
	it('names the one person the sentence names before the connective', () => {
		const { s, c } = clause(1);
		expect(withNamedSubject(a, s, c)).toBe('Ms. Ortega opposed the new fares');
	});
	it('gives up when the sentence names two people before it', () => {
		const { s, c } = clause(2);
		expect(withNamedSubject(a, s, c)).toBeUndefined();
	});
});

describe('withNamedSubject: after clauses with different subjects', () => {
	it('names no one in an earlier clause: the pronoun is the last clause’s subject', () => {
		const a = analyzeArticle(
			article(
				1,
				'Mr. Tom Reyes chaired the ferry board for a decade. ' +
					'Mr. Reyes was replaced in March, and his deputy resigned in June because he opposed the new fares.'
			)
		);
		const s = a.sentences[1]!;
		const c = statedReasonClauses(s.text)[0]!;
		expect(c.text).toBe('he opposed the new fares');
		// Before, "Mr. Reyes opposed the new fares": the deputy's reason credited to Reyes.
		expect(withNamedSubject(a, s, c)).toBeUndefined();
	});
	it('names the last clause’s subject when the pronoun can mean only that person', () => {
		const a = analyzeArticle(
			article(
				1,
				'The board fired Ms. Ann Ortega in March, and Mr. Tom Reyes resigned because he opposed the new fares.'
			)
		);
		const s = a.sentences[0]!;
		const c = statedReasonClauses(s.text)[0]!;
		expect(withNamedSubject(a, s, c)).toBe('Mr. Tom Reyes opposed the new fares');
	});
});
