import { describe, expect, it, vi } from 'vitest';
import type { Question } from '$lib/bank/schema';
import { makeQuestion } from '$test-data';
import type { Candidate } from './candidates/candidate';
import {
	answersItself,
	choicePrintsStatement,
	clash,
	familyStem,
	headlineGivesAway,
	quoteNameInKeyHeadline,
	listCountsGap,
	offersEventKey,
	offersKey,
	promptNames,
	revealsItself,
	sameNumberChoices,
	statementPrintsKey,
	whoKeyForms
} from './giveaway';
import { selectDiverse } from './select';

const base = { storyId: 's', origin: 'generated', status: 'draft', difficulty: 1, tags: [] };
const ev = (start: number) => [{ articleId: 'a', start, end: start + 10 }];

function whoSaid(id: string, quote: string, speaker: string, others: string[]): Question {
	const names = [speaker, ...others];
	return {
		...base,
		id,
		type: 'single',
		skill: 'quote',
		prompt: `Who said: “${quote}”?`,
		choices: names.map((text, i) => ({ id: `c${i}`, text })),
		correct: ['c0'],
		evidence: ev(id.length * 100),
		explanation: `${speaker} said this.`
	} as Question;
}

function partB(id: string, quote: string, speaker: string, sentences: string[]): Question {
	return {
		...whoSaid(id, quote, speaker, ['Ann Lee', 'Tom Ruiz']),
		type: 'evidence',
		evidencePrompt: 'Which sentence from the articles proves your answer?',
		evidenceChoices: sentences.map((text, i) => ({
			id: `e${i}`,
			text,
			articleId: 'a',
			start: i * 50,
			end: i * 50 + 40
		})),
		evidenceCorrect: ['e0']
	} as Question;
}

function gap(id: string, prompt: string, key: string): Question {
	return {
		...base,
		id,
		type: 'cloze',
		skill: 'fact',
		prompt,
		accepted: [key],
		evidence: ev(7000),
		explanation: 'See the sentence.'
	} as Question;
}

const kirsch = 'does not contemplate a sentence of that length';

describe('one question giving away another', () => {
	it('a part-B sentence that prints another question’s quote with its speaker', () => {
		const asked = whoSaid('q1', kirsch, 'Tom Kirsch', ['Ann Lee', 'Reid Weingarten']);
		const leaky = partB('q2', 'That is not an excuse, it is just a fact', 'Reid Weingarten', [
			'“That is not an excuse, it is just a fact,” Mr. Weingarten said.',
			`One of her lawyers, Tom Kirsch, says the plea agreement “${kirsch}.”`,
			'The judge set no date.'
		]);
		expect(clash(asked, leaky)).toBe(true);
		expect(clash(leaky, asked)).toBe(true);
	});

	it('the same quote with no speaker beside it gives nothing away', () => {
		const asked = whoSaid('q1', kirsch, 'Tom Kirsch', ['Ann Lee', 'Reid Weingarten']);
		const other = partB('q2', 'That is not an excuse, it is just a fact', 'Reid Weingarten', [
			'“That is not an excuse, it is just a fact,” Mr. Weingarten said.',
			`The plea agreement “${kirsch},” a lawyer for the family said.`,
			'The judge set no date.'
		]);
		expect(clash(asked, other)).toBe(false);
	});

	it('a gap’s key printed beside the gap’s own neighbours in another prompt', () => {
		const asked = gap(
			'g1',
			'Fill the gap (Daily A): Roe was first elected in 1995 and resigned from ____ last year.',
			'Congress'
		);
		const printsIt = gap(
			'g2',
			'Fill the gap (Daily B): Prosecutors say Roe, who resigned from Congress in November, spent $____ on a watch.',
			'43,350'
		);
		const mentionsIt = gap(
			'g3',
			'Fill the gap (Daily B): Congress passed the budget after a ____ debate.',
			'long'
		);
		expect(clash(asked, printsIt)).toBe(true);
		expect(clash(asked, mentionsIt)).toBe(false);
	});

	it('a choice that prints what a who-question asks, with the name beside it', () => {
		const asked = {
			...whoSaid('q1', 'unused', 'Jay Carney', ['Ann Lee', 'Tom Ruiz']),
			skill: 'fact',
			prompt:
				'According to Daily A, who contended that the council would not talk about jobs at all?'
		} as Question;
		const why = (choice: string) =>
			({
				...whoSaid('q2', 'unused', 'Ann Lee', ['Tom Ruiz']),
				skill: 'inference',
				prompt: 'Daily A reports that the vote was delayed. What led to this?',
				choices: [
					{ id: 'c0', text: 'the budget ran out' },
					{ id: 'c1', text: choice }
				],
				explanation: 'Daily A: “The vote was delayed after the budget ran out.”'
			}) as Question;
		expect(
			clash(asked, why('Carney contended that the council would not talk about jobs at all'))
		).toBe(true);
		expect(clash(asked, why('the council contended that the talks would go on'))).toBe(false);
	});

	it('a count printed beside the noun it counts in another prompt', () => {
		const asked = {
			...gap('g1', 'Daily A writes: “The storm in which ____ people died hit on Sunday.”', '12'),
			type: 'numeric',
			answer: 12
		} as Question;
		const printsIt = gap(
			'g2',
			'Daily B writes: “The mayor said more than ____ homes were lost, with 12 people dead.”',
			'300'
		);
		const otherCount = gap(
			'g3',
			'Daily B writes: “The mayor said ____ homes were lost and 12 roads closed.”',
			'300'
		);
		expect(clash(asked, printsIt)).toBe(true);
		expect(clash(asked, otherCount)).toBe(false);
	});

	it('a bare surname gives a suffixed name away (“Jackson said” for Jesse Jackson Jr.)', () => {
		const asked = whoSaid('q1', 'I did these things and I am sorry', 'Jesse Jackson Jr.', [
			'Ann Lee',
			'Tom Kirsch'
		]);
		const other = gap(
			'g2',
			'Fill the gap: “I did these things and I am sorry,” Jackson said through ____.',
			'tears'
		);
		expect(clash(asked, other)).toBe(true);
	});
});

describe('a true/false attribution', () => {
	it('is given away by a question that prints the quote with its real speaker', () => {
		const quote = 'Such talks are fully consistent with the law';
		const tf = {
			...base,
			id: 't1',
			type: 'truefalse',
			skill: 'quote',
			prompt: `True or false: it was Joe Ruiz who said “${quote}”.`,
			choices: [
				{ id: 'true', text: 'True' },
				{ id: 'false', text: 'False' }
			],
			correct: ['false'],
			evidence: ev(300),
			explanation: 'False. It was Robert F. Bauer, White House counsel, who said it.'
		} as Question;
		const printsIt = {
			...whoSaid('q2', 'There was no such impropriety at all', 'Robert F. Bauer', [
				'Ann Lee',
				'Tom Kirsch'
			]),
			explanation: `Robert F. Bauer said this; Mr. Bauer also wrote: “${quote}.”`
		} as Question;
		const other = whoSaid('q3', 'There was no such impropriety at all', 'Robert F. Bauer', [
			'Ann Lee',
			'Tom Kirsch'
		]);
		expect(clash(tf, printsIt)).toBe(true);
		expect(clash(tf, other)).toBe(false);
	});
});

describe('a two-part question that answers itself', () => {
	it('is caught when part B prints the asked quote with the speaker’s name', () => {
		const q = partB('q1', kirsch, 'Tom Kirsch', [
			`One of her lawyers, Tom Kirsch, says the plea agreement “${kirsch}.”`,
			'“That is not an excuse, it is just a fact,” Mr. Weingarten said.'
		]);
		expect(revealsItself(q)).toBe(true);
	});
	it('is left out by selection with that reason recorded, not lost without one', () => {
		const q = partB('q1', kirsch, 'Tom Kirsch', [
			`One of her lawyers, Tom Kirsch, says the plea agreement “${kirsch}.”`,
			'“That is not an excuse, it is just a fact,” Mr. Weingarten said.'
		]);
		const ranked = [
			{ candidate: { family: 'quote', answerKey: 'said:k' } as Candidate, question: q }
		];
		const why = new Map<Question, string>();
		expect(selectDiverse(ranked, 10, why)).toEqual([]);
		expect(why.get(q)).toMatch(/part B prints the quote/);
	});
});

describe('selection keeps the first ten free of give-aways', () => {
	it('drops the lower-scored of two clashing questions and fills the slot from the next', () => {
		const asked = whoSaid('q1', kirsch, 'Tom Kirsch', ['Ann Lee', 'Reid Weingarten']);
		// Its feedback quotes the first question's words with their speaker.
		const leaky = {
			...whoSaid('g2', 'That is not an excuse, it is just a fact', 'Reid Weingarten', [
				'Ann Lee',
				'Tom Kirsch'
			]),
			explanation: `Reid Weingarten said it; Tom Kirsch said the deal “${kirsch}.”`
		} as Question;
		// A sentence of its own: one article's first twelve never cite one sentence twice.
		const spare = {
			...whoSaid('g3', 'We will appeal the ruling next week', 'Ann Lee', [
				'Tom Kirsch',
				'Reid Weingarten'
			]),
			evidence: ev(900)
		} as Question;
		const ranked = [
			{ q: asked, family: 'quote', key: 'said:k', score: 0.9 },
			{ q: leaky, family: 'quote', key: 'said:x', score: 0.8 },
			{ q: spare, family: 'quote', key: 'said:y', score: 0.5 }
		].map(({ q, family, key, score }) => ({
			candidate: { family, answerKey: key } as Candidate,
			question: { ...q, score } as Question
		}));
		expect(selectDiverse(ranked, 10).map((q) => q.id)).toEqual(['q1', 'g3']);
	});
	it('drops a where question whose place another prompt prints beside the subject', () => {
		const where = makeQuestion('single', {
			id: 'w1',
			skill: 'fact',
			prompt: 'According to Daily 1, where did Maria Delgado open her campaign office?',
			choices: [
				{ id: 'c1', text: 'Denver' },
				{ id: 'c2', text: 'Reno' },
				{ id: 'c3', text: 'Omaha' }
			],
			correct: ['c1'],
			evidence: ev(100),
			explanation: 'See the sentence.'
		});
		// Another act, told in other words, with the same place beside her name.
		const printsIt = gap(
			'g1',
			'Daily 1 writes: “Delgado drew large crowds in Denver and ____ last week.”',
			'Tucson'
		);
		const other = gap('g2', 'Daily 1 writes: “Volunteers knocked on ____ doors.”', '9,000');
		const ranked = [
			{ q: printsIt, family: 'cloze', key: 'cloze:tucson', score: 0.9 },
			{ q: where, family: 'fact', key: 'where:Delgado:open', score: 0.8 },
			{ q: { ...other, evidence: ev(300) }, family: 'cloze', key: 'cloze:9000', score: 0.5 }
		].map(({ q, family, key, score }) => ({
			candidate: { family, answerKey: key } as Candidate,
			question: { ...q, score } as Question
		}));
		expect(selectDiverse(ranked, 10).map((q) => q.id)).toEqual(['g1', 'g2']);
	});
});

describe('a question that prints its own key', () => {
	it('a gap whose sentence names the same number again', () => {
		const q = gap(
			'g1',
			'Fill the gap (Daily A): The ruling needs ____ judges, and all three must sign it.',
			'three'
		);
		expect(answersItself(q)).toBe(true);
		expect(answersItself({ ...q, accepted: ['3'] } as Question)).toBe(true);
		expect(answersItself({ ...q, accepted: ['five'] } as Question)).toBe(false);
	});

	it('a gap whose sentence names the person by surname', () => {
		const q = {
			...whoSaid('q1', 'unused', 'Karen Roe', ['Ann Lee', 'Tom Ruiz']),
			skill: 'fact',
			prompt:
				'Daily A writes: “Governor Sam Roe and his wife, ____, visited the flooded town.” Who? Choose what belongs in the gap.'
		} as Question;
		expect(answersItself(q)).toBe(true);
	});

	it('not a body’s last word used as a common noun, nor the outlet the template names', () => {
		const committee = gap(
			'g1',
			'Fill the gap (Daily A): The ____ will question the minister before the full committee votes.',
			'Senate Finance Committee'
		);
		const outlet = gap(
			'g2',
			'Fill the gap (Harbour News): The mayor gave the news in an interview with ____.',
			'Harbour News'
		);
		expect(answersItself(committee)).toBe(false);
		expect(answersItself(outlet)).toBe(false);
	});

	it('a who-question that names its key in its own words', () => {
		const q = {
			...whoSaid('q1', 'unused', 'Ann Lee', ['Bo Chen', 'Tom Ruiz']),
			skill: 'fact',
			prompt: 'According to Daily A, who said Lee’s office would reopen on Monday?'
		} as Question;
		expect(answersItself(q)).toBe(true);
		expect(answersItself({ ...q, prompt: 'According to Daily A, who reopened the office?' })).toBe(
			false
		);
	});
});

describe('a count gap the sentence spells out', () => {
	const powers =
		'between the league and ____ member clubs — Ayr, Brora, Clyde, Dunoon and Elgin — was signed';
	it('counts the list behind a dash, a colon or a bracket', () => {
		expect(listCountsGap(`Daily A writes: “The deal, struck ${powers}.”`, ['five'])).toBe(true);
		expect(listCountsGap(`Daily A writes: “The deal, struck ${powers}.”`, ['5'])).toBe(true);
		expect(
			listCountsGap(
				'Daily A writes: “A pact with ____ states — the U.S., Peru and Chad — ended.”',
				['three']
			)
		).toBe(true);
		expect(
			listCountsGap('Daily A writes: “Charges name ____ people: Lee, Chen and Ruiz.”', ['three'])
		).toBe(true);
		expect(
			listCountsGap('Daily A writes: “____ towns (Ayr, Brora and Clyde) voted no.”', ['3'])
		).toBe(true);
	});
	it('leaves a list of another length, a partial list and a gap with no list alone', () => {
		expect(listCountsGap(`Daily A writes: “The deal, struck ${powers}.”`, ['six'])).toBe(false);
		expect(
			listCountsGap('Daily A writes: “____ people, including Lee and Chen, were charged.”', ['two'])
		).toBe(false);
		expect(listCountsGap('Daily A writes: “____ piers closed on Friday.”', ['three'])).toBe(false);
	});
});

describe('a headline that answers the question', () => {
	const who = (key: string, prompt = 'According to Daily A, who stepped down as party leader?') =>
		({
			...whoSaid('q1', 'unused', key, ['Bo Chen', 'Tom Ruiz']),
			skill: 'fact',
			prompt
		}) as Question;
	const titles = ['Lee steps down as party leader', 'Party picks new chief after vote'];

	it('prints the key with a word the question asks about', () => {
		expect(headlineGivesAway(who('Ann M. Lee'), titles)).toBe(true);
	});

	it('reads each headline’s words once, however many questions it is asked of', () => {
		const heads = ['Lee quits as harbour party leader', 'Party picks new chief after vote'];
		const asked = (prompt: string) => who('Ann M. Lee', prompt);
		expect(headlineGivesAway(asked('Who stepped down as party leader?'), heads)).toBe(true);
		const matchAll = vi.spyOn(String.prototype, 'matchAll');
		expect(headlineGivesAway(asked('Who quit as the harbour party leader?'), heads)).toBe(true);
		const read = matchAll.mock.contexts.map(String).filter((t) => heads.includes(t));
		matchAll.mockRestore();
		expect(read).toEqual([]);
	});

	it('states a why item’s link with its own connective', () => {
		const why = (prompt: string) =>
			({
				...whoSaid('q1', 'unused', 'the mayor’s handling of the harbour flood', [
					'a strike by the port workers',
					'a rise in the city’s water rates'
				]),
				skill: 'inference',
				prompt
			}) as Question;
		const asked = why('According to Daily A, the governor called on the mayor to quit over what?');
		expect(headlineGivesAway(asked, ['Governor Tells Mayor To Quit Over Harbour Flood'])).toBe(
			true
		);
		// The same words under another connective, or the connective on other words, do not answer.
		expect(headlineGivesAway(asked, ['Harbour Flood: Governor Tells Mayor To Quit'])).toBe(false);
		expect(headlineGivesAway(asked, ['Governor Tells Mayor To Quit Over Budget'])).toBe(false);
		expect(
			headlineGivesAway(why('What did the vote come after?'), ['Vote Comes After Harbour Flood'])
		).toBe(true);
	});
	it('prints a date key day first, as a British headline does', () => {
		const when = {
			...who(
				'July 13',
				'Daily A writes: “The premier will travel to Northland on ____ for a visit.” When?'
			),
			type: 'single'
		} as Question;
		expect(headlineGivesAway(when, ['Premier’s Northland Visit On 13 July Confirmed'])).toBe(true);
		expect(headlineGivesAway(when, ['Premier’s Northland Visit On 14 July Confirmed'])).toBe(false);
	});

	it('prints a chosen gap’s name in any headline, in full or as its short form', () => {
		const gap = (key: string) =>
			({
				...who(
					key,
					'Daily A writes: “The ____ opened an inquiry into the harbour fund.” Which organisation?'
				),
				type: 'single'
			}) as Question;
		const others = ['Harbour fund under fire', 'Mayor defends fund'];
		expect(
			headlineGivesAway(gap('Internal Revenue Service'), [...others, 'IRS to probe fund'])
		).toBe(true);
		expect(
			headlineGivesAway(gap('IRS'), [...others, 'Internal Revenue Service To Probe Fund'])
		).toBe(true);
		expect(headlineGivesAway(gap('Harbour Audit Office'), [...others, 'Audit office acts'])).toBe(
			false
		);
		expect(headlineGivesAway(gap('Internal Revenue Service'), others)).toBe(false);
		// A person's surname in one headline of three.
		const person = {
			...who('Ann M. Lee', 'Daily A writes: “____ opened an inquiry into the fund.” Who?'),
			type: 'single'
		} as Question;
		expect(headlineGivesAway(person, [...others, 'Lee opens inquiry'])).toBe(true);
		expect(headlineGivesAway(person, [...others, 'Inquiry opened'])).toBe(false);
	});

	it('finds a typed full name whose surname alone a headline prints, in any shape', () => {
		const typed = gap(
			't',
			'Fill the gap (Daily A): Later ____ said the plan for the ferry was dead.',
			'Ann Lee'
		);
		// One article's one headline, which shares no other word with the sentence.
		expect(headlineGivesAway(typed, ['Lee Quits Harbour Board'])).toBe(true);
		expect(headlineGivesAway(typed, ['Harbour Board Chair Quits'])).toBe(false);
		// A possessive or a title before the surname, in most of a story's headlines.
		const board = 'Board loses its chair';
		expect(
			headlineGivesAway(typed, ['Lee’s Exit Shakes Board', 'Lee’s exit stuns port', board])
		).toBe(true);
		expect(headlineGivesAway(typed, ['Sen. Lee Quits', 'Senator Lee steps down', board])).toBe(
			true
		);
		// A body's last word is no surname: "House" above a gap keyed "White House" gives nothing.
		const body = gap(
			'b',
			'Fill the gap (Daily A): Later the ____ said the plan for the ferry was dead.',
			'White House'
		);
		expect(headlineGivesAway(body, ['House Passes Port Bill'])).toBe(false);
	});

	it('names the key but says nothing of what is asked', () => {
		const other = who('Ann Lee', 'According to Daily A, who chaired the budget hearing in May?');
		expect(headlineGivesAway(other, titles)).toBe(false);
	});

	it('names the key in most headlines: the story’s subject answers any who-question', () => {
		const other = who('Ann Lee', 'According to Daily A, who chaired the budget hearing in May?');
		expect(headlineGivesAway(other, ['Lee steps down', 'Lee quits after vote'])).toBe(true);
		expect(headlineGivesAway(other, ['Lee steps down', 'Lee quits', 'Party picks new chief'])).toBe(
			true
		);
		expect(headlineGivesAway(other, ['Lee steps down', 'Vote held', 'Party picks new chief'])).toBe(
			false
		);
		// A surname inside a longer word is not the name.
		expect(headlineGivesAway(other, ['Lee steps down', 'Fleet sails from Leeds'])).toBe(false);
	});

	it('asks who said a quote about the subject: only headline words in the quote give it away', () => {
		const plain = whoSaid('q2', 'We will appeal the ruling next week', 'Ann Lee', ['Bo Chen']);
		const echo = whoSaid('q3', 'I am stepping down as leader of this party today', 'Ann Lee', [
			'Bo Chen'
		]);
		const everyHeadline = ['Lee steps down as party leader', 'Lee quits after vote'];
		expect(headlineGivesAway(plain, everyHeadline)).toBe(false);
		expect(headlineGivesAway(echo, everyHeadline)).toBe(true);
	});

	it('a headline that credits words to the speaker gives away a quote sharing one of them', () => {
		const resign = whoSaid('q4', 'I will not resign, whatever the committee decides', 'Ann Lee', [
			'Bo Chen'
		]);
		const says = ['Lee Says She Won’t Resign', 'Council vote delayed'];
		expect(headlineGivesAway(resign, says)).toBe(true);
		expect(headlineGivesAway(resign, ['Ann Lee: I Won’t Resign', 'Council vote delayed'])).toBe(
			true
		);
		// The name without words credited to it, or credited words the quote does not use.
		expect(headlineGivesAway(resign, ['Lee Faces Calls To Resign', 'Vote delayed'])).toBe(false);
		expect(headlineGivesAway(resign, ['Lee Says Budget Is Sound', 'Vote delayed'])).toBe(false);
		// A name in the quote is no word of what it says: the story's other figure is in every headline.
		const about = whoSaid('q7', 'The richest thing about Bo Chen is his temper', 'Ann Lee', [
			'Tom Ruiz'
		]);
		expect(headlineGivesAway(about, ['Lee Says Chen Unfit To Lead', 'Vote delayed'])).toBe(false);
		// Another person's surname before the verb credits nothing to the key.
		expect(headlineGivesAway(resign, ['Chen Says Lee Won’t Resign', 'Vote delayed'])).toBe(false);
		// A namesake among the choices: "Max Lee: …" credits the words to him, not to Ann Lee.
		const family = whoSaid('q6', 'I will not resign, whatever they decide', 'Ann Lee', [
			'Max Lee',
			'Bo Chen'
		]);
		expect(headlineGivesAway(family, ['Max Lee: Sister Won’t Resign', 'Vote delayed'])).toBe(false);
		expect(headlineGivesAway(family, ['Ann Lee: I Won’t Resign', 'Vote delayed'])).toBe(true);
	});

	it('a speaker’s-colon headline that prints the quote’s words, named or not', () => {
		const bomb = whoSaid('q8', 'He presented a smoking bomb', 'Ron Dale', ['Ann Lee', 'Bo Chen']);
		const labelled = ['Harbour Envoy: Lee’s Files ‘Presented A Smoking Bomb’', 'Files shown'];
		expect(headlineGivesAway(bomb, labelled)).toBe(true);
		// One word in common, or words every headline prints, are no quote.
		expect(headlineGivesAway(bomb, ['Harbour Envoy: Files Are A Bomb', 'Files shown'])).toBe(false);
		const topical = ['Envoy: Smoking Bomb Presented', 'Smoking bomb files', 'Bomb smoking'];
		expect(headlineGivesAway(bomb, topical)).toBe(false);
	});

	it('counts a quote’s capitalised words as what it says', () => {
		const q = whoSaid(
			'q5',
			'The Mayor refused to even say the words Harbour Levy in his speech',
			'Ann Lee',
			['Bo Chen']
		);
		expect(headlineGivesAway(q, ['Lee takes on Mayor over ‘Harbour Levy’', 'Vote ends'])).toBe(
			true
		);
		expect(headlineGivesAway(q, ['Lee takes on rivals at rally', 'Vote ends'])).toBe(false);
		// A capitalised word most headlines print is the story's topic, not the speaker's words.
		const topical = ['Lee takes on Mayor over levy', 'Mayor defends levy', 'Levy vote set'];
		expect(headlineGivesAway(q, topical)).toBe(false);
		// Single quotes around the headline's words are no part of them.
		expect(headlineGivesAway(q, ['Lee takes on mayor over ‘harbour levy’', 'Vote ends'])).toBe(
			true
		);
	});

	it('a true/false attribution whose real speaker a headline quotes', () => {
		const tf = {
			...base,
			id: 't1',
			type: 'truefalse',
			skill: 'quote',
			prompt: 'True or false: it was Bo Chen who said “my own preference is a smaller council”.',
			choices: [
				{ id: 'true', text: 'True' },
				{ id: 'false', text: 'False' }
			],
			correct: ['false'],
			evidence: ev(300),
			explanation: 'False. It was Ann Lee who said it.'
		} as Question;
		expect(headlineGivesAway(tf, ['Lee: My ‘Preference’ Is A Smaller Council', 'Vote ends'])).toBe(
			true
		);
		expect(headlineGivesAway(tf, ['Lee wins vote', 'Vote ends'])).toBe(false);
	});

	it('a gap’s key read whole, as a headline prints it', () => {
		const q = gap('g1', 'Fill the gap (Daily A): The ____ reopened on Monday.', 'harbour office');
		expect(headlineGivesAway(q, ['Harbour office reopens', 'City harbour office back'])).toBe(true);
		expect(headlineGivesAway(q, ['Harbour office reopens', 'City port back'])).toBe(true);
		expect(headlineGivesAway(q, ['Office of harbour moves', 'City port back'])).toBe(false);
	});
});

/** A gap question with four choices, the first the key. */
function choiceGap(id: string, prompt: string, choices: string[], articleId = 'a'): Question {
	return {
		...base,
		id,
		type: 'single',
		skill: 'fact',
		prompt,
		choices: choices.map((text, i) => ({ id: `c${i}`, text })),
		correct: ['c0'],
		evidence: [{ articleId, start: id.length * 300, end: id.length * 300 + 50 }],
		explanation: 'See the sentence.'
	} as Question;
}

describe('a key printed near the words around its gap, in other words', () => {
	const officers = {
		...gap(
			'n1',
			'Daily A writes: “The mayor visited Ann Lee, one of the ____ harbour police officers hurt in the crash.”',
			'2'
		),
		type: 'numeric',
		answer: 2
	} as Question;

	it('a spelled count a few words from the counted noun answers a digit key', () => {
		const prints = gap(
			'n2',
			'Daily B writes: “____ people, including two police officers and a driver, were hurt.”',
			'Five'
		);
		expect(clash(officers, prints)).toBe(true);
	});

	it('the same count beside another noun gives nothing away', () => {
		const other = gap(
			'n3',
			'Daily B writes: “The council met for two hours before the ____ officials left.”',
			'nine'
		);
		expect(clash(officers, other)).toBe(false);
	});

	it('a name printed a few words from the word before its gap answers it', () => {
		const network = gap(
			'n4',
			'Fill the gap (Daily A): The mayor backed the plan on Monday in an interview with ____.',
			'WXYZ'
		);
		const tf = {
			...base,
			id: 'n5',
			type: 'truefalse',
			skill: 'quote',
			prompt:
				'True or false: it was Ann Lee who said “Based on the interview he gave today on WXYZ, he changed his mind”.',
			choices: [
				{ id: 'true', text: 'True' },
				{ id: 'false', text: 'False' }
			],
			correct: ['false'],
			evidence: ev(900),
			explanation: 'False. It was Tom Ruiz who said it.'
		} as Question;
		const far = {
			...tf,
			prompt:
				'True or false: it was Ann Lee who said “WXYZ carried the whole meeting live, and the harbour board met late”.'
		} as Question;
		expect(clash(network, tf)).toBe(true);
		// A name typed into a gap is copied from wherever the set prints it, near its gap's words or not.
		expect(clash(network, far)).toBe(true);
	});

	it('a typed name printed anywhere in another item, or as its short form, gives the gap away', () => {
		const body = gap(
			'n6',
			'Fill the gap (Daily A): The ____ opened an inquiry into the harbour contracts.',
			'Harbour Safety Board'
		);
		const who = choiceGap('n7', 'Daily B writes: “The ____ met on Monday.” Who?', [
			'Ann Lee',
			'Tom Ruiz'
		]);
		const naming = { ...who, explanation: 'The HSB said so in a letter.' } as Question;
		const count = gap(
			'n8',
			'Fill the gap (Daily A): The board met for ____ hours on Monday.',
			'nine'
		);
		expect(clash(body, naming)).toBe(true);
		expect(clash(body, who)).toBe(false);
		// A count is given away only beside its gap's words, not by any "nine" in the set.
		expect(clash(count, { ...who, explanation: 'Nine people came.' } as Question)).toBe(false);
	});
});

describe('one item offering another’s key among its wrong choices', () => {
	const passwords = choiceGap('d1', 'Daily A writes: “She sent the files on ____.” When?', [
		'Aug. 24, 2009',
		'Oct. 28, 2016',
		'Aug. 25, 2009',
		'Aug. 23, 2009'
	]);
	const hearing = choiceGap('d22', 'Daily A writes: “He told the panel on ____ that …” When?', [
		'Oct. 28, 2016',
		'Aug. 24, 2009',
		'Oct. 27, 2016',
		'Oct. 26, 2016'
	]);

	it('a date one item keys and the other offers as a wrong choice', () => {
		expect(offersKey(hearing, passwords)).toBe(true);
		expect(offersKey(passwords, hearing)).toBe(true);
		expect(clash(passwords, hearing)).toBe(true);
	});

	it('a count above the everyday ones, but not a small spelled count', () => {
		const seats = choiceGap('s1', 'Daily A writes: “They need ____ seats.”', [
			'25',
			'13',
			'12',
			'33'
		]);
		const range = choiceGap('s22', 'Daily A writes: “between five and ____ races.”', [
			'12',
			'25',
			'6',
			'40'
		]);
		expect(offersKey(range, seats)).toBe(true);
		expect(offersKey(seats, range)).toBe(false);
		const lanes = gap('l1', 'Fill the gap (Daily A): two of the ____ lanes were shut.', 'three');
		const days = choiceGap('l22', 'Daily A writes: “shut for ____ days.”', [
			'four',
			'three',
			'five'
		]);
		expect(offersKey(days, lanes)).toBe(false);
	});

	it('two number gaps of one article offering three of the same choices', () => {
		const a = choiceGap('m1', 'Daily A writes: “____ seats are open.”', ['10', '33', '25', '12']);
		const b = choiceGap('m22', 'Daily A writes: “a pick-up of ____ seats.”', [
			'6',
			'33',
			'25',
			'12'
		]);
		const elsewhere = { ...b, evidence: [{ articleId: 'b', start: 0, end: 40 }] } as Question;
		const twoShared = choiceGap('m333', 'Daily A writes: “____ races.”', ['7', '33', '25', '9']);
		expect(sameNumberChoices(a, b)).toBe(true);
		expect(sameNumberChoices(a, elsewhere)).toBe(false);
		expect(sameNumberChoices(a, twoShared)).toBe(false);
	});
});

describe('one item offering, in other words, the event a why or main-idea item keys', () => {
	const inference = (q: Question) => ({ ...q, skill: 'inference' }) as Question;
	const mainIdea = inference(
		choiceGap('mi', 'Which sentence best states what the story is mainly about?', [
			'The harbour board filed a lawsuit Friday against the ferry company and its insurer.',
			'Ticket prices rose sharply on the remaining routes.',
			'Commuters crowded the bus station across town.'
		])
	);
	const why = inference(
		choiceGap(
			'why22',
			'Daily B reports that the mayor said the board moved ahead with a suit. What reason did the mayor give?',
			[
				'the board believed the company had hidden cracks in the pier',
				'the port authority on Friday filed a federal lawsuit against the ferry company',
				'the lawsuit startled the council'
			]
		)
	);
	it('a wrong reason that retells the main-idea key, most of its words shared', () => {
		expect(offersEventKey(why, mainIdea)).toBe(true);
		expect(clash(why, mainIdea)).toBe(true);
	});
	it('a long choice sentence that prints a why item’s key', () => {
		const reason = inference(
			choiceGap('r1', 'Daily A reports that the mayor closed the pier. What reason is given?', [
				'inspectors found deep cracks in the main pier',
				'the council cut the harbour budget',
				'dock workers staged a protest'
			])
		);
		const lead = choiceGap('l22', 'Which sentence is from Daily B?', [
			'The mayor closed the pier on Monday after inspectors found deep cracks in the main pier.',
			'Commuters crowded the bus station across town.'
		]);
		expect(offersEventKey(lead, reason)).toBe(true);
		// Only an inference item's key is asked for: a fact item's key may be printed elsewhere.
		expect(offersEventKey(reason, { ...lead, skill: 'fact' } as Question)).toBe(false);
	});
	it('leaves choices that share a word or two with the key', () => {
		const other = choiceGap('o333', 'Who filed the complaint?', [
			'the harbour board chairman',
			'the ferry company',
			'a lawsuit on Friday'
		]);
		expect(offersEventKey(other, mainIdea)).toBe(false);
		expect(offersEventKey(mainIdea, why)).toBe(false);
	});
});

describe('a person gap beside a prompt that names the person', () => {
	const personGap = choiceGap(
		'p1',
		'Daily A writes: “____ came out in support of the harbour plan on Monday.” Who? Choose what belongs in the gap.',
		['Lee', 'Ruiz', 'Okafor', 'Brandt']
	);
	const quotesLee = whoSaid('p22', 'The harbour plan deserves our support', 'Ann Lee', [
		'Tom Ruiz'
	]);
	quotesLee.prompt =
		'Which outlet quoted Ann Lee as saying “The harbour plan deserves our support”?';

	it('keys the surname, so a prompt that names the person gives it away', () => {
		expect(whoKeyForms(personGap)).toEqual(['lee']);
		expect(promptNames(quotesLee, whoKeyForms(personGap))).toBe(true);
	});

	it('is not a person gap when the gap asks for a count or a body', () => {
		const count = choiceGap('p333', 'Daily A writes: “____ people came.” How many?', [
			'Forty',
			'Ten'
		]);
		const body = choiceGap(
			'p4444',
			'Daily A writes: “The ____ opened an inquiry.” Which organisation? Choose what belongs in the gap.',
			['Senate', 'House']
		);
		expect(whoKeyForms(count)).toEqual([]);
		expect(whoKeyForms(body)).toEqual([]);
	});
});

describe('a headline printing a typed name in another form', () => {
	it('gives the gap away as a short form or spelled out', () => {
		const full = gap(
			'h1',
			'Fill the gap (Daily A): The ____ opened an inquiry on Monday.',
			'Department of Harbours'
		);
		const short = gap('h2', 'Fill the gap (Daily A): The ____ opened an inquiry on Monday.', 'DOH');
		expect(headlineGivesAway(full, ['DOH Opens Inquiry Into Contracts'])).toBe(true);
		expect(headlineGivesAway(short, ['Department Of Harbours Opens Inquiry'])).toBe(true);
		expect(headlineGivesAway(full, ['Mayor Opens Inquiry Into Contracts'])).toBe(false);
	});
});

/** A true/false item on a statement Daily A's article holds (`holds`) or does not. */
function trueFalse(id: string, text: string, holds = true): Question {
	return {
		...base,
		id,
		type: 'truefalse',
		skill: 'fact',
		prompt: `According to Daily A, is this true or false? ${text}`,
		choices: [
			{ id: 'true', text: 'True' },
			{ id: 'false', text: 'False' }
		],
		correct: [holds ? 'true' : 'false'],
		evidence: ev(900),
		explanation: holds ? `True. Daily A: “${text}”` : 'False.'
	} as Question;
}

describe('a true/false statement printing another question’s figure', () => {
	const statement = (id: string, text: string) => trueFalse(id, text);

	it('gives away a gap keyed that figure, from another sentence in other words', () => {
		const asked = gap(
			'g1',
			'Fill the gap: the harbour repairs will cost ____ million dollars.',
			'48'
		);
		const tf = statement('t1', 'The council approved the 48 million dollar harbour plan in May.');
		expect(statementPrintsKey(tf, asked)).toBe(true);
		expect(clash(asked, tf)).toBe(true);
	});

	it('leaves an everyday count and another figure alone', () => {
		const small = gap('g2', 'Fill the gap: the ferry runs ____ times a week.', '3');
		const other = gap(
			'g3',
			'Fill the gap: the harbour repairs will cost ____ million dollars.',
			'52'
		);
		const tf = statement(
			't2',
			'The council met 3 times before it approved the 48 million dollar plan.'
		);
		expect(statementPrintsKey(tf, small)).toBe(false);
		expect(statementPrintsKey(tf, other)).toBe(false);
	});
});

describe('a true/false statement whose sentence another item prints as a choice', () => {
	const statement = (text: string) => trueFalse('t', text, false);
	const why = (choices: string[]): Question =>
		({
			...base,
			id: 'w',
			type: 'single',
			skill: 'inference',
			prompt: 'Daily A reports that the harbour vote was delayed. What led to this?',
			choices: choices.map((text, i) => ({ id: `c${i}`, text })),
			correct: ['c0'],
			evidence: ev(100),
			explanation: 'Daily A: …'
		}) as Question;

	it('tells a swapped name or figure when the other item prints the true sentence', () => {
		const tf = statement('Roe spoke of a recent visit to the harbour chapel in North Riverton.');
		const other = why([
			'a storm closed the pier',
			'Poe spoke of a recent visit to the harbour chapel in North Riverton',
			'the ferry company raised its fares'
		]);
		expect(choicePrintsStatement(other, tf)).toBe(true);
		expect(clash(other, tf)).toBe(true);
		const count = statement('Prosecutors initially threatened to charge him with four felonies.');
		expect(
			choicePrintsStatement(
				why(['Prosecutors initially threatened to charge him with three felonies']),
				count
			)
		).toBe(true);
	});

	it('leaves choices that share only the story’s names and a word or two', () => {
		const tf = statement('Roe spoke of a recent visit to the harbour chapel in North Riverton.');
		const other = why(['Roe opposed the harbour plan', 'the council met in North Riverton']);
		expect(choicePrintsStatement(other, tf)).toBe(false);
		expect(clash(other, tf)).toBe(false);
	});
});

describe('a word gap given away by another form of its word', () => {
	const gapped = choiceGap(
		'w1',
		'Daily A writes: “Harbour traders ____ the move to close the fish market on Sundays.” Choose what belongs in the gap, as the article tells it.',
		['criticized', 'praised', 'welcomed']
	);

	it('reads criticism, critics and criticize as one family, and decision as decided', () => {
		const stems = ['criticized', 'criticism', 'critics', 'criticize', 'criticizes'].map(familyStem);
		expect(new Set(stems).size).toBe(1);
		expect(familyStem('decision')).toBe(familyStem('decided'));
		expect(familyStem('rising')).toBe(familyStem('rise'));
		expect(familyStem('approval')).toBe(familyStem('approved'));
		// A short rest keeps its ending: "nation" is no "nate", "sentence" no "sent".
		expect(familyStem('nation')).not.toBe(familyStem('nate'));
		expect(familyStem('sentence')).not.toBe(familyStem('sent'));
		expect(familyStem('critical')).not.toBe(familyStem('critic'));
	});

	it('a prompt that prints the key’s noun beside the gap’s words gives it away, either order', () => {
		const printsNoun = choiceGap(
			'w2',
			'Daily A writes: “The mayor drew criticism for the move on Friday.” Who?',
			['Ann Lee', 'Tom Ruiz', 'Ray Poe']
		);
		expect(clash(gapped, printsNoun)).toBe(true);
		expect(clash(printsNoun, gapped)).toBe(true);
	});

	it('feedback that prints the family word beside the gap’s words gives it away too', () => {
		const plain = choiceGap('w3', 'Daily A writes: “The market opened in ____.” When?', [
			'1990',
			'1985',
			'2001'
		]);
		expect(clash(gapped, plain)).toBe(false);
		const feedback = {
			...plain,
			explanation: 'Daily A: “Traders were critics of the move, which the council made in 1990.”'
		} as Question;
		expect(clash(gapped, feedback)).toBe(true);
	});

	it('an irregular form of the key’s verb counts: “prices rose” for a gap keyed “rising”', () => {
		const rising = choiceGap(
			'w4',
			'Daily A writes: “Fish prices were ____ by 5 percent a year before the market closed.” Choose what belongs in the gap, as the article tells it.',
			['rising', 'falling', 'holding']
		);
		const rose = choiceGap(
			'w5',
			'Daily A writes: “Fish prices rose as ____ boats stayed in port.” How many?',
			['40', '30', '20']
		);
		expect(clash(rising, rose)).toBe(true);
	});

	it('the family word far from the gap’s words, or an unrelated word, gives nothing away', () => {
		const elsewhere = choiceGap(
			'w6',
			'Daily A writes: “The council faced criticism over its budget, and ____ seats went empty.” How many?',
			['40', '30', '20']
		);
		const critical = choiceGap(
			'w7',
			'Daily A writes: “The move was critical for the harbour, the ____ said.” Who?',
			['mayor', 'council', 'board']
		);
		expect(clash(gapped, elsewhere)).toBe(false);
		expect(clash(gapped, critical)).toBe(false);
	});
});

describe('who-questions with no quote of four words to cue them', () => {
	it('“who said that …” without quotation marks is cued by what was said', () => {
		const asked = {
			...whoSaid('q1', 'unused', 'Ann Lee', ['Tom Ruiz', 'Ray Poe']),
			skill: 'fact',
			prompt:
				'According to Daily A, who said that if the harbour board wants a new pier, the council should press for a new ferry?'
		} as Question;
		const feedback = (text: string) =>
			({
				...gap('g2', 'Fill the gap (Daily A): The board met for ____ hours.', 'nine'),
				explanation: text
			}) as Question;
		expect(
			clash(
				asked,
				feedback(
					'Daily A: “Lee said that if the harbour board wants a new pier, the council should act.”'
				)
			)
		).toBe(true);
		expect(clash(feedback('Daily A: “Lee said the council should act.”'), asked)).toBe(false);
	});

	it('a short phrase someone is quoted using, printed beside their name elsewhere', () => {
		const asked = {
			...whoSaid('q1', 'unused', 'Ann Lee', ['Tom Ruiz', 'Ray Poe']),
			prompt: 'Who is quoted using the words “act of sabotage”?'
		} as Question;
		const prints = choiceGap(
			'w2',
			'Daily B writes: “Lee called the fire an act of sabotage on ____.” When?',
			['Monday', 'Friday', 'Sunday']
		);
		const other = choiceGap(
			'w3',
			'Daily B writes: “The fire was no act of sabotage, the ____ said.” Who?',
			['mayor', 'council', 'board']
		);
		expect(clash(prints, asked)).toBe(true);
		expect(clash(asked, other)).toBe(false);
	});
});

describe('a phrase key printed anywhere in another prompt', () => {
	const why = (key: string) =>
		({
			...whoSaid('w1', 'unused', 'unused', []),
			skill: 'inference',
			prompt:
				'Daily A reports that the harbour board stayed closed. What reason is given for this?',
			choices: [
				{ id: 'c0', text: key },
				{ id: 'c1', text: 'a strike by the pilots' },
				{ id: 'c2', text: 'a storm over the weekend' }
			],
			correct: ['c0'],
			explanation: 'See the sentence.'
		}) as Question;
	it('a why item’s phrase printed by a gap on the same sentence', () => {
		const printsIt = gap(
			'g1',
			'Daily A writes: “The harbour board stayed closed because of a dispute over unpaid dock fees, ____ officials said.” Who? Choose what belongs in the gap.',
			'port'
		);
		expect(clash(why('a dispute over unpaid dock fees'), printsIt)).toBe(true);
		// A short key ("fees") is any sentence's word: printed elsewhere, it tells nothing.
		expect(clash(why('fees'), printsIt)).toBe(false);
	});
});

describe('quoteNameInKeyHeadline', () => {
	const headlines = new Map([
		['Daily A', 'Mayor Names Ann Poe Deputy'],
		['Daily B', 'Mayor Reshuffles Harbour Board'],
		['Daily C', 'Harbour Board Shake-Up Announced']
	]);
	const whichOutlet = (quote: string, key: string) =>
		makeQuestion('single', {
			prompt: `Which outlet quoted Tom Roe as saying “${quote}”?`,
			choices: [...headlines.keys()].map((text, i) => ({ id: `c${i}`, text })),
			correct: [`c${[...headlines.keys()].indexOf(key)}`]
		});
	it('holds when a name in the quote is in the key outlet’s headline alone', () => {
		expect(
			quoteNameInKeyHeadline(
				whichOutlet('I am glad to name Ann Poe my deputy today', 'Daily A'),
				headlines
			)
		).toBe(true);
	});
	it('does not hold for a name several headlines print, or one only another outlet’s prints', () => {
		expect(
			quoteNameInKeyHeadline(
				whichOutlet('The Harbour Board will meet on Friday', 'Daily B'),
				headlines
			)
		).toBe(false);
		expect(
			quoteNameInKeyHeadline(
				whichOutlet('I am glad to name Ann Poe my deputy today', 'Daily B'),
				headlines
			)
		).toBe(false);
	});
});
