import { describe, expect, it } from 'vitest';
import type { Article } from '$lib/bank/schema';
import { findQuotes, quoteSpans } from './quotes';
import { segmentArticle } from './segment';

function quotes(text: string) {
	const a = { id: 'a', storyId: 's', title: 't', outlet: 'o', date: '2019-12-31', text } as Article;
	return findQuotes(a, segmentArticle(a)).map((q) => [q.text, q.speakerText, q.partial]);
}

describe('quoteSpans', () => {
	it('pairs curly and straight marks and flags run-on quotes', () => {
		const t = '“One,” he said. "Two three." “Four five six seven eight nine';
		expect(quoteSpans(t).map((q) => [t.slice(q.start, q.end), q.runsOn])).toEqual([
			['“One,”', false],
			['"Two three."', false],
			['“Four five six seven eight nine', true]
		]);
	});
});

describe('findQuotes', () => {
	it('leaves a day word that opens the sentence out of the speaker', () => {
		expect(quotes('Yesterday Ann Poe said: “We will march.”').map((q) => q[1])).toEqual([
			'Ann Poe'
		]);
		expect(quotes('Earlier Tuesday Ann Poe said: “We will march.”').map((q) => q[1])).toEqual([
			'Ann Poe'
		]);
	});
	it('attributes quotes before and after the speaker', () => {
		expect(quotes('“We will respond,” Esper said on Tuesday.')).toEqual([
			['We will respond,', 'Esper', false]
		]);
		expect(quotes('Trump tweeted: “Iran will pay a very big price!”')).toEqual([
			['Iran will pay a very big price!', 'Trump', false]
		]);
		expect(quotes('“This is a test,” said the president.')).toEqual([
			['This is a test,', 'the president', false]
		]);
		expect(quotes('“It is over,” Sen. Chris Murphy, D-Conn., said.')).toEqual([
			['It is over,', 'Sen. Chris Murphy', false]
		]);
	});
	it('finds the name after a role written in lower case, but not after a time phrase', () => {
		expect(quotes('“The pier is closed,” harbour master Ruth Okafor said.')).toEqual([
			['The pier is closed,', 'Ruth Okafor', false]
		]);
		expect(quotes('“We are ready,” said campaign manager Lee Park.')).toEqual([
			['We are ready,', 'Lee Park', false]
		]);
		expect(quotes('“We are ready,” said in a statement Friday.')).toEqual([]);
	});
	it('gives the words to the aide, not to the name of whom the aide serves', () => {
		expect(quotes('“The plan is sound,” said Okafor campaign manager Lee Park.')).toEqual([
			['The plan is sound,', 'Lee Park', false]
		]);
		expect(quotes('“The plan is sound,” Okafor’s senior adviser Lee Park said.')).toEqual([
			['The plan is sound,', 'Lee Park', false]
		]);
	});
	it('gives a counted member of a staff no name: not the one served, not "One Okafor"', () => {
		for (const t of [
			'One Okafor spokesman said: “The pier stays shut.”',
			'Two Okafor advisers said the levy was “a mistake.”',
			'Another Okafor campaign aide said the vote was “rigged.”',
			'“The pier stays shut,” said one Okafor spokeswoman.',
			'“The pier stays shut,” said two senior Okafor staffers on Monday.',
			'One spokesman said: “The pier stays shut.”'
		])
			expect(quotes(t), t).toEqual([]);
		// A named aide still speaks, even after a name that starts with a number word, and so does
		// a person described before the name when a staff noun comes only after the verb.
		expect(quotes('A weary Okafor said her critics were “dreaming.”')).toEqual([
			['dreaming.', 'Okafor', true]
		]);
		expect(quotes('“The pier stays shut,” one Okafor aide, Lee Park, said.')).toEqual([
			['The pier stays shut,', 'Lee Park', false]
		]);
		expect(quotes('One Harbour Trust chair Lee Park said: “The pier stays shut.”')).toEqual([
			['The pier stays shut.', 'Lee Park', false]
		]);
	});
	it('takes a show, an event or a hashtag in quotation marks for a name, not speech', () => {
		expect(quotes('Trump told the hosts of “Axios on HBO” that he would act.')).toEqual([]);
		expect(quotes('Pelosi said on “The Late Show with Stephen Colbert.”')).toEqual([]);
		expect(quotes('The mayor declared “Harbour Appreciation Day” on Friday.')).toEqual([]);
		expect(quotes('Supporters posted “#SaveThePier” all week.')).toEqual([]);
		expect(quotes('“We Will Not Back Down,” Roe said.')).toEqual([
			['We Will Not Back Down,', 'Roe', false]
		]);
	});
	it('keeps the person, not the state they come from', () => {
		expect(quotes('“She ought to answer,” said Representative Ann Roe of South Dakota.')).toEqual([
			['She ought to answer,', 'Representative Ann Roe', false]
		]);
	});
	it('keeps the person, not the state they come from', () => {
		expect(quotes('“She ought to answer,” said Representative Ann Roe of South Dakota.')).toEqual([
			['She ought to answer,', 'Representative Ann Roe', false]
		]);
	});
	it('finds partial quotes and "according to"', () => {
		expect(quotes('Pelosi called it a “flagrant violation” of law.')).toEqual([
			['flagrant violation', 'Pelosi', true]
		]);
		expect(quotes('The attack was “well planned,” according to Jonathan Hoffman.')).toEqual([
			['well planned,', 'Jonathan Hoffman', true]
		]);
	});
	it('carries the speaker into a quote continued in the next paragraph', () => {
		const t =
			'Rhodes said, “This is a long quote that goes on and on.\n\n“And it continues here for a while.”';
		expect(quotes(t).map((q) => q[1])).toEqual(['Rhodes', 'Rhodes']);
	});
	it('takes a short capitalised title in quotation marks for a title, not speech', () => {
		const t = 'Ann Lee said on "Evening Report" that the plan works. "We will win," Ann Lee said.';
		expect(quotes(t).map((q) => q[0])).toEqual(['We will win,']);
	});
	it('skips quotes without an attribution', () => {
		expect(quotes('Crowds chanted “Death to America” outside.')).toEqual([]);
	});
});

describe('titles in quotation marks', () => {
	it('takes a show named after a preposition for a title, even with the full stop inside', () => {
		const got = quotes(
			'"He presented a smoking bomb," Ron Dermer told Bret Baier on "Special Report."'
		);
		expect(got.map((q) => q[0])).toEqual(['He presented a smoking bomb,']);
	});

	it('takes a show after a network in the possessive for a title too', () => {
		expect(quotes('Roe said Sunday on KXTV’s “Morning Harbour.”')).toEqual([]);
		expect(quotes('Roe, speaking on Harbour News’ “Week in Review,” defended the plan.')).toEqual(
			[]
		);
		expect(quotes('Roe told WHBR’s “Harbour Tonight” that the pier would reopen.')).toEqual([]);
		// Speech after a possessive is still speech: a whole sentence is no title.
		expect(
			quotes('Roe said on KXTV’s show: “We will reopen the pier in May.”').map((q) => q[0])
		).toEqual(['We will reopen the pier in May.']);
	});
});

describe('findQuotes: who hears, who is criticised, who speaks', () => {
	it('never takes the listener of a statement for its speaker', () => {
		expect(
			quotes(
				'In a statement to the Harbour Gazette, her campaign manager, Lee Park, said: “The mayor stands by the plan.”'
			).map((q) => q[1])
		).toEqual(['Lee Park']);
	});
	it('never takes the one a verb mocks or thanks for the speaker after it', () => {
		expect(
			quotes(
				'The businessman, mocking Senator Ben Smith, said: “If you help me win this race, we will fix the roads.”'
			)
		).toEqual([]);
		expect(
			quotes(
				'The businessman, after thanking Ben Smith, said: “If you help me win this race, we will fix the roads.”'
			)
		).toEqual([]);
		expect(
			quotes(
				'The crowd, waiting for Senator Ben Smith, cheered. Later Senator Ben Smith said: “We will fix the roads.”'
			).map((q) => q[1])
		).toEqual(['Senator Ben Smith']);
	});
	it('gives a participle’s quote to the clause’s subject, not to the person it is about', () => {
		expect(
			quotes('Ann Roe compared herself to Tom Hale, saying, “I never took a fee from anyone.”').map(
				(q) => q[1]
			)
		).toEqual(['Ann Roe']);
		expect(
			quotes('The vote is next week, Lee Park said, adding, “They need to talk first.”').map(
				(q) => q[1]
			)
		).toEqual(['Lee Park']);
	});
	it('finds the speaker in the short sentence after a quote that closed its own sentence', () => {
		expect(quotes('“We are tired of waiting!” Hale said.').map((q) => q[1])).toEqual(['Hale']);
		// Another quote after the short sentence: the named replier still said the first.
		expect(
			quotes('“That is not the same thing at all!” Ann Roe replied. “Who pays for it?”').map(
				(q) => q[1]
			)
		).toEqual(['Ann Roe', 'Ann Roe']);
	});
	it('prefers the name before a quote to a pronoun after it', () => {
		expect(
			quotes('Asked about Tom Hale, Ann Roe said “I never met Hale,” she said.').map((q) => q[1])
		).toEqual(['Ann Roe']);
	});
});

describe('findQuotes: an attribution it cannot read', () => {
	it('does not hand a new paragraph’s quote to the previous speaker', () => {
		const t = [
			'“We cannot spend money we do not have,” Lopez said on Tuesday.',
			'“Nobody asked the families who live by the river,” Council Member Tom Reyes of the Third Ward Neighbourhood Group said.'
		].join('\n\n');
		expect(
			quotes(t)
				.filter((q) => q[1] === 'Lopez')
				.map((q) => q[0])
		).toEqual(['We cannot spend money we do not have,']);
	});
});

describe('findQuotes: a source at the end of the sentence', () => {
	it('owns a quote inside reported speech, over a request verb earlier on', () => {
		expect(
			quotes(
				'Lee Park, the chief of staff, asked the mayor last summer to explore “options of service” on a board, the ministry said in a statement.'
			).map((q) => q[1])
		).toEqual(['the ministry']);
	});
});

describe('findQuotes: words someone else said, retold', () => {
	it('gives no speaker the words the speaker says another person told them', () => {
		const said = (t: string) => quotes(t).map((q) => q[1]);
		expect(
			said(
				'Councillor Sam Okafor said residents had told him the plan was “a disaster for the waterfront.”'
			)
		).not.toContain('Sam Okafor');
		expect(
			said(
				'At the hearing Holloway said the mayor told her, “We will rebuild every pier by winter.”'
			)
		).not.toContain('Holloway');
	});
	it('keeps the speaker when the second verb is the speaker’s own or a participle', () => {
		const said = (t: string) => quotes(t).map((q) => q[1]);
		expect(
			said('Holloway said she told the board the plan was “a gift to the developers.”')
		).toContain('Holloway');
		expect(
			said('Holloway said the meetings described by the council were “a waste of everyone’s time.”')
		).toContain('Holloway');
		expect(
			said('Holloway said, with a passion that almost suggested anger, “We were never asked.”')
		).toContain('Holloway');
	});
});

describe('findQuotes: messages, retold words and questions', () => {
	const said = (t: string) => quotes(t).map((q) => q[1]);
	it('gives a named person the words the speaker says they said', () => {
		expect(
			said('Tom Hale, the council member, said Mayor Jane Roe called the plan “dead on arrival.”')
		).toEqual(['Mayor Jane Roe']);
		expect(said('Tom Hale said Jane Roe told him the ferry was “finished for good.”')).toEqual([
			'Jane Roe'
		]);
		expect(said('Tom Hale quoted Jane Roe as saying “the pier is finished.”')).toEqual([
			'Jane Roe'
		]);
	});
	it('gives a voicemail, letter or e-mail to its sender, not to the one who received it', () => {
		expect(
			said(
				'Tom Hale played reporters a voicemail from Mayor Jane Roe, saying “you will regret this vote.”'
			)
		).toEqual(['Mayor Jane Roe']);
		expect(
			said('Tom Hale released an e-mail from Jane Roe: “We cannot fund the pier this year.”')
		).toEqual(['Jane Roe']);
		expect(
			said(
				'Tom Hale said he got a letter from Mayor Jane Roe on Monday that read: “The pier will close.”'
			)
		).toEqual(['Mayor Jane Roe']);
		// The sender as subject keeps the words.
		expect(
			said('Mayor Jane Roe left Tom Hale a voicemail saying, “You will regret this vote.”')
		).toEqual(['Mayor Jane Roe']);
	});
	it('credits no one with the words of a question put to them', () => {
		expect(said('Senator Paul Dunn was asked whether he “still backed the tax plan.”')).toEqual([]);
		expect(
			said('When asked if he was “proud of the vote,” Senator Paul Dunn said he was.')
		).toEqual([]);
		expect(
			said('Asked by a reporter whether he “still backed the tax plan,” Dunn said he did.')
		).toEqual([]);
	});
	it('still reads the answer after a question', () => {
		expect(
			said('Asked whether he backed the plan, Senator Paul Dunn said: “I do, and I always have.”')
		).toEqual(['Senator Paul Dunn']);
	});
});

describe('findQuotes: a subject that is not the speaker', () => {
	const said = (t: string) => quotes(t).map((q) => q[1]);
	it('does not give a report’s words to the person whose office it is about', () => {
		expect(
			said(
				'Tom Hale’s office, the report said, learned of the plan “through interviews with several witnesses.”'
			)
		).toEqual([]);
		expect(
			said(
				'Tom Hale, the audit said, signed the contracts “without reading a single page of them.”'
			)
		).toEqual([]);
	});
	it('still gives a sentence’s quote to its subject further on', () => {
		expect(
			said('Tom Hale spoke to the crew on Monday and told them “the ferry runs again in May.”')
		).toEqual(['Tom Hale']);
	});
});

describe('findQuotes: a phrase someone else is quoted as having said', () => {
	const said = (t: string) => quotes(t).map((q) => q[1]);
	it('gives the phrase to the person who vowed it, not to the sentence’s subject', () => {
		expect(
			said(
				'Tom Hale attacked Governor Ann Vale, who vowed the city would “never pay a cent for that stadium.”'
			)
		).toEqual(['Governor Ann Vale']);
		expect(
			said(
				'Tom Hale recalled that Governor Ann Vale once vowed the city would “never pay a cent for that stadium.”'
			)
		).toEqual(['Governor Ann Vale']);
		expect(
			said(
				'Tom Hale said Ann Vale’s vow that the city would “never pay a cent for that stadium” was broken.'
			)
		).toEqual(['Ann Vale']);
	});
	it('keeps the reply with the one who replies to someone’s remarks', () => {
		expect(
			said('Answering Vale’s remarks, Hale wrote: “The stadium was never the city’s to fund.”')
		).toEqual(['Hale']);
		expect(
			said(
				'Hale’s office dismissed Vale’s comments, telling reporters, “The governor has never asked us for anything.”'
			)
		).not.toContain('Vale');
	});
});

describe('findQuotes: a show named just before the speaker', () => {
	it('takes a title after a preposition for a title even when a comma and a speaker follow', () => {
		expect(
			quotes('In an appearance on “The Morning Harbour Hour,” Mayor Jane Roe said she would run.')
		).toEqual([]);
		expect(quotes('“We Will Not Back Down,” Roe said.')).toEqual([
			['We Will Not Back Down,', 'Roe', false]
		]);
	});
});

describe('findQuotes: a document’s words, and words about someone, go to no one', () => {
	const said = (t: string) => quotes(t).map((q) => q[1]);
	it('credits no person with what a report, an indictment or an editorial says', () => {
		expect(
			said(
				'Counsel Mark Dale sent the findings to the council.\n\n“Such talks are common and lawful,” the report read. “No rule was broken.”'
			)
		).toEqual([]);
		// The report's words open a paragraph after a quote of Dale's: they are not his.
		expect(
			said(
				'“We acted lawfully,” Mark Dale said in a memo.\n\n“Such talks are common and lawful,” the report read. “No rule was broken.”'
			)
		).toEqual(['Mark Dale']);
		expect(
			said('The indictment alleges that Paul Dunn took “cash and gifts worth $40,000.”')
		).toEqual([]);
		expect(
			said('“The mayor has lost the trust of this city,” the paper’s editorial said on Sunday.')
		).toEqual([]);
		expect(
			said(
				'“He knew the bridge was unsafe,” said the complaint filed against Mayor Jane Roe on Friday.'
			)
		).toEqual([]);
	});
	it('credits no one with what "it" (a paper, a report) says set into a sentence about a name', () => {
		// The endorsement's words about Roe are neither Roe's nor anyone's to ask about.
		expect(
			said(
				'The Harbour Ledger endorsed Ann Vale. Roe, it said, “has shown no grasp of city budgets.”'
			)
		).toEqual([]);
		// A person set into the sentence still speaks.
		expect(
			said('Ann Vale spoke on Friday. Roe, Vale said, “has shown no grasp of city budgets.”')
		).toEqual(['Vale']);
	});
	it('guesses no speaker when the source is a document the sentence cites', () => {
		expect(
			said(
				'Paul Dunn met the contractor twice, according to the indictment, and promised him “whatever it takes.”'
			)
		).toEqual([]);
		// A phrase inside the document's account of what someone said is the document's wording.
		expect(
			said(
				'According to the indictment, Paul Dunn told “senior officials” that the account was closed.'
			)
		).toEqual([]);
		expect(
			said('According to the complaint, Dunn described the payments as “routine consulting fees.”')
		).toEqual([]);
		// A document opening the sentence gives its account of what was said, in the third person.
		expect(
			said(
				'The memos also showed that on the second day, Paul Dunn told Ann Poe at a dinner in the hall that he “needed trust and expected trust.”'
			)
		).toEqual([]);
	});
	it('still gives a person their words said in a statement or quoted by a document', () => {
		expect(said('“We will appeal,” Paul Dunn said in a statement.')).toEqual(['Paul Dunn']);
		expect(said('“I will fix it,” Paul Dunn wrote, according to the indictment.')).toEqual([
			'Paul Dunn'
		]);
		// A statement reports the words; only an alleging document (indictment, complaint) holds them back.
		expect(
			said(
				'Mayor Jane Roe called the governor on Tuesday and told him “the pier will reopen in May,” according to a city statement.'
			)
		).toEqual(['Mayor Jane Roe']);
	});
	it('gives no one the words a lawyer or office speaks for someone', () => {
		expect(
			said('The two men have traded letters “back and forth,” according to Dunn’s lawyer.')
		).toEqual([]);
		expect(
			said('The two men have traded letters "back and forth," according to Dunn\'s lawyer.')
		).toEqual([]);
	});
	it('does not make the person a sentence is about its speaker', () => {
		expect(
			said(
				'Asked about the jailing of reporters under Mr. Vale, Mr. Hale had said, “Our country does worse.”'
			)
		).not.toContain('Mr. Vale');
		expect(
			said(
				'The row began after Mr. Hale, asked about the deaths of reporters under Mr. Vale, had said, “Our country does plenty of that too.”'
			)
		).not.toContain('Mr. Vale');
	});
	it('gives a voicemail to the one who left it, not to the one it was left for', () => {
		expect(
			said('Mayor Jane Roe left a voicemail for Tom Hale saying, “You will regret this vote.”')
		).toEqual(['Mayor Jane Roe']);
		// The one who received it and retells it did not say the words.
		expect(
			said('Tom Hale got a call on Monday. “You will regret this vote,” he recalled her saying.')
		).toEqual([]);
		expect(said('Tom Hale heard her say, “You will regret this vote.”')).toEqual([]);
		expect(said('“You will regret this vote,” Tom Hale said in a voicemail to Jane Roe.')).toEqual([
			'Tom Hale'
		]);
		expect(
			said('In a voicemail to Tom Hale, Mayor Jane Roe said, “You will regret this vote.”')
		).toEqual(['Mayor Jane Roe']);
		expect(
			said('Tom Hale played a voicemail in which Jane Roe warned, “You will regret this vote.”')
		).toEqual(['Jane Roe']);
	});
	it('credits no one who received, shared or played a message with its words', () => {
		expect(
			said('Tom Hale received a voicemail from a man who said “you will regret this vote.”')
		).toEqual([]);
		expect(said('Tom Hale said a caller left a voicemail: “You will regret this vote.”')).toEqual(
			[]
		);
		expect(said('Tom Hale shared a letter he got on Friday: “You will regret this vote.”')).toEqual(
			[]
		);
		// The sender named against the message is its speaker; words said in one's own message stay one's own.
		expect(
			said('Tom Hale received a letter from Mayor Jane Roe saying, “You will regret this vote.”')
		).toEqual(['Mayor Jane Roe']);
		expect(said('Tom Hale said in a voicemail to his staff: “I will not resign.”')).toEqual([
			'Tom Hale'
		]);
	});
	it('gives a relative clause’s words to no one when the clause’s subject is unnamed', () => {
		expect(said('Tom Hale met a voter who said “the pier must reopen.”')).toEqual([]);
		// An appositive "the mayor who said" is the named person again.
		expect(
			said('Jane Roe, the mayor who said last week that she would “never resign over this,” spoke.')
		).toEqual(['Jane Roe']);
	});
	it('credits no one with a question put to them or a text they only read out', () => {
		expect(said('Mayor Jane Roe was asked, “Did you approve the closures?”')).toEqual([]);
		expect(
			said('Mayor Jane Roe read out a question from a viewer: “Why is the pier still closed?”')
		).toEqual([]);
		expect(said('Mayor Jane Roe read from the report: “The pier is unsafe.”')).toEqual([]);
		// The answer after the question is the one asked's.
		expect(
			said('Mayor Jane Roe was asked about the closures and said: “They were my decision.”')
		).toEqual(['Mayor Jane Roe']);
		expect(said('Tom Hale read a letter from Mayor Jane Roe: “The pier will close.”')).toEqual([
			'Mayor Jane Roe'
		]);
	});
	it('credits no one signer with a joint statement', () => {
		expect(
			said(
				'Sen. Ann Vale and Rep. Tom Hale said in a joint statement that the report “shows the pier was never safe.”'
			)
		).toEqual([]);
		expect(
			said(
				'“The pier was never safe,” read a joint statement from Sen. Ann Vale and Rep. Tom Hale.'
			)
		).toEqual([]);
	});
	it('does not give the sentence’s subject words the sentence gives to someone else', () => {
		expect(
			said(
				'Dale also notes that Hale often praised his work at the agency, noting that the mayor at times said “he thought very highly of me.”'
			)
		).toEqual([]);
		// The subject's own verb against the quote keeps the words with the subject.
		expect(
			said('Tom Hale spoke to the crew on Monday and told them “the ferry runs again in May.”')
		).toEqual(['Tom Hale']);
	});
	it('credits no one with what they are accused of, called or told', () => {
		expect(said('Paul Dunn is accused of taking “cash and gifts worth $40,000.”')).toEqual([]);
		expect(said('Paul Dunn was told he would “never work in this city again.”')).toEqual([]);
		expect(said('Paul Dunn was quoted as saying “the pier is finished.”')).toEqual(['Paul Dunn']);
	});
	it('credits no one of several people named together with their shared words', () => {
		expect(said('Vale, Hale and Roe noted that the report “never mentions the pier.”')).toEqual([]);
		expect(said('Vale and Roe said the report “never mentions the pier.”')).toEqual([]);
		// "and" inside a committee's name does not make a list of speakers.
		expect(
			said('Harbours and Ferries Committee Chairman Paul Dunn said the tolls “are too high.”')
		).toHaveLength(1);
	});
});

describe('findQuotes: naming and judging clauses', () => {
	it('gives words after a participle of naming or telling to the clause subject', () => {
		expect(quotes('Ann Poe defended the budget, calling the cuts “a painful necessity.”')).toEqual([
			['a painful necessity.', 'Ann Poe', true]
		]);
		expect(
			quotes(
				'Tom Vale, who trails in the polls, has seized on the dispute, telling a radio host that the plan is “a shell game” at best.'
			)
		).toEqual([['a shell game', 'Tom Vale', true]]);
	});
	it('gives words after "slammed … as" to the one who judges', () => {
		expect(quotes('Mayor Ann Poe slammed the new levy as “a tax on the poor.”')).toEqual([
			['a tax on the poor.', 'Mayor Ann Poe', true]
		]);
	});
	it('does not give a clause with a verb of saying of its own to the subject', () => {
		// Ruiz's words, not Vale's: the clause after "that" has its own speaker.
		expect(
			quotes(
				'Tom Vale answered the charge, telling reporters that Ruiz had called him “a coward” twice.'
			).map((q) => q[1])
		).not.toContain('Tom Vale');
	});
	it('does not credit one of several who judge together, nor a "called for"', () => {
		expect(quotes('Ann Poe and Tom Vale slammed the levy as “a tax on the poor.”')).toEqual([]);
		expect(
			quotes('Ann Poe opened the meeting, calling for “a fresh start” on the budget.')
		).toEqual([]);
	});
});

describe('findQuotes and loose punctuation', () => {
	it('reads the speaker after a relative clause whose closing comma is left out', () => {
		expect(
			quotes(
				'"We will win the vote in the state this year,"Ann Poe, who is chair of Our Values PAC said in a statement.'
			).map((q) => q[1])
		).toEqual(['Ann Poe']);
	});
	it('takes no sentence-opening "The" for a speaker', () => {
		expect(
			quotes(
				'The ad ends with a voice over saying: “Big money for himself, and nothing for the town.”'
			).map((q) => q[1])
		).toEqual([]);
		expect(
			quotes('“We will not back down from this fight,” The Harbour Post wrote.').map((q) => q[1])
		).toEqual(['The Harbour Post']);
	});
});
