import { describe, expect, it } from 'vitest';
import { analyzeArticle, viewStory } from '../analyze';
import { article } from '../article.test-helpers';
import { causalLinks } from './cause';
import { lastCoordinatedClause, possessiveUnclear } from './cause-coordinated';

const view = (...texts: string[]) =>
	viewStory(
		's',
		texts.map((t, i) => analyzeArticle(article(i + 1, t)))
	);

describe('lastCoordinatedClause: the clause a reason at the end belongs to', () => {
	it('takes the last of clauses with different subjects', () => {
		expect(
			lastCoordinatedClause('Tom Reyes was fired as treasurer in March and Ann Ortega resigned')
		).toBe('Ann Ortega resigned');
		expect(
			lastCoordinatedClause(
				'The board cut the ferry budget, Ann Ortega quit in May, and the harbour master resigned in June'
			)
		).toBe('the harbour master resigned in June');
	});
	it('leaves one clause, a compound subject and one subject with two predicates', () => {
		expect(lastCoordinatedClause('Tom Reyes and Ann Ortega resigned in June')).toBeUndefined();
		expect(
			lastCoordinatedClause('Tom Reyes was fired in March but stayed on the board')
		).toBeUndefined();
		expect(
			lastCoordinatedClause('The board praised the pilots and the harbour crews')
		).toBeUndefined();
		// A phrase after the last "and", not a clause: "French and British support as …".
		expect(
			lastCoordinatedClause(
				'The talks opened on Tuesday, following French and British support as the navy sailed'
			)
		).toBeUndefined();
		expect(
			lastCoordinatedClause('The visit was recalled in which she and Ann Ortega met the pilots')
		).toBeUndefined();
	});
	it('gives up on clauses that are someone’s reported words', () => {
		expect(
			lastCoordinatedClause('Tom Reyes said the board cut the budget and Ann Ortega resigned')
		).toBeNull();
	});
});

describe('possessiveUnclear: whose "his" or "her"', () => {
	const people = analyzeArticle(
		article(1, 'Mr. Tom Reyes, Mr. Bob Lane and Ms. Ann Ortega sat on the ferry board.')
	).people;
	it('credits a reason after two people’s acts to no one when both may be the pronoun’s', () => {
		const before = 'Mr. Reyes was fired in March and Mr. Lane resigned in June';
		expect(
			possessiveUnclear(
				'questions about his travel',
				before,
				'Mr. Lane resigned in June',
				people,
				true
			)
		).toBe(true);
		const other = 'Mr. Reyes was fired in March and Ms. Ortega resigned in June';
		expect(
			possessiveUnclear(
				'questions about her travel',
				other,
				'Ms. Ortega resigned in June',
				people,
				true
			)
		).toBe(false);
	});
	it('credits it to no act of two people, though the pronoun means one of them', () => {
		const before = 'Mr. Reyes and Ms. Ortega resigned in June';
		expect(possessiveUnclear('questions about his travel', before, before, people, false)).toBe(
			true
		);
	});
	it('keeps the reason of one act, whoever the act names', () => {
		const act = 'Mr. Reyes fired Mr. Lane';
		expect(possessiveUnclear('his remarks', act, act, people, false)).toBe(false);
		expect(possessiveUnclear('the audit', act, act, people, false)).toBe(false);
	});
});

describe('causalLinks: a reason credited to the act it explains', () => {
	it('asks about the last clause’s act, not both people’s', () => {
		const [link] = causalLinks(
			view(
				'Mr. Tom Reyes was fired as treasurer in March and Ms. Ann Ortega resigned as mayor in September because of her health.'
			)
		);
		expect(link?.cause).toBe('her health');
		expect(link?.effect).toBe('Ms. Ann Ortega resigned as mayor in September');
	});
	it('reads no link whose "his" may mean either of two men named in its clauses', () => {
		expect(
			causalLinks(
				view(
					'Mr. Tom Reyes was fired in March and Mr. Bob Lane resigned from the harbour board in June because of his health.'
				)
			)
		).toEqual([]);
	});
	it('reads no link crediting to two people a reason whose "his" means one', () => {
		expect(
			causalLinks(
				view(
					'Mr. Tom Reyes and Ms. Ann Ortega resigned from the harbour board in June because of his health.'
				)
			)
		).toEqual([]);
	});
	it('leaves a reason that opens the sentence to the clause it stands before', () => {
		const [link] = causalLinks(
			view(
				'After the audit of the ferry accounts, Mr. Tom Reyes fired the treasurer, and Ms. Ann Ortega praised the harbour board.'
			)
		);
		expect(link?.effect ?? '').not.toBe('Ms. Ann Ortega praised the harbour board');
	});
});
