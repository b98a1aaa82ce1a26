import { describe, expect, it } from 'vitest';
import { analyzeArticle } from './analyze';
import { article } from './article.test-helpers';
import { spanOf } from './build';
import { draftBase, type Candidate } from './candidates/candidate';
import { rejectReason } from './checks';
import { runPipelineDetailed } from './pipeline';
import { withReferent } from './pronoun-referent';

const OPENING =
	'Harbor commissioner Tom Reyes opened the new ferry terminal in Riverton on Monday.';
const LATER =
	'In 1998, he ran the first ferry line in the city with just 12 boats and a staff of nine.';

/** A gap on the second sentence of `text`, shown alone as the fact families show it. */
function gapOnSecond(text: string, gapped: string): { c: Candidate; text: string } {
	const a = analyzeArticle(article(0, text));
	const s = a.sentences[1]!;
	const c: Candidate = {
		family: 'fact',
		draft: {
			...draftBase(
				'fact',
				`Daily 0 writes: “${gapped}” How many? Choose what belongs in the gap.`,
				[spanOf(s)],
				`Daily 0: “${s.text}”`,
				2
			),
			type: 'single',
			choices: [
				{ id: 'a', text: '12' },
				{ id: 'b', text: '15' },
				{ id: 'c', text: '20' }
			],
			correct: ['a']
		},
		keyTexts: ['12'],
		hidden: [],
		answerKey: 'boats',
		quality: 0.7,
		excerpt: gapped,
		position: 1
	};
	return { c, text };
}

const glossed = (text: string, gapped: string) => {
	const { c } = gapOnSecond(text, gapped);
	return withReferent(c, analyzeArticle(article(0, text)));
};

describe('a single article’s he or she named in brackets', () => {
	const gapped = LATER.replace('12', '____');

	it('names the one man the sentence before names, so the check keeps the gap', () => {
		const text = `${OPENING}\n\n${LATER}`;
		const { c } = gapOnSecond(text, gapped);
		const out = withReferent(c, analyzeArticle(article(0, text)))!;
		expect(out.draft.prompt).toContain('“In 1998, [Tom Reyes] ran the first ferry line');
		expect(out.excerpt).toBe(gapped.replace('he ran', '[Tom Reyes] ran'));
		const question = { ...out.draft, id: 'q', storyId: 's', origin: 'generated', status: 'draft' };
		const articles = new Map([['a0', article(0, text)]]);
		expect(rejectReason(c, { ...question, prompt: c.draft.prompt } as never, articles)).toBe(
			'unresolved he/she in excerpt'
		);
		expect(rejectReason(out, question as never, articles)).toBeUndefined();
	});

	it('writes “his” as the name’s possessive, which names the “him” after it too', () => {
		const sentence =
			'In 1998, his first ferry line in the city gave him just 12 boats and a staff of nine.';
		const out = glossed(`${OPENING}\n\n${sentence}`, sentence.replace('12', '____'));
		expect(out?.draft.prompt).toContain("In 1998, [Tom Reyes's] first ferry line");
	});

	it('leaves the pronoun when the sentence before names two men', () => {
		const text = `Harbor commissioner Tom Reyes and his deputy Mark Diaz opened the new ferry terminal in Riverton on Monday.\n\n${LATER}`;
		expect(glossed(text, gapped)).toBeUndefined();
	});

	it('leaves it when the sentence before has its own “he” ahead of the name', () => {
		const text = `Ed Lane, a rider from Riverton, came to the opening on Monday.\n\nHe said he had voted for Tom Reyes.\n\n${LATER}`;
		const a = analyzeArticle(article(0, text));
		expect(a.sentences).toHaveLength(3);
		const s = a.sentences[2]!;
		const c = gapOnSecond(text, gapped).c;
		const atThird = { ...c, draft: { ...c.draft, evidence: [spanOf(s)] } };
		expect(withReferent(atThird, a)).toBeUndefined();
	});

	it('looks past a sentence that names no one only when it goes on with “he” too', () => {
		const third = (between: string) => {
			const text = `${OPENING}\n\n${between}\n\n${LATER}`;
			const a = analyzeArticle(article(0, text));
			const c = gapOnSecond(text, gapped).c;
			const s = a.sentences[2]!;
			return withReferent({ ...c, draft: { ...c.draft, evidence: [spanOf(s)] } }, a);
		};
		expect(third('For 12 years, he has run the harbor.')?.draft.prompt).toContain(
			'[Tom Reyes] ran'
		);
		expect(third('The city’s mayor is expected to retire next year.')).toBeUndefined();
		expect(third('“We waited for Ed Lane to act,” the mayor said.')).toBeUndefined();
	});

	it('leaves it when the sentence before has a second man as “him”', () => {
		const text = `Tom Reyes called him a kind and patient man.\n\n${LATER}`;
		expect(glossed(text, gapped)).toBeUndefined();
	});

	it('leaves a surname two people of the article share', () => {
		const text = `Tom Reyes and Ann Reyes, his wife, came on Monday.\n\nMr. Reyes opened the new ferry terminal in Riverton.\n\n${LATER}`;
		const a = analyzeArticle(article(0, text));
		const c = gapOnSecond(text, gapped).c;
		const s = a.sentences.at(-1)!;
		expect(withReferent({ ...c, draft: { ...c.draft, evidence: [spanOf(s)] } }, a)).toBeUndefined();
	});

	it('leaves a contraction, which the name would turn into a possessive', () => {
		const sentence = 'In 1998, he’d run just 12 boats with a staff of nine.';
		expect(glossed(`${OPENING}\n\n${sentence}`, sentence.replace('12', '____'))).toBeUndefined();
	});

	it('leaves “her”, which may be his or him', () => {
		const text = `Harbor commissioner Maria Lopez opened the new ferry terminal in Riverton on Monday.\n\nIn 1998, her first ferry line in the city ran just 12 boats with a staff of nine.`;
		expect(
			glossed(
				text,
				'In 1998, her first ferry line in the city ran just ____ boats with a staff of nine.'
			)
		).toBeUndefined();
	});

	it('leaves a pronoun inside someone’s quoted words', () => {
		const text = `${OPENING}\n\n“I have known him for 12 years and he built this line,” said Ann Poe, a rider.`;
		expect(glossed(text, 'I have known him for ____ years and he built this line')).toBeUndefined();
	});
});

describe('the pipeline, one article read alone', () => {
	it('asks the sentence that goes on about the person named before it', () => {
		const text = [
			'Harbor commissioner Tom Reyes opened the new ferry terminal in Riverton on Monday, the city council said.',
			'The terminal cost $45 million and will serve 30,000 riders a day, according to the council.',
			'Reyes has run the harbor for 12 years.',
			'In 2009, he traveled to Lisbon to study a ferry system that carries 80,000 riders a day.',
			'Council member Ann Poe voted against the terminal in 2021, citing its cost.',
			'The old terminal, built in 1962, served 9,000 riders a day before it closed.'
		].join('\n\n');
		const { questions } = runPipelineDetailed({ storyId: 's', articles: [article(0, text)] }, {});
		expect(questions.some((q) => q.prompt.includes('In 2009, [Tom Reyes] traveled'))).toBe(true);
	});
});
