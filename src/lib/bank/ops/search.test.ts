import { describe, expect, it } from 'vitest';
import { BankSchema, type Question } from '../schema';
import { FILE_STORY, makeFileBank } from '$test-data';
import { buildQuestionIndex, filterQuestions, foldText, queryTerms } from './search';
import { makeSyntheticBank, makeSyntheticQuestions } from './synthetic';
import { check } from '$lib/validation';

const index = () => buildQuestionIndex(makeFileBank().questions);
const ids = (qs: Question[]) => qs.map((q) => q.id);

describe('text search', () => {
	it('folds case and accents', () => {
		expect(foldText('Écrit ZOË')).toBe('ecrit zoe');
	});

	it('ANDs words and keeps quoted phrases together', () => {
		expect(queryTerms('  Mayor "reopen the"  docks ')).toEqual(['mayor', 'reopen the', 'docks']);
		expect(ids(filterQuestions(index(), { text: 'ruiz friday' }))).toEqual([
			'q-single',
			'q-matching'
		]);
		expect(ids(filterQuestions(index(), { text: 'ruiz weeks' }))).toEqual(['q-matching']);
		expect(filterQuestions(index(), { text: '"ruiz weeks"' })).toEqual([]);
	});

	it('searches choices, accepted answers, pairs, items, tags and explanations', () => {
		expect(ids(filterQuestions(index(), { text: 'daily planet' }))).toEqual(['q-multi']);
		expect(ids(filterQuestions(index(), { text: '"break water"' }))).toEqual(['q-cloze']);
		expect(ids(filterQuestions(index(), { text: 'docks reopen' }))).toEqual([
			'q-single',
			'q-matching',
			'q-ordering'
		]);
		expect(ids(filterQuestions(index(), { text: 'disagreement' }))).toEqual(['q-numeric']);
		expect(ids(filterQuestions(index(), { text: 'BREAKWATER' }))).toEqual([
			'q-cloze',
			'q-evidence'
		]);
	});
});

describe('facets', () => {
	it('ORs within a facet and ANDs across facets', () => {
		expect(ids(filterQuestions(index(), { types: ['single', 'numeric'] }))).toEqual([
			'q-single',
			'q-numeric'
		]);
		expect(
			ids(filterQuestions(index(), { types: ['single', 'numeric'], skills: ['compare'] }))
		).toEqual(['q-numeric']);
		expect(ids(filterQuestions(index(), { statuses: ['draft', 'rejected'] }))).toEqual([
			'q-matching',
			'q-ordering',
			'q-evidence'
		]);
		expect(ids(filterQuestions(index(), { tags: ['quotes', 'numbers'] }))).toEqual([
			'q-single',
			'q-numeric'
		]);
		expect(filterQuestions(index(), { origins: ['generated'] })).toEqual([]);
		expect(filterQuestions(index(), { storyId: 'other' })).toEqual([]);
		expect(filterQuestions(index(), { storyId: FILE_STORY, types: [] })).toHaveLength(8);
	});
});

describe('synthetic questions', () => {
	it('are deterministic and valid', () => {
		expect(makeSyntheticQuestions(50)).toEqual(makeSyntheticQuestions(50));
		expect(check(BankSchema, makeSyntheticBank(200)).error?.issues ?? []).toEqual([]);
	});

	// Speed is measured by `npm run bench` (scripts/bench/filter.ts), never asserted here.
	it('filters 5,000 questions correctly', () => {
		const big = buildQuestionIndex(makeSyntheticQuestions(5_000));
		const hits = filterQuestions(big, { text: 'zoe budget', statuses: ['draft', 'approved'] });
		expect(hits.length).toBeGreaterThan(0);
		expect(hits.every((q) => foldText(q.prompt + q.explanation).includes('zoe'))).toBe(true);
	});
});
