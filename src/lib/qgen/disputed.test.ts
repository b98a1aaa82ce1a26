import { describe, expect, it } from 'vitest';
import { arrestArticles, makeArticle } from '$test-data';
import { analyzeArticle, viewStory } from './analyze';
import type { Candidate } from './candidates/candidate';
import { disputedSpans, keyIsDisputed } from './disputed';
import { figureGroups } from './figure-groups';
import { runPipelineDetailed } from './pipeline';

const arrestView = () => viewStory('arrest', arrestArticles().map(analyzeArticle));
const textsOf = (v: ReturnType<typeof arrestView>) =>
	new Map(v.analyses.map((a) => [a.article.id, a.article.text]));

describe('disputedSpans', () => {
	it('holds the day, the place and the count the outlets give differently, on both sides', () => {
		const v = arrestView();
		const texts = textsOf(v);
		const words = disputedSpans(v).map((s) => texts.get(s.articleId)!.slice(s.start, s.end));
		expect(words.sort()).toEqual(
			['29', 'Bellingham', 'More than a dozen', 'Seattle', 'Thursday', 'Wednesday'].sort()
		);
	});

	it('holds nothing of another event: a second arrest, a date of another charge', () => {
		const v = arrestView();
		const texts = textsOf(v);
		const words = disputedSpans(v).map((s) => texts.get(s.articleId)!.slice(s.start, s.end));
		for (const other of ['Tacoma', 'Friday', 'Feb. 28', 'Jan. 1', 'three'])
			expect(words).not.toContain(other);
	});

	it('holds no figure another outlet gives as the same number, hedged or not', () => {
		const agents = (n: string) =>
			`${n} agents took part in the arrest at her apartment, according to court papers.`;
		const v = viewStory(
			's',
			[agents('In all, 29'), agents('In all, roughly 29')].map((text, i) =>
				analyzeArticle(makeArticle({ id: `a${i}`, outlet: `Daily ${i}`, storyId: 's', text }))
			)
		);
		// One count, grouped: the figures were set side by side and found to agree.
		expect(figureGroups(v.figures).map((g) => g.figs.length)).toContain(2);
		expect(disputedSpans(v)).toEqual([]);
	});
});

describe('disputedSpans: shares and vague amounts', () => {
	const story = (...texts: string[]) =>
		viewStory(
			's',
			texts.map((text, i) =>
				analyzeArticle(makeArticle({ id: `a${i}`, outlet: `Daily ${i}`, storyId: 's', text }))
			)
		);
	it('holds no count a vague amount of another outlet takes in ("scores" beside "53")', () => {
		const v = story(
			'The attack on the nightclub left 50 people dead and scores of others injured, police said.',
			'The attack on the nightclub left 50 people dead and 53 others injured, police said.'
		);
		expect(figureGroups(v.figures).some((g) => g.figs.length === 2)).toBe(true);
		expect(disputedSpans(v)).toEqual([]);
		// …but "a dozen" is no vague amount: it disputes "29".
		const w = story(
			'A dozen agents took part in the arrest at her apartment, according to court papers.',
			'In all, 29 agents took part in the arrest at her apartment, according to court papers.'
		);
		expect(disputedSpans(w)).toHaveLength(2);
	});
	it('holds no share: shares of different wholes group too readily', () => {
		const v = story(
			'The president put tariffs of 25 percent on imported steel in March, officials said.',
			'The president put tariffs of 10 percent on imported steel in March, officials said.'
		);
		expect(disputedSpans(v)).toEqual([]);
	});
});

describe('keyIsDisputed', () => {
	const v = arrestView();
	const texts = textsOf(v);
	const ledger = v.analyses[0]!;
	const sentence = ledger.sentences[0]!;
	const evidence = [{ articleId: ledger.article.id, start: sentence.start, end: sentence.end }];
	const item = (family: Candidate['family'], key: string) =>
		({ family, keyTexts: [key], draft: { evidence } }) as unknown as Candidate;

	it('refuses a fact or cloze item keyed on a disputed place, not one keyed on the person', () => {
		const disputed = disputedSpans(v);
		expect(keyIsDisputed(item('cloze', 'Seattle'), disputed, texts)).toBe(true);
		expect(keyIsDisputed(item('fact', 'Seattle'), disputed, texts)).toBe(true);
		expect(keyIsDisputed(item('cloze', 'Jane Roe'), disputed, texts)).toBe(false);
	});

	it('leaves comparisons alone: they name the outlet', () => {
		expect(keyIsDisputed(item('compare', 'Seattle'), disputedSpans(v), texts)).toBe(false);
	});
});

describe('the pipeline on a story whose outlets disagree', () => {
	it('asks the disputed details as comparisons and never as a plain fact', () => {
		const { ranked, picked, rejected } = runPipelineDetailed(
			{ storyId: 'arrest', articles: arrestArticles() },
			{ max: 10 }
		);
		const disputed = ['Seattle', 'Bellingham', 'Wednesday', 'Thursday', '29', 'More than a dozen'];
		const factual = ranked.filter(
			(r) =>
				(r.candidate.family === 'fact' || r.candidate.family === 'cloze') &&
				r.candidate.keyTexts.some((k) => disputed.includes(k))
		);
		expect(factual.map((r) => r.question.prompt)).toEqual([]);
		// The guard did the refusing: the cloze items on the two towns were made and turned down.
		const refused = rejected
			.filter((r) => r.reason === 'another outlet gives this detail differently')
			.flatMap((r) => r.candidate.keyTexts);
		expect(refused).toEqual(expect.arrayContaining(['Seattle', 'Bellingham']));
		const prompts = picked.map((r) => r.question.prompt).join('\n');
		expect(prompts).toMatch(/Which place does (?:Daily Ledger|Coast Courier) give\?/);
		expect(prompts).toMatch(/Which day does (?:Daily Ledger|Coast Courier) give\?/);
	});
});
