import { describe, expect, it } from 'vitest';
import type { Article } from '$lib/bank/schema';
import { analyzeArticle, viewStory } from '../analyze';
import { clozeCandidates } from './cloze';

const article = (n: number, text: string): Article => ({
	id: `a${n}`,
	storyId: 's',
	title: 'Council vote',
	outlet: `Daily ${'ABC'[n]}`,
	date: '2023-10-09',
	text
});

// Both outlets share "whether" and "ordinance": only the content word makes a fair gap.
const TEXTS = [
	'Residents asked whether the council would ever pass the parking ordinance this autumn.',
	'Nobody knew whether members had read the ordinance before the long evening meeting began.'
];

describe('clozeCandidates', () => {
	it('gaps a shared content word, never a shared function word', () => {
		const view = viewStory(
			's',
			TEXTS.map((t, i) => analyzeArticle(article(i, t)))
		);
		const keys = clozeCandidates(view).map((c) =>
			'accepted' in c.draft ? c.draft.accepted[0]?.toLowerCase() : undefined
		);
		expect(keys).toContain('ordinance');
		expect(keys).not.toContain('whether');
	});

	it('gaps neither a name its title gives away, nor one the headline shows', () => {
		const view = viewStory('s', [
			analyzeArticle({
				...article(
					0,
					'The budget that Mayor Jane Holloway signed on Monday cuts money for Riverton parks.'
				),
				title: 'Riverton parks lose money'
			}),
			analyzeArticle(
				article(
					1,
					'The budget that Jane Holloway signed on Monday cuts money for the city libraries.'
				)
			)
		]);
		const keys = clozeCandidates(view).map((c) =>
			'accepted' in c.draft ? c.draft.accepted[0] : undefined
		);
		expect(keys).not.toContain('Riverton');
		expect(keys.filter((k) => k === 'Jane Holloway')).toHaveLength(1);
	});

	it('gaps only the number after a hedge, and never a name its apposition gives away', () => {
		const view = viewStory('s', [
			analyzeArticle(
				article(0, 'The feud between the families has lasted more than six decades in the valley.')
			),
			analyzeArticle(
				article(1, 'Jane Holloway, the mayor, opened the new library in the old town hall.')
			)
		]);
		const drafts = clozeCandidates(view).map((c) => c.draft);
		const prompts = drafts.map((d) => d.prompt);
		expect(prompts).toContain(
			'Fill the gap (Daily A): The feud between the families has lasted more than ____ decades in the valley.'
		);
		expect(prompts.some((p) => p.includes('____, the mayor'))).toBe(false);
	});

	it('skips a name whose surname stands elsewhere in the sentence, and a name in a list', () => {
		const view = viewStory('s', [
			analyzeArticle(
				article(
					0,
					'Critics said the Holloway budget was written to tilt the vote in Jane Holloway’s favor.'
				)
			),
			analyzeArticle(
				article(1, 'The council signed deals with France, Germany and Britain on the same night.')
			),
			analyzeArticle(
				article(2, 'The council signed a deal with France on the same night last week.')
			)
		]);
		const cands = clozeCandidates(view);
		expect(cands.some((c) => c.keyTexts.includes('Jane Holloway'))).toBe(false);
		const list = cands.find((c) => c.draft.prompt.includes('Daily B'));
		const single = cands.find((c) => c.draft.prompt.includes('Daily C'));
		// "France, Germany and ____": any name of the list fits the gap.
		expect(list?.keyTexts).not.toEqual(['Britain']);
		expect(list?.keyTexts).not.toEqual(['France']);
		expect(single).toBeDefined();
	});

	it('gaps neither a shared title nor a shared verb, which other words could replace', () => {
		const view = viewStory(
			's',
			[
				'Residents said the chairman announced a parking ordinance at the evening meeting.',
				'Nobody knew the chairman announced an ordinance at the long evening meeting.'
			].map((t, i) => analyzeArticle(article(i, t)))
		);
		const keys = clozeCandidates(view).map((c) =>
			'accepted' in c.draft ? c.draft.accepted[0] : undefined
		);
		expect(keys).toEqual(['ordinance', 'ordinance']);
	});

	it('does not gap a count of one or two', () => {
		const view = viewStory('s', [
			analyzeArticle(
				article(0, 'The two leaders discussed trade and the four new tariffs at length.')
			)
		]);
		const keys = clozeCandidates(view).map((c) =>
			'accepted' in c.draft ? c.draft.accepted[0] : undefined
		);
		expect(keys).toEqual(['four']);
	});

	it('does not gap a sentence inside a quotation that spans several sentences', () => {
		const view = viewStory('s', [
			analyzeArticle(
				article(
					0,
					'The mayor posted a long message. “We met the delegation today in the old hall. The deal with France will be a great thing for the whole valley. More soon,” she wrote.'
				)
			)
		]);
		const prompts = clozeCandidates(view).map((c) => c.draft.prompt);
		expect(prompts.some((p) => p.includes('great thing'))).toBe(false);
	});

	it('gaps no name after "the city’s mayor," and no shared adjective', () => {
		const view = viewStory(
			's',
			[
				'The city’s mayor, Jane Holloway, opened the new library in the old town hall.',
				'Residents said the possible ordinance would change the long evening meetings.',
				'Nobody knew whether the possible ordinance had been read before the meeting.'
			].map((t, i) => analyzeArticle(article(i, t)))
		);
		const keys = clozeCandidates(view).map((c) =>
			'accepted' in c.draft ? c.draft.accepted[0] : undefined
		);
		expect(keys).not.toContain('Jane Holloway');
		expect(keys).not.toContain('possible');
		expect(keys).toContain('ordinance');
	});

	it('does not gap a shared word the headline above shows', () => {
		const view = viewStory('s', [
			analyzeArticle({ ...article(0, TEXTS[0]!), title: 'Council passes ordinance' }),
			analyzeArticle(article(1, TEXTS[1]!))
		]);
		const prompts = clozeCandidates(view).map((c) => c.draft.prompt);
		expect(prompts.some((p) => p.includes('Daily A'))).toBe(false);
		expect(prompts.some((p) => p.includes('Daily B'))).toBe(true);
	});

	it('does not gap a word the story keeps pairing with its neighbour', () => {
		const view = viewStory(
			's',
			[
				'The files showed covert work on nuclear weapons and on testing sites across the country.',
				'Officials said nuclear weapons research went on, and inspectors were kept from the sites.',
				'Nobody doubted the nuclear weapons plan, though inspectors never saw the testing sites.'
			].map((t, i) => analyzeArticle(article(i, t)))
		);
		const keys = clozeCandidates(view).map((c) =>
			'accepted' in c.draft ? c.draft.accepted[0] : undefined
		);
		expect(keys).not.toContain('weapons');
		expect(keys).toContain('inspectors');
	});
	it('never gaps an adverb, which other adverbs could replace', () => {
		const text =
			'The council effectively ended the harbour plan on Monday after a long night of debate.';
		const view = viewStory('s', [
			analyzeArticle(article(0, text)),
			analyzeArticle(article(1, text))
		]);
		expect(clozeCandidates(view).some((c) => c.keyTexts.includes('effectively'))).toBe(false);
	});
});
