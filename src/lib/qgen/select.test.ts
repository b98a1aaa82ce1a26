import { describe, expect, it } from 'vitest';
import type { Question } from '$lib/bank/schema';
import type { Candidate } from './candidates/candidate';
import { selectDiverse, type Ranked } from './select';
import { SOURCING_CHOICE } from './candidates/sourcing';
import { keyedTo, r, story } from './select.test-helpers';

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
	it('keeps a single article’s whole quiz at most half recall once its other kinds run out', () => {
		const all = selectDiverse(story(), 40);
		const recall = all.filter((q) => q.id.startsWith('q')).length;
		expect(all.length).toBeGreaterThanOrEqual(10);
		expect(recall).toBeLessThanOrEqual(all.length / 2);
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
	it('lets a word of a sentence be asked beside the words each outlet uses for a group there', () => {
		// "Which words does each outlet use for the tenants?" (group-naming.ts) cites the sentence
		// only to show where the adjective stands: it does not take the sentence from another item.
		const out = selectDiverse(
			[
				r(
					'group',
					0.9,
					'compare',
					'describe:group:tenant',
					'Which words does each use?',
					'single',
					{
						sentence: 5
					}
				),
				r(
					'word',
					0.8,
					'vocabulary',
					'sense:vociferous',
					'What does “vociferous” mean here?',
					'single',
					{
						sentence: 5
					}
				)
			],
			10
		);
		expect(out.map((q) => q.id)).toEqual(['group', 'word']);
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
		// Both carried by the same outlet alone: the second asks the first again, with its answer.
		const oneOutlet = selectDiverse(
			[
				outlet('tolls', 0.9, 'a', 'tolls will fall when the new bridge opens'),
				outlet('ferries', 0.8, 'a', 'the ferry crews have earned a long rest'),
				outlet('docks', 0.7, 'b', 'the docks will be rebuilt by the spring')
			],
			10
		);
		expect(oneOutlet.map((q) => q.id)).toEqual(['tolls', 'docks']);
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
	it('asks at most two words’ meanings in the first ten, three when nothing else fills it', () => {
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
				word('quorum', 0.6, 'b', 'The board met without a quorum on Tuesday night.'),
				r('cmp', 0.5, 'compare', 'figure:x', 'How many ferries did each outlet count?')
			],
			10
		).map((q) => q.id);
		// Nothing but words is left for a short ten: a third word, never a fourth.
		expect(ids).toEqual(['adamant', 'amnesty', 'vowed', 'cmp']);
		// A ten the story's other questions fill keeps two.
		const full = selectDiverse(
			[
				...story(),
				word('adamant', 0.9, 'b', 'Harbour unions stayed adamant about overtime rules.'),
				word('amnesty', 0.8, 'b', 'Ministers rejected any amnesty for unpaid ferry tolls.')
			],
			10
		);
		expect(full).toHaveLength(10);
		expect(full.filter((q) => q.skill === 'vocabulary')).toHaveLength(2);
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
		// So does "how does each outlet word Bo Chen's criticism of …?": it asks the verbs, not
		// the fact they tell; a person's description asks who they are, and keeps its facts.
		const words = (answerKey: string) => ({
			...ferries[1]!,
			candidate: { ...ferries[1]!.candidate, answerKey }
		});
		expect(
			selectDiverse([ferries[0]!, words('describe:act:Bo Chen → thing:ministry'), ferries[2]!], 10)
		).toHaveLength(3);
		expect(selectDiverse([ferries[0]!, words('describe:Bo Chen'), ferries[2]!], 10)).toHaveLength(
			2
		);
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
				at(r('tolls', 0.9, 'quote', 'said:tolls', '“Tolls will fall next spring”?'), [quotes[0]!]),
				at(r('crews', 0.85, 'quote', 'said:crews', '“The crews earned a rest”?'), [quotes[1]!]),
				at(r('deck', 0.8, 'quote', 'said:deck', '“The deck is new and wider”?'), [quotes[2]!]),
				at(r('cmp', 0.5, 'compare', 'figure:x', 'How many cars did each outlet count?'), [
					['b', 40]
				])
			],
			10
		);
		expect(out.map((q) => q.id).sort()).toEqual(['cmp', 'crews', 'deck', 'tolls']);
	});
	it('keys at most two questions of any kind in ten to one person (who said, who did)', () => {
		const keyed = keyedTo;
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
	it("gives a story's main-idea item the why slot, before a fact takes its lead sentence", () => {
		const pool = (several: boolean) => {
			const list = [
				r('f1', 0.9, 'fact', 'who:x', 'Who opened the harbour office?', 'single', { sentence: 7 }),
				r('f2', 0.8, 'fact', 'who:y', 'Who chairs the port board?', 'single', { sentence: 8 }),
				r(
					'm',
					0.85,
					'main-idea',
					'main-idea',
					'Which sentence best states what the story is mainly about?',
					'single',
					{
						skill: 'inference',
						sentence: 7
					}
				)
			];
			if (several) {
				const other = r('o', 0.3, 'cloze', 'cloze:z', 'Fill the gap: the ____ board met.', 'cloze');
				other.question.evidence = [{ articleId: 'b', start: 3, end: 4 }];
				list.push(other);
			}
			return selectDiverse(list, 10).map((q) => q.id);
		};
		// Several outlets: the main idea fills the why slot first, and the other fact is asked.
		expect(pool(true)).toEqual(expect.arrayContaining(['m', 'f2']));
		expect(pool(true)).not.toContain('f1');
		// One article keeps its own mix: its main idea is not reserved, and the better fact wins.
		expect(pool(false)).toContain('f1');
		expect(pool(false)).not.toContain('m');
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
	it('fills the comparison slot with one that leaves the why item its sentence, when one fits', () => {
		const pick = (list: Ranked[]) => {
			const other = r('o', 0.3, 'cloze', 'cloze:z', 'Fill the gap: the ____ board met.', 'cloze');
			other.question.evidence = [{ articleId: 'b', start: 3, end: 4 }];
			return selectDiverse([...list, other], 10).map((q) => q.id);
		};
		const best = r('cmp', 0.9, 'compare', 'figure:x', 'How many did each outlet count?', 'single', {
			sentence: 7
		});
		const second = r(
			'cmp2',
			0.5,
			'compare',
			'figure:y',
			'Which outlet gives the lower toll?',
			'single',
			{
				sentence: 9
			}
		);
		const why = r(
			'why',
			0.4,
			'cause',
			'why:x',
			'Why did the council close the ferry pier?',
			'single',
			{
				skill: 'inference',
				sentence: 7
			}
		);
		// The best comparison cites the why item's sentence 7: the second takes the slot, and the
		// set asks why as well.
		const both = pick([best, second, why]);
		expect(both).toEqual(expect.arrayContaining(['cmp2', 'why']));
		expect(both).not.toContain('cmp');
		// With no other comparison, the comparison still comes first.
		const alone = pick([best, why]);
		expect(alone).toContain('cmp');
		expect(alone).not.toContain('why');
		// Nor does one outlet's sourcing stand in for it: that compares no outlets.
		const sourcing = r('src', 0.5, 'source', 'sourcing:unnamed', 'How does Daily A source this?');
		sourcing.question = {
			...sourcing.question,
			choices: [
				{ id: 'c1', text: SOURCING_CHOICE.unnamed },
				{ id: 'c2', text: SOURCING_CHOICE.named }
			],
			correct: ['c1']
		} as Question;
		expect(pick([best, sourcing, why])).not.toContain('why');
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
		// What one headline alone mentions waits behind the words the outlets choose for one act,
		// though not behind a comparison of figures.
		const mentions = (): Ranked => {
			const x = r('only', 0.9, 'compare', 'headline', "What does Daily A's headline mention?");
			return { ...x, candidate: { ...x.candidate, lookup: true } };
		};
		const words = r('words', 0.95, 'compare', 'describe:act:Ann Lee → Bo Chen', 'Match …');
		expect(pick([mentions(), words])).toEqual(['words', 'o']);
		expect(pick([mentions(), figure])).toContain('only');
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

describe('a single article’s quote item beside a gap on its speaker', () => {
	// The quote item's feedback names the speaker with the role the gap's sentence gives her.
	const quote = keyedTo(
		r('said', 0.9, 'quote', 'said:pier', 'Who said: “The old pier cannot be saved”?'),
		'Jane Roe',
		'Sam Poe'
	);
	quote.question.explanation =
		'Jane Roe, the harbour board chair, said this (reported by Daily A).';
	const gap = r(
		'gap',
		0.6,
		'cloze',
		'cloze:jane roe',
		'Fill the gap (Daily A): ____, the harbour board chair, voted to close the pier.',
		'cloze',
		{ skill: 'fact' }
	);
	(gap.question as Question & { accepted: string[] }).accepted = ['Jane Roe', 'Roe'];
	const fact = r('fact', 0.5, 'fact', 'who:x', 'Who opened the new ferry office?');
	const ids = (ranked: Ranked[]) => selectDiverse(ranked, 10).map((q) => q.id);

	it('keeps the better quote item and lets the gap give way to another fact', () => {
		expect(ids([quote, gap, fact])).toEqual(expect.arrayContaining(['said', 'fact']));
		expect(ids([quote, gap, fact])).not.toContain('gap');
	});

	it('leaves a story of several outlets as it was: the gap holds its fact slot', () => {
		const elsewhere = {
			...fact,
			question: { ...fact.question, evidence: [{ articleId: 'b', start: 1, end: 2 }] }
		} as Ranked;
		const picked = ids([quote, gap, elsewhere]);
		expect(picked).toContain('gap');
		expect(picked).not.toContain('said');
	});
});
