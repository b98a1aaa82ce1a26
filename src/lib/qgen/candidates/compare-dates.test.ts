import { describe, expect, it } from 'vitest';
import { arrestArticles, campaignArticles, makeArticle } from '$test-data';
import { analyzeArticle, viewStory } from '../analyze';
import { generateQuestions } from '../index';
import {
	dateCompareCandidates,
	dateDisagreements,
	dateVerb,
	sameDayWeekdayEvent,
	sameEvent,
	yearMentions
} from './compare-dates';

// 2019-12-04 was a Wednesday.
const WEDNESDAY = '2019-12-04';

function view(...texts: [outlet: string, text: string, date?: string][]) {
	return viewStory(
		's',
		texts.map(([outlet, text, date], i) =>
			analyzeArticle(
				makeArticle({ id: `a${i}`, storyId: 's', outlet, date: date ?? WEDNESDAY, text })
			)
		)
	);
}

const DISPUTED = (day: string) =>
	`The special counsel's office disputed the magazine article about the senator's loans ${day}, a spokesman said.`;

describe('dateVerb', () => {
	const verbOf = (sentence: string, date: string) =>
		dateVerb(sentence, sentence.indexOf(date), sentence.indexOf(date) + date.length);
	it('takes the nearest verb before the date in its clause, else the first after it', () => {
		expect(verbOf('The office disputed the magazine article on Friday.', 'Friday')).toBe('disput');
		expect(
			verbOf('The mayor will visit the port in May, the council confirmed Thursday.', 'Thursday')
		).toBe('confirm');
		expect(verbOf('On Monday, the office disputed the report.', 'Monday')).toBe('disput');
		expect(verbOf('The new rule takes effect on March 16 in every state.', 'March 16')).toBe('tak');
		// The word list calls "runs" a plural noun; before "until" it is the verb.
		expect(verbOf("The striker's contract with the club runs until 2021.", '2021')).toBe('run');
		expect(verbOf('The ban lasts through 2024 in every state.', '2024')).toBe('last');
	});
	it('takes an "-s" verb the word list calls a plural noun when it stands before the date after a noun', () => {
		expect(verbOf('Her term in the state Senate ends in 2018, aides said.', '2018')).toBe('end');
		// After "will" or "to", "end" is the verb the year dates, not a verb after the aside.
		expect(verbOf('Roe, whose term will end in 2021, spoke briefly.', '2021')).toBe('end');
		expect(verbOf('Her term is due to end in 2021.', '2021')).toBe('end');
		// Not a noun after a determiner or possessive, nor after a past verb in the clause.
		expect(verbOf('Roe worked on the ends in 2018.', '2018')).toBe('work');
		expect(verbOf('The city imposed steel tariffs in 2018 on imports.', '2018')).toBe('impos');
	});
	it('gives no verb after an aside for the date inside it, only after a date that opens the sentence', () => {
		// A date in an aside dates what the aside tells, not the verb after it.
		expect(verbOf('Roe, a senator since 2012, voted against the bill.', '2012')).toBe(undefined);
		expect(verbOf('Also on Monday, the office disputed the report.', 'Monday')).toBe('disput');
	});
	it('takes the word after a modal as the verb, with its particle', () => {
		expect(verbOf('Jane Roe will step down on Jan. 10.', 'Jan. 10')).toBe('step down');
		expect(verbOf('Jane Roe would leave the agency in the spring on Jan. 10.', 'Jan. 10')).toBe(
			'leave'
		);
		// Not a word that is no act ("will also", "will not"), nor one after no modal.
		expect(verbOf('Jane Roe will also on Jan. 10 go.', 'Jan. 10')).toBe(undefined);
		expect(verbOf('The step on Jan. 10 was small.', 'Jan. 10')).toBe(undefined);
	});
	it('reads past an aside that names someone: "arrested Jane Roe, a former engineer, in Seattle on Tuesday"', () => {
		expect(
			verbOf(
				'Agents arrested Jane Roe, a former software engineer, in Seattle on Tuesday.',
				'Tuesday'
			)
		).toBe('arrest');
		// Not past an aside with a verb of its own. (Not "in a statement on Tuesday", which now dates
		// the statement: date-remarks.ts.)
		expect(
			verbOf('The mayor, who spoke to reporters, in the hall on Tuesday.', 'Tuesday')
		).toBeUndefined();
	});
	it('gives no verb for a date that names a noun', () => {
		expect(
			verbOf('Though the Dec. 27 debate is sponsored by a network, he hosts it.', 'Dec. 27')
		).toBeUndefined();
		expect(
			verbOf("The mayor's statement on Tuesday that he would leave surprised many.", 'Tuesday')
		).toBeUndefined();
	});
	it('gives no verb for the day of a statement', () => {
		expect(
			verbOf('The mayor said Thursday that the port would reopen.', 'Thursday')
		).toBeUndefined();
	});
});

describe('dateDisagreements', () => {
	it('pairs one event that two outlets put on different days', () => {
		const pairs = dateDisagreements(
			view(['Daily A', DISPUTED('on Monday')], ['Daily B', DISPUTED('on Tuesday')])
		);
		expect(pairs.map(([x, y]) => [x.mention.iso, y.mention.iso])).toEqual([
			['2019-12-02', '2019-12-03']
		]);
	});

	it('reads each day from its own paper: "Tuesday" and a Wednesday paper’s "yesterday" agree', () => {
		expect(
			dateDisagreements(
				view(['Daily A', DISPUTED('on Tuesday')], ['Daily B', DISPUTED('yesterday')])
			)
		).toEqual([]);
		// …but a Thursday paper's "yesterday" is Wednesday, a day after the other's Tuesday.
		const pairs = dateDisagreements(
			view(['Daily A', DISPUTED('on Tuesday')], ['Daily B', DISPUTED('yesterday'), '2019-12-05'])
		);
		expect(pairs.map(([x, y]) => [x.mention.iso, y.mention.iso])).toEqual([
			['2019-12-03', '2019-12-04']
		]);
	});

	it('dates a verb after a modal that the word list calls a noun, with its particle', () => {
		// Both days are still to come in papers of early September.
		const SEPTEMBER = '2019-09-04';
		const STEP = (act: string, day: string) =>
			`Jane Roe will ${act} as director of the ferry agency on ${day}, the harbour board said.`;
		const pairs = dateDisagreements(
			view(
				['Daily A', STEP('step down', 'Nov. 10'), SEPTEMBER],
				['Daily B', STEP('step down', 'Oct. 28'), SEPTEMBER]
			)
		);
		expect(pairs.map(([x, y]) => [x.mention.text, y.mention.text])).toEqual([
			['Nov. 10', 'Oct. 28']
		]);
		// Stepping in is another act than stepping down: no disagreement between them.
		expect(
			dateDisagreements(
				view(
					['Daily A', STEP('step down', 'Nov. 10'), SEPTEMBER],
					['Daily B', STEP('step in', 'Oct. 28'), SEPTEMBER]
				)
			)
		).toEqual([]);
	});

	it('does not set different events side by side because they share a verb', () => {
		expect(
			dateDisagreements(
				view(
					['Daily A', 'The president announced the steel tariffs on March 8 in the capital.'],
					['Daily B', 'The agency announced on Monday that the harbour will reopen next year.']
				)
			)
		).toEqual([]);
	});

	it('pairs a start date two outlets give differently, whatever the verb form', () => {
		const pairs = dateDisagreements(
			view(
				['Daily A', 'The new rule on drone flights takes effect on March 16 in every state.'],
				['Daily B', 'The new rule on drone flights will take effect on March 6 in every state.']
			)
		);
		expect(pairs.map(([x, y]) => [x.mention.text, y.mention.text])).toEqual([
			['March 16', 'March 6']
		]);
	});

	it('tells the day a plan was confirmed from the day it is for', () => {
		expect(
			dateDisagreements(
				view(
					[
						'Daily A',
						'The mayor will visit the harbour in the northern province in July, the council confirmed Monday.'
					],
					[
						'Daily B',
						'The mayor will visit the harbour in the northern province on July 13 for a working visit.'
					]
				)
			)
		).toEqual([]);
	});

	it('leaves a sentence with two days alone: which verb goes with which day is unclear', () => {
		expect(
			dateDisagreements(
				view(
					[
						'Daily A',
						"In a statement issued Tuesday, the special counsel's office disputed the magazine article about the senator's loans published Monday."
					],
					['Daily B', DISPUTED('on Monday')]
				)
			)
		).toEqual([]);
	});

	it('lets one day apart at a day’s edge pass (time zones), but not two', () => {
		const late = (day: string) =>
			`The special counsel's office disputed the magazine article about the senator's loans late ${day}, a spokesman said.`;
		expect(
			dateDisagreements(view(['Daily A', late('Monday')], ['Daily B', DISPUTED('on Tuesday')]))
		).toEqual([]);
		expect(
			dateDisagreements(view(['Daily A', late('Sunday')], ['Daily B', DISPUTED('on Tuesday')]))
		).toHaveLength(1);
	});

	it('sets a weekday six days back (more likely a day ahead) apart by its name alone', () => {
		// "Thursday" in a Wednesday paper would resolve to six days before it: no day to trust,
		// but in papers of one date "Thursday" and "Tuesday" are two days whichever week each is in.
		const v = view(['Daily A', DISPUTED('on Thursday')], ['Daily B', DISPUTED('on Tuesday')]);
		expect(dateDisagreements(v).map(([x, y]) => [x.mention.text, y.mention.text])).toEqual([
			['Thursday', 'Tuesday']
		]);
		const q = dateCompareCandidates(v).find((c) =>
			c.draft.prompt.endsWith('Which day does Daily A give?')
		)!.draft;
		if (q.type !== 'single') throw new Error(q.type);
		expect(q.choices.find((c) => q.correct.includes(c.id))?.text).toBe('Thursday');
		expect(q.choices.map((c) => c.text)).toContain('Tuesday');
		// No calendar day is claimed for a weekday that cannot be placed in its week.
		expect(q.explanation).toBe('Daily A gives “Thursday”; Daily B gives “Tuesday”.');
	});

	it('still leaves an untrusted weekday alone in papers of two dates', () => {
		expect(
			dateDisagreements(
				view(
					['Daily A', DISPUTED('on Thursday')],
					['Daily B', DISPUTED('on Tuesday'), '2019-12-05']
				)
			)
		).toEqual([]);
	});

	const appear = (day: string) =>
		`Jane Roe will appear before a federal magistrate judge in the city on ${day} to answer the charges.`;
	const appeared = (day: string) =>
		`Jane Roe appeared before a federal magistrate judge in the city on ${day} to answer the charges.`;

	it('reads a weekday still to come as the next one: "will appear on Thursday" / "on Tuesday"', () => {
		// In Wednesday papers, the next Thursday is 5 December and the next Tuesday 10 December.
		const pairs = dateDisagreements(
			view(['Daily A', appear('Thursday')], ['Daily B', appear('Tuesday')])
		);
		expect(pairs.map(([x, y]) => [x.mention.iso, y.mention.iso])).toEqual([
			['2019-12-05', '2019-12-10']
		]);
	});

	it('sets no day still to come beside a day past: a second appearance, not one dated twice', () => {
		expect(
			dateDisagreements(view(['Daily A', appear('Thursday')], ['Daily B', appeared('Monday')]))
		).toEqual([]);
	});

	it('finds no disagreement when a plan told ahead and its report after agree on the day', () => {
		// "will appear on Thursday" in Wednesday's paper, "appeared on Thursday" in Friday's: 5 December both.
		expect(
			dateDisagreements(
				view(['Daily A', appear('Thursday')], ['Daily B', appeared('Thursday'), '2019-12-06'])
			)
		).toEqual([]);
	});

	it('leaves a weekday in a plan told in the past alone ("was scheduled to appear on Thursday")', () => {
		const scheduled = (day: string) =>
			`Jane Roe was scheduled to appear before a federal magistrate judge in the city on ${day}.`;
		expect(
			dateDisagreements(view(['Daily A', scheduled('Thursday')], ['Daily B', scheduled('Monday')]))
		).toEqual([]);
	});
});

describe('dateCompareCandidates', () => {
	it('asks which day an outlet gives, with the other outlet’s day among the wrong answers', () => {
		const qs = dateCompareCandidates(
			view(['Daily A', DISPUTED('on Monday')], ['Daily B', DISPUTED('yesterday')])
		);
		const q = qs.find((c) => c.draft.prompt.includes('Which day does Daily A give?'))!.draft;
		expect(q.prompt).toContain(
			"“The special counsel's office disputed the magazine article about the senator's loans on ____, a spokesman said.”"
		);
		if (q.type !== 'single') throw new Error(q.type);
		const texts = q.choices.map((c) => c.text);
		expect(q.choices.find((c) => q.correct.includes(c.id))?.text).toBe('Monday');
		// Daily B's "yesterday" (Tuesday, in a Wednesday paper) is offered as a weekday.
		expect(texts).toContain('Tuesday');
		expect(new Set(texts).size).toBe(texts.length);
		expect(new Set(q.evidence.map((e) => e.articleId))).toEqual(new Set(['a0', 'a1']));
		expect(q.explanation).toContain('Tuesday, 3 December 2019');
		// "yesterday" has no other days in its own style, so Daily B's side is not asked.
		expect(qs.some((c) => c.draft.prompt.includes('Which day does Daily B give?'))).toBe(false);
	});
});

describe('years', () => {
	it('finds a year standing alone, not a count or a year inside a full date', () => {
		const a = analyzeArticle(
			makeArticle({
				text: 'The accord of 2015 held until 2018. It cost 2015 jobs. It was signed on Dec. 5, 2015.'
			})
		);
		expect(yearMentions(a).map((m) => m.text)).toEqual(['2015', '2018']);
		const through = analyzeArticle(makeArticle({ text: 'His contract runs through 2022.' }));
		expect(yearMentions(through).map((m) => m.text)).toEqual(['2022']);
	});
	it('asks which year an outlet gives when two give different years for one event', () => {
		const signed = (year: string) =>
			`The two neighbouring countries signed the fishing accord in ${year} after long talks.`;
		const qs = dateCompareCandidates(
			view(['Daily A', signed('2015')], ['Daily B', signed('2016')])
		);
		const q = qs.find((c) => c.draft.prompt.includes('Which year does Daily A give?'))?.draft;
		expect(q?.prompt).toContain('Daily A and Daily B give different years for the same event.');
		if (q?.type !== 'single') throw new Error('no year question');
		expect(q.choices.find((c) => q.correct.includes(c.id))?.text).toBe('2015');
		expect(q.choices.map((c) => c.text)).toContain('2016');
		expect(q.explanation).toBe('Daily A gives 2015; Daily B gives 2016.');
	});
	it('sets no year beside a day: "in 2019" holds "Dec. 5"', () => {
		expect(
			dateDisagreements(
				view(
					[
						'Daily A',
						'The two neighbouring countries signed the fishing accord on Dec. 5 after long talks.'
					],
					[
						'Daily B',
						'The two neighbouring countries signed the fishing accord in 2018 after long talks.'
					]
				)
			)
		).toEqual([]);
	});
});

describe('dateDisagreements: one event in other words, and days read from each paper', () => {
	// 2019-12-03 was a Tuesday, 2019-12-04 a Wednesday.
	const passed = (day: string) =>
		`The city council passed a measure ${day} reaffirming the plan to close the old bridge to trucks.`;
	const voted = (day: string) =>
		`${day}, the city council voted 7-2 on a measure that reaffirmed the plan to close the old bridge.`;

	it('sets "passed … on Monday" beside "voted on Tuesday": one vote, two days', () => {
		const pairs = dateDisagreements(
			view(
				['Daily A', passed('on Monday'), '2019-12-03'],
				['Daily B', voted('On Tuesday'), WEDNESDAY],
				['Daily C', 'Truck drivers said the detour would add an hour to their trips.', WEDNESDAY]
			)
		);
		expect(pairs.map(([x, y]) => [x.mention.iso, y.mention.iso])).toEqual([
			['2019-12-02', '2019-12-03']
		]);
	});

	it('finds no disagreement when two papers a day apart name one day by different weekdays', () => {
		// Tuesday's paper and Wednesday's both say "on Monday": the same Monday, read from each paper.
		expect(
			dateDisagreements(
				view(
					['Daily A', passed('on Monday'), '2019-12-03'],
					['Daily B', voted('On Monday'), WEDNESDAY]
				)
			)
		).toEqual([]);
	});

	it('keeps apart two meetings when the later one came after the other paper went to press', () => {
		const met = (day: string) =>
			`The mayor and the union leader met ${day} at city hall to try to end the strike by bus drivers.`;
		expect(
			dateDisagreements(
				view(
					['Daily A', met('on Sunday'), '2019-12-02'],
					['Daily B', met('on Wednesday'), WEDNESDAY]
				)
			)
		).toEqual([]);
		// The same two reports, both out on Wednesday, do disagree on the day.
		expect(
			dateDisagreements(
				view(['Daily A', met('on Sunday'), WEDNESDAY], ['Daily B', met('on Wednesday'), WEDNESDAY])
			)
		).toHaveLength(1);
	});

	it('asks which year an outlet gives for a contract that runs until different years', () => {
		const runs = (year: string) =>
			`The striker's contract with the club runs until ${year}, the club said in a statement.`;
		const pairs = dateDisagreements(view(['Daily A', runs('2021')], ['Daily B', runs('2022')]));
		expect(pairs.map(([x, y]) => [x.mention.iso, y.mention.iso])).toEqual([['2021', '2022']]);
		// "Expires in" is when the contract runs until.
		const expires = `The striker's contract with the club expires in 2022, the club said in a statement.`;
		const other = dateDisagreements(view(['Daily A', runs('2021')], ['Daily B', expires]));
		expect(other.map(([x, y]) => [x.mention.iso, y.mention.iso])).toEqual([['2021', '2022']]);
	});
});

describe('dateDisagreements: "last week" against a named day', () => {
	const fined = (when: string) =>
		`The regulator fined the airline over the delayed refunds ${when}, a penalty the carrier plans to appeal.`;

	it('sets "last week" beside a day of this week, and asks which day the other outlet gives', () => {
		const v = view(
			['Daily A', fined('last week')],
			['Daily B', fined('on Tuesday')],
			['Daily C', 'Passengers waited months for their refunds, consumer groups said.']
		);
		expect(dateDisagreements(v)).toHaveLength(1);
		const qs = dateCompareCandidates(v).map((c) => c.draft);
		// Only Daily B's day can be gapped; "last week" is no day to pick.
		expect(qs.map((d) => d.prompt)).toEqual([
			'Daily B and Daily A give different days for the same event. Daily B writes: “The regulator fined the airline over the delayed refunds on ____, a penalty the carrier plans to appeal.” Which day does Daily B give?'
		]);
		const q = qs[0]!;
		if (q.type !== 'single') throw new Error('not single');
		expect(q.choices.find((c) => q.correct.includes(c.id))?.text).toBe('Tuesday');
		expect(q.explanation).toBe(
			// Both filed on 4 December: the reader is told the days cannot both be right.
			'Daily B gives “Tuesday” (Tuesday, 3 December 2019); Daily A says “last week” (Monday, 25 November 2019 to Sunday, 1 December 2019); both were published on Wednesday, 4 December 2019, so the two cannot both be right.'
		);
		expect(new Set(q.evidence.map((e) => e.articleId))).toEqual(new Set(['a0', 'a1']));
	});

	it('lets a day inside last week, or a day or so off it, pass', () => {
		// Wednesday 2019-12-04's "last week" ends on Sunday 1 December; Friday 29 November is in it
		// and Monday 2 December one day past it.
		for (const day of ['on Friday', 'on Monday'])
			expect(
				dateDisagreements(view(['Daily A', fined('last week')], ['Daily B', fined(day)]))
			).toEqual([]);
	});
});

describe('a day given differently in a whole story', () => {
	const story = (outlet: string, day: string, id: string) =>
		makeArticle({
			id,
			storyId: 's',
			outlet,
			title: `${outlet}: counsel answers magazine`,
			date: WEDNESDAY,
			text: [
				DISPUTED(day),
				'The magazine had said the senator hid the loans from the ethics panel for two years.',
				'“We stand by our reporting,” the magazine’s editor, Jane Roe, said in a statement.',
				'Senate leaders said they would wait for the panel’s review before acting because the rules require it.',
				'The senator has denied any wrongdoing and said the loans were repaid in full.'
			].join('\n\n')
		});
	it('reaches the first ten', () => {
		const questions = generateQuestions(
			{
				storyId: 's',
				articles: [story('Daily A', 'on Monday', 'a0'), story('Daily B', 'yesterday', 'a1')]
			},
			{ max: 10 }
		);
		expect(questions.map((q) => q.prompt).join('\n')).toContain('Which day does Daily A give?');
	});
});

describe('dateDisagreements: a day owned by the event ("Tuesday’s debate")', () => {
	const days = (...texts: [string, string][]) =>
		dateDisagreements(view(...texts)).map(([x, y]) => [x.mention.text, y.mention.text]);
	it('sets "during Tuesday’s debate" beside "debated on Thursday" in another outlet', () => {
		expect(
			days(
				[
					'Daily A',
					'During Tuesday’s debate in Dayton, the two candidates for mayor traded barbs over bus fares.'
				],
				[
					'Daily B',
					'The two candidates for mayor debated on Monday in Dayton and traded barbs over bus fares.'
				]
			)
		).toEqual([['Tuesday', 'Monday']]);
	});
	it('takes the owned noun as the event, not the clause’s verb ("voted" after "Tuesday’s debate")', () => {
		const s = 'Both council members voted after Tuesday’s debate on the new bus fares.';
		const verb = dateVerb(s, s.indexOf('Tuesday'), s.indexOf('Tuesday') + 7);
		expect(verb).toBe('debate');
		// An adjective names no event: the verb before it stays the date's.
		const t = 'Both council members voted on Tuesday’s heated bill about bus fares.';
		expect(dateVerb(t, t.indexOf('Tuesday'), t.indexOf('Tuesday') + 7)).toBe('vot');
	});
	it('does not set a debate beside a vote on another day', () => {
		expect(
			days(
				[
					'Daily A',
					'During Tuesday’s debate in Dayton, the two candidates for mayor traded barbs over bus fares.'
				],
				[
					'Daily B',
					'The two candidates for mayor voted on Monday in Dayton and traded barbs over bus fares.'
				]
			)
		).toEqual([]);
	});
});

describe('a story of three outlets on one arrest', () => {
	const v = () => viewStory('arrest', arrestArticles().map(analyzeArticle));
	it('finds one weekday against another for one court appearance, and nothing else', () => {
		expect(dateDisagreements(v()).map(([x, y]) => [x.mention.text, y.mention.text])).toEqual([
			// The Coast Courier's id sorts first.
			['Thursday', 'Wednesday']
		]);
	});
	it('sets no date of one charge beside the date of another ("charged Roe’s former manager on Feb. 28" / "charged Roe on Jan. 1")', () => {
		const texts = dateDisagreements(v()).flatMap(([x, y]) => [x.mention.text, y.mention.text]);
		expect(texts).not.toContain('Feb. 28');
		expect(texts).not.toContain('Jan. 1');
	});
	it('asks which weekday each outlet gives, the other’s weekday among the choices', () => {
		const q = dateCompareCandidates(v()).find((c) =>
			c.draft.prompt.endsWith('Which day does Daily Ledger give?')
		)!.draft;
		expect(q.prompt).toContain(
			'“Roe appeared before a federal magistrate judge in the city on ____ and was ordered held without bail.”'
		);
		if (q.type !== 'single') throw new Error(q.type);
		expect(q.choices.find((c) => q.correct.includes(c.id))?.text).toBe('Wednesday');
		expect(q.choices.map((c) => c.text)).toContain('Thursday');
	});
});

describe('a story of three outlets on a governor’s race', () => {
	const v = () => viewStory('campaign', campaignArticles().map(analyzeArticle));
	it('finds the debate still to come on two weekdays and the term ending in two years, and nothing else', () => {
		// The Coast Courier's id sorts first. Not the two actions signed on Tuesday, the second
		// student questioned on Tuesday, nor the year the senator was first elected.
		expect(
			dateDisagreements(v()).map(([x, y]) => [
				x.mention.text,
				x.mention.iso,
				y.mention.text,
				y.mention.iso
			])
		).toEqual([
			['Thursday', '2017-11-09', 'Tuesday', '2017-11-14'],
			['2019', '2019', '2018', '2018']
		]);
	});
	it('asks which day and which year each outlet gives, the other’s among the choices', () => {
		const drafts = dateCompareCandidates(v()).map((c) => c.draft);
		const day = drafts.find(
			(d) =>
				d.prompt.includes('will debate on ____') &&
				d.prompt.endsWith('Which day does Daily Ledger give?')
		)!;
		const year = drafts.find((d) => d.prompt.endsWith('Which year does Coast Courier give?'))!;
		for (const [q, key, theirs] of [
			[day, 'Tuesday', 'Thursday'],
			[year, '2019', '2018']
		] as const) {
			if (q.type !== 'single') throw new Error(q.type);
			expect(q.choices.find((c) => q.correct.includes(c.id))?.text).toBe(key);
			expect(q.choices.map((c) => c.text)).toContain(theirs);
		}
		expect(day.explanation).toBe(
			'Daily Ledger gives “Tuesday” (Tuesday, 14 November 2017); Coast Courier gives “Thursday” (Thursday, 9 November 2017); both were published on Wednesday, 8 November 2017, so the two cannot both be right.'
		);
	});
});

describe('the feedback on two days', () => {
	it('keeps "each counted from its own publication date" when the outlets filed on different days', () => {
		const fined = (when: string) =>
			`The regulator fined the airline over the delayed refunds ${when}, a penalty the carrier plans to appeal.`;
		const v = view(
			['Daily A', fined('on Monday')],
			['Daily B', fined('on Tuesday')],
			['Daily C', 'Passengers waited months for their refunds, consumer groups said.']
		);
		v.analyses[1]!.article.date = '2019-12-05';
		const explanations = dateCompareCandidates(v).map((c) => c.draft.explanation);
		expect(explanations.length).toBeGreaterThan(0);
		for (const e of explanations)
			expect(e).toMatch(/each counted from its own publication date\.$/);
	});
});

describe('one act dated to two weekdays in papers of one date', () => {
	const passed = 'The council resolution on the motto passed Tuesday after a short debate.';
	const voted = 'On Wednesday, the council voted on a bill that reaffirmed the motto.';
	it('pairs the same verb with two words in common, which sameEvent alone would not', () => {
		const pairs = dateDisagreements(view(['Daily A', passed], ['Daily B', voted]));
		expect(pairs.map(([x, y]) => [x.mention.text, y.mention.text])).toEqual([
			['Tuesday', 'Wednesday']
		]);
		expect(sameEvent(pairs[0]![0], pairs[0]![1])).toBe(false);
		expect(sameDayWeekdayEvent(pairs[0]![0], pairs[0]![1])).toBe(true);
	});
	it('does not pair them when the papers were filed on different days', () => {
		expect(dateDisagreements(view(['Daily A', passed], ['Daily B', voted, '2019-12-05']))).toEqual(
			[]
		);
	});
	it('names in the feedback the third outlet that gives one side’s day', () => {
		const third = 'The council passed the motto resolution on Tuesday, aides said.';
		const candidates = dateCompareCandidates(
			view(['Daily A', passed], ['Daily B', voted], ['Daily C', third])
		);
		const explanations = candidates.map((c) => c.draft.explanation);
		// …and cites it: every outlet the feedback names is in the evidence.
		const asked = candidates.find((c) => c.draft.explanation.includes('as does Daily C'))!;
		expect(asked.draft.evidence.map((e) => e.articleId).sort()).toEqual(['a0', 'a1', 'a2']);
		expect(explanations).toContainEqual(
			expect.stringMatching(
				/^Daily B gives “Wednesday” .*; Daily A gives “Tuesday” \([^)]*\), as does Daily C; both were published/
			)
		);
	});
});
