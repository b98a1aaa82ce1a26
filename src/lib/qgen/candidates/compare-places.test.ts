import { describe, expect, it } from 'vitest';
import { arrestArticles, campaignArticles, makeArticle } from '$test-data';
import { analyzeArticle, viewStory } from '../analyze';
import { storyFiledOn } from '../article.test-helpers';
import { generateQuestions } from '../index';
import {
	placeCompareCandidates,
	placeDisagreements,
	placedEvents,
	placeVerb
} from './compare-places';

const WEDNESDAY = '2019-12-04';

const view = (...texts: [outlet: string, text: string][]) => storyFiledOn(WEDNESDAY, ...texts);

const ARRESTED = (place: string) =>
	`Federal agents arrested Jane Roe, a former software engineer, in ${place} on Tuesday on charges of visa fraud, the Justice Department said.`;

const places = (v: ReturnType<typeof view>) =>
	placeDisagreements(v).map(([x, y]) => [x.place, y.place]);

describe('placeVerb', () => {
	const verbOf = (sentence: string, place: string) =>
		placeVerb(sentence, sentence.indexOf(place), sentence.indexOf(place) + place.length);
	it('takes the nearest past verb before the place, or after an opening "In X,"', () => {
		expect(verbOf('Agents arrested the software engineer in Seattle on Tuesday.', 'Seattle')).toBe(
			'arrest'
		);
		expect(verbOf('In Portland, police detained three protesters.', 'Portland')).toBe('detain');
	});
	it('gives no verb for a statement made somewhere', () => {
		expect(verbOf('The mayor said in Seattle that the port would reopen.', 'Seattle')).toBe(
			undefined
		);
	});
});

describe('placedEvents', () => {
	const placesIn = (text: string) =>
		placedEvents(analyzeArticle(makeArticle({ text }))).map((e) => e.place);
	it('finds "in <Place>" after an event verb, a known place or a capitalised word the word list lacks', () => {
		expect(placesIn(ARRESTED('Seattle'))).toEqual(['Seattle']);
		expect(placesIn(ARRESTED('Bellingham, Wash.,'))).toEqual(['Bellingham']);
		// "arrest" before the place names the event.
		expect(placesIn('The arrest in Tacoma came after a months-long investigation.')).toEqual([
			'Tacoma'
		]);
	});
	it('leaves out lists, months, bodies and places that modify a noun', () => {
		expect(placesIn('Thousands of protesters marched in Madrid and Barcelona on Sunday.')).toEqual(
			[]
		);
		expect(placesIn('The measure passed in Congress in January after a long fight.')).toEqual([]);
		expect(placesIn('Officers arrested him in Seattle police custody.')).toEqual([]);
		expect(placesIn('The company opened an office in Seattle’s downtown.')).toEqual([]);
	});
});

describe('placeDisagreements', () => {
	it('pairs one arrest that two outlets place in two towns', () => {
		expect(
			places(view(['Daily A', ARRESTED('Seattle')], ['Daily B', ARRESTED('Bellingham, Wash.,')]))
		).toEqual([['Seattle', 'Bellingham']]);
	});

	it('does not pair two arrests of two people, though one agency made both', () => {
		expect(
			places(
				view(
					['Daily A', ARRESTED('Seattle')],
					[
						'Daily B',
						'Federal agents arrested John Poe, a former software engineer, in Bellingham on Tuesday on charges of visa fraud, the Justice Department said.'
					]
				)
			)
		).toEqual([]);
	});

	it('does not pair two arrests on two days', () => {
		expect(
			places(
				view(
					['Daily A', ARRESTED('Seattle')],
					[
						'Daily B',
						'Federal agents arrested Jane Roe, a former software engineer, in Bellingham on Friday on charges of visa fraud, the Justice Department said.'
					]
				)
			)
		).toEqual([]);
	});

	it('sets no city beside the state or country around it', () => {
		expect(
			places(view(['Daily A', ARRESTED('Seattle')], ['Daily B', ARRESTED('Washington')]))
		).toEqual([]);
		// "Manhattan", which the word list does not class, may lie in the state named "New York".
		expect(
			places(view(['Daily A', ARRESTED('Manhattan')], ['Daily B', ARRESTED('New York')]))
		).toEqual([]);
	});

	it('does not pair when an outlet names the other’s place too (a move, or a second event)', () => {
		expect(
			places(
				view(
					[
						'Daily A',
						`${ARRESTED('Seattle')}\n\nShe was later taken to a federal jail in Bellingham to await a hearing.`
					],
					['Daily B', ARRESTED('Bellingham')]
				)
			)
		).toEqual([]);
	});

	it('does not pair sentences that share only a verb and a place kind', () => {
		expect(
			places(
				view(
					['Daily A', ARRESTED('Seattle')],
					[
						'Daily B',
						'Police arrested Jane Roe’s neighbour in Tacoma last month after a dispute over parking.'
					]
				)
			)
		).toEqual([]);
	});
});

describe('placeCompareCandidates', () => {
	it('asks which place an outlet gives, the other outlet’s place among the wrong answers', () => {
		const v = view(
			['Daily A', ARRESTED('Seattle')],
			[
				'Daily B',
				`${ARRESTED('Bellingham')}\n\nHer lawyer, who practises in Portland, said she would plead not guilty.`
			]
		);
		const qs = placeCompareCandidates(v).map((c) => c.draft);
		const q = qs.find((d) => d.prompt.endsWith('Which place does Daily A give?'))!;
		expect(q.prompt).toBe(
			'Daily A and Daily B give different places for the same event. Daily A writes: “Federal agents arrested Jane Roe, a former software engineer, in ____ on Tuesday on charges of visa fraud, the Justice Department said.” Which place does Daily A give?'
		);
		if (q.type !== 'single') throw new Error(q.type);
		expect(q.choices.find((c) => q.correct.includes(c.id))?.text).toBe('Seattle');
		expect(q.choices.map((c) => c.text).sort()).toEqual(['Bellingham', 'Portland', 'Seattle']);
		expect(new Set(q.evidence.map((e) => e.articleId))).toEqual(new Set(['a0', 'a1']));
	});

	it('asks nothing with only the two places to choose from (a coin toss)', () => {
		expect(
			placeCompareCandidates(
				view(['Daily A', ARRESTED('Seattle')], ['Daily B', ARRESTED('Tacoma')])
			)
		).toEqual([]);
	});

	it('reaches the first ten of a whole story', () => {
		const story = (outlet: string, place: string, id: string) =>
			makeArticle({
				id,
				storyId: 's',
				outlet,
				title: `${outlet}: engineer held on visa fraud charges`,
				date: WEDNESDAY,
				text: [
					ARRESTED(place),
					'Prosecutors say Roe lied about her employment on three visa applications since 2015.',
					'“We will fight these charges,” her lawyer, Ann Poe, said in a statement from Portland.',
					'The case is the latest in a push by the department against visa fraud because officials say it is rising.',
					'Roe is due in court next week and faces up to ten years in prison if convicted.'
				].join('\n\n')
			});
		const questions = generateQuestions(
			{
				storyId: 's',
				articles: [story('Daily A', 'Seattle', 'a0'), story('Daily B', 'Bellingham', 'a1')]
			},
			{ max: 10 }
		);
		expect(questions.map((q) => q.prompt).join('\n')).toMatch(/Which place does Daily [AB] give\?/);
	});
});

describe('a story of three outlets on one arrest', () => {
	const v = () => viewStory('arrest', arrestArticles().map(analyzeArticle));
	it('pairs the arrest placed in two towns, not the second arrest of another person', () => {
		// The Coast Courier's id sorts first.
		expect(places(v())).toEqual([['Bellingham', 'Seattle']]);
	});
	it('offers the third town the story names as a wrong answer', () => {
		const q = placeCompareCandidates(v()).find((c) =>
			c.draft.prompt.endsWith('Which place does Daily Ledger give?')
		)!.draft;
		if (q.type !== 'single') throw new Error(q.type);
		expect(q.choices.find((c) => q.correct.includes(c.id))?.text).toBe('Seattle');
		expect(q.choices.map((c) => c.text).sort()).toEqual(['Bellingham', 'Seattle', 'Tacoma']);
	});
});

describe('a story of three outlets on a governor’s race', () => {
	it('pairs a student "was arrested in Seattle" and one "was arrested in Bellingham, Wash.", not the student questioned in Tacoma', () => {
		const v = viewStory('campaign', campaignArticles().map(analyzeArticle));
		// The Coast Courier's id sorts first.
		expect(places(v)).toEqual([['Bellingham', 'Seattle']]);
	});
});

describe('placeDisagreements: where a named person is from', () => {
	const HOME = (appositive: string) =>
		`Jane Roe, ${appositive}, was charged on Tuesday with threatening the governor in messages posted online, police said.`;
	it('pairs "Jane Roe, 20, of Seattle" with "Jane Roe, a college student in Bellingham, Wash."', () => {
		expect(
			places(
				view(
					['Daily A', HOME('20, of Seattle')],
					['Daily B', HOME('a college student in Bellingham, Wash.')]
				)
			)
		).toEqual([['Seattle', 'Bellingham']]);
	});
	it('reads "Jane Roe, who lives in Tacoma" as her home, not "who lived" or "who grew up"', () => {
		expect(
			places(view(['Daily A', HOME('20, of Seattle')], ['Daily B', HOME('who lives in Tacoma')]))
		).toEqual([['Seattle', 'Tacoma']]);
		// Where she lived or grew up may be true beside where she lives now.
		for (const clause of ['who lived in Tacoma', 'who grew up in Tacoma'])
			expect(places(view(['Daily A', HOME('20, of Seattle')], ['Daily B', HOME(clause)]))).toEqual(
				[]
			);
	});
	it('does not pair two people, nor a person with an event placed elsewhere', () => {
		expect(
			places(
				view(
					['Daily A', HOME('20, of Seattle')],
					[
						'Daily B',
						'John Doe, 20, of Bellingham, was charged on Tuesday with threatening the governor in messages posted online, police said.'
					]
				)
			)
		).toEqual([]);
		expect(
			places(view(['Daily A', HOME('20, of Seattle')], ['Daily B', ARRESTED('Bellingham')]))
		).toEqual([]);
		// "…, Jane Roe, in Bellingham" places the marrying, not where she is from.
		expect(
			placedEvents(
				analyzeArticle(
					makeArticle({
						text: 'The senator married her partner, Jane Roe, in Bellingham last year, aides said.'
					})
				)
			).map((e) => !!e.home)
		).toEqual([false]);
	});
	it('asks which place an outlet gives for the person, a third town among the choices', () => {
		const v = view(
			['Daily A', HOME('20, of Seattle')],
			['Daily B', HOME('a college student in Bellingham, Wash.')],
			['Daily C', 'Police questioned a second student in Tacoma on Tuesday.']
		);
		const q = placeCompareCandidates(v).find((c) =>
			c.draft.prompt.endsWith('Which place does Daily A give?')
		)!.draft;
		expect(q.prompt).toBe(
			'Daily A and Daily B give different places for Jane Roe. Daily A writes: “Jane Roe, 20, of ____, was charged on Tuesday with threatening the governor in messages posted online, police said.” Which place does Daily A give?'
		);
		if (q.type !== 'single') throw new Error(q.type);
		expect(q.choices.find((c) => q.correct.includes(c.id))?.text).toBe('Seattle');
		expect(q.choices.map((c) => c.text).sort()).toEqual(['Bellingham', 'Seattle', 'Tacoma']);
	});
});
