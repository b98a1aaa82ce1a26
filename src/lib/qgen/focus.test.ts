import { describe, expect, it, vi } from 'vitest';
import { analyzeArticle } from './analyze';
import type { Question } from '$lib/bank/schema';
import type { Candidate } from './candidates/candidate';
import {
	asksForJournalist,
	eventWords,
	focusAdjustment,
	asksBackground,
	gapInApposition,
	gapSetsScene,
	gapSplitsName,
	keyEveryOutletPrints,
	leadEventOverlap,
	leadEventWeight,
	OFF_STORY_PENALTY,
	pastYearDetail,
	sideDetail,
	sideFigure,
	storyCentrality,
	storyFocus
} from './focus';
import { article } from './article.test-helpers';
import { gapInNameList } from './focus-list';

describe('storyFocus', () => {
	it('scores a sentence about the headline’s event above a side detail', () => {
		const a = analyzeArticle(
			article(
				1,
				'A flood closed the river bridge in Marton on Monday. Engineers inspected the bridge. The mayor’s cat was rescued from a tree last spring.'
			)
		);
		// The lead stands in for the headline here: the helper's titles are all "Report n".
		const focus = storyFocus([a]);
		const [lead, , side] = a.sentences;
		expect(focus([lead!])).toBeGreaterThan(focus([side!]));
		expect(focus([side!])).toBe(0);
	});
});

describe('storyCentrality', () => {
	const daily1 = analyzeArticle({
		...article(
			1,
			'Flood waters closed the river bridge in Marton on Monday. Engineers said the bridge would stay closed for repairs until spring. Mayor Ann Lee, who grew up on a dairy farm near Leeds, studied chemistry at university.'
		),
		title: 'Flood closes Marton bridge'
	});
	const daily2 = analyzeArticle({
		...article(
			2,
			'The river bridge in Marton was closed on Monday after flood waters rose. Repairs will keep the bridge closed until spring, engineers said.'
		),
		title: 'Marton bridge shut by flood'
	});
	const central = storyCentrality([daily1, daily2]);
	const [, repairs, biography] = daily1.sentences;

	it('rates a sentence another outlet also tells above a biography only one outlet gives', () => {
		expect(central([repairs!])).toBeGreaterThan(0.7);
		expect(central([biography!])).toBeLessThan(0.2);
	});

	it('reads a single article as central throughout: there is no other outlet to compare', () => {
		expect(storyCentrality([daily1])([biography!])).toBe(1);
	});

	it('demotes only detail questions, and those the more the further from the main events', () => {
		const adjust = focusAdjustment([daily1, daily2]);
		const ask = (family: Candidate['family'], s: typeof repairs) =>
			adjust(
				{ family } as Candidate,
				{
					prompt: 'Fill the gap: something ____ here.',
					evidence: [s!]
				} as unknown as Question
			);
		expect(ask('fact', biography)).toBeLessThan(ask('fact', repairs));
		expect(ask('fact', biography)).toBeLessThan(0);
		expect(ask('quote', biography)).toBeGreaterThanOrEqual(0);
	});
});

describe('sideDetail', () => {
	const fellowText = 'Ann Lee is a senior fellow at the Northern Heritage Institute in York.';
	const daily = (n: number, title: string, text: string) =>
		analyzeArticle({ ...article(n, text), title });
	const daily1 = daily(
		1,
		'Flood closes Marton bridge',
		`Flood waters closed the river bridge in Marton on Monday. Engineers said the bridge would stay closed. Traffic was sent through Leeds. Buses ran every hour. Shops on the quay shut early. Repairs will keep the bridge closed until spring, the council said. ${fellowText}`
	);
	const daily2 = daily(
		2,
		'Marton bridge shut by flood',
		'The river bridge in Marton was closed on Monday after flood waters rose. Repairs will keep the bridge closed until spring, engineers said.'
	);
	// The same aside in the opening: its fifth sentence, well after the lead.
	const daily3 = daily(
		3,
		'Marton bridge closed',
		`The river bridge in Marton was closed on Monday. Flood waters rose overnight. Buses ran every hour. Shops on the quay shut early. ${fellowText}`
	);
	const [, , , , , repairs, fellow] = daily1.sentences;

	it('calls one outlet’s aside below its article’s opening a side detail', () => {
		const side = sideDetail([daily1, daily2]);
		expect(side([fellow!])).toBe(true);
		// Another outlet tells the repairs too.
		expect(side([repairs!])).toBe(false);
	});

	it('leaves an aside another outlet tells, or one told in its article’s opening', () => {
		expect(sideDetail([daily1, daily3])([fellow!])).toBe(false);
		expect(sideDetail([daily3, daily2])([daily3.sentences[4]!])).toBe(false);
	});

	it('leaves a single article alone: there is no other outlet to compare', () => {
		expect(sideDetail([daily1])([fellow!])).toBe(false);
	});
});

describe('asksForJournalist', () => {
	const gap = (prompt: string) => ({ prompt }) as Question;
	it('finds a gap the words beside it place among the news staff', () => {
		expect(
			asksForJournalist(gap('Daily A writes: “The plan was first reported by ____ at the Ledger.”'))
		).toBe(true);
		expect(
			asksForJournalist(
				gap('Fill the gap: “We will not wait,” ____, a correspondent for the Ledger, wrote.')
			)
		).toBe(true);
	});
	it('finds a radio or television host someone spoke to', () => {
		expect(
			asksForJournalist(
				gap('Fill the gap (Daily A): Lee told radio host ____ the ferry would run.')
			)
		).toBe(true);
		expect(
			asksForJournalist(
				gap('Fill the gap (Daily A): Roe told ____, a talk show host, that he would stay.')
			)
		).toBe(true);
	});
	it('leaves a gap about the event itself', () => {
		expect(asksForJournalist(gap('Fill the gap: ____ will host the harbour talks.'))).toBe(false);
		expect(asksForJournalist(gap('Fill the gap: The bridge was reopened by ____ on Monday.'))).toBe(
			false
		);
		expect(asksForJournalist(gap('According to Daily A, who reopened the bridge?'))).toBe(false);
	});
});

describe('gapSplitsName', () => {
	const gap = (prompt: string, key: string) =>
		({ type: 'cloze', prompt, accepted: [key] }) as unknown as Question;
	it('finds a gap that holds only part of a name', () => {
		expect(
			gapSplitsName(
				gap('Fill the gap: Lee chairs the Harbour Finance ____ in Marton.', 'Committee')
			)
		).toBe(true);
		expect(
			gapSplitsName(gap('Fill the gap: She is a fellow at the ____ Maritime Institute.', 'Marton'))
		).toBe(true);
	});
	it('leaves a whole name, a name after a title, and a count or date before a name', () => {
		expect(
			gapSplitsName(gap('Fill the gap: The ____ opened an inquiry.', 'Harbour Finance Committee'))
		).toBe(false);
		expect(gapSplitsName(gap('Fill the gap: Governor ____ signed the bill.', 'Ann Lee'))).toBe(
			false
		);
		expect(gapSplitsName(gap('Fill the gap: ____ Harbour workers went on strike.', 'Forty'))).toBe(
			false
		);
		expect(
			gapSplitsName(gap('Fill the gap: They met at a ____ Harbour Board meeting.', 'May 10'))
		).toBe(false);
		expect(gapSplitsName(gap('Fill the gap: ____ said the bridge would reopen.', 'Ann Lee'))).toBe(
			false
		);
	});
});

describe('keyEveryOutletPrints', () => {
	const daily1 = analyzeArticle(
		article(1, 'The Marton council voted on Monday. Lee told Harbour Radio the vote was close.')
	);
	const daily2 = analyzeArticle(
		article(2, 'In Marton, 12 councillors voted. Lee spoke to Harbour Radio after the vote.')
	);
	const gap = (key: string) =>
		({
			type: 'cloze',
			prompt: 'Fill the gap: Lee told ____ the vote was close.',
			accepted: [key]
		}) as unknown as Question;
	const prints = keyEveryOutletPrints([daily1, daily2]);

	it('finds a name every article prints', () => {
		expect(prints(gap('Harbour Radio'))).toBe(true);
	});
	it('leaves a name one article lacks, a number, and a story of one article', () => {
		expect(prints(gap('Channel Nine'))).toBe(false);
		expect(prints(gap('12'))).toBe(false);
		expect(keyEveryOutletPrints([daily1])(gap('Harbour Radio'))).toBe(false);
	});
});

describe('pastYearDetail', () => {
	// Published 2023-10-09 (see article.test-helpers).
	const a = analyzeArticle(
		article(
			1,
			'The council closed the river bridge on Monday after a flood. The same bridge was shut for six weeks in 2019, when a barge struck it. Repairs will cost $2,021,000, and the work will run into 2024.'
		)
	);
	const past = pastYearDetail([a]);
	const [news, background, ahead] = a.sentences;

	it('marks a sentence that dates what it tells to an earlier year', () => {
		expect(past([background!])).toBe(true);
	});

	it('marks a decade that has ended, not the one the report is written in', () => {
		const b = analyzeArticle(
			article(
				2,
				'The mayor opened the new ferry pier on Monday. She had run the harbour board in the 1990s. Traffic on the pier doubled during the 2020s, the board said.'
			)
		);
		const [, nineties, twenties] = b.sentences;
		expect(pastYearDetail([b])([nineties!])).toBe(true);
		expect(pastYearDetail([b])([twenties!])).toBe(false);
	});

	it('leaves this year’s news, a later year and an amount that only looks like a year', () => {
		expect(past([news!])).toBe(false);
		expect(past([ahead!])).toBe(false);
	});

	it('lowers a detail question on it, but not a question of another family', () => {
		const adjust = focusAdjustment([a]);
		const gapOn = (start: number, end: number) =>
			({
				type: 'cloze',
				prompt: 'Fill the gap (Daily 1): the bridge was shut for ____ weeks.',
				accepted: ['six'],
				evidence: [{ articleId: 'a1', start, end }]
			}) as unknown as Question;
		const detail = { family: 'cloze' } as Candidate;
		const quote = { family: 'quote' } as Candidate;
		const q = gapOn(background!.start, background!.end);
		expect(adjust(detail, q)).toBeLessThan(adjust(quote, q) - 0.15);
		const onNews = gapOn(news!.start, news!.end);
		expect(adjust(detail, onNews)).toBe(adjust(quote, onNews));
	});
});

describe('gapInApposition', () => {
	const q = (prompt: string) => ({ prompt }) as Question;

	it('finds a gap that tells whom a named person works for or belongs to', () => {
		expect(
			gapInApposition(
				q(
					'Daily A writes: “The blast hurt Lee; Tom Ruiz, a lobbyist for ____; and two guards.” Who?'
				)
			)
		).toBe(true);
		expect(
			gapInApposition(q('Fill the gap (Daily A): Ann Lee, the eldest daughter of ____, spoke.'))
		).toBe(true);
	});

	it('finds the same told as a sentence of its own', () => {
		expect(
			gapInApposition(q('Fill the gap (Daily A): Ruiz is a senior fellow at the ____ in Leeds.'))
		).toBe(true);
		expect(gapInApposition(q('Fill the gap (Daily A): Ann Lee was a lawyer for ____.'))).toBe(true);
		expect(
			gapInApposition(
				q(
					'Daily A writes: “Ruiz, who has an estimated net worth of $____, threw jabs at Lee.” How much?'
				)
			)
		).toBe(true);
		expect(
			gapInApposition(q('Fill the gap (Daily A): Ann Lee, who was a nurse in ____, spoke first.'))
		).toBe(true);
		expect(
			gapInApposition(
				q(
					'Fill the gap (Daily A): “We must act,” said Lee, a former Democrat who left the party ____ years later.'
				)
			)
		).toBe(true);
		expect(
			gapInApposition(q('Fill the gap (Daily A): The bridge is a landmark of ____ county.'))
		).toBe(false);
	});

	it('reads a prompt once, however often ranking and selection ask', () => {
		const prompt = 'Fill the gap (Daily A): Vera Holt, a lobbyist for ____, left at noon.';
		expect(gapInApposition(q(prompt))).toBe(true);
		const exec = vi.spyOn(RegExp.prototype, 'exec');
		expect(gapInApposition(q(prompt))).toBe(true);
		expect(exec).not.toHaveBeenCalled();
		exec.mockRestore();
	});

	it('leaves a gap about what happened', () => {
		expect(
			gapInApposition(q('Fill the gap (Daily A): The council voted for ____ new rules on Monday.'))
		).toBe(false);
		expect(
			gapInApposition(q('Fill the gap (Daily A): Ruiz, who spoke for ____ minutes, left.'))
		).toBe(false);
		expect(
			gapInApposition(q('Fill the gap (Daily A): Ruiz, who has pledged to repay $____, left.'))
		).toBe(false);
		expect(
			gapInApposition(
				q('Fill the gap (Daily A): Ann Lee, the mayor who cut ____ jobs, resigned on Monday.')
			)
		).toBe(false);
	});
});

describe('eventWords', () => {
	it('keeps names, things and acts, one stem for the forms of a word', () => {
		const words = eventWords('Senator Ann Lee resigned on Tuesday over the harbour contracts.');
		expect([...words]).toEqual(expect.arrayContaining(['resign', 'harbou', 'contra']));
		expect(words.has('ann')).toBe(false); // under four letters
		expect(eventWords('Lee resigns').has('resign')).toBe(true);
	});

	it('drops titles, weekdays, months, number words and common words', () => {
		expect([
			...eventWords('The senator said on Tuesday, in March, that three were there.')
		]).toEqual([]);
	});
});

describe('leadEventOverlap', () => {
	const daily1 = analyzeArticle({
		...article(
			1,
			'Mayor Ann Lee closed the Marton bridge on Monday after flood waters rose. Engineers inspected the bridge. A hacking group sold the data of three billion email accounts in 2013.'
		),
		title: 'Flood closes Marton bridge'
	});
	const daily2 = analyzeArticle({
		...article(
			2,
			'The Marton bridge was closed by the mayor on Monday as the river flooded. Repairs will take until spring.'
		),
		title: 'Marton mayor shuts bridge'
	});
	const overlap = leadEventOverlap([daily1, daily2]);
	const [, inspected, hacking] = daily1.sentences;

	it('is read once per story: every later asking gets the same overlap and its memory', () => {
		const stories = [daily1, daily2];
		expect(leadEventOverlap(stories)).toBe(leadEventOverlap(stories));
		expect(leadEventOverlap([daily1])).not.toBe(leadEventOverlap(stories));
	});

	it('scores a sentence naming the headline events above one that names none of them', () => {
		expect(overlap([inspected!])).toBeGreaterThanOrEqual(1);
		expect(overlap([hacking!])).toBe(0);
	});

	it('weighs a phrase by the headline events it names (leadEventWeight)', () => {
		const weight = leadEventWeight([daily1, daily2]);
		// "Marton" and "bridge" are in both headlines and leads.
		expect(weight('engineers inspected the Marton bridge')).toBeGreaterThanOrEqual(2);
		expect(weight('a hacking group sold the data')).toBe(0);
	});

	it('lowers any question asking what an off-story sentence says, but not a quote question', () => {
		const adjust = focusAdjustment([daily1, daily2]);
		const ask = (family: Candidate['family'], answerKey: string, s: typeof hacking) =>
			adjust(
				{ family, answerKey } as Candidate,
				{ prompt: 'How does Daily 1 source this?', evidence: [s!] } as unknown as Question
			);
		expect(ask('source', 'sourcing:a1:0', hacking)).toBeLessThanOrEqual(
			ask('source', 'sourcing:a1:0', inspected) - OFF_STORY_PENALTY
		);
		expect(ask('cause', 'cause:x', hacking)).toBeLessThan(ask('cause', 'cause:x', inspected));
		expect(ask('quote', 'said:x', hacking)).toBeGreaterThanOrEqual(0);
	});

	it('leaves a single article alone: its own lead is no list of what outlets agree on', () => {
		const adjust = focusAdjustment([daily1]);
		const q = { prompt: 'How does Daily 1 source this?', evidence: [hacking!] };
		expect(
			adjust(
				{ family: 'source', answerKey: 'sourcing:a1:0' } as Candidate,
				q as unknown as Question
			)
		).toBeGreaterThanOrEqual(0);
	});
});

describe('a figure an article read alone tells off its headline events (focus-single.ts)', () => {
	const alone = analyzeArticle({
		...article(
			1,
			'Mayor Ann Lee closed the Marton bridge on Monday after flood waters rose. Engineers inspected the bridge. Repairs to the bridge will cost $4 million. The bridge carries 9,000 cars a day. Lee said the river would crest on Friday. A poll found 38 percent of residents prefer the beach to the park. Lee said the bridge would reopen in 12 weeks.'
		),
		title: 'Flood closes Marton bridge'
	});
	const adjust = focusAdjustment([alone]);
	const [, , , , , poll, reopen] = alone.sentences;
	const ask = (prompt: string, s: typeof poll) =>
		adjust(
			{ family: 'fact', answerKey: 'k' } as Candidate,
			{ prompt, type: 'single', evidence: [s!] } as unknown as Question
		);

	it('drops a figure from a sentence below the opening that names none of them', () => {
		const howMany = 'Daily 1 writes: “…” How many? Choose what belongs in the gap.';
		expect(ask(howMany, poll)).toBeLessThanOrEqual(ask(howMany, reopen) - OFF_STORY_PENALTY);
	});

	it('leaves a who question on the same sentence alone', () => {
		expect(ask('According to Daily 1, who ran the poll?', poll)).toBeGreaterThan(
			ask('Daily 1 writes: “…” How many? Choose what belongs in the gap.', poll)
		);
	});
});

describe('gapSetsScene', () => {
	const chosen = (prompt: string, key: string) =>
		({
			prompt,
			type: 'single',
			choices: [
				{ id: 'c1', text: key },
				{ id: 'c2', text: 'Harbour Board' }
			],
			correct: ['c1']
		}) as Question;
	it('finds a name in the clause that opens the sentence, not one in its main clause', () => {
		expect(
			gapSetsScene(
				chosen(
					'Daily A writes: “While being questioned at the ____ by a senator, the minister urged him to read the report.” Which organisation?',
					'Port Committee'
				)
			)
		).toBe(true);
		expect(
			gapSetsScene(
				chosen(
					'Daily A writes: “While the minister was questioned, the ____ urged calm.” Which organisation?',
					'Port Committee'
				)
			)
		).toBe(false);
		// A count in that clause may be the news.
		expect(
			gapSetsScene(
				chosen('Daily A writes: “After ____ people died, the bridge was shut.” How many?', 'twelve')
			)
		).toBe(false);
	});

	it('reads a key and prompt once, however often selection asks', () => {
		const ask = () =>
			chosen(
				'Daily A writes: “While visiting the ____ with a senator, the minister urged him to read the report.” Which organisation?',
				'Dock Committee'
			);
		const first = gapSetsScene(ask());
		const exec = vi.spyOn(RegExp.prototype, 'exec');
		expect(gapSetsScene(ask())).toBe(first);
		expect(exec).not.toHaveBeenCalled();
		exec.mockRestore();
		// The same prompt keyed on a figure is asked afresh: a figure never sets the scene.
		expect(gapSetsScene({ ...ask(), choices: [{ id: 'c1', text: '12' }] } as Question)).toBe(false);
	});
});

describe('asksBackground', () => {
	const q = (prompt: string) => ({ prompt }) as Question;
	it('finds a question on who holds a post, not on what someone did', () => {
		expect(
			asksBackground(q('According to Daily A, who is a senior fellow at the river institute?'))
		).toBe(true);
		expect(
			asksBackground(q('Fill the gap (Daily A): ____ was an aide to the harbour master.'))
		).toBe(true);
		expect(asksBackground(q('According to Daily A, who closed the river institute?'))).toBe(false);
		expect(asksBackground(q('Fill the gap (Daily A): ____ was arrested on Monday.'))).toBe(false);
	});
	it('finds a question on where someone lives or works, not on where they went', () => {
		expect(
			asksBackground(
				q('According to Daily A, who lives in a flat above the bakery and saw the fire?')
			)
		).toBe(true);
		expect(asksBackground(q('According to Daily A, who works at the ferry office?'))).toBe(true);
		expect(asksBackground(q('According to Daily A, who went to the ferry office?'))).toBe(false);
	});
});

describe('sideFigure', () => {
	const story = [
		article(
			1,
			'Mayor Ana Ruiz closed the bridge. Tomas Brandt, 52, lives above the bakery and saw it.'
		),
		article(2, 'Ruiz said the bridge would reopen in May.')
	].map((a) => analyzeArticle(a));
	const who = (key: string) =>
		({
			type: 'single',
			prompt: 'According to Daily 1, who lives above the bakery?',
			choices: [{ id: 'c1', text: key }],
			correct: ['c1']
		}) as Question;
	it('finds a key the whole story names once', () => {
		expect(sideFigure(story)(who('Tomas Brandt'))).toBe(true);
		expect(sideFigure(story)(who('Ana Ruiz'))).toBe(false);
		// A single article's quiz has no side figures.
		expect(sideFigure(story.slice(0, 1))(who('Tomas Brandt'))).toBe(false);
	});
});

describe('a gap on one entry of a background list (focus-list.ts)', () => {
	const alone = analyzeArticle({
		...article(
			1,
			'Interior Secretary Ann Lee resigned on Monday after an inquiry into her travel. Lee said she had done nothing wrong.\n\nThe White House named her deputy to run the department. Lee served for 14 months.\n\nShe is not the first to go. Tom Roe left after six months, Ben Poe resigned over a lease and Sam Doe was fired in March.\n\nLee plans to return to Ohio.'
		),
		title: 'Interior Secretary Lee resigns'
	});
	const adjust = focusAdjustment([alone]);
	const [, , , served, , entry] = alone.sentences;
	const ask = (s: typeof entry) =>
		adjust(
			{ family: 'fact', answerKey: 'k' } as Candidate,
			{
				prompt: 'Daily 1 writes: “…” Who? Choose what belongs in the gap.',
				type: 'single',
				evidence: [s!]
			} as unknown as Question
		);

	it('drops a name asked from it below a fact on the headline’s own case', () => {
		expect(entry!.text).toMatch(/^Tom Roe left/);
		expect(ask(entry)).toBeLessThan(ask(served));
	});

	it('leaves a list of the headline’s own people alone: the news told in turn', () => {
		const own = analyzeArticle({
			...alone.article,
			title: 'Roe, Poe and Doe leave the cabinet'
		});
		const adjustOwn = focusAdjustment([own]);
		const q = (s: typeof entry) =>
			adjustOwn(
				{ family: 'fact', answerKey: 'k' } as Candidate,
				{
					prompt: 'Daily 1 writes: “…” Who?',
					type: 'single',
					evidence: [s!]
				} as unknown as Question
			);
		expect(q(own.sentences[5])).toBeGreaterThan(q(own.sentences[3]) - OFF_STORY_PENALTY);
	});
});

describe('a gap on one name of a roll of names (focus-list.ts gapInNameList)', () => {
	const roll =
		'Daily 1 writes: “The suit names the mayor’s son, Tom Roe Jr., his aide Ann Poe, her deputy Ben Doe, council ally ____, former clerk Sam Loe.” Who? Choose what belongs in the gap.';
	it('finds one entry of a list of four or more names', () => {
		expect(gapInNameList(roll)).toBe(true);
	});
	it('leaves a name the sentence tells an act of, and a list’s opening clause, alone', () => {
		expect(
			gapInNameList('Fill the gap (Daily 1): ____ closed the bridge on Monday, Ann Poe said.')
		).toBe(false);
		// The first entry says what the list is: the act's own person.
		expect(
			gapInNameList(
				'Daily 1 writes: “The blast injured ____; Ann Poe, a guard; Ben Doe, a clerk; and Sam Loe, a driver.” Who?'
			)
		).toBe(false);
		// Two other names are a pair, not a roll.
		expect(
			gapInNameList('Fill the gap (Daily 1): The suit names aide ____, Ann Poe and Ben Doe.')
		).toBe(false);
	});
	it('drops a gap on it as it drops one entry of a list of other cases', () => {
		const stories = [1, 2].map((n) =>
			analyzeArticle({
				...article(
					n,
					'The council sued the mayor on Monday. The suit names the mayor’s son, Tom Roe Jr., his aide Ann Poe, her deputy Ben Doe, council ally Max Hoe, former clerk Sam Loe.'
				),
				title: 'Council sues mayor'
			})
		);
		const adjust = focusAdjustment(stories);
		const ask = (prompt: string) =>
			adjust(
				{ family: 'fact', answerKey: 'k' } as Candidate,
				{ prompt, type: 'single', evidence: [stories[0]!.sentences[1]!] } as unknown as Question
			);
		const plain = 'Daily 1 writes: “The suit names ____.” Who? Choose what belongs in the gap.';
		expect(ask(roll)).toBeCloseTo(ask(plain) - OFF_STORY_PENALTY);
		// An article read alone has few facts to spare: its roll is asked like any sentence.
		const alone = focusAdjustment(stories.slice(0, 1));
		const askAlone = (prompt: string) =>
			alone(
				{ family: 'fact', answerKey: 'k' } as Candidate,
				{ prompt, type: 'single', evidence: [stories[0]!.sentences[1]!] } as unknown as Question
			);
		expect(askAlone(roll)).toBeCloseTo(askAlone(plain));
	});
});
