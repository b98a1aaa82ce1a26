import { describe, expect, it } from 'vitest';
import type { Article } from '$lib/bank/schema';
import { campaignArticles } from '$test-data';
import { analyzeArticle, viewStory } from '../analyze';
import { compareCandidates } from './compare';

const article = (n: number, outlet: string, text: string): Article => ({
	id: `a${n}`,
	storyId: 's',
	title: `${outlet} report`,
	outlet,
	date: '2023-10-09',
	text
});

function drafts(texts: [string, string][]) {
	const view = viewStory(
		's',
		texts.map(([outlet, text], i) => analyzeArticle(article(i, outlet, text)))
	);
	return compareCandidates(view).map((c) => c.draft);
}

// Daily A contradicts itself (25, later 40); the others each give one figure.
const SELF_CONTRADICTING: [string, string] = [
	'Daily A',
	'On Sunday 25 protesters were killed in the capital, police said.\n\nBy night, doctors said 40 protesters were killed in the capital.'
];
const B: [string, string] = [
	'Daily B',
	'On Sunday 12 protesters were killed in the capital, officials said.'
];
const C: [string, string] = [
	'Daily C',
	'On Sunday 60 protesters were killed in the capital, medics said.'
];
const D: [string, string] = [
	'Daily D',
	'On Sunday 90 protesters were killed in the capital, activists said.'
];

describe('compareCandidates', () => {
	it('matches only outlets that give one figure, and never only two of them', () => {
		const withThree = drafts([SELF_CONTRADICTING, B, C, D]).filter((d) => d.type === 'matching');
		expect(withThree).toHaveLength(1);
		const matching = withThree[0]!;
		if (matching.type !== 'matching') throw new Error('not matching');
		expect(matching.pairs.map((p) => p.left).sort()).toEqual(['Daily B', 'Daily C', 'Daily D']);

		const withTwo = drafts([SELF_CONTRADICTING, B, C]).filter((d) => d.type === 'matching');
		expect(withTwo).toEqual([]);
	});

	it('writes a counted noun with its capital, as the article does ("Norwegian passports")', () => {
		const prompts = drafts([
			['Daily A', 'Police seized 40 Norwegian passports at the port on Sunday, officials said.'],
			['Daily B', 'Police seized 75 Norwegian passports at the port on Sunday, officials said.']
		]).map((d) => d.prompt);
		expect(prompts.some((p) => p.includes('count the Norwegian passports differently'))).toBe(true);
		expect(prompts.join(' ')).not.toContain('norwegian');
	});

	it('asks which outlet gives only a rough amount beside another’s number, as no disagreement', () => {
		const rough = drafts([
			[
				'Daily A',
				'On Sunday 12 people were killed and at least 40 others were wounded at the fair.'
			],
			[
				'Daily B',
				'The blast at the fair left 12 people dead and scores of others injured on Sunday.'
			]
		]).filter((d) => d.prompt.startsWith('Not every outlet gives an exact number'));
		expect(rough.map((d) => d.prompt)).toEqual([
			'Not every outlet gives an exact number for the injured. Which outlet reports “scores of others”?'
		]);
		expect(rough[0]!.explanation).toContain('both can be true');
		// "Dozens" says "four dozen" less exactly: no number against a rough amount.
		const dozens = drafts([
			['Daily A', 'The inspector has at least four dozen questions for the mayor about the fund.'],
			['Daily B', 'The inspector hopes to ask the mayor dozens of questions about the fund.']
		]);
		expect(dozens.filter((d) => d.prompt.startsWith('Not every outlet'))).toEqual([]);
	});

	it('states a true/false comparison over the whole sentence, with no gap in it', () => {
		const tf = drafts([B, C, D]).filter((d) => d.type === 'truefalse');
		expect(tf.length).toBeGreaterThan(0);
		for (const d of tf) {
			expect(d.prompt).not.toContain('____');
			expect(d.prompt).toMatch(/\d+ protesters were killed/);
		}
	});

	it('does not call a vague figure and a specific one that fits it a disagreement', () => {
		const all = drafts([
			['Daily A', 'The counsel hopes to ask the president dozens of questions about the case.'],
			[
				'Daily B',
				'The counsel hopes to ask the president almost four dozen questions about the case.'
			],
			['Daily C', 'The counsel hopes to ask the president hundreds of questions about the case.']
		]);
		const single = all.filter((d) => d.type === 'single');
		expect(single.length).toBeGreaterThan(0);
		for (const d of single) {
			if (d.type !== 'single') continue;
			const texts = d.choices.map((c) => c.text);
			// "almost four" would be a fragment; "dozens" fits "almost four dozen" so cannot be wrong.
			expect(texts).not.toContain('almost four');
			if (d.prompt.startsWith('Outlets give different figures here. Daily B'))
				expect(texts).not.toContain('dozens');
		}
		expect(all.map((d) => d.explanation).join(' ')).toContain('almost four dozen questions');
	});

	it('asks which outlets agree with a claim that says what the figure counts', () => {
		const multi = drafts([
			['Daily A', 'An attack killed a contractor and wounded four U.S. service members.'],
			['Daily B', 'Four U.S. service members were wounded in the attack on the base.'],
			['Daily C', 'The base was attacked on Friday night.']
		]).filter((d) => d.type === 'multi');
		expect(multi.map((d) => d.prompt)).toContain(
			'Which outlets report that four U.S. service members were wounded? Select all that apply.'
		);
	});
	it('asks no agreement question when another outlet gives the figure but not what it did', () => {
		const multi = drafts([
			['Daily A', 'On the beach, about 100 people chanted slogans as they walked to the fence.'],
			['Daily B', 'On the beach, about 100 people marched slowly toward the fence.'],
			['Daily C', 'The fence was closed on Sunday.']
		]).filter((d) => d.type === 'multi');
		// Daily B never says they chanted: "Which outlets report that about 100 people chanted?" would be wrong.
		expect(multi.map((d) => d.prompt).join(' ')).not.toContain('chanted');
	});
});

describe('compareCandidates: wrong figures', () => {
	it('never offers the same number twice, once in digits and once in words', () => {
		const all = drafts([
			['Daily A', 'On Sunday a gunman shot four people at the park, police said.'],
			['Daily B', 'On Sunday a gunman shot six people at the park, officials said.'],
			['Daily C', 'On Sunday a gunman shot 6 people at the park, medics said.']
		]);
		expect(all.some((d) => d.type === 'single')).toBe(true);
		for (const d of all) {
			if (d.type !== 'single') continue;
			const values = d.choices.map((c) => c.text.replace(/^six$/, '6'));
			expect(new Set(values).size).toBe(values.length);
		}
	});
});

describe('compareCandidates: a gap the sentence fills itself', () => {
	it('asks no figure whose sentence lists what it counts', () => {
		const prompts = drafts([
			[
				'Daily A',
				'On Sunday in the park, six people, including two lawmakers, an aide and a lobbyist, were shot.'
			],
			['Daily B', 'On Sunday in the park, four people were shot, officials said.']
		]).map((d) => d.prompt);
		// Daily B's figure is asked; Daily A's, which its own list adds up to, is not.
		expect(prompts.some((p) => p.includes('Which figure does Daily B give?'))).toBe(true);
		expect(prompts.some((p) => p.includes('Which figure does Daily A give?'))).toBe(false);
	});
});

describe('compareCandidates: which outlet reports a figure', () => {
	const A: [string, string] = [
		'Daily A',
		'On Sunday in the park, six people were shot, police said.'
	];
	const B: [string, string] = [
		'Daily B',
		'On Sunday in the park, four people were shot, officials said.'
	];
	const outletQuestion = (texts: [string, string][], figure: string) =>
		drafts(texts).find((d) => d.prompt.includes(`Which outlet reports “${figure}`));
	it('keys the one outlet that gives the figure, citing every outlet', () => {
		const q = outletQuestion([A, B, ['Daily C', 'The park was closed on Monday.']], 'six people');
		expect(q?.type).toBe('single');
		if (q?.type !== 'single') return;
		expect(q.choices.find((c) => q.correct.includes(c.id))?.text).toBe('Daily A');
		expect(q.choices.map((c) => c.text).sort()).toEqual(['Daily A', 'Daily B', 'Daily C']);
		expect(new Set(q.evidence.map((e) => e.articleId))).toEqual(new Set(['a0', 'a1']));
	});
	it('counts an ordinal as the same number ("his 19th order" beside "19 orders")', () => {
		const texts: [string, string][] = [
			['Daily A', 'The governor has signed 23 emergency orders since the floods began.'],
			['Daily B', 'The governor has signed 19 emergency orders since the floods began.'],
			['Daily C', 'On Monday the governor signed his 19th emergency order since the floods.']
		];
		expect(outletQuestion(texts, '19 emergency orders')).toBeUndefined();
		expect(outletQuestion(texts, '23 emergency orders')).toBeDefined();
	});
	it('asks nothing when another outlet writes the same number anywhere', () => {
		expect(
			outletQuestion([A, B, ['Daily C', 'Six people were taken to the hospital.']], 'six people')
		).toBeUndefined();
	});
});

describe('compareCandidates: numbers that differ within their hedges', () => {
	const texts: [string, string][] = [
		[
			'Daily A',
			'More than 150 migrants, part of a group that once numbered about 1,200, were prepared to seek asylum at the crossing.'
		],
		['Daily B', 'About 200 migrants from the south prepared to walk together to the crossing.'],
		['Daily C', 'The crossing was closed for an hour on Sunday.']
	];
	it('asks which outlet gives which number, saying both can be true', () => {
		const q = drafts(texts).find((d) =>
			d.prompt.includes('Which outlet reports “about 200 migrants”')
		);
		expect(q?.prompt).toContain('The outlets state the number of migrants differently.');
		// Both numbers can be true: no "different numbers", which tells students one is wrong.
		expect(q?.prompt).not.toContain('different numbers');
		expect(q?.explanation).not.toContain('different numbers');
		if (q?.type !== 'single') throw new Error('no single-choice question');
		expect(q.choices.find((c) => q.correct.includes(c.id))?.text).toBe('Daily B');
		expect(q.explanation).toContain('hedged so that both can be true');
	});
	it('asks no figure question of one that fits the other when neither differs in number', () => {
		const same = drafts([
			['Daily A', 'More than 150 migrants were prepared to seek asylum at the crossing.'],
			['Daily B', 'Some 150 migrants were prepared to seek asylum at the crossing.'],
			['Daily C', 'The crossing was closed for an hour on Sunday.']
		]);
		expect(same.filter((d) => d.prompt.includes('Which outlet reports'))).toEqual([]);
	});
});

describe('compareCandidates: figures the key alone did not group', () => {
	it('asks which outlet gives each count of the same new rules', () => {
		const prompts = drafts([
			['Daily A', 'The agency on Tuesday issued 12 new rules for drone pilots near airports.'],
			[
				'Daily B',
				'The agency on Tuesday issued 15 new rules for drone pilots flying near airports.'
			],
			['Daily C', 'Pilots groups said they would study the rules before the summer.']
		]).map((d) => d.prompt);
		expect(prompts).toContain(
			'The outlets count the new rules differently. Which outlet reports “12 new rules”?'
		);
	});

	it('asks nothing when one outlet counts the new rules and another the total', () => {
		const prompts = drafts([
			['Daily A', 'The agency on Tuesday issued 12 new rules for drone pilots near airports.'],
			['Daily B', 'The agency now has a total of 40 rules for drone pilots near airports.'],
			['Daily C', 'Pilots groups said they would study the rules before the summer.']
		]).map((d) => d.prompt);
		expect(prompts.filter((p) => /rules/.test(p))).toEqual([]);
	});
});

describe('compareCandidates: one number hedged two ways', () => {
	const all = drafts([
		['Daily A', 'The counsel has at least four dozen questions he wants to ask the president.'],
		['Daily B', 'The counsel has almost four dozen questions he wants to ask the president.'],
		['Daily C', 'The president’s lawyers have not said whether he will sit for an interview.']
	]);

	it('asks which outlet writes each hedge, keeping the hedge in the prompt and explanation', () => {
		const hedged = all.filter((d) => d.prompt.startsWith('The outlets hedge'));
		expect(hedged.map((d) => d.prompt).sort()).toEqual([
			'The outlets hedge the number of questions differently. Which outlet writes “almost four dozen questions”?',
			'The outlets hedge the number of questions differently. Which outlet writes “at least four dozen questions”?'
		]);
		for (const d of hedged) {
			expect(d.explanation).toContain('Daily A: “at least four dozen questions”');
			expect(d.explanation).toContain('Daily B: “almost four dozen questions”');
			// Both outlets' sentences prove it.
			expect(new Set(d.evidence.map((e) => e.articleId))).toEqual(new Set(['a0', 'a1']));
			if (d.type !== 'single') throw new Error('not single');
			const key = d.choices.find((c) => d.correct.includes(c.id))!.text;
			expect(key).toBe(d.prompt.includes('at least') ? 'Daily A' : 'Daily B');
		}
	});

	it('asks nothing when the outlets hedge the number the same way', () => {
		const same = drafts([
			['Daily A', 'The counsel has at least four dozen questions he wants to ask the president.'],
			['Daily B', 'The counsel has at least four dozen questions for the president.'],
			['Daily C', 'The president’s lawyers have not said whether he will sit for an interview.']
		]);
		expect(same.filter((d) => d.prompt.startsWith('The outlets hedge'))).toEqual([]);
	});
});

describe('compareCandidates: one share hedged two ways', () => {
	it('asks which outlet gives the hedged share, with what it is a share of', () => {
		const prompts = drafts([
			[
				'Daily A',
				'More than 70 percent of voters backed the bridge plan in the city vote on Sunday.'
			],
			['Daily B', 'In the city vote on Sunday, 70% of voters backed the bridge plan.'],
			['Daily C', 'Turnout was low, officials said.']
		]).map((d) => d.prompt);
		expect(prompts).toEqual([
			'The outlets hedge the same share differently. Which outlet writes “more than 70 percent of voters”?'
		]);
	});

	it('asks nothing of shares of different things, nor of "about 35" beside "35"', () => {
		expect(
			drafts([
				['Daily A', 'The tariff on steel is 25 percent, the ministry said on Sunday.'],
				['Daily B', 'Steel from the region made up more than 25 percent of all imports last year.']
			])
		).toEqual([]);
		expect(
			drafts([
				['Daily A', 'The district the senator represents is roughly 35 percent Latino.'],
				['Daily B', 'The district the senator represents is 35 percent Latino.']
			])
		).toEqual([]);
	});
});

describe('a count one outlet gives in words and another as a number', () => {
	const raid = (count: string) =>
		`${count} federal agents took part in the raid on the charity's offices, according to court papers.`;
	const prompts = (a: string, b: string) =>
		drafts([
			['Daily A', raid(a)],
			['Daily B', raid(b)]
		]).map((d) => d.prompt);

	it('asks which outlet gives "more than a dozen" and which "29"', () => {
		expect(prompts('More than a dozen', 'In all, 29')).toEqual(
			expect.arrayContaining([
				'The outlets state the number of federal agents differently. Which outlet reports “more than a dozen federal agents”?',
				'The outlets state the number of federal agents differently. Which outlet reports “29 federal agents”?'
			])
		);
	});

	it('sets "a dozen" against a number written out with a hyphen ("twenty-nine")', () => {
		expect(prompts('A dozen', 'In all, twenty-nine').join('\n')).toContain(
			'Which figure does Daily A give?'
		);
	});

	it('sets "dozens" against a number', () => {
		expect(prompts('Dozens of', 'Nine').join('\n')).toContain(
			'The outlets count the federal agents differently. Which outlet reports “nine federal agents”?'
		);
	});
});

describe('a story of three outlets on a governor’s race', () => {
	const prompts = () =>
		compareCandidates(viewStory('campaign', campaignArticles().map(analyzeArticle))).map(
			(c) => c.draft.prompt
		);
	it('asks which outlet reports each count of the executive actions since she took office', () => {
		expect(prompts()).toContain(
			'The outlets count the executive actions differently. Which outlet reports “19 executive actions”?'
		);
		expect(prompts()).toContain(
			'The outlets count the executive actions differently. Which outlet reports “23 executive actions”?'
		);
	});
	it('sets no count of one day’s actions beside them ("signed two executive actions on Tuesday")', () => {
		expect(prompts().join('\n')).not.toMatch(/two executive actions|Evening Herald/);
	});
});

describe('compareCandidates: one thing counted under two nouns', () => {
	it('asks which outlet reports "23 executive steps" against "19 executive actions"', () => {
		const prompts = drafts([
			[
				'Daily A',
				'The governor has taken 19 executive actions on housing since taking office in January.'
			],
			[
				'Daily B',
				'The governor has taken 23 executive steps on housing since taking office in January.'
			]
		]).map((d) => d.prompt);
		expect(prompts.some((p) => p.includes('Which outlet reports “23 executive steps”?'))).toBe(
			true
		);
	});
});
