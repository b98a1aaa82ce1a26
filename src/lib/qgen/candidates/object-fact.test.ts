import { describe, expect, it } from 'vitest';
import { analyzeArticle, viewStory } from '../analyze';
import { article } from '../article.test-helpers';
import {
	afterObject,
	baseForm,
	objectFactCandidates,
	objectLink,
	turnForQuestion
} from './object-fact';

const CAST =
	'Mayor Jane Holloway, Council member Tom Reyes and union leader Sam Okafor met at the Harlow town hall on Monday. Police Chief Maria Lopez joined them later.';

function asked(text: string, n = 1) {
	const analyses = Array.from({ length: n }, (_, i) => analyzeArticle(article(i + 1, text)));
	return objectFactCandidates(viewStory('s', analyses)).map((c) => c.draft);
}

describe('turnForQuestion', () => {
	it('puts "did" before the subject of a past verb, with the verb in its base form', () => {
		expect(turnForQuestion('Roe', 'took')).toEqual({ aux: 'did', after: 'take' });
		expect(turnForQuestion('Roe', 'previously defeated')).toEqual({
			aux: 'did',
			after: 'previously defeat'
		});
	});
	it('moves an auxiliary before the subject when a verb follows it', () => {
		expect(turnForQuestion('Roe', 'has endorsed')).toEqual({ aux: 'has', after: 'endorsed' });
		expect(turnForQuestion('Roe', 'will face')).toEqual({ aux: 'will', after: 'face' });
	});
	it('turns a past form that reads as an adjective alone ("invited")', () => {
		expect(baseForm('invited')).toBe('invite');
		expect(turnForQuestion('Roe', 'invited')).toEqual({ aux: 'did', after: 'invite' });
		expect(turnForQuestion('Roe', 'leads')).toEqual({ aux: 'does', after: 'lead' });
	});
	it('asks nothing when the verb keeps its past form ("did Roe ratcheted …?")', () => {
		expect(turnForQuestion('Roe', 'ratcheted')).toBeUndefined();
	});
	it('asks nothing of a copula or of a reporting verb', () => {
		expect(turnForQuestion('Roe', 'is the')).toBeUndefined();
		expect(turnForQuestion('Roe', 'told')).toBeUndefined();
		expect(turnForQuestion('Roe', 'said')).toBeUndefined();
	});
});

describe('objectLink', () => {
	it('keeps the particles and drops a role before the name', () => {
		expect(objectLink(' down businessman ')).toBe('down');
		expect(objectLink(' against Democrat ')).toBe('against');
		expect(objectLink(' ')).toBe('');
	});
	it('refuses a noun the person is only part of', () => {
		expect(objectLink(' the treatment of ')).toBeUndefined();
		expect(objectLink(' the plan by ')).toBeUndefined();
	});
});

describe('afterObject', () => {
	it('drops a relative clause about the object and cuts at the next comma', () => {
		expect(afterObject(', who led the union, in the March primary, by a wide margin.')).toBe(
			' in the March primary'
		);
		expect(afterObject(' (D-Ohio) in the primary.')).toBe(' in the primary');
		expect(afterObject(', who led the union.')).toBe('');
	});
	it('keeps a figure whole: the comma of "6,000" is no cut', () => {
		expect(afterObject(' by more than 6,000 votes, officials said.')).toBe(
			' by more than 6,000 votes'
		);
	});
});

describe('objectFactCandidates', () => {
	it('asks who a named subject acted on, with other people as choices', () => {
		const [q] = asked(`${CAST} Holloway defeated businessman Tom Reyes in the March primary.`);
		if (q?.type !== 'single') throw new Error('no who-object question');
		expect(q.prompt).toBe(
			'According to Daily 1, who did Jane Holloway defeat in the March primary?'
		);
		expect(q.choices.find((c) => c.id === q.correct[0])!.text).toBe('Tom Reyes');
		const wrong = q.choices.filter((c) => c.id !== q.correct[0]).map((c) => c.text);
		// Neither the subject nor the key: other people of the article.
		expect(wrong.sort()).toEqual(['Maria Lopez', 'Sam Okafor']);
	});
	it('leaves alone an object in a list, a possessive, or a story of several outlets', () => {
		expect(asked(`${CAST} Holloway defeated Tom Reyes and Sam Okafor in the primary.`)).toEqual([]);
		expect(asked(`${CAST} Holloway criticised Tom Reyes's plan for the buses.`)).toEqual([]);
		expect(asked(`${CAST} Holloway defeated Tom Reyes in the March primary.`, 2)).toEqual([]);
	});
	it('does not ask when the name is the subject of the next verb, or the rest is cut short', () => {
		expect(asked(`${CAST} Holloway campaign chairman Tom Reyes said the vote was fair.`)).toEqual(
			[]
		);
		expect(
			asked(`${CAST} Holloway responds to Tom Reyes with, at last, a plan for the buses.`)
		).toEqual([]);
	});
	it('does not ask when the rest of the question points to an earlier sentence', () => {
		expect(asked(`${CAST} Holloway defeated Tom Reyes in their second race.`)).toEqual([]);
	});
	it('asks nothing that would read broken: a plural possessive, "of" a place, a second clause, "to the"', () => {
		expect(asked(`${CAST} Holloway doubled Tom Reyes’ share of the vote.`)).toEqual([]);
		expect(asked(`${CAST} Holloway defeated Tom Reyes of Harlow in the March primary.`)).toEqual(
			[]
		);
		expect(
			asked(`${CAST} Holloway defeated Tom Reyes in the primary while turnout fell to a low.`)
		).toEqual([]);
		const prompts = asked(`${CAST} Holloway spoke to the Harlow mayor Maria Lopez in June.`).map(
			(q) => q.prompt
		);
		expect(prompts).toEqual(['According to Daily 1, who did Jane Holloway speak to in June?']);
	});
});
