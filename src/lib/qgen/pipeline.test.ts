import { describe, expect, it } from 'vitest';
import { QuestionSchema, bankConsistencyIssues, type Question } from '$lib/bank/schema';
import { makeArticle, protestArticles } from '$test-data';
import { onlyAdds, runPipelineDetailed, wantsReadThrough } from './pipeline';
import type { Candidate } from './candidates/candidate';
import type { Ranked } from './select';
import { generateQuestions } from './index';
import { check } from '$lib/validation';

const input = { storyId: 'river', articles: protestArticles() };

describe('generateQuestions', () => {
	const questions = generateQuestions(input, { max: 30 });

	it('returns valid, evidence-backed questions with deterministic ids', () => {
		expect(questions.length).toBeGreaterThan(5);
		for (const q of questions) expect(check(QuestionSchema, q).success).toBe(true);
		const issues = bankConsistencyIssues({
			stories: [{ id: 'river', title: 'r', articleIds: protestArticles().map((a) => a.id) }],
			articles: protestArticles(),
			questions
		});
		expect(issues).toEqual([]);
		expect(generateQuestions(input, { max: 30 })).toEqual(questions);
		expect(
			questions.every(
				(q) => q.id.startsWith('river-g-') && q.origin === 'generated' && q.status === 'draft'
			)
		).toBe(true);
	});

	it('asks the source and compare questions first', () => {
		expect(['source', 'compare', 'quote']).toContain(questions[0]!.skill);
		const compare = questions.filter((q) => q.skill === 'compare');
		expect(compare.length).toBeGreaterThan(0);
		// The crowd figure differs: thousands (Gazette) against dozens (Post); a question about one names the outlet.
		const single = compare.find((q) => q.type === 'single' && / writes: /.test(q.prompt));
		if (!single || single.type !== 'single') throw new Error('no single-choice compare question');
		const key = single.choices.find((c) => c.id === single.correct[0])!.text;
		expect(key).toBe(single.prompt.includes('Riverton Gazette writes') ? 'thousands' : 'dozens');
	});

	it('attributes quotes to the right speaker, with other speakers as distractors', () => {
		const who = questions.filter(
			(q) => (q.type === 'single' || q.type === 'evidence') && q.prompt.startsWith('Who said')
		);
		for (const q of who) {
			if (q.type !== 'single' && q.type !== 'evidence') continue;
			const key = q.choices.find((c) => c.id === q.correct[0])!.text;
			if (q.prompt.includes('spend money')) expect(key).toBe('Jane Holloway');
			if (q.prompt.includes('poorest families')) expect(key).toBe('Tom Reyes');
			if (q.prompt.includes('every week')) expect(key).toBe('Sam Okafor');
		}
		expect(who.length).toBeGreaterThan(0);
	});

	it('orders dated events, resolving weekdays against the publication date (Tuesday 2021-12-14)', () => {
		const order = questions.find((q) => q.type === 'ordering');
		if (!order || order.type !== 'ordering') throw new Error('no ordering question');
		// Dec. 1 strike, then Friday's (Dec. 10) vote, then Monday's (Dec. 13) march; no item
		// names its own date.
		expect(order.items.map((i) => i.text)).toEqual([
			'City workers began a one-day strike over the same cuts',
			'The council voted to close two libraries',
			'Thousands of protesters marched on the city hall in Riverton, police said'
		]);
	});

	it('respects max, progress and cancel', () => {
		expect(generateQuestions(input, { max: 3 })).toHaveLength(3);
		const stages: string[] = [];
		generateQuestions(input, { onProgress: (p) => stages.push(p.stage) });
		expect(stages.at(-1)).toBe('select');
		expect(generateQuestions(input, { shouldCancel: () => true })).toEqual([]);
	});
});

describe('filling a short first ten', () => {
	// Two outlets, one of them long: the facts worth asking stand far past its lead, where a
	// story of several outlets does not look for who-did-what questions.
	const routine = Array.from(
		{ length: 27 },
		(_, i) => `The harbour board held its meeting number ${i + 2} in the old hall that week.`
	);
	const articles = [
		makeArticle({
			id: 'long',
			outlet: 'Daily Planet',
			title: 'Harbour office opens after long delay',
			text: [
				'The new harbour office opened on Friday after a delay of two years.',
				...routine,
				'Mayor Ann Lee opened the new harbour office in the old customs house on Friday morning.',
				'Port director Bo Chen thanked the crews who finished the building in the spring.',
				'Council member Rita Gomez voted against the budget for the office last year.'
			].join('\n\n')
		}),
		makeArticle({
			id: 'short',
			outlet: 'Metro Wire',
			title: 'City gets harbour office',
			text: 'The city opened a harbour office on Friday.\n\nCrowds watched the ceremony from the quay.'
		})
	];

	it('reads each article through, as a single article is read, when the set rules leave it short', () => {
		const { picked } = runPipelineDetailed({ storyId: 'harbour', articles }, { max: 10 });
		const filled = picked.find((p) => p.candidate.fill)?.question;
		if (filled?.type !== 'single') throw new Error('no fill question');
		expect(filled.prompt).toBe(
			'According to Daily Planet, who thanked the crews who finished the building in the spring?'
		);
		const key = filled.choices.find((c) => c.id === filled.correct[0]);
		expect(key?.text).toBe('Bo Chen');
	});
});

/**
 * Two short reports of one council vote on a ferry pier, the short-ten tests' story: the Northern
 * Courier's lead and the sentences after it, and the Southern Ledger's headline and sentences.
 */
function pierStory(north: readonly string[], southTitle: string, south: readonly string[]) {
	return [
		makeArticle({
			id: 'north',
			outlet: 'Northern Courier',
			title: 'Ferry pier plan goes ahead',
			text: [
				'The town council passed a plan to rebuild the old ferry pier on Tuesday night.',
				...north
			].join('\n\n')
		}),
		makeArticle({
			id: 'south',
			outlet: 'Southern Ledger',
			title: southTitle,
			text: south.join('\n\n')
		})
	];
}

describe('the last resort for a short first ten', () => {
	// Two short reports of one vote: too few quotes, people and figures for ten questions.
	const articles = pierStory(
		[
			'The pier has been closed to boats since a storm damaged its wooden deck.',
			'Work is expected to begin in the spring.'
		],
		'Council votes on ferry pier',
		[
			'Councillors voted on Tuesday to rebuild the ferry pier.',
			'Fishing crews have used a beach ramp while the pier was shut.'
		]
	);

	it('asks a gap on the verb of the act when nothing else fills the ten', () => {
		const { questions, picked } = runPipelineDetailed({ storyId: 'pier', articles }, { max: 10 });
		expect(questions.length).toBeLessThan(10);
		const gap = picked.find(
			(p) => p.candidate.fill && /____ a plan/.test(p.question.prompt)
		)?.question;
		if (gap?.type !== 'single') throw new Error('no word gap on the act');
		const key = gap.choices.find((c) => c.id === gap.correct[0]);
		expect(key?.text).toBe('passed');
		expect(gap.choices.map((c) => c.text)).toContain('rejected');
	});
});

describe('a tally in a short ten (issue #10, figure-tally.ts)', () => {
	// Two short reports of one vote; the second gives its tally, which no count family reads.
	const articles = pierStory(
		['Work is expected to begin in the spring.'],
		'Council backs ferry pier',
		[
			'Councillors backed the plan to rebuild the ferry pier on Tuesday.',
			'The town council voted 6-1 for the plan after a long debate about its cost to the town.'
		]
	);

	it('asks the tally as a chosen gap where it adds to the ten', () => {
		const { questions } = runPipelineDetailed({ storyId: 'pier', articles }, { max: 10 });
		const tally = questions.find((q) => /voted ____ for the plan/.test(q.prompt));
		if (tally?.type !== 'single') throw new Error('no tally gap');
		expect(tally.choices.find((c) => c.id === tally.correct[0])?.text).toBe('6-1');
	});
});

describe('a story’s short ten after the last resort (issue #10)', () => {
	// Two short reports of one vote; the first's one fact below its lead is told in a sentence
	// longer than the cloze pass reads (cloze-long.ts), as an article read alone would ask it.
	const longSentence =
		'Harbour master Lena Ortiz, who has run the port for twelve years and watched its fishing fleet shrink every winter since the storm, told members that repairs would cost the town about 40,000 pounds and take most of the coming summer to finish.';
	const story = (south: readonly string[]) =>
		pierStory([longSentence], 'Council votes on ferry pier', south);
	const longGaps = (qs: readonly Question[]) =>
		qs.filter((q) => q.type === 'cloze' && q.prompt.includes('told members that repairs'));

	it('asks a gap in an outlet’s long sentence whose key the story writes again', () => {
		const articles = story([
			'Councillors voted on Tuesday to rebuild the ferry pier.',
			// Too short for the cloze pass: the figure is told again, not asked here.
			'Repairs will cost 40,000 pounds.'
		]);
		const { questions } = runPipelineDetailed({ storyId: 'pier', articles }, { max: 10 });
		expect(questions.length).toBeLessThan(10);
		expect(longGaps(questions).length).toBeGreaterThan(0);
	});

	it('leaves a long sentence’s gap whose key the story writes there alone', () => {
		const articles = story(['Councillors voted on Tuesday to rebuild the ferry pier.']);
		const { questions } = runPipelineDetailed({ storyId: 'pier', articles }, { max: 10 });
		expect(questions.length).toBeLessThan(10);
		expect(longGaps(questions)).toEqual([]);
	});
});

describe('a short quiz of one article read alone', () => {
	// Five words of the lexicon, each in its own sentence, and little else to ask.
	const article = makeArticle({
		id: 'ward',
		outlet: 'Daily A',
		title: 'Ward map debate goes on',
		text: [
			'The council kept a cordial tone during the long meeting about the ward map.',
			'Critics said the new map would undermine trust in the ward elections.',
			'Members called the old boundaries divisive and out of date.',
			'The debate over the boundaries grew contentious late in the evening.',
			'Residents found the process arbitrary and confusing.'
		].join('\n\n')
	});
	const words = (qs: readonly Question[]) => qs.filter((q) => q.skill === 'vocabulary');

	it('asks a fourth word only as a last resort, when the quiz runs short', () => {
		const { questions } = runPipelineDetailed({ storyId: 'ward', articles: [article] }, {});
		expect(questions.length).toBeLessThan(10);
		expect(words(questions)).toHaveLength(4);
	});

	it('keeps three words from one article in a story of several outlets', () => {
		const other = makeArticle({ ...article, id: 'ward-b', outlet: 'Daily B' });
		const { questions } = runPipelineDetailed({ storyId: 'ward', articles: [article, other] }, {});
		expect(words(questions).length).toBeLessThanOrEqual(3);
	});
});

describe('a short quiz’s fill words (issue #10)', () => {
	// Plain reporting: no quote, one figure, and words only FILL_SENSES (lexicon.ts) lists.
	const article = makeArticle({
		id: 'clerk',
		outlet: 'Daily A',
		title: 'Ward map survey costs questioned',
		text: [
			'The council approved the new ward map on Tuesday after a long debate.',
			'The clerk disclosed the cost of the survey in a letter to members.',
			'Residents of the eastern wards have grown hostile to the plan since spring.'
		].join('\n\n')
	});
	const words = (qs: readonly Question[]) =>
		qs.filter((q) => q.skill === 'vocabulary').map((q) => /“(\w+)” mean/.exec(q.prompt)?.[1]);

	it('asks them when the quiz of an article read alone runs short', () => {
		const { questions } = runPipelineDetailed({ storyId: 'clerk', articles: [article] }, {});
		expect(questions.length).toBeLessThan(10);
		expect(words(questions)).toEqual(expect.arrayContaining(['disclosed', 'hostile']));
	});

	it('asks them once, not once per outlet, when a story of several outlets runs short', () => {
		const other = makeArticle({ ...article, id: 'clerk-b', outlet: 'Daily B' });
		const { questions } = runPipelineDetailed({ storyId: 'clerk', articles: [article, other] }, {});
		expect(questions.length).toBeLessThan(10);
		expect(words(questions).sort()).toEqual(['disclosed', 'hostile']);
	});
});

describe('a short quiz of one article quoting two people', () => {
	// Two voices and nobody else: "who said" has one wrong speaker, too few to ask.
	const article = makeArticle({
		id: 'river',
		outlet: 'Daily A',
		title: 'River plan debated',
		text: [
			'The council debated the river plan on Monday.',
			'“The plan will bring clean water from the Mill River to every home,” Jane Holloway said.',
			'“Families on Elm Street will pay higher taxes for ten years,” Tom Reyes said.'
		].join('\n\n')
	});
	const voices = (qs: readonly Question[]) =>
		qs.filter((q) => q.type === 'truefalse' && / who said “/.test(q.prompt));

	it('asks which of the two said a line, as true or false', () => {
		const { questions } = runPipelineDetailed({ storyId: 'river', articles: [article] }, {});
		expect(voices(questions).length).toBeGreaterThan(0);
	});

	it('asks no such line of a story of several outlets', () => {
		const other = makeArticle({ ...article, id: 'river-b', outlet: 'Daily B' });
		const { questions } = runPipelineDetailed({ storyId: 'river', articles: [article, other] }, {});
		expect(voices(questions)).toEqual([]);
	});
});

describe('onlyAdds', () => {
	const q = (n: number) => ({ id: `q${n}`, prompt: `Question ${n}?` }) as Question;
	const [a, b, c, d] = [q(1), q(2), q(3), q(4)];

	it('takes a longer first ten that keeps every earlier question', () => {
		expect(onlyAdds([a, b], [a, c, b], 10)).toBe(true);
	});

	it('refuses a swap, even a longer one, and a ten no longer than before', () => {
		// d and c came in, but b gave way: one question for another is no gain.
		expect(onlyAdds([a, b], [a, c, d], 10)).toBe(false);
		expect(onlyAdds([a, b], [b, a], 10)).toBe(false);
		// Only the first ten count: a question added past them fills nothing there.
		expect(onlyAdds([a, b], [a, b, c], 2)).toBe(false);
	});
});

describe('wantsReadThrough', () => {
	const ranked = (n: number, aside?: number): Ranked[] =>
		Array.from({ length: n }, (_, i) => ({
			candidate: { family: 'fact' } as Candidate,
			question: { id: `q${i}`, prompt: `Question ${i}?` } as Question,
			sideDetail: i === aside
		}));

	it('reads the articles through when the first ten run short', () => {
		const r = ranked(6);
		expect(
			wantsReadThrough(
				r.map((x) => x.question),
				r,
				10
			)
		).toBe(true);
	});

	it('reads them through when a full ten holds a fact on a side detail, and not otherwise', () => {
		const withAside = ranked(12, 9);
		expect(
			wantsReadThrough(
				withAside.map((x) => x.question),
				withAside,
				10
			)
		).toBe(true);
		// The side detail came after the first ten: nothing to replace.
		const later = ranked(12, 11);
		expect(
			wantsReadThrough(
				later.map((x) => x.question),
				later,
				10
			)
		).toBe(false);
		const none = ranked(12);
		expect(
			wantsReadThrough(
				none.map((x) => x.question),
				none,
				10
			)
		).toBe(false);
	});
});

describe('a story with more outlets than a question shows', () => {
	const quiet = (n: number) =>
		makeArticle({
			id: `quiet-${n}`,
			storyId: 'many',
			title: `Council meets on budget ${n}`,
			outlet: `Daily ${n}`,
			text: 'The city council met on Monday to discuss the budget. The meeting lasted three hours.'
		});
	const describing = (n: number, text: string) =>
		makeArticle({
			id: `describes-${n}`,
			storyId: 'many',
			title: `Union vows more strikes ${n}`,
			outlet: `Daily ${n}`,
			text
		});
	// Only the seventh and eighth outlets describe Okafor, so a "which outlet describes him as …"
	// question is keyed to an outlet past the first six.
	const articles = [
		...[1, 2, 3, 4, 5, 6].map(quiet),
		describing(
			7,
			'Union leader Sam Okafor said workers would strike again on Monday. “We will be back every week,” Okafor said.'
		),
		describing(
			8,
			'Sam Okafor, a retired machinist who now runs the union, said workers would strike again on Monday.'
		)
	];

	it('generates without failing, and every key is among its choices', () => {
		const questions = generateQuestions({ storyId: 'many', articles }, { max: 40 });
		expect(questions.length).toBeGreaterThan(0);
		for (const q of questions)
			if (q.type === 'single' || q.type === 'multi')
				for (const id of q.correct) expect(q.choices.map((c) => c.id)).toContain(id);
	});
});

describe('a single article that quotes one voice', () => {
	it('asks a word of that voice’s own sentence when its quiz runs short', () => {
		const speech = makeArticle({
			id: 'speech',
			storyId: 'speech',
			text: [
				'Mayor Jane Holloway spoke to the council on Monday about housing.',
				'Jane Holloway said: “We will build homes this year. The council has been stuck in litigation over housing for years. We will change that.”'
			].join('\n\n')
		});
		const prompts = generateQuestions({ storyId: 'speech', articles: [speech] }, {}).map(
			(q) => q.prompt
		);
		expect(
			prompts.some((p) =>
				p.startsWith('Jane Holloway said: “The council has been stuck in litigation')
			)
		).toBe(true);
	});
});

describe('a figure another outlet counts otherwise', () => {
	// Two reports of one fleet: 130 boats arrived by one outlet's count; the other counts about 200
	// boats in the cooperative, which the alignment cannot say with confidence is the same count.
	const articles = [
		makeArticle({
			id: 'east',
			outlet: 'Eastern Post',
			title: 'Fishing fleet reaches Port Arden',
			text: [
				'About 130 fishing boats reached Port Arden on Wednesday after a week at sea, the harbour master said.',
				'Crews unloaded their catch at the quay while families waited on the shore.'
			].join('\n\n')
		}),
		makeArticle({
			id: 'west',
			outlet: 'Western Star',
			title: 'Fleet returns to Port Arden',
			text: [
				'The cooperative, which owns about 200 boats, said the fleet had sailed north to escape the storm.',
				'Its members sold the catch at the market on Thursday.'
			].join('\n\n')
		})
	];

	it('marks a fact on either count as contested, so it waits behind settled facts', () => {
		const { ranked } = runPipelineDetailed({ storyId: 'fleet', articles }, { max: 10 });
		const onCount = ranked.filter(
			(r) => r.question.skill === 'fact' && /how many/i.test(r.question.prompt)
		);
		expect(onCount.length).toBeGreaterThan(0);
		for (const r of onCount) expect(r.contestedFigure).toBe(true);
		const others = ranked.filter((r) => !onCount.includes(r));
		expect(others.every((r) => !r.contestedFigure)).toBe(true);
	});
});

describe('a fact keyed on a person', () => {
	it('is marked keyIsPerson, and a fact keyed on a body or a figure is not', () => {
		const { ranked } = runPipelineDetailed(
			{ storyId: 'river', articles: protestArticles() },
			{ max: 30 }
		);
		const facts = ranked.filter((r) => r.question.skill === 'fact' && r.question.type === 'single');
		const person = facts.filter((r) => /^detail:person:/.test(r.candidate.answerKey));
		const other = facts.filter((r) => /^detail:(?:org|quantity|date):/.test(r.candidate.answerKey));
		expect(person.length).toBeGreaterThan(0);
		expect(other.length).toBeGreaterThan(0);
		for (const r of person) expect(r.keyIsPerson).toBe(true);
		for (const r of other) expect(r.keyIsPerson).toBe(false);
	});
});
