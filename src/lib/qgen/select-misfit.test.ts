import { describe, expect, it } from 'vitest';
import type { Question } from '$lib/bank/schema';
import { selectDiverse, STRAY_DETAIL, type Ranked } from './select';
import { SOURCING_CHOICE } from './candidates/sourcing';
import { inArticle, keyedTo, r } from './select.test-helpers';

describe('selectDiverse: one recall item per person in the first ten', () => {
	const keyed = (x: Ranked, person: string, articleId = 'a'): Ranked =>
		inArticle(keyedTo(x, person), articleId);
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
	it('reads a true statement as an item on the person it names', () => {
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
		const statement = r(
			'tf',
			0.85,
			'quote',
			'said:x',
			'True or false: it was Ann Lee who said “Tolls will fall in May”.',
			'truefalse'
		);
		Object.assign(statement.question, {
			correct: ['true'],
			explanation: 'True. Ann Lee, mayor, said it (reported by Daily A).'
		});
		const other = keyed(
			r('other', 0.5, 'quote', 'said:y', 'Who said: “The crews earned a rest”?'),
			'Bo Chen'
		);
		expect(selectDiverse([outlet, statement, other], 10).map((q) => q.id)).toEqual([
			'outlet',
			// A ten nothing else fills still takes it (the first ten are shown by score).
			'tf',
			'other'
		]);
		expect(selectDiverse([outlet, statement, other], 2).map((q) => q.id)).toEqual([
			'outlet',
			'other'
		]);
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
	const quotes = r(
		'q',
		0.9,
		'source',
		'quoted-by:sheridan',
		'Which outlets quote Mark Sheridan directly?'
	);

	it('gives way to the prompt that names the person, picked before or after it', () => {
		expect(selectDiverse([describes, lawyer, other], 10).map((q) => q.id)).toEqual(['d', 'x']);
		// Reserved kinds go first: a fact is picked before this recall item, then gives way.
		expect(selectDiverse([quotes, lawyer, other], 10).map((q) => q.id)).toEqual(['q', 'x']);
	});

	it('comes back when the pick it gave way to gives way in turn', () => {
		// The lawyer gives way to a prompt that names him; that question, keyed to Nia Park,
		// gives way to one that names her; nothing then names the lawyer, so he is asked again.
		const names = who('n', 0.55, 'Nia Park', 'According to Daily A, who hired Mark Sheridan?');
		const namesHer = r(
			'h',
			0.5,
			'fact',
			'when:h',
			'According to Daily A, when did Nia Park resign?'
		);
		const ids = selectDiverse([lawyer, names, namesHer], 10).map((q) => q.id);
		expect(ids).toContain('w');
		expect(ids).toContain('h');
		expect(ids).not.toContain('n');
	});

	it('records why the pick that gave way is out, so no debug script reads it as lost', () => {
		const why = new Map<Question, string>();
		selectDiverse([quotes, lawyer, other], 10, why);
		expect(why.get(lawyer.question)).toBe(
			'gave way to “Which outlets quote Mark Sheridan directly?”'
		);
	});

	it('lets back the gap on its sentence that it had kept out', () => {
		const sentence = 'Sheridan is general counsel for the state party committee';
		const withExcerpt = (x: Ranked, excerpt: string): Ranked => ({
			...x,
			candidate: { ...x.candidate, excerpt }
		});
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

/** A comparison from article "b", so that the story has two outlets. */
const floodCompare = () =>
	inArticle(r('c', 0.9, 'compare', 'figure:x', 'Which outlet counts more flooded homes?'), 'b');

describe('a stray detail and the first ten', () => {
	const compare = floodCompare();
	const central = r('f', 0.7, 'fact', 'detail:a', 'How many homes did the flood reach?');
	// One outlet's aside (focus.ts, sideDetail), ranked below the line.
	const stray: Ranked = {
		...r('s', STRAY_DETAIL - 0.1, 'cloze', 'cloze:y', 'Fill the gap: the mayor’s ____.', 'cloze', {
			skill: 'fact'
		}),
		sideDetail: true
	};

	it('leaves an aside the focus rules ranked below the line out of a short first ten', () => {
		expect(selectDiverse([compare, central, stray], 10).map((q) => q.id)).toEqual(['c', 'f']);
	});

	// Below the line for its place far down one article, yet on the story's own events.
	const low = (sentence: string): Ranked => ({
		...r('d', STRAY_DETAIL - 0.1, 'fact', 'detail:quantity:4 billion', 'How much? ' + sentence),
		evidenceText: [sentence]
	});
	const deadline = 'With the deadline near and $4 billion in cuts to kick in, talks resumed.';

	it('fills a short first ten with a fact below the line that is no aside', () => {
		const why = new Map<Question, string>();
		expect(
			selectDiverse([compare, central, stray, low(deadline)], 10, why).map((q) => q.id)
		).toEqual(['c', 'f', 'd']);
		expect(why.get(stray.question)).toBe('stray detail');
	});

	it('leaves it out when its sentence names a year: an earlier year told as background', () => {
		const background = low('In 2009, when the port was rebuilt, $4 billion was spent on it.');
		expect(selectDiverse([compare, central, background], 10).map((q) => q.id)).toEqual(['c', 'f']);
	});

	it('leaves it out of a first ten that other questions fill', () => {
		const topics = 'harbour ferry school tunnel market stadium library museum airport';
		const many = topics
			.split(' ')
			.map((t, i) => r(`q${i}`, 0.8 - i * 0.01, 'fact', `detail:${t}`, `${t}?`));
		const out = selectDiverse([compare, ...many, low(deadline)], 10).map((q) => q.id);
		expect(out).toHaveLength(10);
		expect(out).not.toContain('d');
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

	it('leaves out a gap keyed on a person the whole story names once, even from a short ten', () => {
		const once: Ranked = {
			...r(
				'p',
				0.7,
				'fact',
				'detail:person:ada quill',
				'Daily A writes: “Roe also criticised the envoy ____, who called the plan rash.” Who?'
			),
			sideFigure: true,
			keyIsPerson: true
		};
		const why = new Map<Question, string>();
		expect(selectDiverse([compare, central, once], 10, why).map((q) => q.id)).toEqual(['c', 'f']);
		expect(why.get(once.question)).toBe('stray detail');
		// A body the story names once ("alongside the ____" keyed on an agency) still may fill.
		const body: Ranked = { ...once, keyIsPerson: false };
		expect(selectDiverse([compare, central, body], 10).map((q) => q.id)).toContain('p');
	});
});

describe('a gap in what everyone takes as known and the first ten', () => {
	it('leaves it out as a stray detail, even from a short ten (common-belief.ts)', () => {
		const compare = floodCompare();
		const central = r('f', 0.6, 'fact', 'detail:a', 'How many homes did the flood reach?');
		const belief = r(
			'w',
			0.75,
			'cloze',
			'cloze:north sea',
			'Fill the gap (Daily A): Ostia is widely believed to be the only deep port on the ____.',
			'cloze',
			{ skill: 'fact' }
		);
		const why = new Map<Question, string>();
		expect(selectDiverse([compare, belief, central], 10, why).map((q) => q.id)).toEqual(['c', 'f']);
		expect(why.get(belief.question)).toBe('stray detail');
	});
});

describe('a figure another outlet counts otherwise and the first ten', () => {
	const compare = floodCompare();
	const settled = r('f', 0.6, 'fact', 'detail:a', 'How many homes did the flood reach?');
	// One outlet's count where another gives a different one (contested-figure.ts).
	const contested: Ranked = {
		...r(
			'k',
			0.75,
			'fact',
			'detail:k',
			'Daily A writes: “About ____ boats reached the quay.” How many?'
		),
		contestedFigure: true
	};

	it('takes a fact no outlet contradicts for the fact slot, whatever the contested one scores', () => {
		const why = new Map<Question, string>();
		expect(selectDiverse([compare, contested, settled], 2, why).map((q) => q.id)).toEqual([
			'c',
			'f'
		]);
		expect(why.get(contested.question)).toBe('contested figure waits');
	});

	it('lets it fill a short ten when nothing else can', () => {
		expect(selectDiverse([compare, contested], 10).map((q) => q.id)).toEqual(['c', 'k']);
	});
});

describe('a figure among figures of its sentence and the first ten', () => {
	const compare = floodCompare();
	const central = r('f', 0.6, 'fact', 'detail:a', 'How many homes did the flood reach?');
	// A count in a sentence that prints two other figures (figure-crowd.ts), scored above the main fact.
	const crowded = r(
		'n',
		0.75,
		'fact',
		'detail:n',
		'Daily A writes: “The mayor signed ____ ferry permits last year, against 412 bus permits and 57 taxi licences.” How many? Choose what belongs in the gap.'
	);

	it('takes a fact on the main events for the fact slot, whatever the crowded figure scores', () => {
		const why = new Map<Question, string>();
		expect(selectDiverse([compare, crowded, central], 2, why).map((q) => q.id)).toEqual(['c', 'f']);
		expect(why.get(crowded.question)).toBe('crowded figure waits');
	});

	it('lets it fill a short ten when nothing else can', () => {
		expect(selectDiverse([compare, crowded], 10).map((q) => q.id)).toEqual(['c', 'n']);
	});
});

describe('a figure of the background and the first ten', () => {
	const compare = floodCompare();
	const central = r('f', 0.6, 'fact', 'detail:a', 'How many homes did the flood reach?');
	// A count told in an aside (figure-aside.ts, backgroundFigure), scored above the main fact.
	const aside = r(
		'o',
		0.75,
		'fact',
		'detail:o',
		'Daily A writes: “It is the mayors’ second visit, not counting ____ other meetings at other summits.” How many? Choose what belongs in the gap.'
	);

	it('takes a fact on the main events for the fact slot, whatever the aside scores', () => {
		const why = new Map<Question, string>();
		expect(selectDiverse([compare, aside, central], 2, why).map((q) => q.id)).toEqual(['c', 'f']);
		expect(why.get(aside.question)).toBe('background figure waits');
	});

	it('lets it fill a short ten when nothing else can', () => {
		expect(selectDiverse([compare, aside], 10).map((q) => q.id)).toEqual(['c', 'o']);
	});
});

describe('the day papers are due back and the first ten', () => {
	const compare = floodCompare();
	const central = r('f', 0.6, 'fact', 'detail:a', 'How many homes did the flood reach?');
	const deadline = r(
		'd',
		0.75,
		'fact',
		'detail:date:d',
		'Daily A writes: “The harbour board subpoenas must be returned ____.” When? Choose what belongs in the gap.'
	);
	Object.assign(deadline.question, {
		choices: [
			{ id: 'k', text: 'Feb. 3' },
			{ id: 'w', text: 'Feb. 5' }
		],
		correct: ['k']
	});

	it('takes a fact on the main events for the fact slot, whatever the deadline scores', () => {
		const why = new Map<Question, string>();
		expect(selectDiverse([compare, deadline, central], 2, why).map((q) => q.id)).toEqual([
			'c',
			'f'
		]);
		expect(why.get(deadline.question)).toBe('deadline waits');
	});

	it('lets one sum of a list of sums wait too (late-fill.ts, figure in a list)', () => {
		const sum = r(
			's',
			0.75,
			'cloze',
			'cloze:9,000',
			'Fill the gap (Daily A): Meals topped $60,000, while ferry tickets topped $____.',
			'cloze',
			{ skill: 'fact' }
		);
		Object.assign(sum.question, { accepted: ['9,000'] });
		const why = new Map<Question, string>();
		expect(selectDiverse([compare, sum, central], 2, why).map((q) => q.id)).toEqual(['c', 'f']);
		expect(why.get(sum.question)).toBe('figure in a list waits');
	});
});

describe('a side detail and the first ten', () => {
	const compare = floodCompare();
	const central = r('f', 0.6, 'fact', 'detail:a', 'How many homes did the flood reach?');
	// One outlet's aside, scored higher than the main event's fact (focus.ts, sideDetail).
	const aside: Ranked = {
		...r('s', 0.75, 'fact', 'who:ferry', 'Who flew home to Leeds for the weekend?'),
		sideDetail: true
	};
	// An aside that asks who holds a post: a side figure's biography (focus.ts asksBackground).
	const fellow: Ranked = {
		...r('b', 0.75, 'fact', 'who:fellow', 'Who is a senior fellow at the river institute?'),
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

	it('leaves out an aside a teacher would cut, even from a short ten (late-fill.ts)', () => {
		// The date of what is scheduled next: calendar trivia, not the news.
		const hearing: Ranked = {
			...r(
				'h',
				0.75,
				'fact',
				'detail:date:x',
				'Daily A writes: “The judge set the hearing for ____ at noon.” When?'
			),
			sideDetail: true
		};
		const why = new Map<Question, string>();
		expect(selectDiverse([compare, hearing, aside], 10, why).map((q) => q.id)).toEqual(['c', 's']);
		expect(why.get(hearing.question)).toBe('weak fill: scheduled');
		// On the main events (no side detail) the same question is asked, as before.
		const onNews = { ...hearing, sideDetail: false };
		expect(selectDiverse([compare, onNews], 10).map((q) => q.id)).toEqual(['c', 'h']);
	});

	it('leaves out an aside asking who holds a post, even from a short ten', () => {
		const why = new Map<Question, string>();
		expect(selectDiverse([compare, fellow, central], 10, why).map((q) => q.id)).toEqual(['c', 'f']);
		expect(why.get(fellow.question)).toBe('stray detail');
		// The same question on the main events (no side detail) is asked.
		const onNews = { ...fellow, sideDetail: false };
		expect(selectDiverse([compare, onNews], 10).map((q) => q.id)).toEqual(['c', 'b']);
	});

	it('lets a question on who holds a post wait behind the main events, even on a central sentence', () => {
		// A biography asked of a sentence the outlets share (no side detail): it waits, as an aside does.
		const counsel = r(
			'g',
			0.75,
			'fact',
			'who:counsel',
			'According to Daily A, who is a former judge who now serves as the agency’s counsel?'
		);
		const why = new Map<Question, string>();
		expect(selectDiverse([compare, counsel, central], 2, why).map((q) => q.id)).toEqual(['c', 'f']);
		expect(why.get(counsel.question)).toBe('background waits');
		// It still fills a short ten when nothing else can.
		expect(selectDiverse([compare, counsel, central], 10).map((q) => q.id)).toContain('g');
	});

	it('leaves out where a passer-by the story names once lives, even on a central sentence', () => {
		const passerBy: Ranked = {
			...r('p', 0.75, 'fact', 'who:flat', 'Who lives in a flat above the bakery?'),
			sideFigure: true
		};
		const why = new Map<Question, string>();
		expect(selectDiverse([compare, passerBy, central], 10, why).map((q) => q.id)).toEqual([
			'c',
			'f'
		]);
		expect(why.get(passerBy.question)).toBe('stray detail');
		// Someone the story names again is part of the events: asked.
		const named = { ...passerBy, sideFigure: false };
		expect(selectDiverse([compare, named], 10).map((q) => q.id)).toEqual(['c', 'p']);
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
				'Which outlet quoted Roe as saying “They want a fight with the council”?'
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

describe('one sourcing answer per first ten', () => {
	const sourcing = (
		id: string,
		score: number,
		articleId: string,
		key: string,
		claim: string
	): Ranked => {
		const x = inArticle(
			r(
				id,
				score,
				'source',
				`sourcing:${articleId}:${score}`,
				`${id} writes: “${claim}” How is it sourced?`
			),
			articleId
		);
		x.question = {
			...x.question,
			choices: [
				{ id: 'c1', text: key },
				{ id: 'c2', text: 'It names the person who gave the information' }
			],
			correct: ['c1']
		} as Question;
		return x;
	};
	it('asks "a source it does not name" once, whichever outlets it is asked of', () => {
		const out = selectDiverse(
			[
				sourcing('first', 0.9, 'a', 'It cites a source it does not name', 'The mayor will quit.'),
				sourcing('second', 0.8, 'b', 'It cites a source it does not name', 'Tolls rise in May.'),
				sourcing('credited', 0.7, 'c', 'It credits another news organisation', 'A ferry sank.')
			],
			10
		);
		expect(out.map((q) => q.id)).toEqual(['first', 'credited']);
	});
});

describe('a recall item on a fragment or a pleasantry and the first ten', () => {
	const compare = floodCompare();
	const fragment = r(
		'frag',
		0.9,
		'quote',
		'said:x',
		'Who is quoted using the words “a fair point”?'
	);
	const thanks = r(
		'thanks',
		0.9,
		'source',
		'quote-outlet:Thank you and I look forward to talking to you Friday',
		'Which outlet quoted Ann Lee as saying “Thank you and I look forward to talking to you Friday”?'
	);
	const remark = r(
		'remark',
		0.6,
		'quote',
		'said:y',
		'Who said: “The levee held because the crews never left it”?'
	);

	it('takes a quote with something to say before a fragment or a thank-you, whatever they score', () => {
		const why = new Map<Question, string>();
		expect(selectDiverse([compare, fragment, thanks, remark], 2, why).map((q) => q.id)).toEqual([
			'c',
			'remark'
		]);
		expect(why.get(fragment.question)).toBe('fragment waits');
		expect(why.get(thanks.question)).toBe('fragment waits');
	});

	it('lets a short reply that leans on its question wait too, not a short line with matter', () => {
		const reply = r(
			'reply',
			0.9,
			'quote',
			'said:z',
			'Who said: “We might if we knew where they went”?'
		);
		const that = r(
			'that',
			0.9,
			'source',
			'quote-outlet:You plainly can’t do that',
			'Which outlet quoted Ann Lee as saying “You plainly can’t do that”?'
		);
		const short = r(
			'short',
			0.5,
			'quote',
			'said:w',
			'Who said: “We will never close this bridge”?'
		);
		const why = new Map<Question, string>();
		expect(selectDiverse([compare, reply, that, short, remark], 3, why).map((q) => q.id)).toEqual([
			'c',
			'remark',
			'short'
		]);
		expect(why.get(reply.question)).toBe('fragment waits');
		expect(why.get(that.question)).toBe('fragment waits');
	});

	it('leaves a fragment out of a short ten too, and lets one article keep it', () => {
		const why = new Map<Question, string>();
		expect(selectDiverse([compare, fragment], 10, why).map((q) => q.id)).toEqual(['c']);
		expect(why.get(fragment.question)).toBe('fragment');
		expect(selectDiverse([fragment, remark], 10).map((q) => q.id)).toEqual(['frag', 'remark']);
	});
});

describe('a third figure and the first ten', () => {
	const compare = floodCompare();
	const figure = (id: string, score: number, key: string, prompt: string): Ranked =>
		r(id, score, 'fact', `detail:quantity:${key}`, prompt);
	const homes = figure(
		'h',
		0.8,
		'310',
		'Daily A writes: “The flood reached ____ homes.” How many?'
	);
	const cost = figure(
		'm',
		0.75,
		'4 million',
		'Daily A writes: “Repairs will cost $____, the council said.” How much?'
	);
	const share = figure(
		'p',
		0.7,
		'12',
		'Daily A writes: “About ____ percent of the town lies below the river.” What share?'
	);
	// Lower scored, but it asks what the council did, not another number.
	const act = r('w', 0.6, 'fact', 'who:closed', 'Who closed the old bridge after the flood?');

	it('asks what happened before a third figure', () => {
		const why = new Map<Question, string>();
		expect(selectDiverse([compare, homes, cost, share, act], 4, why).map((q) => q.id)).toEqual([
			'c',
			'h',
			'm',
			'w'
		]);
		expect(why.get(share.question)).toBe('third figure waits');
	});

	it('still lets it fill a ten that nothing else fills', () => {
		expect(selectDiverse([compare, homes, cost, share], 10).map((q) => q.id)).toEqual([
			'c',
			'h',
			'm',
			'p'
		]);
	});

	it('counts neither a date nor a name as a figure', () => {
		const day = r(
			'd',
			0.7,
			'fact',
			'detail:date:may 4',
			'Daily A writes: “It rose on ____.” When?'
		);
		expect(selectDiverse([compare, homes, cost, day, act], 4).map((q) => q.id)).toEqual([
			'c',
			'h',
			'm',
			'd'
		]);
	});

	it('keeps a single article’s figures in score order', () => {
		expect(selectDiverse([homes, cost, share, act], 3).map((q) => q.id)).toEqual(['h', 'm', 'p']);
	});
});

describe('two figures of one paragraph and the first ten', () => {
	const compare = floodCompare();
	const inParagraph = (x: Ranked, paragraph: string): Ranked => ({
		...x,
		paragraphs: [`a:${paragraph}`]
	});
	const homes = inParagraph(
		r(
			'h',
			0.8,
			'fact',
			'detail:quantity:310',
			'Daily A writes: “The flood reached ____ homes.” How many?'
		),
		'3'
	);
	// The next sentence of the same paragraph: another number of one passage.
	const pumps = inParagraph(
		r(
			'p',
			0.75,
			'fact',
			'detail:quantity:12',
			'Daily A writes: “Crews brought ____ pumps.” How many?'
		),
		'3'
	);
	const act = inParagraph(
		r('w', 0.6, 'fact', 'who:closed', 'Who closed the old bridge after the flood?'),
		'5'
	);

	it('asks what happened before a second figure of the paragraph', () => {
		const why = new Map<Question, string>();
		expect(selectDiverse([compare, homes, pumps, act], 3, why).map((q) => q.id)).toEqual([
			'c',
			'h',
			'w'
		]);
		expect(why.get(pumps.question)).toBe('second figure of a paragraph waits');
	});

	it('asks a figure of another paragraph as usual', () => {
		const elsewhere = { ...pumps, paragraphs: ['a:7'] };
		expect(selectDiverse([compare, homes, elsewhere, act], 3).map((q) => q.id)).toEqual([
			'c',
			'h',
			'p'
		]);
	});

	it('still lets it fill a ten that nothing else fills', () => {
		expect(selectDiverse([compare, homes, pumps], 10).map((q) => q.id)).toEqual(['c', 'h', 'p']);
	});
});

describe('a fact on who said something, beside "who said" on the same person', () => {
	const compare = floodCompare();
	const keyed = (x: Ranked, person: string): Ranked => keyedTo(x, person, 'Bo Chen');
	// Its feedback reads "Ann Lee, mayor, said this": the fact below asks the same person again.
	const said = keyed(
		r('q', 0.9, 'quote', 'said:x', 'Who said: “The ferry will run all winter”?'),
		'Ann Lee'
	);
	const warned = keyed(
		r(
			'w',
			0.7,
			'fact',
			'who:lee',
			'According to Daily A, who warned that tolls would rise in May?'
		),
		'Ann Lee'
	);
	const gap = keyed(
		r(
			'g',
			0.7,
			'fact',
			'detail:person:lee',
			'Daily A writes: “____ warned that tolls would rise in May.” Who? Choose what belongs in the gap.'
		),
		'Lee'
	);
	const other = keyed(
		r('o', 0.5, 'fact', 'who:chen', 'According to Daily A, who reopened the harbour office?'),
		'Bo Chen'
	);

	it('keeps one of the two, whichever form the fact takes', () => {
		// The fact takes its reserved slot first; "who said" on the same person then stays out.
		const why = new Map<Question, string>();
		expect(selectDiverse([compare, said, warned, other], 10, why).map((q) => q.id)).toEqual([
			'c',
			'w',
			'o'
		]);
		expect(why.get(said.question)).toBe('recall on this person asked');
		expect(selectDiverse([compare, said, gap, other], 10).map((q) => q.id)).toEqual([
			'c',
			'g',
			'o'
		]);
	});

	it('leaves a fact on who did something else', () => {
		const reopened = keyed(
			r('d', 0.7, 'fact', 'who:lee2', 'According to Daily A, who reopened the old ferry pier?'),
			'Ann Lee'
		);
		expect(selectDiverse([compare, said, reopened], 10).map((q) => q.id)).toEqual(['c', 'q', 'd']);
	});
});

describe('a headline verb spotted (Candidate.verbSpot) beside a comparison between outlets', () => {
	// "Which verb does each headline use?" ("bows out", "pulling out"): found by spotting a word.
	const spot = (): Ranked => {
		const x = r('spot', 0.99, 'compare', 'headline', 'Which verb does each headline use?');
		return { ...x, candidate: { ...x.candidate, verbSpot: true } };
	};
	const pick = (list: Ranked[]) =>
		selectDiverse(
			[...list, inArticle(r('o', 0.3, 'fact', 'who:z', 'Who chairs the port board?'), 'b')],
			10
		).map((q) => q.id);
	it('gives way to a figure, a day or a description two outlets give differently', () => {
		const figure = r('cmp', 0.4, 'compare', 'figure:x', 'Which outlet counts more ferries?');
		expect(pick([spot(), figure])).toEqual(['cmp', 'o']);
	});
	it('still comes beside one outlet’s sourcing of one sentence, and alone', () => {
		const sourcing = r(
			'src',
			0.9,
			'source',
			'sourcing:a:5',
			'Daily A writes: “Tolls rise, officials said.” How does Daily A source this information?'
		);
		Object.assign(sourcing.question, {
			choices: [
				{ id: 'c1', text: SOURCING_CHOICE.unnamed },
				{ id: 'c2', text: SOURCING_CHOICE.credited }
			],
			correct: ['c1']
		});
		expect(pick([spot(), sourcing])).toContain('spot');
		expect(pick([spot()])).toContain('spot');
	});
});
