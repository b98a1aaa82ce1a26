import { describe, expect, it } from 'vitest';
import type { Question } from '$lib/bank/schema';
import type { Candidate } from './candidates/candidate';
import { selectDiverse, type Ranked } from './select';

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
	it('shows the first ten by score whatever order they were picked in', () => {
		const scores = selectDiverse(story(), 10).map((q) => q.score!);
		expect(scores).toEqual([...scores].sort((a, b) => b - a));
	});
	it('cites an evidence sentence twice only after every question that does not', () => {
		const out = selectDiverse(
			[
				r('a', 0.9, 'fact', 'k1', 'How many ferries sailed on Monday?', 'numeric', { sentence: 5 }),
				r('b', 0.8, 'cloze', 'k2', 'Fill the gap: ____ ferries sailed.', 'cloze', { sentence: 5 }),
				r('c', 0.7, 'fact', 'k3', 'Who runs the port authority?', 'single', { sentence: 9 })
			],
			10
		);
		expect(out.map((q) => q.id)).toEqual(['a', 'c', 'b']);
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
	it('keys at most two "who said" items in ten to the same person', () => {
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
		expect(out.map((q) => q.id).sort()).toEqual(['alpha', 'beta', 'delta']);
	});
});
