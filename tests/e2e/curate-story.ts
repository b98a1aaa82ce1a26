/**
 * An invented two-outlet story with generated-looking drafts, as a .byline.json the teacher
 * imports through the dashboard. Built with the src/test-data factories; span() finds each
 * offset, so it always matches the text.
 */
import type { Page } from '@playwright/test';
import { expect } from '@playwright/test';
import type { Evidence } from '../../src/lib/bank/schema';
import { makeArticle, makeSecondArticle } from '../../src/test-data/article';
import { makeQuestion } from '../../src/test-data/question';
import { span } from '../../src/test-data/span';

export const STORY_ID = 'ferry-strike';
export const STORY_TITLE = 'Harbour ferry strike';

const courier = makeArticle({
	id: 'ferry-courier',
	storyId: STORY_ID,
	title: 'Ferry crews strike over pay',
	outlet: 'Bay Courier',
	date: '2024-03-04',
	text:
		'Ferry crews walked off the job at dawn on Monday, halting all crossings to Gull Island.\n\n' +
		'Union leader Dana Price said "the crews have waited two years for a fair contract".\n\n' +
		'About 4,000 commuters use the ferry every weekday, the port authority said.'
});
const ledger = makeSecondArticle({
	id: 'ferry-ledger',
	storyId: STORY_ID,
	title: 'Thousands stranded as ferries stop',
	outlet: 'Harbour Ledger',
	date: '2024-03-04',
	text:
		'The port authority said 3,500 passengers were stranded by the strike on Monday.\n\n' +
		'Harbour director Sam Osei called the walkout "regrettable but not unexpected".\n\n' +
		'Talks are set to resume on Wednesday.'
});

/** A generated-looking true/false draft; scores fall from 0.9 so the review queue has an order. */
function draft(
	n: number,
	skill: 'quote' | 'fact' | 'source' | 'compare' | 'timeline',
	prompt: string,
	evidence: Evidence[],
	correct: 'true' | 'false' = 'true'
) {
	return makeQuestion('truefalse', {
		id: `ferry-g${n}`,
		storyId: STORY_ID,
		skill,
		prompt,
		correct: [correct],
		evidence,
		explanation: 'The evidence sentence settles it.',
		origin: 'generated',
		status: 'draft',
		difficulty: 1 + (n % 3),
		score: Math.round((0.95 - n * 0.05) * 100) / 100
	});
}

export function ferryBank() {
	const questions = [
		draft(1, 'quote', 'Dana Price said the crews have waited two years for a fair contract.', [
			span(
				courier,
				'Union leader Dana Price said "the crews have waited two years for a fair contract".'
			)
		]),
		draft(2, 'fact', 'The crews walked off the job on Monday.', [
			span(
				courier,
				'Ferry crews walked off the job at dawn on Monday, halting all crossings to Gull Island.'
			)
		]),
		draft(
			3,
			'source',
			'Sam Osei works for the union.',
			[
				span(
					ledger,
					'Harbour director Sam Osei called the walkout "regrettable but not unexpected".'
				)
			],
			'false'
		),
		draft(
			4,
			'compare',
			'Both outlets give the same number of affected passengers.',
			[
				span(
					courier,
					'About 4,000 commuters use the ferry every weekday, the port authority said.'
				),
				span(
					ledger,
					'The port authority said 3,500 passengers were stranded by the strike on Monday.'
				)
			],
			'false'
		),
		draft(5, 'timeline', 'Talks are set to resume on Wednesday.', [
			span(ledger, 'Talks are set to resume on Wednesday.')
		]),
		draft(6, 'fact', 'All crossings to Gull Island were halted.', [
			span(
				courier,
				'Ferry crews walked off the job at dawn on Monday, halting all crossings to Gull Island.'
			)
		]),
		draft(7, 'quote', 'Sam Osei called the walkout regrettable.', [
			span(ledger, 'Harbour director Sam Osei called the walkout "regrettable but not unexpected".')
		]),
		draft(8, 'source', 'The port authority gave the passenger figures.', [
			span(
				ledger,
				'The port authority said 3,500 passengers were stranded by the strike on Monday.'
			)
		])
	];
	return {
		format: 'byline-bank',
		version: 1,
		stories: [{ id: STORY_ID, title: STORY_TITLE, articleIds: ['ferry-courier', 'ferry-ledger'] }],
		articles: [courier, ledger],
		questions
	};
}

/** Imports a bank through the dashboard's "Import a story file", as a teacher would. */
export async function importBank(page: Page, bank: object, name = 'story.byline.json') {
	await page.goto('/teach');
	await expect(page.getByRole('heading', { level: 1, name: 'Your stories' })).toBeVisible();
	await page.getByLabel('Import a story file (.byline.json)').setInputFiles({
		name,
		mimeType: 'application/json',
		buffer: Buffer.from(JSON.stringify(bank))
	});
	await expect(page.getByText(/^Imported “/)).toBeVisible();
}
