import { describe, expect, it } from 'vitest';
import {
	differentSubjects,
	hedgeIn,
	nameTest,
	parseHeadline,
	pointsAhead,
	sameSubject,
	stripKicker,
	subjectEntity,
	weighsChance
} from './headline-grammar';

/** Names as the articles write them in mid-sentence; everything else is a common word. */
const isName = nameTest([
	'On Monday, Mayor Ana Ruiz met Governor Tom Diaz and the city council. Later, Diaz spoke. ' +
		'The council and Ruiz argued. Critics said Ruiz and the Port Harbor Tribune were wrong.'
]);

describe('nameTest', () => {
	it('takes a word for a name only when the articles capitalise it mid-sentence', () => {
		expect(isName('Ruiz')).toBe(true);
		expect(isName('Council')).toBe(false);
		expect(isName('G.O.P.')).toBe(true);
	});
	it('ignores a title-case line that repeats a headline', () => {
		const test = nameTest(['Mayor Slams Council Over Budget\n\nThe mayor slammed the council.']);
		expect(test('Slams')).toBe(false);
	});
});

describe('parseHeadline', () => {
	it('finds subject and verb in title case and in sentence case', () => {
		expect(parseHeadline('Ruiz Slams Council Over Budget', isName)).toMatchObject({
			subject: 'Ruiz',
			verb: 'slams',
			form: 'statement',
			preview: false
		});
		expect(parseHeadline('Ruiz bows out of governor race', isName)).toMatchObject({
			subject: 'Ruiz',
			verb: 'bows out'
		});
		expect(parseHeadline("Ruiz Won't Go Forward With Vote", isName)?.verb).toBe("won't go forward");
	});
	it('reads "will", "to" after the subject and "set to" as news still to come', () => {
		expect(parseHeadline('Ruiz Will Veto Budget At Hearing', isName)?.preview).toBe(true);
		expect(parseHeadline('Council Members to Offer Broad Budget Plan', isName)).toMatchObject({
			subject: 'Council Members',
			verb: 'to offer',
			preview: true
		});
		expect(parseHeadline('Council Set To Vote On Budget', isName)?.preview).toBe(true);
		// "Latest to chide" ranks an act that happened; "vows to" is a vow made.
		expect(parseHeadline('Port Harbor Council Latest to Chide Ruiz', isName)?.preview).toBe(false);
		expect(parseHeadline('Ruiz Vows To End Budget Talks', isName)).toMatchObject({
			verb: 'vows',
			preview: false
		});
	});
	it('takes the speaker of "X: …" and of "…, X Says" as the subject', () => {
		expect(parseHeadline("Ruiz: Budget Is 'Dead Wrong'", isName)).toMatchObject({
			subject: 'Ruiz',
			form: 'speaker',
			verb: ''
		});
		expect(
			parseHeadline("Council Is 'Reckless,' Unlike Diaz, Ruiz Tells Voters", isName)
		).toMatchObject({ subject: 'Ruiz', verb: 'tells' });
	});
	it('reads a passive, an opening phrase, an apposition and a question', () => {
		expect(parseHeadline('Ruiz blasted by council over budget', isName)).toMatchObject({
			subject: 'Ruiz',
			passive: true
		});
		expect(parseHeadline('After Long Debate, Ruiz Signs Budget', isName)?.subject).toBe('Ruiz');
		expect(
			parseHeadline('Ana Ruiz, Budget Fight Figure, Will Testify At Hearing', isName)
		).toMatchObject({ subject: 'Ana Ruiz', verb: 'will testify', preview: true });
		expect(parseHeadline('Budget Passes, but Will It Last?', isName)).toMatchObject({
			verb: 'passes',
			preview: false,
			question: true
		});
	});
	it('reads a passive after a form of "be" without an agent, and past a particle before "by"', () => {
		// The subject is acted upon in each: no item may say it acts.
		for (const title of [
			'Governor Diaz Is Pressed To Resign',
			'Ruiz Was Told To Leave',
			'Ruiz Is Pressed On Budget',
			'Ruiz Challenged On Budget By Council'
		])
			expect(parseHeadline(title, isName)?.passive).toBe(true);
		// A perfect, a future "to" and a past tense with no "by" stay active.
		for (const title of [
			'Ruiz Has Pressed Council',
			'Ruiz Is Expected To Resign',
			'Ruiz Is Facing Pressure',
			'Ruiz blasted council over budget'
		])
			expect(parseHeadline(title, isName)?.passive).toBe(false);
	});
	it('gives up on what it cannot read plainly: a relative clause, a label before a colon', () => {
		expect(parseHeadline('Mayor Who Cut Budget Resigns', isName)).toBeUndefined();
		expect(
			parseHeadline('Ruiz Diaz Budget Talks Meeting: Looking For Deal', isName)
		).toBeUndefined();
	});
});

describe('parseHeadline refuses what it cannot read for sure', () => {
	it('never takes a noun after a possessive, a determiner or a preposition for the verb', () => {
		// "Ruiz's Words On Budget Anger Council": "words" is the subject's head, not a verb; with
		// no verb it knows, the parser gives up rather than guess.
		const verbOf = (t: string) => parseHeadline(t, isName)?.verb ?? '';
		expect(verbOf("Ruiz's Words On Budget Anger Council")).not.toMatch(/^words/);
		expect(verbOf("Ruiz's Claims on Budget Divide Council")).not.toMatch(/^claims/);
		expect(verbOf('The Claims Of The Council Fail')).not.toMatch(/^claims/);
		expect(parseHeadline("Ruiz's Aide Resigns", isName)).toMatchObject({
			subject: "Ruiz's Aide",
			verb: 'resigns'
		});
	});
	it('reads "-os" and "-is" words as nouns, and a "to" after a missed participle as no future', () => {
		expect(parseHeadline('Diaz memos released to council', isName)?.verb).not.toBe('memos');
		expect(parseHeadline('Diaz memos released to council', isName)?.preview).not.toBe(true);
		expect(parseHeadline('Governor Subpoenas Council Records', isName)?.verb).toBe('subpoenas');
	});
	it('takes no label, kicker, dateline or hanging participle for a statement', () => {
		expect(parseHeadline('Report: Council Approved Budget', isName)).toBeUndefined();
		expect(parseHeadline('DESPERATION: Council Files Suit Against Ruiz', isName)).toBeUndefined();
		expect(parseHeadline('Here Are The Budget Documents', isName)).toBeUndefined();
		expect(parseHeadline('What Ruiz Wants From The Council', isName)).toBeUndefined();
		expect(
			parseHeadline('PORT HARBOR — Mayor Ruiz signed the budget on Monday', isName)
		).toBeUndefined();
		expect(parseHeadline('Critics Sue Council, Alleging Fraud', isName)?.verb).not.toBe('alleging');
		// A speaker with a name stays a speaker.
		expect(parseHeadline('Ana Ruiz: Budget Is Fair', isName)).toMatchObject({
			subject: 'Ana Ruiz',
			form: 'speaker'
		});
	});
	it('keeps a title’s abbreviation in the subject and drops an adverb from it', () => {
		expect(parseHeadline('Gov. Tom Diaz Signs Budget', isName)?.subject).toBe('Gov. Tom Diaz');
		expect(parseHeadline('Mayor Ana Ruiz Secretly Met Diaz', isName)).toMatchObject({
			subject: 'Mayor Ana Ruiz',
			verb: 'met'
		});
	});
});

describe('pointsAhead', () => {
	it('hears the future in "will", an infinitive, and words of intent or announcement', () => {
		for (const t of [
			'Council Will Vote On Budget',
			'Council to Offer Budget Plan',
			'Top Council Member Hints At Budget Principles',
			'Ruiz Calls For Budget Vote',
			'Ruiz Taps Aide For Top Post',
			'Diaz Pledges Cuts',
			'Ruiz Calls On Diaz To Resign',
			'Council Members Plan Budget Vote',
			'Ruiz Aims To Cut Budget'
		])
			expect(pointsAhead(t), t).toBe(true);
	});
	it('hears none in a headline present or past tense that reports an act', () => {
		for (const t of [
			'Ruiz Signs Budget',
			'Council Delays Budget Vote Until June',
			'Official Invokes Fifth Amendment At Hearing',
			'Diaz Memos Released To Council',
			// "Plan" is a noun here: the news is the rejection, done.
			'Council Rejects Budget Plan'
		])
			expect(pointsAhead(t), t).toBe(false);
	});
});

describe('hedgeIn', () => {
	it('finds a modal of possibility before a verb, or a hedge such as "expected to"', () => {
		expect(hedgeIn('End Of Budget Talks Could Be Near', isName)).toBe('Could Be');
		expect(hedgeIn('Ruiz may veto budget', isName)).toBe('may veto');
		expect(hedgeIn('Ruiz Might Not Run Again', isName)).toBe('Might Not');
		expect(hedgeIn('Ruiz Expected To Resign', isName)).toBe('Expected To');
		expect(hedgeIn('Council Likely To Pass Budget', isName)).toBe('Likely To');
	});
	it('hears none in a past inability, a quotation, a month or a name', () => {
		// "Could not determine": what a report was unable to do, stated as fact.
		expect(hedgeIn('Report Could Not Determine Cause Of Fire', isName)).toBeUndefined();
		// The hedge is the speaker's, inside the quotation marks.
		expect(hedgeIn("Ruiz Says Budget 'Could Be Fatal'", isName)).toBeUndefined();
		const withMay = nameTest([
			'Prime Minister Theresa May met Ruiz in May. Ruiz said the council may vote later.'
		]);
		expect(hedgeIn('Ruiz Meets Theresa May In Port Harbor', withMay)).toBeUndefined();
		expect(hedgeIn('Council Sets Budget Vote For May 5', withMay)).toBeUndefined();
		expect(hedgeIn('Ruiz To Visit In May', withMay)).toBeUndefined();
		expect(hedgeIn('Ruiz Signs Budget', isName)).toBeUndefined();
		// A teaser about the reader hedges nothing of the news.
		expect(hedgeIn('Ruiz Names Her Pick – It Might Surprise You', isName)).toBeUndefined();
	});
	it('tells a headline that weighs a chance', () => {
		expect(weighsChance("Ruiz: '1 In 3 Chance' Council Loses Vote")).toBe(true);
		expect(weighsChance('Ruiz Signs Budget')).toBe(false);
	});
});

describe('subjectEntity and differentSubjects', () => {
	const entity = (s: string) => subjectEntity(s, isName, ['Ana Ruiz', 'Tom Diaz'])!;
	it('names a person by the story’s full name, and a thing by its noun', () => {
		expect(entity('Ruiz').label).toBe('Ana Ruiz');
		expect(entity('Shooting').label).toBe('the shooting');
		expect(entity('Port Harbor Council').label).toBe('the Port Harbor council');
		expect(entity('Budget Talks').label).toBe('“Budget Talks”');
		// "Jr." names the son: the label keeps it.
		expect(entity('Tom Diaz Jr.').label).toBe('Tom Diaz Jr.');
	});
	it('reads no body in a person’s surname fused to other capitalised words ("Ruiz Budget Plan")', () => {
		const capitalised = nameTest(['Critics of the Ruiz Budget Plan said Ana Ruiz was wrong.']);
		expect(
			subjectEntity('Ruiz Budget Plan', capitalised, ['Ana Ruiz', 'Tom Diaz'])
		).toBeUndefined();
		// A body with no person's name in it stays one.
		expect(subjectEntity('Port Harbor Council', isName, ['Ana Ruiz'])?.label).toBe(
			'the Port Harbor council'
		);
	});
	it('calls two people or a person and an event different', () => {
		expect(differentSubjects(entity('Ruiz'), entity('Diaz'))).toBe(true);
		expect(differentSubjects(entity('Ruiz'), entity('Shooting'))).toBe(true);
	});
	it('never calls a role and a name different: "the mayor" may be the Ruiz another names', () => {
		expect(differentSubjects(entity('Ruiz'), entity('Mayor'))).toBe(false);
		expect(differentSubjects(entity('City Spokesman'), entity('Ana Ruiz'))).toBe(false);
		expect(differentSubjects(entity('Ana Ruiz'), entity('Ruiz'))).toBe(false);
	});
	it('reads one person in a short given name that keeps its initial ("Jim Hale", "James Hale")', () => {
		const named = nameTest([
			'On Monday, James Hale met Mary Hale. Later, Jim Hale, Mike Hale and Michael Hale spoke.'
		]);
		const hale = (s: string) => subjectEntity(s, named, ['James Hale', 'Mary Hale'])!;
		expect(differentSubjects(hale('Jim Hale'), hale('James Hale'))).toBe(false);
		expect(sameSubject(hale('Jim Hale'), hale('James Hale'))).toBe(true);
		expect(sameSubject(hale('Mike Hale'), hale('Michael Hale'))).toBe(true);
		// Two relatives stay two people.
		expect(differentSubjects(hale('Mary Hale'), hale('James Hale'))).toBe(true);
		expect(differentSubjects(hale('Mary Hale'), hale('Jim Hale'))).toBe(true);
	});
	it('takes a name’s statement or letter for the name: "Ruiz Statement Disputes …" is about Ruiz', () => {
		expect(entity('Ruiz Statement')).toEqual(entity('Ruiz'));
		expect(differentSubjects(entity('Ruiz Letter'), entity('Diaz'))).toBe(true);
		// A statement of no one named stays a thing.
		expect(entity('Council Statement').head).toBe('statement');
	});
});

describe('stripKicker', () => {
	it('drops a label before a colon that marks the kind of piece', () => {
		expect(stripKicker('EXCLUSIVE: Mayor Quits Race')).toBe('Mayor Quits Race');
		expect(stripKicker('Report: Mayor Will Quit Race')).toBe('Mayor Will Quit Race');
		expect(stripKicker('OUTRAGE: Mayor Quits Race')).toBe('Mayor Quits Race');
	});
	it('keeps a speaker before a colon', () => {
		expect(stripKicker("Ana Ruiz: Budget Is 'Dead Wrong'")).toBe(
			"Ana Ruiz: Budget Is 'Dead Wrong'"
		);
	});
});
