/** The classroom-loop browser tests' story: one article, four single-choice questions. */
import { expect, type Page } from '@playwright/test';

export const CLASS_STORY_ID = 'river-class';

const TEXT =
	'The river rose two metres overnight, the Valley Courier reported.\n\nMayor Ruth Okafor said "the levee held".\n\nAbout 300 people left their homes, and the River Post said 450 were evacuated.';

function evidence(quote: string) {
	const start = TEXT.indexOf(quote);
	if (start < 0) throw new Error(`quote not in the article: ${quote}`);
	return [{ articleId: 'river-a', start, end: start + quote.length }];
}

/** Prompt -> [right answer, ...wrong answers]; the tests pick choices by their text. */
export const CLASS_QUESTIONS = {
	'How far did the river rise?': ['Two metres', 'One metre', 'Three metres'],
	'Which outlet reported 450 people evacuated?': ['River Post', 'Valley Courier'],
	'Who said "the levee held"?': ['Ruth Okafor', 'The fire chief', 'Nobody is named'],
	'How many people left their homes, according to the Valley Courier?': [
		'About 300',
		'About 450',
		'About 3,000'
	]
} as const;
export type ClassPrompt = keyof typeof CLASS_QUESTIONS;

const EVIDENCE: Record<ClassPrompt, string> = {
	'How far did the river rise?': 'The river rose two metres overnight',
	'Which outlet reported 450 people evacuated?': 'the River Post said 450 were evacuated',
	'Who said "the levee held"?': 'Mayor Ruth Okafor said "the levee held"',
	'How many people left their homes, according to the Valley Courier?':
		'About 300 people left their homes'
};
const SKILLS: Record<ClassPrompt, string> = {
	'How far did the river rise?': 'fact',
	'Which outlet reported 450 people evacuated?': 'source',
	'Who said "the levee held"?': 'quote',
	'How many people left their homes, according to the Valley Courier?': 'fact'
};

export function classStoryFile(): string {
	const prompts = Object.keys(CLASS_QUESTIONS) as ClassPrompt[];
	return JSON.stringify({
		format: 'byline-bank',
		version: 1,
		stories: [{ id: CLASS_STORY_ID, title: 'River flood', articleIds: ['river-a'] }],
		articles: [
			{
				id: 'river-a',
				storyId: CLASS_STORY_ID,
				title: 'River rises two metres',
				outlet: 'Valley Courier',
				date: '2024-03-02',
				text: TEXT
			}
		],
		questions: prompts.map((prompt, i) => ({
			id: `river-q${i + 1}`,
			storyId: CLASS_STORY_ID,
			type: 'single',
			skill: SKILLS[prompt],
			prompt,
			choices: CLASS_QUESTIONS[prompt].map((text, j) => ({ id: `c${j}`, text })),
			correct: ['c0'],
			evidence: evidence(EVIDENCE[prompt]),
			explanation: 'See the evidence.',
			origin: 'curated',
			status: 'approved',
			difficulty: 1
		}))
	});
}

/** Takes the quiz from the story page, choosing for each question the choice `pick` names. */
export async function takeQuiz(page: Page, pick: Record<ClassPrompt, string>): Promise<void> {
	await page.getByRole('link', { name: /^(Start|Resume) quiz$/ }).click();
	const prompts = Object.keys(pick) as ClassPrompt[];
	for (let n = 1; n <= prompts.length; n++) {
		await expect(page.getByText(`Question ${n} of ${prompts.length}`)).toBeVisible();
		const legend = (await page.locator('.question legend').first().innerText()).trim();
		const prompt = prompts.find((p) => legend.includes(p));
		if (!prompt) throw new Error(`unexpected question: ${legend}`);
		await page.getByRole('radio', { name: pick[prompt], exact: true }).check();
		await page.getByRole('button', { name: 'Check answer' }).click();
		await page.getByRole('button', { name: /^(Next question|See results)$/ }).click();
	}
	await expect(page).toHaveURL(/\/results$/);
}
