import { describe, expect, it } from 'vitest';
import type { Question } from '$lib/bank/schema';
import type { Candidate } from './candidates/candidate';
import { normaliseAnswer, sameAnswer, selectDiverse, STRAY_DETAIL, type Ranked } from './select';

function r(
	id: string,
	score: number,
	family: Candidate['family'],
	answerKey: string,
	prompt: string,
	type: Question['type'] = 'single',
	extra: { skill?: Question['skill']; sentence?: number; subject?: string } = {}
): Ranked {
	// Each question cites its own sentence unless a test says which.
	const start = extra.sentence ?? 1000 + [...id].reduce((n, ch) => n * 31 + ch.charCodeAt(0), 7);
	return {
		candidate: { family, answerKey, subject: extra.subject } as Candidate,
		question: {
			id,
			score,
			prompt,
			type,
			skill: extra.skill ?? family,
			evidence: [{ articleId: 'a', start, end: start + 1 }]
		} as Question
	};
}

/** Ten recall questions and six of other kinds, all lower scored. */
function story(): Ranked[] {
	const topics = 'alpha beta gamma delta epsilon zeta omega theta iota kappa'.split(' ');
	const recall = topics.map((t, i) =>
		r(`q${i}`, 0.95 - i * 0.001, 'quote', `said:${t}`, `“${t}”?`)
	);
	return [
		...recall,
		r('cmp', 0.5, 'compare', 'figure:x', 'How many did each outlet count?', 'matching'),
		r('why', 0.4, 'fact', 'why:x', 'Why did the council close the bridge?', 'single', {
			skill: 'inference'
		}),
		r('fact', 0.45, 'fact', 'who:x', 'Who opened the new harbour office?'),
		r('fact2', 0.41, 'fact', 'who:y', 'Who chairs the port board?'),
		r('tl', 0.42, 'timeline', 'timeline', 'Put these events in order.', 'ordering'),
		r('voc', 0.3, 'cloze', 'cloze:x', 'Fill the gap: the ____ was delayed.', 'cloze', {
			skill: 'vocabulary'
		})
	];
}

/** The same question cited from another article: the story then has several outlets. */
const inArticle = (x: Ranked, articleId: string): Ranked => ({
	...x,
	question: {
		...x.question,
		evidence: x.question.evidence.map((e) => ({ ...e, articleId }))
	} as Question
});

describe('selectDiverse', () => {
	it('puts a question explained like an earlier pick behind one about another fact', () => {
		const sameFact =
			'Only Daily A carries this quote from Ann Lee; the other outlets do not report it.';
		const withWhy = (x: Ranked, explanation: string): Ranked => ({
			...x,
			question: { ...x.question, explanation } as Question
		});
		const out = selectDiverse(
			[
				withWhy(
					r('a', 0.9, 'source', 'k1', 'Which outlet quoted Ann Lee saying the bridge is late?'),
					sameFact
				),
				withWhy(
					r('b', 0.88, 'source', 'k2', 'Which outlet quoted Ann Lee saying costs doubled twice?'),
					sameFact
				),
				withWhy(
					r('c', 0.8, 'source', 'k3', 'Which outlet quoted Bo Chen saying tolls will fall soon?'),
					'Only Daily B carries it.'
				)
			],
			2
		);
		expect(out.map((q) => q.id)).toEqual(['a', 'c']);
	});
	it('drops questions with the same answer key or nearly the same prompt', () => {
		const out = selectDiverse(
			[
				r('a', 0.9, 'quote', 'k1', 'Who said the budget is fair to everyone?'),
				r('b', 0.85, 'quote', 'k1', 'True or false: Holloway said the budget is fair.'),
				r('c', 0.8, 'quote', 'k2', 'Who said the budget is fair to everyone today?'),
				r('d', 0.5, 'cloze', 'k3', 'Fill the gap: the ____ met on Friday.')
			],
			10
		);
		expect(out.map((q) => q.id)).toEqual(['a', 'd']);
	});
	it('lets a slightly lower score of another family in before a third of the same', () => {
		const out = selectDiverse(
			[
				r('s1', 0.9, 'source', 's1', 'alpha one'),
				r('s2', 0.89, 'source', 's2', 'beta two'),
				r('s3', 0.88, 'source', 's3', 'gamma three'),
				r('f1', 0.8, 'fact', 'f1', 'delta four', 'numeric')
			],
			3
		);
		expect(out.map((q) => q.id).sort()).toEqual(['f1', 's1', 's2']);
	});
	it('keeps recall to four of the first ten however high it scores', () => {
		const ten = selectDiverse(story(), 10);
		expect(ten).toHaveLength(10);
		expect(ten.filter((q) => q.id.startsWith('q'))).toHaveLength(4);
	});
	it('fills a short set with a fifth recall item rather than stop at nine', () => {
		const ten = selectDiverse(
			story().filter((x) => x.question.id !== 'fact2'),
			10
		);
		expect(ten).toHaveLength(10);
		expect(ten.filter((q) => q.id.startsWith('q'))).toHaveLength(5);
	});
	it('keeps a story told by several outlets to four recall items in ten, even if the set comes out short', () => {
		const twoOutlets = story()
			.filter((x) => x.question.id !== 'fact2')
			.map((x, i) => ({
				...x,
				question: {
					...x.question,
					evidence: x.question.evidence.map((e) => ({ ...e, articleId: i % 2 ? 'b' : 'a' }))
				} as Question
			}));
		const ten = selectDiverse(twoOutlets, 10);
		expect(ten).toHaveLength(9);
		expect(ten.filter((q) => q.id.startsWith('q'))).toHaveLength(4);
	});
	it('never cites one sentence twice in the first ten of a story told by several outlets', () => {
		const out = selectDiverse(
			[
				r('a', 0.9, 'fact', 'k1', 'How many ferries sailed on Monday?', 'numeric', { sentence: 5 }),
				r('b', 0.8, 'cloze', 'k2', 'Fill the gap: ____ ferries sailed.', 'cloze', { sentence: 5 }),
				{
					...r('c', 0.7, 'fact', 'k3', 'Who runs the port authority?'),
					question: {
						...r('c', 0.7, 'fact', 'k3', 'Who runs the port authority?').question,
						evidence: [{ articleId: 'b', start: 9, end: 10 }]
					} as Question
				}
			],
			10
		);
		expect(out.map((q) => q.id)).toEqual(['a', 'c']);
	});
	it('lets a short set of several outlets ask which outlet quoted each of two quotes by one speaker', () => {
		const outlet = (id: string, score: number, article: string, words: string): Ranked => {
			const x = r(
				id,
				score,
				'source',
				`quote-outlet:${id}`,
				`Which outlet quoted Ann Lee (${id})?`,
				'single',
				{
					subject: 'Ann Lee'
				}
			);
			return {
				candidate: { ...x.candidate, excerpt: `“${words}”` },
				question: {
					...x.question,
					evidence: x.question.evidence.map((e) => ({ ...e, articleId: article }))
				} as Question
			};
		};
		const out = selectDiverse(
			[
				outlet('tolls', 0.9, 'a', 'tolls will fall when the new bridge opens'),
				outlet('ferries', 0.8, 'b', 'the ferry crews have earned a long rest')
			],
			10
		);
		expect(out.map((q) => q.id)).toEqual(['tolls', 'ferries']);
		// Not beside "which outlets quote Ann Lee directly?": the same person, the same answer.
		const quotedBy = r(
			'quotedBy',
			0.95,
			'source',
			'quoted-by:Ann Lee',
			'Which outlets quote Ann Lee directly?',
			'multi',
			{ subject: 'Ann Lee' }
		);
		const withQuotedBy = selectDiverse(
			[quotedBy, outlet('tolls', 0.9, 'b', 'tolls will fall when the new bridge opens')],
			10
		);
		expect(withQuotedBy.map((q) => q.id)).toEqual(['quotedBy']);
	});
	it('takes a fill question (one article read through) only after every question of the story', () => {
		const fill = (x: Ranked): Ranked => ({ ...x, candidate: { ...x.candidate, fill: true } });
		const out = selectDiverse(
			[
				fill(r('late', 0.95, 'fact', 'who:a', 'Who opened the new harbour office?')),
				r('lead', 0.6, 'fact', 'who:b', 'Who chairs the port board?'),
				r('cmp', 0.5, 'compare', 'figure:x', 'How many ferries did each outlet count?')
			],
			2
		);
		expect(out.map((q) => q.id)).toEqual(['lead', 'cmp']);
	});
	it('asks at most two words’ meanings in the first ten', () => {
		const word = (id: string, score: number, article: string, sentence: string) => {
			const prompt = `Daily A writes: “${sentence}” What does “${id}” mean in this sentence?`;
			const x = r(id, score, 'vocabulary', `vocabulary:${id}`, prompt);
			x.question.evidence = [{ articleId: article, start: score * 100, end: score * 100 + 1 }];
			return x;
		};
		const ids = selectDiverse(
			[
				word('adamant', 0.9, 'a', 'Harbour unions stayed adamant about overtime rules.'),
				word('amnesty', 0.8, 'b', 'Ministers rejected any amnesty for unpaid ferry tolls.'),
				word('vowed', 0.7, 'a', 'Councillors vowed to reopen the northern bridge quickly.'),
				r('cmp', 0.5, 'compare', 'figure:x', 'How many ferries did each outlet count?')
			],
			10
		).map((q) => q.id);
		expect(ids).toEqual(['adamant', 'amnesty', 'cmp']);
		// One article's words (at most three, vocabulary.ts) are not capped here.
		const alone = selectDiverse(
			[
				word('adamant', 0.9, 'a', 'Harbour unions stayed adamant about overtime rules.'),
				word('amnesty', 0.8, 'a', 'Ministers rejected any amnesty for unpaid ferry tolls.'),
				word('vowed', 0.7, 'a', 'Councillors vowed to reopen the northern bridge quickly.')
			],
			10
		).map((q) => q.id);
		expect(alone).toEqual(['adamant', 'amnesty', 'vowed']);
	});
	it('takes a word from below the leads (the fill) after every other question, fill facts too', () => {
		const fill = (x: Ranked): Ranked => ({ ...x, candidate: { ...x.candidate, fill: true } });
		const word = fill(
			r('word', 0.95, 'vocabulary', 'vocabulary:w', 'What does “placate” mean here?')
		);
		const list = [
			word,
			fill(r('late', 0.3, 'fact', 'who:a', 'Who opened the new harbour office?')),
			fill(r('later', 0.25, 'fact', 'who:b', 'Which ministry runs the ferry timetable?')),
			r('cmp', 0.5, 'compare', 'figure:x', 'How many ferries did each outlet count?')
		];
		// No reserved vocabulary slot for it (vocabulary is the scarcer kind here), and it comes
		// after the fill's facts: the comparison and both facts go first.
		expect(selectDiverse(list, 3).map((q) => q.id)).toEqual(['cmp', 'late', 'later']);
		// It still fills a place that nothing else takes.
		expect(selectDiverse(list, 4).map((q) => q.id)).toContain('word');
	});
	it('leaves out a word from below the leads whose sentence names a picked who-question’s key', () => {
		const fill = (x: Ranked): Ranked => ({ ...x, candidate: { ...x.candidate, fill: true } });
		const who = r('who', 0.6, 'fact', 'who:x', 'According to Daily A, who chairs the port board?');
		who.question = {
			...who.question,
			choices: [
				{ id: 'c1', text: 'Ann Lee' },
				{ id: 'c2', text: 'Bo Chen' }
			],
			correct: ['c1']
		} as Question;
		const named = fill(
			r(
				'named',
				0.9,
				'vocabulary',
				'vocabulary:n',
				'Daily A writes: “Ann Lee was adamant.” What does “adamant” mean?'
			)
		);
		const other = fill(
			r(
				'other',
				0.4,
				'vocabulary',
				'vocabulary:o',
				'Daily B writes: “The board was adamant.” What does “adamant” mean?'
			)
		);
		other.question.evidence = [{ articleId: 'b', start: 5, end: 6 }];
		// Without the rule the named word would make the who-question give way: no gain, a trade.
		const ids = selectDiverse([who, named, other], 10).map((q) => q.id);
		expect(ids).toContain('who');
		expect(ids).not.toContain('named');
	});
	it('asks a fact once when two outlets’ evidence sentences tell it in their own words', () => {
		const told = (x: Ranked, article: string, sentence: string): Ranked => ({
			...x,
			question: {
				...x.question,
				evidence: x.question.evidence.map((e) => ({ ...e, articleId: article }))
			} as Question,
			evidenceText: [sentence]
		});
		const ferries = [
			told(
				r('count', 0.9, 'fact', 'k1', 'How many harbour emails did the ministry release?'),
				'a',
				'On Friday, the transport ministry released about 3,000 of the harbour emails.'
			),
			told(
				r('when', 0.8, 'cloze', 'k2', 'Fill the gap: the emails came out on ____.', 'cloze'),
				'b',
				'Critics pored over the harbour emails released by the transport ministry on Friday.'
			),
			told(
				r('who', 0.7, 'fact', 'k3', 'Who chairs the port board?'),
				'b',
				'Port director Bo Chen chairs the board that sets the tolls.'
			)
		];
		expect(selectDiverse(ferries, 10).map((q) => q.id)).toEqual(['count', 'who']);
		// The headline question cites the lead only as the place to look: a fact may still be asked of it.
		const headline = {
			...ferries[1]!,
			candidate: { ...ferries[1]!.candidate, answerKey: 'headline' }
		};
		expect(selectDiverse([ferries[0]!, headline, ferries[2]!], 10)).toHaveLength(3);
	});
	it('asks how an outlet sources a fact beside which outlet gives which figure for it', () => {
		const told = (
			x: Ranked,
			article: string,
			sentence: string,
			keyTexts: string[] = []
		): Ranked => ({
			...x,
			candidate: { ...x.candidate, keyTexts },
			question: {
				...x.question,
				evidence: x.question.evidence.map((e) => ({ ...e, articleId: article }))
			} as Question,
			evidenceText: [sentence]
		});
		const sourcing = (prompt: string) =>
			told(
				{
					...r('src', 0.95, 'compare', 'sourcing:b:10', prompt),
					question: {
						...r('src', 0.95, 'compare', 'sourcing:b:10', prompt).question,
						choices: [{ id: 'k', text: 'It credits another news outlet' }],
						correct: ['k']
					} as Question
				},
				'b',
				'The Harbour Gazette obtained a list of ferry routes the ministry plans to cut.'
			);
		const hedge = told(
			r(
				'hedge',
				0.9,
				'compare',
				'figure-outlet:routes:at least two dozen routes',
				'The outlets hedge the number of routes differently. Which outlet writes “at least two dozen routes”?'
			),
			'a',
			'The ministry plans to cut at least two dozen ferry routes, according to the list.',
			['at least two dozen routes']
		);
		const source =
			'Daily B writes: “The Harbour Gazette obtained a list of ferry routes.” How does Daily B source this?';
		expect(selectDiverse([sourcing(source), hedge], 10).map((q) => q.id)).toEqual(['src', 'hedge']);
		// A sourcing prompt that prints the figure asked gives it away: one of the two only.
		const printed =
			'Daily B writes: “The ministry will cut at least two dozen routes.” How does Daily B source this?';
		expect(selectDiverse([sourcing(printed), hedge], 10).map((q) => q.id)).toEqual(['src']);
		// Any other question citing that fact still asks it once beside the figure.
		const fact = told(
			r('fact', 0.95, 'fact', 'k1', 'What did the Harbour Gazette obtain?'),
			'b',
			'The Harbour Gazette obtained a list of ferry routes the ministry plans to cut.'
		);
		expect(selectDiverse([fact, hedge], 10)).toHaveLength(1);
	});
	it('asks the quotes one by one when a matching item on them would leave the ten short', () => {
		const at = (x: Ranked, spans: [string, number][]): Ranked => ({
			...x,
			question: {
				...x.question,
				evidence: spans.map(([articleId, start]) => ({ articleId, start, end: start + 1 }))
			} as Question
		});
		const quotes: [string, number][] = [
			['a', 10],
			['b', 20],
			['a', 30]
		];
		const out = selectDiverse(
			[
				at(
					r('match', 0.95, 'quote', 'match-quotes', 'Match each quote to its speaker.', 'matching'),
					quotes
				),
				at(r('tolls', 0.9, 'quote', 'said:tolls', '“Tolls will fall”?'), [quotes[0]!]),
				at(r('crews', 0.85, 'quote', 'said:crews', '“The crews earned a rest”?'), [quotes[1]!]),
				at(r('deck', 0.8, 'quote', 'said:deck', '“The deck is new”?'), [quotes[2]!]),
				at(r('cmp', 0.5, 'compare', 'figure:x', 'How many cars did each outlet count?'), [
					['b', 40]
				])
			],
			10
		);
		expect(out.map((q) => q.id).sort()).toEqual(['cmp', 'crews', 'deck', 'tolls']);
	});
	it('keys at most two questions of any kind in ten to one person (who said, who did)', () => {
		const keyed = (x: Ranked, person: string): Ranked => ({
			...x,
			question: {
				...x.question,
				choices: [
					{ id: 'c1', text: person },
					{ id: 'c2', text: 'Someone Else' }
				],
				correct: ['c1']
			} as Question
		});
		const out = selectDiverse(
			[
				keyed(r('said1', 0.9, 'quote', 'said:a', '“Tolls will fall”?', 'evidence'), 'Ann Lee'),
				keyed(r('said2', 0.89, 'quote', 'said:b', '“The crews earned a rest”?'), 'Ann Lee'),
				keyed(r('did', 0.88, 'fact', 'who:c', 'Who opened the harbour office?'), 'Ann Lee'),
				keyed(r('other', 0.5, 'fact', 'who:d', 'Who chairs the port board?'), 'Bo Chen')
			],
			10
		);
		const ids = out.map((q) => q.id);
		expect(ids).toContain('other');
		expect(ids.filter((id) => id !== 'other')).toHaveLength(2);
	});
	it('makes room in the first ten for a comparison, a why, a fact, a timeline and a vocabulary item', () => {
		const ids = selectDiverse(story(), 10).map((q) => q.id);
		for (const id of ['cmp', 'why', 'fact', 'tl', 'voc']) expect(ids).toContain(id);
	});
	it('fills reserved slots with a comparison first, then the scarcest kind', () => {
		// Two outlets: a short first ten is then written rather than one citing a sentence twice.
		const pick = (list: Ranked[]) => {
			const other = r('o', 0.3, 'cloze', 'cloze:z', 'Fill the gap: the ____ board met.', 'cloze');
			other.question.evidence = [{ articleId: 'b', start: 3, end: 4 }];
			return selectDiverse([...list, other], 10).map((q) => q.id);
		};
		const tl = r('tl', 0.6, 'timeline', 'timeline', 'Put these events in order.', 'ordering', {
			sentence: 7
		});
		// Two facts, one timeline; the better fact cites the timeline's sentence 7.
		const facts = pick([
			r('f1', 0.9, 'fact', 'who:x', 'Who opened the harbour office?', 'single', { sentence: 7 }),
			r('f2', 0.8, 'fact', 'who:y', 'Who chairs the port board?', 'single', { sentence: 8 }),
			tl
		]);
		expect(facts).toContain('tl');
		expect(facts).toContain('f2');
		// The best comparison, citing sentence 7, still goes first, though comparisons are more
		// plentiful: every story needs one, and the best says how the outlets differ.
		const compared = pick([
			r('cmp', 0.9, 'compare', 'figure:x', 'How many did each outlet count?', 'matching', {
				sentence: 7
			}),
			r('cmp2', 0.5, 'compare', 'figure:y', 'Which outlet gives the lower toll?', 'single', {
				sentence: 9
			}),
			tl
		]);
		expect(compared).toContain('cmp');
		expect(compared).not.toContain('tl');
	});
	it('gives a headline look-up the comparison slot only when no other comparison fits', () => {
		const pick = (list: Ranked[]) => {
			const other = r('o', 0.3, 'cloze', 'cloze:z', 'Fill the gap: the ____ board met.', 'cloze');
			other.question.evidence = [{ articleId: 'b', start: 3, end: 4 }];
			return selectDiverse([...list, other], 10).map((q) => q.id);
		};
		const lookup = (): Ranked => ({
			...r('look', 0.9, 'compare', 'headline', "Which outlet's headline writes “Signs Pact”?"),
			headlineCopied: true
		});
		const figure = r('cmp', 0.4, 'compare', 'figure:x', 'Which outlet counts more ferries?');
		// Scored higher, the look-up still gives way to the comparison that asks for reading …
		expect(pick([lookup(), figure])).toEqual(['cmp', 'o']);
		// … and takes the slot when there is none.
		expect(pick([lookup()])).toContain('look');
	});
	it('shows the first ten by score whatever order they were picked in', () => {
		const scores = selectDiverse(story(), 10).map((q) => q.score!);
		expect(scores).toEqual([...scores].sort((a, b) => b - a));
	});
	it('cites an evidence sentence twice only after every question that does not', () => {
		// A story of two outlets: a bank longer than ten may repeat a sentence once nothing else is left.
		const other = r('d', 0.6, 'fact', 'k4', 'Who opened the harbour office?');
		other.question.evidence = [{ articleId: 'b', start: 40, end: 90 }];
		const out = selectDiverse(
			[
				r('a', 0.9, 'fact', 'k1', 'How many ferries sailed on Monday?', 'numeric', { sentence: 5 }),
				r('b', 0.8, 'cloze', 'k2', 'Fill the gap: ____ ferries sailed.', 'cloze', { sentence: 5 }),
				r('c', 0.7, 'fact', 'k3', 'Who runs the port authority?', 'single', { sentence: 9 }),
				other
			],
			200
		);
		expect(out.map((q) => q.id)).toEqual(['a', 'c', 'd', 'b']);
	});
	it('lets a headline question share the leads it only points to with another question', () => {
		const out = selectDiverse(
			[
				r('fact', 0.9, 'fact', 'k1', 'Who opened the harbour office?', 'single', { sentence: 0 }),
				r(
					'head',
					0.8,
					'compare',
					'headline',
					'Which headline makes the council its subject?',
					'single',
					{
						sentence: 0
					}
				),
				r('other', 0.7, 'fact', 'k3', 'Who runs the port authority?', 'single', { sentence: 7 })
			],
			10
		);
		// Were the lead the headline question's proof, it would wait behind "other".
		expect(out.map((q) => q.id)).toEqual(['fact', 'head', 'other']);
	});
	it('asks about one person once among source questions (no mirror pairs)', () => {
		const out = selectDiverse(
			[
				r('quotes', 0.9, 'source', 'quoted-by:Ann Lee', 'Which outlets quote Ann Lee?', 'multi', {
					subject: 'Ann Lee'
				}),
				r(
					'omits',
					0.85,
					'source',
					'not-mention:Ann Lee',
					'Which outlet does not mention Ann Lee?',
					'single',
					{
						subject: 'Ann Lee'
					}
				),
				r('other', 0.5, 'fact', 'who:y', 'Who chairs the harbour board?')
			],
			10
		);
		const ids = out.map((q) => q.id);
		expect(ids).toContain('other');
		expect(ids.filter((id) => id === 'quotes' || id === 'omits')).toHaveLength(1);
	});
	it('drops the same quote asked again in other words', () => {
		const withExcerpt = (x: Ranked, excerpt: string): Ranked => ({
			...x,
			candidate: { ...x.candidate, excerpt }
		});
		const out = selectDiverse(
			[
				withExcerpt(
					r('who', 0.9, 'quote', 'said:a', 'Who said it?'),
					'“the bridge will open in May as planned”'
				),
				withExcerpt(
					r('outlet', 0.8, 'source', 'quote-outlet:a', 'Which outlet quoted it?'),
					'“bridge will open in May as planned, officials hope”'
				),
				r('fact', 0.5, 'fact', 'who:z', 'Who built the bridge?')
			],
			10
		);
		expect(out.map((q) => q.id)).toEqual(['who', 'fact']);
	});
	it('asks one fact once, even from two outlets’ sentences in two forms', () => {
		const gap = (
			id: string,
			score: number,
			answer: string,
			family: Candidate['family']
		): Ranked => {
			const x = r(id, score, family, `k:${id}`, `${id} ${id}s ${id}ed`, 'cloze', {
				skill: 'fact'
			});
			return { ...x, question: { ...x.question, accepted: [answer] } as Question };
		};
		const out = selectDiverse(
			[
				gap('fox', 0.9, '43,350', 'cloze'),
				gap('huff', 0.8, '43350', 'fact'),
				gap('other', 0.5, 'Rolex', 'cloze')
			],
			10
		);
		expect(out.map((q) => q.id)).toEqual(['fox', 'other']);
	});
	it('keys one "who said" item to a person ahead of all others; one article may add a second last', () => {
		const who = (id: string, score: number, person: string): Ranked => {
			const x = r(id, score, 'quote', `said:${id}`, `“${id}”?`);
			return {
				...x,
				question: {
					...x.question,
					choices: [
						{ id: 'c1', text: person },
						{ id: 'c2', text: 'Someone Else' }
					],
					correct: ['c1']
				} as Question
			};
		};
		const out = selectDiverse(
			[
				who('alpha', 0.9, 'Ann Lee'),
				who('beta', 0.89, 'Ann Lee'),
				who('gamma', 0.88, 'Ann Lee'),
				who('delta', 0.5, 'Bo Chen')
			],
			3
		);
		// Not two on Ann Lee in a row: Bo Chen's comes between, and the second of hers goes last.
		expect(out.map((q) => q.id)).toEqual(['alpha', 'delta', 'beta']);
	});
});

describe('selectDiverse: one recall item per person in the first ten', () => {
	const keyed = (x: Ranked, person: string, articleId = 'a'): Ranked => ({
		...x,
		question: {
			...x.question,
			choices: [
				{ id: 'c1', text: person },
				{ id: 'c2', text: 'Someone Else' }
			],
			correct: ['c1'],
			evidence: x.question.evidence.map((e) => ({ ...e, articleId }))
		} as Question
	});
	it('does not ask "who said" of the person a "which outlet quoted" item already names', () => {
		const outlet = r(
			'outlet',
			0.9,
			'source',
			'quote-outlet:The ferry will run all winter',
			'Which outlet quoted Ann Lee as saying “The ferry will run all winter”?',
			'single',
			{ subject: 'Ann Lee' }
		);
		outlet.question.evidence = [{ articleId: 'b', start: 5, end: 50 }];
		const out = selectDiverse(
			[
				outlet,
				keyed(r('who', 0.85, 'quote', 'said:x', 'Who said: “Tolls will fall in May”?'), 'Ann Lee'),
				keyed(r('other', 0.5, 'quote', 'said:y', 'Who said: “The crews earned a rest”?'), 'Bo Chen')
			],
			10
		);
		expect(out.map((q) => q.id)).toEqual(['outlet', 'other']);
	});
	it('lets one article’s second item on a person into any relaxed pass', () => {
		// Beta is Ann Lee's second quote: only a relaxed pass takes it, after delta.
		const alpha = keyed(
			r('alpha', 0.9, 'quote', 'said:a', 'Who said: “Tolls will fall”?'),
			'Ann Lee'
		);
		const delta = keyed(
			r('delta', 0.5, 'quote', 'said:d', 'Who said: “We open at six”?'),
			'Bo Chen'
		);
		delta.question.evidence = [{ articleId: 'a', start: 100, end: 200 }];
		const beta = keyed(
			r('beta', 0.8, 'quote', 'said:b', 'Who said: “Crews need rest”?'),
			'Ann Lee'
		);
		beta.question.evidence = [{ articleId: 'a', start: 300, end: 400 }];
		expect(selectDiverse([alpha, beta, delta], 3).map((q) => q.id)).toEqual([
			'alpha',
			'delta',
			'beta'
		]);
	});
	it('keeps two people of one family apart', () => {
		const out = selectDiverse(
			[
				keyed(r('mary', 0.9, 'quote', 'said:x', 'Who said: “Tolls will fall in May”?'), 'Mary Lee'),
				keyed(
					r('ann', 0.8, 'quote', 'said:y', 'Who said: “The crews earned a rest”?'),
					'Ann Lee',
					'b'
				),
				keyed(r('again', 0.7, 'quote', 'said:z', 'Who said: “We open at six”?'), 'Mary Lee')
			],
			2
		);
		expect(out.map((q) => q.id)).toEqual(['mary', 'ann']);
	});
	it('does not ask a quote whose sentence runs into one a recall pick cites', () => {
		const first = keyed(
			r('first', 0.9, 'quote', 'said:x', 'Who said: “Tolls will fall”?'),
			'Ann Lee'
		);
		first.question.evidence = [{ articleId: 'a', start: 100, end: 220 }];
		const second = keyed(
			r('second', 0.8, 'quote', 'said:y', 'Who said: “The crews earned a rest”?'),
			'Bo Chen'
		);
		second.question.evidence = [{ articleId: 'a', start: 180, end: 260 }];
		const apart = keyed(
			r('apart', 0.7, 'quote', 'said:z', 'Who said: “We open at six”?'),
			'Cy Roe'
		);
		apart.question.evidence = [{ articleId: 'a', start: 220, end: 300 }];
		const out = selectDiverse([first, second, apart], 2);
		expect(out.map((q) => q.id)).toEqual(['first', 'apart']);
	});
});

describe('questions a headline answers', () => {
	it('stay out of the first ten but may follow it in a longer bank', () => {
		const asked = {
			...r('given', 0.9, 'fact', 'who:lee', 'According to Daily A, who stepped down?'),
			givenAway: true
		};
		const other = r(
			'other',
			0.5,
			'fact',
			'who:chen',
			'According to Daily A, who chaired the vote?'
		);
		expect(selectDiverse([asked, other], 10).map((q) => q.id)).toEqual(['other']);
		// A story of several outlets may put it after its first ten in a longer bank.
		const elsewhere = {
			...other,
			question: { ...other.question, evidence: [{ articleId: 'b', start: 5, end: 6 }] }
		};
		expect(selectDiverse([asked, elsewhere], 20).map((q) => q.id)).toEqual(['other', 'given']);
		// One article's first twelve are read as a set: a short quiz goes without it.
		expect(selectDiverse([asked, other], 20).map((q) => q.id)).toEqual(['other']);
	});
});

describe('questions drawn from a publisher’s line', () => {
	it('are never chosen: the print date line is no part of the report', () => {
		const fromPrintLine = {
			...r('page', 0.9, 'fact', 'num:12', 'Daily A writes: “… on Page ____ …” How many?'),
			evidenceText: ['A version of this article appears in print on May 2, Page 12.']
		};
		const fromReport = {
			...r('report', 0.5, 'fact', 'num:3', 'Daily A writes: “____ piers closed.” How many?'),
			evidenceText: ['Three piers closed on Friday.']
		};
		expect(selectDiverse([fromPrintLine, fromReport], 20).map((q) => q.id)).toEqual(['report']);
	});
});

describe('sameAnswer', () => {
	it('reads a name inside a longer form of it as the same answer', () => {
		expect(sameAnswer('ethics committee', 'house ethics committee')).toBe(true);
		expect(sameAnswer('sheridan', 'mark d sheridan')).toBe(true);
		expect(sameAnswer('abc', 'abc news')).toBe(true);
	});
	it('keeps numbers and unrelated names apart', () => {
		expect(sameAnswer('3', '30 days')).toBe(false);
		expect(sameAnswer('3', '3 billion')).toBe(false);
		expect(sameAnswer('house ethics committee', 'senate ethics panel')).toBe(false);
	});
});

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

	it('two sourcing questions teaching one outlet’s unnamed sources', () => {
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
		expect(out.map((q) => q.id)).toEqual(['a', 'c', 'd']);
	});
});

describe('a who-question whose key another prompt names', () => {
	const who = (id: string, score: number, key: string, prompt: string): Ranked => {
		const x = r(id, score, 'fact', `who:${id}`, prompt);
		return {
			...x,
			question: {
				...x.question,
				skill: 'fact',
				choices: [
					{ id: 'k', text: key },
					{ id: 'o', text: 'Bo Chen' }
				],
				correct: ['k']
			} as Question
		};
	};
	const lawyer = who(
		'w',
		0.6,
		'Mark Sheridan',
		'According to Daily A, who is general counsel for the party?'
	);
	const describes = r(
		'd',
		0.9,
		'compare',
		'describe:sheridan',
		'Which outlet introduces Mark Sheridan as the attorney for the campaign?'
	);
	const other = who('x', 0.5, 'Ann Lee', 'According to Daily A, who closed the bridge lanes?');

	it('gives way to the prompt that names the person, picked before or after it', () => {
		expect(selectDiverse([describes, lawyer, other], 10).map((q) => q.id)).toEqual(['d', 'x']);
		// Reserved kinds go first: a fact is picked before this recall item, then gives way.
		const quotes = r(
			'q',
			0.9,
			'source',
			'quoted-by:sheridan',
			'Which outlets quote Mark Sheridan directly?'
		);
		expect(selectDiverse([quotes, lawyer, other], 10).map((q) => q.id)).toEqual(['q', 'x']);
	});

	it('lets back the gap on its sentence that it had kept out', () => {
		const sentence = 'Sheridan is general counsel for the state party committee';
		const withExcerpt = (x: Ranked, excerpt: string): Ranked => ({
			...x,
			candidate: { ...x.candidate, excerpt }
		});
		const quotes = r(
			'q',
			0.9,
			'source',
			'quoted-by:sheridan',
			'Which outlets quote Mark Sheridan directly?'
		);
		const gapOnIt = withExcerpt(
			r(
				'g',
				0.55,
				'cloze',
				'cloze:counsel',
				'Fill the gap: Sheridan is general ____ for the party.',
				'cloze',
				{ skill: 'fact' }
			),
			sentence.replace('counsel', '____')
		);
		const out = selectDiverse([quotes, withExcerpt(lawyer, sentence), gapOnIt], 10);
		expect(out.map((q) => q.id)).toEqual(['q', 'g']);
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

/** A comparison from article "b", so that the story has two outlets. */
const floodCompare = () =>
	inArticle(r('c', 0.9, 'compare', 'figure:x', 'Which outlet counts more flooded homes?'), 'b');

describe('a stray detail and the first ten', () => {
	const compare = floodCompare();
	const central = r('f', 0.7, 'fact', 'detail:a', 'How many homes did the flood reach?');
	const stray = r(
		's',
		STRAY_DETAIL - 0.1,
		'cloze',
		'cloze:y',
		'Fill the gap: the mayor’s ____.',
		'cloze',
		{
			skill: 'fact'
		}
	);

	it('leaves a fact the focus rules ranked below the line out of a short first ten', () => {
		expect(selectDiverse([compare, central, stray], 10).map((q) => q.id)).toEqual(['c', 'f']);
	});

	it('says why it was left out, and why a question asking a pick again was', () => {
		const again = r('g', 0.6, 'fact', 'detail:a', 'How many houses did the river flood?');
		const why = new Map<Question, string>();
		const ids = selectDiverse([compare, central, again, stray], 10, why).map((q) => q.id);
		expect(ids).toEqual(['c', 'f']);
		expect(why.get(stray.question)).toBe('stray detail');
		expect(why.get(again.question)).toBe(
			'asks again what “How many homes did the flood reach?” asks'
		);
		// A pick has no reason to be left out.
		expect(why.has(central.question)).toBe(false);
	});

	it('still writes it after the first ten in a longer bank', () => {
		const topics = 'harbour ferry school tunnel market stadium library museum airport hospital';
		const many = topics
			.split(' ')
			.map((t, i) => r(`q${i}`, 0.8 - i * 0.01, 'fact', `detail:${t}`, `${t}?`));
		const out = selectDiverse([compare, ...many, stray], 40).map((q) => q.id);
		expect(out.slice(0, 10)).not.toContain('s');
		expect(out).toContain('s');
	});

	it('keeps it in a single article’s quiz, which has few questions to spare', () => {
		expect(selectDiverse([central, stray], 10).map((q) => q.id)).toEqual(['f', 's']);
	});

	it('leaves out a gap on who a person is or what they own, however high it scores', () => {
		const worth = r(
			'w',
			0.7,
			'fact',
			'detail:quantity:48 billion',
			'Daily A writes: “Roe, who has an estimated net worth of $____, attacked the plan.” How much?'
		);
		const why = new Map<Question, string>();
		expect(selectDiverse([compare, central, worth], 10, why).map((q) => q.id)).toEqual(['c', 'f']);
		expect(why.get(worth.question)).toBe('stray detail');
		// A single article keeps it, as it keeps any stray detail.
		expect(selectDiverse([central, worth], 10).map((q) => q.id)).toEqual(['f', 'w']);
	});
});

describe('a side detail and the first ten', () => {
	const compare = floodCompare();
	const central = r('f', 0.6, 'fact', 'detail:a', 'How many homes did the flood reach?');
	// One outlet's aside, scored higher than the main event's fact (focus.ts, sideDetail).
	const aside: Ranked = {
		...r('s', 0.75, 'fact', 'who:fellow', 'Who is a senior fellow at the river institute?'),
		sideDetail: true
	};

	it('takes a fact on the main events for the fact slot, whatever the aside scores', () => {
		const why = new Map<Question, string>();
		expect(selectDiverse([compare, aside, central], 2, why).map((q) => q.id)).toEqual(['c', 'f']);
		expect(why.get(aside.question)).toBe('side detail waits');
	});

	it('lets it fill a short ten when nothing else can', () => {
		expect(selectDiverse([compare, aside, central], 10).map((q) => q.id)).toEqual(['c', 's', 'f']);
		expect(selectDiverse([compare, aside], 10).map((q) => q.id)).toEqual(['c', 's']);
	});

	it('leaves a single article’s facts in score order', () => {
		expect(selectDiverse([aside, central], 1).map((q) => q.id)).toEqual(['s']);
	});
});

describe('normaliseAnswer', () => {
	it('spells a figure or a date one way whichever style the outlet writes it in', () => {
		expect(normaliseAnswer('three days')).toBe(normaliseAnswer('3 days'));
		expect(normaliseAnswer('Dec. 27th')).toBe(normaliseAnswer('December 27'));
		expect(normaliseAnswer('$84,000')).toBe('84000');
	});
	it('keeps different figures, dates and names apart', () => {
		expect(normaliseAnswer('Dec. 27')).not.toBe(normaliseAnswer('Dec. 28'));
		expect(normaliseAnswer('three days')).not.toBe(normaliseAnswer('three weeks'));
		expect(normaliseAnswer('Ann Lee')).toBe('ann lee');
	});
});

describe('one figure in two spellings', () => {
	const gap = (id: string, key: string, prompt: string): Ranked => {
		const x = r(id, 0.7, 'cloze', `cloze:${key}`, prompt, 'cloze', { skill: 'fact' });
		return { ...x, question: { ...x.question, accepted: [key] } as Question };
	};
	it('asks once how long the visit lasted, whether an outlet writes "three" or "3"', () => {
		const out = selectDiverse(
			[
				gap('a', 'three', 'Fill the gap (Daily A): The envoy will stay ____ days in the capital.'),
				gap('b', '3', 'Fill the gap (Daily B): Her visit, planned for ____ days, starts Monday.')
			],
			10
		);
		expect(out.map((q) => q.id)).toEqual(['a']);
	});
});

describe('two dates of one account', () => {
	const when = (id: string, key: string, prompt: string, articleId = 'a'): Ranked => {
		const x = r(id, 0.7, 'cloze', `cloze:${key}`, prompt, 'cloze', { skill: 'fact' });
		return {
			...x,
			question: {
				...x.question,
				accepted: [key],
				evidence: x.question.evidence.map((e) => ({ ...e, articleId }))
			} as Question
		};
	};
	const arrived = when(
		'a',
		'Dec. 3',
		'Fill the gap (Daily A): The envoy arrived in the capital on ____.'
	);
	const leaves = when('b', 'Dec. 9', 'Fill the gap (Daily A): She is due to fly home on ____.');
	it('asks one "when?" of one article in the first ten', () => {
		expect(selectDiverse([arrived, leaves], 10).map((q) => q.id)).toEqual(['a']);
	});
	it('may ask another outlet for another date', () => {
		const elsewhere = when(
			'c',
			'Dec. 9',
			'Fill the gap (Daily B): Her flight home leaves on ____.',
			'b'
		);
		expect(selectDiverse([arrived, elsewhere], 10).map((q) => q.id)).toEqual(['a', 'c']);
	});
});

describe('selectDiverse: one question per quotation in the first ten', () => {
	const withQuotation = (x: Ranked, quotations: string[]): Ranked => ({
		...x,
		candidate: { ...x.candidate, quotations }
	});
	const pool = () => [
		withQuotation(r('who', 0.9, 'quote', 'said:first', 'Who said: “That is just reckless talk”?'), [
			'a@10'
		]),
		withQuotation(
			r(
				'outlet',
				0.85,
				'source',
				'quote-outlet:second',
				'Which outlet quoted Roe as saying “They want a fight”?'
			),
			['a@10']
		),
		withQuotation(
			r(
				'other',
				0.8,
				'source',
				'quote-outlet:third',
				'Which outlet quoted Roe as saying “The pier will reopen”?'
			),
			['a@90']
		),
		r('fact', 0.5, 'fact', 'who:x', 'Who opened the new harbour office?')
	];

	it('keeps the second sentence of an asked quotation out of the ten', () => {
		const ids = selectDiverse(pool(), 10).map((q) => q.id);
		expect(ids).toContain('who');
		expect(ids).toContain('other');
		expect(ids).not.toContain('outlet');
	});

	it('lets a story’s longer bank hold it, never one article’s first twelve', () => {
		const story = pool().map((x) =>
			x.question.id === 'fact'
				? { ...x, question: { ...x.question, evidence: [{ articleId: 'b', start: 5, end: 6 }] } }
				: x
		);
		expect(selectDiverse(story, 200).map((q) => q.id)).toContain('outlet');
		expect(selectDiverse(pool(), 200).map((q) => q.id)).not.toContain('outlet');
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

describe('a single article’s first twelve ask each sentence once', () => {
	// One article: a "who said", a true/false on the same quote, a gap inside it.
	const at = (x: Ranked, start: number, end: number): Ranked => {
		x.question.evidence = [{ articleId: 'a', start, end }];
		return x;
	};
	const repeats = () => [
		at(r('who', 0.9, 'quote', 'said:x', 'Who said: “The pier will reopen in May”?'), 100, 160),
		at(
			r(
				'tf',
				0.85,
				'quote',
				'said:y',
				'True or false: it was Bo Chen who said “We open at six”.',
				'truefalse'
			),
			130,
			220
		),
		at(
			r(
				'gap',
				0.8,
				'cloze',
				'cloze:may',
				'Fill the gap: Roe told the crews on the quay it would reopen in ____.',
				'cloze'
			),
			100,
			175
		)
	];
	/** Questions of their own sentences and words, lower scored. */
	const WORDS =
		'ferry harbour bridge tunnel council budget ticket crane dock tide barge quay pilot buoy'.split(
			' '
		);
	const others = (n: number) =>
		WORDS.slice(0, n).map((w, i) => {
			const x = at(
				r(`f${i}`, 0.5 - i * 0.01, 'fact', `who:${w}`, `Fill the gap: the ${w} ____.`, 'cloze', {
					skill: 'fact'
				}),
				1000 + i * 100,
				1050 + i * 100
			);
			x.candidate.excerpt = `${w} ${w}s`;
			return x;
		});

	it('never asks a sentence a second time in the first twelve, even when the quiz runs short', () => {
		// A reader marks the second question on one sentence a repeat: a short quiz goes without it.
		const ids = selectDiverse([...repeats(), ...others(2)], 12).map((q) => q.id);
		expect(ids).toEqual(['who', 'f0', 'f1']);
	});

	it('keeps the eleventh and twelfth free of a repeat too when other questions are left', () => {
		const ids = selectDiverse([...repeats(), ...others(14)], 40).map((q) => q.id);
		expect(ids.slice(0, 12)).not.toContain('tf');
		expect(ids.slice(0, 12)).not.toContain('gap');
		// Not lost: a longer bank holds them after the first twelve.
		expect(ids.slice(12)).toEqual(expect.arrayContaining(['tf', 'gap']));
	});

	it('leaves a story of several outlets as it was: a relaxed pass may cite a sentence twice', () => {
		const far = at(r('far', 0.4, 'fact', 'who:far', 'Who chairs the port board?'), 0, 10);
		far.question.evidence = [{ articleId: 'b', start: 0, end: 10 }];
		expect(selectDiverse([...repeats(), far], 200).map((q) => q.id)).toContain('gap');
	});

	const withQuotation = (x: Ranked, quotations: string[]): Ranked => ({
		...x,
		candidate: { ...x.candidate, quotations }
	});
	// One speaker's quotation split into two "who said" items: two sentences, one key (quotation.ts).
	const split = () => [
		at(
			withQuotation(
				r('who', 0.9, 'quote', 'said:rebuild', 'Who said: “We will rebuild the pier”?'),
				['a@100']
			),
			100,
			140
		),
		at(
			withQuotation(
				r(
					'again',
					0.85,
					'quote',
					'said:years',
					'Who said: “It will take two years and we will pay for it”?'
				),
				['a@100']
			),
			150,
			200
		)
	];

	it('keeps the eleventh and twelfth free of a second item on one quotation', () => {
		const ids = selectDiverse([...split(), ...others(14)], 40).map((q) => q.id);
		expect(ids.slice(0, 12)).toContain('who');
		expect(ids.slice(0, 12)).not.toContain('again');
		expect(ids.slice(12)).toContain('again');
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
