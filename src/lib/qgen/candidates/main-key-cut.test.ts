import { describe, expect, it } from 'vitest';
import { contentWords, keyParts } from './main-idea';
import { dropsHeadlineReason } from './main-key-cut';

const LEAD =
	'Councillor Jane Roe resigned from the Portmouth council on Friday, following complaints of bullying by her staff.';
const heads = (...titles: string[]) => titles.map(contentWords);

describe('a key cut before the reason the headlines share', () => {
	it('keeps the reason when two headlines give it', () => {
		const headlines = heads(
			'Councillor Roe resigns',
			'Roe quits council after bullying complaints',
			'Portmouth councillor accused of bullying steps down'
		);
		expect(
			dropsHeadlineReason(LEAD, 'Councillor Jane Roe resigned.', headlines, contentWords)
		).toBe(true);
		expect(keyParts(LEAD, headlines).join(' ')).toBe(LEAD);
	});

	it('cuts the reason when the headlines tell only the act', () => {
		const headlines = heads(
			'Councillor Roe resigns',
			'Roe quits Portmouth council',
			'Portmouth councillor steps down'
		);
		expect(keyParts(LEAD, headlines).join(' ')).toBe(
			'Councillor Jane Roe resigned from the Portmouth council on Friday.'
		);
	});

	it('keeps the reason one of two outlets’ headlines gives', () => {
		const headlines = heads(
			'Councillor Roe resigns',
			'Roe quits council after bullying complaints'
		);
		expect(keyParts(LEAD, headlines).join(' ')).toBe(LEAD);
		expect(
			keyParts(LEAD, heads('Councillor Roe resigns', 'Roe quits Portmouth council')).join(' ')
		).toBe('Councillor Jane Roe resigned from the Portmouth council on Friday.');
	});

	it('leaves a tail that elaborates the act to the cut', () => {
		const lead =
			'The harbour board filed a lawsuit on Friday against the ferry company and its owners, alleging fraud in the fares it charged.';
		const headlines = heads(
			'Board sues ferry firm alleging fraud',
			'Harbour board alleges fare fraud'
		);
		expect(
			dropsHeadlineReason(lead, 'The harbour board filed a lawsuit.', headlines, contentWords)
		).toBe(false);
	});
});
