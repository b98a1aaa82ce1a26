import { describe, expect, it } from 'vitest';
import { makeArticle } from '$test-data';
import { article, storyOf } from '../article.test-helpers';
import { analyzeArticle } from '../analyze';
import { generateQuestions } from '../index';
import { compareCandidates } from './compare';
import {
	moneyCompareCandidates,
	moneyDisagreements,
	pricedThings,
	roundsTo,
	samePricedThing
} from './compare-money';

const WATCH_A =
	'Prosecutors say the mayor used city money to buy items including a $12,480 gold pocket watch and a leather sofa.';
const WATCH_B =
	'The former mayor admitted buying a $12,840 gold pocket watch, a painting and a sailboat with city money.';

describe('pricedThings', () => {
	it('reads each sum with its hedge and the words for what it pays for, up to the next clause break', () => {
		const a = analyzeArticle(
			article(
				0,
				'Receipts showed over $2,000 at a garden centre, $318.40 on concert tickets and a $950 bicycle.'
			)
		);
		const found = pricedThings(a).map((p) => [p.text, p.phrase, p.words.join(' ')]);
		expect(found).toEqual([
			['over $2,000', 'at a garden centre', 'garden centre'],
			['$318.40', 'on concert tickets', 'concert tickets'],
			['$950', 'bicycle', 'bicycle']
		]);
	});
	it('leaves out sums inside a quotation', () => {
		const a = analyzeArticle(article(0, 'She said, “I never paid $900 for a lamp in my life.”'));
		expect(pricedThings(a)).toEqual([]);
	});
});

describe('moneyDisagreements', () => {
	it('pairs one thing two outlets price differently', () => {
		const pairs = moneyDisagreements(storyOf(WATCH_A, WATCH_B));
		expect(pairs.map(([x, y]) => [x.text, y.text])).toEqual([['$12,480', '$12,840']]);
	});
	it('does not pair sums whose hedges let both be right', () => {
		const hedged = WATCH_B.replace('$12,840', 'about $12,840').replace('a about', 'about');
		expect(moneyDisagreements(storyOf(WATCH_A, hedged))).toEqual([]);
	});
	it('does not pair a round sum with the sum it rounds ("$12,000" beside "$12,480")', () => {
		const rounded = WATCH_B.replace('$12,840', '$12,000');
		expect(moneyDisagreements(storyOf(WATCH_A, rounded))).toEqual([]);
		// A round sum the other does not round to is still a disagreement.
		const far = WATCH_B.replace('$12,840', '$13,000');
		expect(moneyDisagreements(storyOf(WATCH_A, far))).toHaveLength(1);
	});
	it('reads a rounding only to a place of a hundred or more', () => {
		expect(roundsTo(43000, 43350)).toBe(true);
		expect(roundsTo(60000, 64000)).toBe(true);
		expect(roundsTo(43000, 43700)).toBe(false);
		expect(roundsTo(5600, 5587.75)).toBe(true);
		expect(roundsTo(40, 43)).toBe(false);
		expect(roundsTo(5687.75, 5587.75)).toBe(false);
	});
	it('does not pair a price with a total of the same words, nor sums in different years', () => {
		const total =
			'In all, the mayor spent $61,000 on gold pocket watch purchases, the audit found.';
		expect(moneyDisagreements(storyOf(WATCH_A, total))).toEqual([]);
		const year2019 = 'In 2019, the club paid $8,200 for a team coach bus rental.';
		const year2021 = 'In 2021, the club paid $8,900 for a team coach bus rental.';
		expect(moneyDisagreements(storyOf(year2019, year2021))).toEqual([]);
	});
	it('does not pair sums that share only words for money itself', () => {
		const x = 'The senator spent $80,000 in campaign funds on travel.';
		const y = 'The senator repaid $60,000 in campaign funds last month.';
		const [a, b] = storyOf(x, y).analyses.map((an) => pricedThings(an)[0]!);
		expect(samePricedThing(a!, b!)).toBe(false);
	});
	it('does not pair when one outlet prices the thing twice', () => {
		const twice = `${WATCH_B} An earlier filing listed a $12,250 gold pocket watch.`;
		expect(moneyDisagreements(storyOf(WATCH_A, twice))).toEqual([]);
	});
});

describe('moneyCompareCandidates', () => {
	it("asks one outlet's sum given the other's, with both sentences as evidence and the other's sum a wrong choice", () => {
		const asked = moneyCompareCandidates(storyOf(WATCH_A, WATCH_B)).find((c) =>
			c.draft.prompt.includes('What sum does Daily 1')
		)!;
		expect(asked.draft.prompt).toBe(
			'Daily 0 and Daily 1 give different sums for the same thing. Daily 0 writes “a $12,480 gold pocket watch”. What sum does Daily 1 give for the gold pocket watch?'
		);
		const draft = asked.draft;
		if (draft.type !== 'single') throw new Error('single expected');
		const key = draft.choices.find((c) => draft.correct.includes(c.id))!;
		expect(key.text).toBe('$12,840');
		// The other outlet's sum, and sums spaced as the two are: the key is not the one choice
		// near the sum the prompt prints.
		expect(draft.choices.map((c) => c.text).sort()).toEqual([
			'$12,120',
			'$12,480',
			'$12,840',
			'$13,200'
		]);
		expect(new Set(draft.evidence.map((e) => e.articleId))).toEqual(new Set(['a0', 'a1']));
		expect(draft.explanation).toMatch(/^The outlets disagree: Daily 1 gives \$12,840/);
	});
});

describe('moneyCompareCandidates and pronouns', () => {
	it('asks nothing when the words for the thing hold a pronoun the prompt cannot resolve', () => {
		const a = 'The mayor spent $4,100 on his daughter’s wedding cake, the audit found.';
		const b = 'The audit found $4,600 spent on his daughter’s wedding cake.';
		expect(moneyDisagreements(storyOf(a, b))).toHaveLength(1);
		expect(moneyCompareCandidates(storyOf(a, b))).toEqual([]);
	});
});

describe('compareCandidates', () => {
	it('asks a sum with a counted noun here only, never as a counted figure without its dollar sign', () => {
		const keys = compareCandidates(storyOf(WATCH_A, WATCH_B)).map((c) => c.answerKey.split(':')[0]);
		expect(keys).toEqual(['money-outlet', 'money-outlet']);
	});
});

describe('a sum given differently in a whole story', () => {
	const story = (outlet: string, id: string, title: string, watch: string) =>
		makeArticle({
			id,
			storyId: 's',
			outlet,
			title,
			date: '2023-10-09',
			text: [
				'The former mayor of Riverton pleaded guilty on Monday to spending city money on himself.',
				watch,
				'“I let the people of this city down,” the former mayor told the judge.',
				'Sentencing was set for the spring, and prosecutors asked for a prison term.',
				'The city council voted last year to audit every account the mayor controlled because of the missing money.'
			].join('\n\n')
		});
	it('carries the disagreement in its first ten, beside the headline comparisons', () => {
		const questions = generateQuestions(
			{
				storyId: 's',
				articles: [
					story('Daily A', 'a0', 'Ex-mayor pleads guilty to spending spree', WATCH_A),
					story('Daily B', 'a1', 'Former Riverton Mayor Admits Misusing City Money', WATCH_B)
				]
			},
			{ max: 10 }
		);
		expect(questions.map((q) => q.prompt).join('\n')).toMatch(
			/give different sums for the same thing\. .* What sum does Daily [AB] give for the gold pocket watch\?/
		);
	});
});
