import { describe, expect, it } from 'vitest';
import type { Question } from '$lib/bank/schema';
import { selectDiverse, type Ranked } from './select';
import { inArticle, printedMotto, r } from './select.test-helpers';

describe('the same fact asked twice', () => {
	const withKey = (x: Ranked, key: string, type: 'cloze' | 'single' = 'cloze'): Ranked => ({
		...x,
		question: {
			...x.question,
			type,
			skill: 'fact',
			...(type === 'cloze'
				? { accepted: [key] }
				: { choices: [{ id: 'k', text: key }], correct: ['k'] })
		} as Question
	});

	it('two gaps keyed on one name, short and long (a story of several outlets)', () => {
		const out = selectDiverse(
			[
				withKey(
					r('a', 0.9, 'cloze', 'c1', 'The ____ opened an inquiry.'),
					'House Ethics Committee'
				),
				withKey(r('b', 0.8, 'cloze', 'c2', 'The ____ met on Friday.'), 'Ethics Committee'),
				inArticle(withKey(r('c', 0.7, 'cloze', 'c3', 'The vote was held in ____.'), 'Marton'), 'b')
			],
			10
		);
		expect(out.map((q) => q.id)).toEqual(['a', 'c']);
	});

	it('one article’s short quiz never asks a quote again beside the matching item that pairs it', () => {
		const matching = r(
			'm',
			0.96,
			'quote',
			'match:quotes',
			'Match each quote to the person who said it.',
			'matching'
		);
		// The matching item pairs the first two quotes with their speakers.
		Object.assign(matching.question, {
			pairs: [
				{ id: 'p1', left: '“The harbour budget is a disgrace”', right: 'Ann Lee' },
				{ id: 'p2', left: '“Our ferries will run on time by spring”', right: 'Bo Chen' }
			]
		});
		matching.question.evidence = [
			{ articleId: 'a', start: 10, end: 11 },
			{ articleId: 'a', start: 20, end: 21 }
		];
		const who = (id: string, sentence: number, words: string) =>
			r(id, 0.9, 'quote', `said:${id}`, `Who said: “${words}”?`, 'single', { sentence });
		const out = selectDiverse(
			[
				matching,
				who('w1', 10, 'The harbour budget is a disgrace'),
				who('w2', 20, 'Our ferries will run on time by spring'),
				who('w3', 30, 'Nobody asked the fishermen first'),
				// A short partial quote of a paired one, from another sentence that repeats it.
				who('w4', 40, 'is a disgrace')
			],
			40
		);
		expect(out.map((q) => q.id)).toContain('w3');
		expect(out.map((q) => q.id)).not.toContain('w4');
		const starts = out.flatMap((q) => q.evidence.map((e) => e.start));
		// Before, the relaxed picks for a short quiz let "who said" repeat the matching's quotes.
		expect(new Set(starts).size).toBe(starts.length);
	});

	it('one article’s "which of these did X say" is no second ask of a quote the matching item pairs', () => {
		const matching = r(
			'm',
			0.96,
			'quote',
			'match:quotes',
			'Match each quote to the person who said it.',
			'matching'
		);
		Object.assign(matching.question, {
			pairs: [
				{ id: 'p1', left: '“The harbour budget is a disgrace to this city…”', right: 'Ann Lee' },
				{ id: 'p2', left: '“Our ferries will run on time by spring”', right: 'Bo Chen' }
			]
		});
		matching.question.evidence = [
			{ articleId: 'a', start: 10, end: 11 },
			{ articleId: 'a', start: 20, end: 21 }
		];
		// The quote is the key choice, not in the prompt; the wrong choices are the reporter's words.
		const which = (id: string, sentence: number, key: string) => {
			const q = r(
				id,
				0.9,
				'quote',
				`which-said:${id}`,
				`Which of these did Ann Lee say?`,
				'single',
				{
					sentence
				}
			);
			Object.assign(q.question, {
				choices: [
					{ id: 'c1', text: key },
					{ id: 'c2', text: 'The council met on Tuesday to vote on the harbour plan.' },
					{ id: 'c3', text: 'Ferry crews have asked for new boats for two years.' }
				],
				correct: ['c1']
			});
			return q;
		};
		const out = selectDiverse(
			[
				matching,
				which('w1', 30, 'The harbour budget is a disgrace to this city and its fishermen.'),
				which('w2', 40, 'Nobody asked the fishermen before the harbour plan was drawn up.')
			],
			40
		);
		expect(out.map((q) => q.id)).toEqual(['m', 'w2']);
	});

	it('one article’s true/false statement never prints a quote a "who said" asks', () => {
		const who = r(
			'w',
			0.9,
			'quote',
			'said:w',
			'Who said: “The harbour budget is a plain disgrace”?',
			'single',
			{
				sentence: 10
			}
		);
		// Another sentence of the article repeats the quote in the reporter's words.
		const tf = (id: string, statement: string, sentence: number) =>
			r(
				id,
				0.5,
				'fact',
				`truefalse:${id}`,
				`According to Daily A, is this true or false? ${statement}`,
				'truefalse',
				{
					sentence
				}
			);
		const out = selectDiverse(
			[
				who,
				// The article's best fact takes the first fact place, as a true/false never does.
				r('f', 0.8, 'fact', 'who:f', 'Who chairs the harbour board?', 'single', { sentence: 40 }),
				tf(
					't1',
					'At Tuesday’s meeting, Ann Lee called the new mooring fees “a plain disgrace” to fishermen.',
					20
				),
				tf('t2', 'The council voted to close the “old ferry pier” on Monday.', 30)
			],
			40
		);
		expect(out.map((q) => q.id)).toEqual(['w', 'f', 't2']);
	});

	it('one article keys one name twice from two sentences, last, and never three times', () => {
		const out = selectDiverse(
			[
				withKey(
					r('a', 0.9, 'cloze', 'c1', 'The ____ opened an inquiry.'),
					'House Ethics Committee'
				),
				withKey(r('b', 0.8, 'cloze', 'c2', 'The ____ met on Friday.'), 'Ethics Committee'),
				withKey(r('b2', 0.75, 'cloze', 'c4', 'A report went to the ____.'), 'Ethics Committee'),
				withKey(r('c', 0.7, 'cloze', 'c3', 'The vote was held in ____.'), 'Marton')
			],
			10
		);
		expect(out.map((q) => q.id)).toEqual(['a', 'c', 'b']);
	});

	it('two true/false attributions naming one person', () => {
		const tf = (id: string, named: string, real: string, score: number): Ranked => {
			const x = r(
				id,
				score,
				'quote',
				`said:${id}`,
				`True or false: it was ${named} who said “${id} words here”.`,
				'truefalse'
			);
			return {
				...x,
				question: {
					...x.question,
					correct: ['false'],
					explanation: `False. It was ${real} who said it.`
				} as Question
			};
		};
		const out = selectDiverse(
			[
				tf('one', 'Peter Carr', 'Ann Lee', 0.9),
				tf('two', 'Peter Carr', 'Bo Chen', 0.8),
				tf('three', 'Tom Ruiz', 'Bo Chen', 0.7)
			],
			10
		);
		// The third names another person but its real speaker is the second's: only one of them may join.
		expect(out.map((q) => q.id)).toEqual(['one', 'three']);
	});

	it('two sourcing questions with one answer, of one outlet or two', () => {
		const prompts: Record<string, string> = {
			a: 'Daily A writes: “The mayor will resign, aides said.” How does Daily A source this?',
			b: 'Daily A writes: “Talks stalled, two people briefed on them said.” How is it sourced?',
			c: 'Daily A writes: “The video could not be confirmed.” What does Daily A say of it?',
			d: 'Daily B writes: “Budget cuts loom, officials said privately.” How is this sourced?'
		};
		const how = (id: string, article: string, score: number, correct: string): Ranked => {
			const x = r(id, score, 'source', `sourcing:${article}:${id}`, prompts[id]!);
			return {
				...x,
				question: {
					...x.question,
					choices: [
						{ id: 'k', text: correct },
						{ id: 'o', text: 'It credits another news organisation' }
					],
					correct: ['k'],
					evidence: [{ articleId: article, start: score * 1000, end: score * 1000 + 5 }]
				} as Question
			};
		};
		const out = selectDiverse(
			[
				how('a', 'a1', 0.9, 'It cites a source it does not name'),
				how('b', 'a1', 0.8, 'It cites a source it does not name'),
				how('c', 'a1', 0.7, 'It says the claim could not be verified'),
				how('d', 'a2', 0.6, 'It cites a source it does not name')
			],
			10
		);
		// Daily B's unnamed source repeats a's answer: a blind reader read it as one question twice.
		expect(out.map((q) => q.id)).toEqual(['a', 'c']);
	});
});

describe('two facts that give each other away', () => {
	it('keep the higher-scored one, even when the other took the fact slot first', () => {
		const cmp = r('cmp', 0.95, 'compare', 'figure:x', 'How many did each outlet count?');
		const why = r('why', 0.9, 'fact', 'why:x', 'Why did the council close the bridge?', 'single', {
			skill: 'inference'
		});
		// A numeric gap is the only question of its type, so no type penalty lifts it above the
		// story's main count in the reserved fact slot; but the main count prints its key.
		const side = r(
			'side',
			0.58,
			'fact',
			'detail:side',
			'Daily A writes: “The mayor met Ann Lee, one of the ____ harbour police officers hurt.” What number belongs in the gap?',
			'numeric',
			{ skill: 'fact' }
		);
		(side.question as Question & { answer: number }).answer = 2;
		const main = r(
			'main',
			0.65,
			'fact',
			'detail:main',
			'Daily A writes: “____ people, including two police officers, were hurt in the crash.” How many?',
			'single',
			{ skill: 'fact' }
		);
		Object.assign(main.question, {
			choices: ['Five', 'four', 'six', 'seven'].map((text, i) => ({ id: `c${i}`, text })),
			correct: ['c0']
		});
		const ids = selectDiverse([cmp, why, side, main], 10).map((q) => q.id);
		expect(ids).toContain('main');
		expect(ids).not.toContain('side');
	});
});

describe('a why item and another item that offers its event as a choice', () => {
	const withChoices = (x: Ranked, texts: string[]): Ranked => {
		Object.assign(x.question, {
			choices: texts.map((text, i) => ({ id: `c${i}`, text })),
			correct: ['c0']
		});
		return x;
	};
	const cmp = r('cmp', 0.95, 'compare', 'figure:x', 'How many did each outlet count?');
	const why = withChoices(
		r('why', 0.6, 'cause', 'cause:x', 'Why did the mayor sue?', 'single', { skill: 'inference' }),
		[
			'inspectors found deep cracks in the main pier',
			'the port authority on Friday filed a federal lawsuit against the ferry company',
			'dock workers staged a protest'
		]
	);
	const main = withChoices(
		r(
			'main',
			0.7,
			'main-idea',
			'main-idea',
			'Which sentence best states what the story is mainly about?',
			'single',
			{
				skill: 'inference'
			}
		),
		[
			'The harbour board filed a lawsuit Friday against the ferry company and its insurer.',
			'Commuters crowded the bus station across town.'
		]
	);
	it('are not both in the first ten: the one that marks wrong what the other keys gives way', () => {
		const ids = selectDiverse([cmp, why, main], 10).map((q) => q.id);
		expect(ids).toContain('main');
		expect(ids).not.toContain('why');
	});
	it('a main-idea item that offers a why item’s key as a wrong choice gives way to it', () => {
		const reason = withChoices(
			r('why3', 0.6, 'cause', 'cause:z', 'Why did the mayor close the pier?', 'single', {
				skill: 'inference'
			}),
			[
				'inspectors found deep cracks in the main pier',
				'the council cut the harbour budget',
				'dock workers staged a protest'
			]
		);
		const lead = withChoices(
			r(
				'lead',
				0.7,
				'main-idea',
				'main-idea:b',
				'Which sentence best states what the story is mainly about?',
				'single',
				{ skill: 'inference' }
			),
			[
				'The harbour board sued the ferry company on Friday.',
				'The mayor said inspectors found deep cracks in the main pier last week.'
			]
		);
		const ids = selectDiverse([cmp, reason, lead], 10).map((q) => q.id);
		expect(ids).toContain('why3');
		expect(ids).not.toContain('lead');
	});
	it('are both kept when the wrong reason tells another event', () => {
		const other = withChoices(
			r('why2', 0.6, 'cause', 'cause:y', 'Why did the mayor sue?', 'single', {
				skill: 'inference'
			}),
			[
				'inspectors found deep cracks in the main pier',
				'the port authority raised ticket prices on Friday',
				'dock workers staged a protest'
			]
		);
		expect(selectDiverse([cmp, other, main], 10).map((q) => q.id)).toEqual(
			expect.arrayContaining(['why2', 'main'])
		);
	});
});

describe('a disagreement between outlets and a pick that gives it away', () => {
	const withChoices = (x: Ranked, texts: string[]): Ranked => ({
		...x,
		question: {
			...x.question,
			choices: texts.map((text, i) => ({ id: `c${i}`, text })),
			correct: ['c0']
		} as Question
	});
	const hedge = withChoices(
		inArticle(
			r(
				'hedge',
				0.9,
				'compare',
				'figure-outlet:routes:at least two dozen routes',
				'The outlets hedge the number of ferry routes differently. Which outlet writes “at least two dozen ferry routes”?'
			),
			'b'
		),
		['Daily A', 'Daily B']
	);
	// A sourcing question, scored higher, whose quoted sentence credits the count to Daily A.
	const sourcing = withChoices(
		r(
			'src',
			0.95,
			'compare',
			'sourcing:a:3',
			'Daily C writes: “Daily A reported that the ministry will cut at least two dozen ferry routes.” How does Daily C source this information?'
		),
		['It credits another news organisation', 'It cites a source it does not name']
	);
	it('keeps the figure the outlets cannot both have right, not the pick it gives away', () => {
		const ids = selectDiverse([sourcing, hedge], 10).map((q) => q.id);
		expect(ids).toContain('hedge');
		expect(ids).not.toContain('src');
	});
	it('gives no such precedence to a comparison that is no disagreement', () => {
		const wording = {
			...hedge,
			candidate: { ...hedge.candidate, answerKey: 'describe:routes' }
		};
		expect(selectDiverse([sourcing, wording], 10).map((q) => q.id)).toEqual(['src']);
	});
});

describe('a number key another question prints in other words', () => {
	const gapKeyed = (x: Ranked, key: string): Ranked => ({
		...x,
		question: { ...x.question, type: 'cloze', skill: 'fact', accepted: [key] } as Question
	});

	it('keeps the better of two gaps when one prints the other’s sum spelled out', () => {
		const out = selectDiverse(
			[
				gapKeyed(
					r('ads', 0.9, 'cloze', 'c1', 'Fill the gap: Roe’s campaign spent $____ on radio.'),
					'25,000'
				),
				gapKeyed(
					r(
						'board',
						0.8,
						'cloze',
						'c2',
						'Fill the gap: the ____ approved twenty-five thousand dollars.'
					),
					'harbour board'
				),
				gapKeyed(r('port', 0.7, 'cloze', 'c3', 'Fill the gap: the port opened in ____.'), 'Marton')
			],
			10
		);
		expect(out.map((q) => q.id)).toEqual(['ads', 'port']);
	});
});

describe('a phrase another question asks, printed anywhere', () => {
	const term = {
		...r(
			'term',
			0.9,
			'vocabulary',
			'vocab:term',
			'Which term does Daily A use for “officials who plot in secret”?',
			'single',
			{
				skill: 'vocabulary'
			}
		),
		question: {
			...r(
				'term',
				0.9,
				'vocabulary',
				'vocab:term',
				'Which term does Daily A use for “officials who plot in secret”?'
			).question,
			skill: 'vocabulary',
			choices: [
				{ id: 'c1', text: 'hidden cabal' },
				{ id: 'c2', text: 'town council' }
			],
			correct: ['c1']
		} as Question
	};
	const order = (text: string): Ranked => {
		const x = r(
			'order',
			0.8,
			'timeline',
			'timeline',
			'Put these events in the order they happened.',
			'ordering'
		);
		return {
			...x,
			question: {
				...x.question,
				items: [
					{ id: 'e1', text: 'The mayor opened the new harbour office' },
					{ id: 'e2', text },
					{ id: 'e3', text: 'The board met on Friday' }
				]
			} as Question
		};
	};

	it('keeps one of a term and an event to order that prints it in quotation marks: the later pick gives way', () => {
		const out = selectDiverse([term, order('Roe attacked the “hidden cabal” at the port')], 10);
		// The story's one timeline is picked first (the scarcer kind); the term gives way.
		expect(out.map((q) => q.id)).toEqual(['order']);
	});

	it('keeps both when the event does not print it', () => {
		const out = selectDiverse([term, order('Roe attacked the port authority')], 10);
		expect(out.map((q) => q.id).sort()).toEqual(['order', 'term']);
	});
});

describe('two words of one family', () => {
	const word = (id: string, score: number, sentence: string): Ranked => {
		const x = r(
			id,
			score,
			'vocabulary',
			`vocabulary:${id}`,
			`Daily A writes: “${sentence}” What does “${id}” mean in this sentence?`,
			'single',
			{ skill: 'vocabulary' }
		);
		return { ...x, candidate: { ...x.candidate, keyTexts: [id] } };
	};

	it('asks one meaning once: "allegation" after "alleging" is the same question', () => {
		const ids = selectDiverse(
			[
				word(
					'alleging',
					0.9,
					'Tenants of three harbour blocks filed suit in county court, alleging the landlord ignored broken boilers all winter.'
				),
				word(
					'allegation',
					0.8,
					'Marco Reyes, who owns the buildings through a family trust, denied the allegation on Friday evening.'
				),
				word(
					'vowed',
					0.7,
					'Councillors vowed to send inspectors into every rented flat along the waterfront before spring.'
				)
			],
			10
		).map((q) => q.id);
		expect(ids).toEqual(['alleging', 'vowed']);
	});
	it('does not ask the meaning of a word another prompt turns on ("the verb “vows”")', () => {
		const headlineVerb = r(
			'verb',
			0.95,
			'compare',
			'headline',
			'Two of the headlines use the verb “vows” for what the mayor did. Which outlet’s headline uses another verb?'
		);
		const ids = selectDiverse(
			[
				headlineVerb,
				word(
					'vowed',
					0.9,
					'Councillors vowed to send inspectors into every rented flat along the waterfront before spring.'
				),
				word(
					'alleging',
					0.7,
					'Tenants of three harbour blocks filed suit in county court, alleging the landlord ignored broken boilers all winter.'
				)
			],
			10
		).map((q) => q.id);
		expect(ids.sort()).toEqual(['alleging', 'verb']);
	});
});

describe('a prompt that prints the words a "who said" asks', () => {
	// Invented: Ann Lee quotes what the mayor once said; "who said" asks the mayor's own words.
	const outlet = inArticle(
		r('o', 0.9, 'source', 'quote-outlet:x', printedMotto.outletPrompt, 'single', {
			subject: 'Ann Lee'
		}),
		'b'
	);
	const who = r('w', 0.8, 'quote', 'said:y', printedMotto.whoPrompt);
	const other = r('x', 0.5, 'quote', 'said:z', 'Who said “the ferry will run all winter”?');

	it('leaves the "who said" out, and another quote takes its place', () => {
		const why = new Map<Question, string>();
		expect(selectDiverse([outlet, who, other], 10, why).map((q) => q.id)).toEqual(['o', 'x']);
		expect(why.get(who.question)).toBe('gives away or is given away by a pick');
	});
});
