import { describe, expect, it } from 'vitest';
import {
	asideFigure,
	numberNamesAThing,
	citedPieceDate,
	commonKnowledgeCount,
	describedToo,
	insideRange,
	isPartyName,
	mediumGap,
	asideTellsOtherKind,
	landmarkAside,
	rangeBound,
	ratioGivesFigure,
	trivialGap
} from './gap-checks';

describe('figures a student knows or works out without the article', () => {
	it('finds the size of a whole set everyone knows', () => {
		expect(commonKnowledgeCount('Troops are now on all ', 'seven', ' continents.')).toBe(true);
		expect(commonKnowledgeCount('The law applies in each of the ', '50', ' states.')).toBe(true);
		expect(trivialGap('Sales rose in all ', '12', ' months of the year.', 'quantity')).toBe(true);
		// A spell, another count of the noun, or no whole set: the article's own figure.
		expect(commonKnowledgeCount('The project took ', '12', ' months to finish.')).toBe(false);
		expect(commonKnowledgeCount('The law applies in ', '50', ' states.')).toBe(false);
		expect(commonKnowledgeCount('The law passed in all the ', '31', ' states that voted.')).toBe(
			false
		);
		expect(trivialGap('The deal was signed by all ', '28', ' member states.', 'quantity')).toBe(
			false
		);
	});
	it('finds a figure a printed ratio and the other figure give', () => {
		expect(ratioGivesFigure('Women backed Roe ', ' percent to 11 percent, a 2-to-1 margin.')).toBe(
			true
		);
		expect(
			trivialGap('Women backed Roe 22 percent to 11 percent, a ', '2', '-to-1 margin.', 'quantity')
		).toBe(true);
		expect(ratioGivesFigure('Women backed Roe by two to one, and ', ' percent said so.')).toBe(
			false
		);
		expect(ratioGivesFigure('Women backed Roe ', ' percent to 11 percent.')).toBe(false);
	});
});

describe('trivialGap and isPartyName', () => {
	it('finds a gap the words around it fill', () => {
		// A maker before a model number.
		expect(trivialGap('The jet was a ', 'Tupolev', ' 154 built in 1990.', 'org')).toBe(true);
		expect(trivialGap('The jet flew to ', 'Riverton', ' on Monday.', 'place')).toBe(false);
		// A gap that splits one written token.
		expect(trivialGap('The fund raised $', '65', '.8million in May.', 'quantity')).toBe(true);
		expect(trivialGap('The fund raised $', '65', 'million in May.', 'quantity')).toBe(true);
		expect(trivialGap('The fund raised $', '65', ' million in May.', 'quantity')).toBe(false);
		// A set phrase of a percentage.
		expect(trivialGap('He is ', '100', ' percent behind the plan.', 'quantity')).toBe(true);
		expect(trivialGap('The claim is ', '90', ' percent false, he said.', 'quantity')).toBe(true);
		expect(trivialGap('Prices rose ', '12', ' percent in May.', 'quantity')).toBe(false);
		// An idiom of a figure: "the $64,000 question" asks no amount.
		expect(trivialGap('That is the $', '64,000', ' question for the party.', 'quantity')).toBe(
			true
		);
		expect(trivialGap('That is the ', 'million', '-dollar question.', 'quantity')).toBe(true);
		expect(trivialGap('The bill costs $', '64,000', ', a question for voters.', 'quantity')).toBe(
			false
		);
		// A number dialled.
		expect(trivialGap('She called ', '911', ' from the car.', 'quantity')).toBe(true);
		// The parts of the sentence add up to the count.
		expect(
			trivialGap(
				'',
				'Ten',
				' of the 33 seats are open, seven held by one party and three by the other.',
				'quantity'
			)
		).toBe(true);
		expect(trivialGap('', 'Ten', ' of the 33 seats are open this year.', 'quantity')).toBe(false);
		// The list counts every one of them, "a" and "an" as one each.
		const hurt = ' people, including two lawmakers, a police officer and an aide, were hurt.';
		expect(trivialGap('', 'Four', hurt, 'quantity')).toBe(true);
		expect(trivialGap('', 'Nine', hurt, 'quantity')).toBe(false);
		expect(trivialGap('', 'Nine', ' people, including two lawmakers, were hurt.', 'quantity')).toBe(
			false
		);
	});
	it('never gaps a country by its initials, a phone number or the name of a show', () => {
		// Two initials, dotted or not: "U.S." is typed as "US", "United States", "America".
		expect(trivialGap('Talks with ', 'U.S.', ' envoys stalled.', 'org')).toBe(true);
		expect(trivialGap('He flew back to the ', 'US', ' on Monday.', 'place')).toBe(true);
		expect(trivialGap('He flew back to the ', 'U.K.', ' on Monday.', 'place')).toBe(true);
		expect(trivialGap('The ', 'FBI', ' opened an inquiry.', 'org')).toBe(false);
		expect(trivialGap('He flew back to ', 'Riverton', ' on Monday.', 'place')).toBe(false);
		// A number of three figures before a word of telephoning is dialled, not counted.
		expect(trivialGap('She made a ', '911', ' call from the car.', 'quantity')).toBe(true);
		expect(trivialGap('Callers jammed the ', '311', ' line for hours.', 'quantity')).toBe(true);
		expect(trivialGap('The office took ', '30', ' calls on Monday.', 'quantity')).toBe(false);
		// "half a dozen": the gap would hold only part of the figure.
		expect(trivialGap('There are half ', 'a dozen', ' votes I regret.', 'quantity')).toBe(true);
		expect(trivialGap('There are ', 'a dozen', ' votes I regret.', 'quantity')).toBe(false);
		expect(trivialGap('The office hired ', '911', ' workers on Monday.', 'quantity')).toBe(false);
		// Words of broadcasting around the gap: a show's name.
		expect(trivialGap('She is the host of ', 'Harbour Talk', ' on Sundays.', 'org')).toBe(true);
		expect(trivialGap('He was a guest on ', 'Morning Harbour', ' last week.', 'org')).toBe(true);
		expect(trivialGap('He told ', 'Harbour Talk', ' host Dana Roe so.', 'org')).toBe(true);
		expect(trivialGap('He said on RBC’s ', 'Harbour Talk', ' that he would run.', 'org')).toBe(
			true
		);
		expect(trivialGap('He was a guest of ', 'Dana Roe', ' last week.', 'person')).toBe(false);
		expect(
			trivialGap('She was jeered during an appearance at the ', 'Harbour Club', '.', 'org')
		).toBe(false);
		expect(trivialGap('He was a member of ', 'Harbour Watch', ' last year.', 'org')).toBe(false);
	});
	it('knows a party by its name or by the plural of its members', () => {
		const text = 'The Liberal Party won. Liberals cheered in the hall.';
		expect(isPartyName('the Liberal Party', text)).toBe(true);
		expect(isPartyName('Liberals', text)).toBe(true);
		expect(isPartyName('Riverton', text)).toBe(false);
	});
	it('knows a party by a short form or plural the story puts before a noun of political life', () => {
		const text = 'GOP leaders met. Tory lawmakers and Liberal voters stayed home.';
		expect(isPartyName('the GOP', text)).toBe(true);
		expect(isPartyName('Tories', 'Tory lawmakers met on Monday.')).toBe(false);
		expect(isPartyName('Liberals', text)).toBe(true);
		expect(isPartyName('Senate Liberals', text)).toBe(true);
		expect(isPartyName('Senate Committee', text)).toBe(false);
		// A body's short form before other nouns is no party.
		expect(isPartyName('FBI', 'FBI agents searched the house.')).toBe(false);
	});
	it('knows a party by a dotted short form, a chamber’s members, or an adjective beside its plural', () => {
		expect(isPartyName('G.O.P.', 'He angered his own party’s G.O.P. lawmakers.')).toBe(true);
		expect(isPartyName('GOP', 'He angered the G.O.P. leadership.')).toBe(true);
		expect(isPartyName('Senate Democrats', 'The mayor told Senate Democrats this week.')).toBe(
			true
		);
		const text = 'He angered his own party’s Republican lawmakers. Republicans were furious.';
		expect(isPartyName('Republican', text)).toBe(true);
		// The adjective alone, with no members' plural, could be a place before "lawmakers".
		expect(isPartyName('Republican', 'He angered Republican lawmakers.')).toBe(false);
		expect(isPartyName('Ohio', 'Ohio lawmakers met. Ohioans voted.')).toBe(false);
		expect(isPartyName('F.B.I.', 'F.B.I. agents searched the house.')).toBe(false);
	});
	it('knows a party by a short form before a word of elections, not only of parliament', () => {
		// "the GOP nomination" and "Republicans": a party whose gap would refuse "Republican".
		expect(isPartyName('GOP', 'She won the GOP nomination. Republicans cheered.')).toBe(true);
		expect(isPartyName('Labor', 'The Labor-backed mayor spoke. Labors were glad.')).toBe(true);
		expect(isPartyName('FBI', 'The FBI agents left after the FBI inquiry.')).toBe(false);
	});
	it('knows a party’s short form before a lawmaker’s title, its members or its bills', () => {
		expect(isPartyName('GOP', 'The GOP controls the House. GOP Sen. Ann Roe agreed.')).toBe(true);
		expect(isPartyName('GOP', 'The GOP tax bill passed. Republicans cheered.')).toBe(true);
		expect(isPartyName('GOP', 'GOP insiders walked out of the hearing.')).toBe(true);
		expect(isPartyName('Senate GOP', 'Senate GOP politicians walked out.')).toBe(true);
		// Members and chairs belong to alliances and agencies too.
		expect(isPartyName('NATO', 'NATO members met. The FCC chairman spoke.')).toBe(false);
		expect(isPartyName('FCC', 'NATO members met. The FCC chairman spoke.')).toBe(false);
		// A body's short form before a title or its staff is no party.
		expect(isPartyName('FBI', 'FBI Director Ann Roe and FBI agents left.')).toBe(false);
		expect(isPartyName('Senate FBI', 'FBI agents left.')).toBe(false);
	});
	it('finds a body the story also calls by its level of government with a capital head', () => {
		const text = 'The Riverton Senate voted. Later the state Senate adjourned.';
		expect(describedToo('Riverton Senate', text)).toBe(true);
		expect(
			describedToo('Riverton Senate', 'The Riverton Senate voted. The Senate adjourned.')
		).toBe(false);
	});
	it('finds a body described with a modifier of any case, or a possessive, before its head', () => {
		const name = 'The bill heads to the Legislature. ';
		for (const described of [
			'The Republican-controlled state legislature votes Friday.',
			'The state’s legislature votes Friday.',
			'Ohio’s state legislature votes Friday.',
			'It passed in state legislatures across the country.'
		])
			expect(describedToo('Legislature', name + described)).toBe(true);
		// "the legislature" and "to the court" name the same body by its kind alone, as before.
		expect(describedToo('Legislature', `${name}The legislature votes Friday.`)).toBe(false);
		expect(
			describedToo('Supreme Court', 'The Supreme Court ruled. He appealed to the court.')
		).toBe(false);
	});
	it('finds a body the story also calls by a description', () => {
		const text = 'The Supreme Court ruled. The high court had heard the case in May.';
		expect(describedToo('Supreme Court', text)).toBe(true);
		expect(describedToo('Legislature', 'The state legislature passed it.')).toBe(true);
		expect(
			describedToo('Supreme Court', 'The Supreme Court ruled. The same court had waited.')
		).toBe(false);
		expect(describedToo('Supreme Court', 'The Supreme Court ruled on Monday.')).toBe(false);
	});
	it('finds a number that names a thing rather than counts', () => {
		expect(trivialGap('The jet, Flight ', '93', ' crashed in a field.', 'quantity')).toBe(true);
		expect(trivialGap('He backed Proposition ', '8', ' in the vote.', 'quantity')).toBe(true);
		expect(trivialGap('The bill, No. ', '12', ' in the list, died.', 'quantity')).toBe(true);
		expect(trivialGap('He sponsored H.R. ', '3590', ' last year.', 'quantity')).toBe(true);
		// A count after a sentence's first word, or after a possessive, is a count.
		expect(trivialGap('Almost ', 'seven', ' members of the board left.', 'quantity')).toBe(false);
		expect(trivialGap("The mayor's ", '12', ' aides resigned.', 'quantity')).toBe(false);
	});
	it('finds a school attended, a list member and the words of a tweet', () => {
		expect(trivialGap('She graduated from ', 'Riverton College', ' in 1990.', 'org')).toBe(true);
		expect(trivialGap('He is a ', 'Riverton College', ' graduate who ran.', 'org')).toBe(true);
		expect(trivialGap('She left ', 'Riverton College', ' in 1990.', 'org')).toBe(false);
		expect(
			trivialGap(
				'Ann Roe, who runs relations for ',
				'Riverton Foods',
				'’ Capital City, N.C., office, was hurt.',
				'org'
			)
		).toBe(true);
		expect(trivialGap('They argued from the economy to ', 'Medicare', ' to taxes.', 'org')).toBe(
			true
		);
		expect(trivialGap('Issues such as ', 'Medicare', ' came up.', 'org')).toBe(true);
		expect(
			trivialGap('Past guests include mayors like ', 'Ann Roe', ', the first to sail in.', 'person')
		).toBe(true);
		expect(trivialGap('Roe, like ', 'Ann Lee', ', voted to close the pier.', 'person')).toBe(false);
		expect(trivialGap('Ports like ', 'Leith', ' will pay the levy.', 'place')).toBe(true);
		expect(trivialGap('He moved from ', 'Riverton', ' to the capital.', 'place')).toBe(false);
		expect(trivialGap('He wrote: Up ', '100', '% FALSE!!! on Monday.', 'quantity')).toBe(true);
		expect(trivialGap('He gave ', 'ten', ' reasons to back him.', 'quantity')).toBe(true);
	});
	it('finds a piece of an address, a letter’s signature and a swear word', () => {
		expect(
			trivialGap('It happened on Second Avenue near 83rd ', 'Street', ' at night.', 'place')
		).toBe(true);
		expect(trivialGap('The shots rang out on ', 'Second Avenue', ' near a bar.', 'place')).toBe(
			true
		);
		expect(trivialGap('The crowd marched down ', 'Harbour', ' Road to the pier.', 'place')).toBe(
			true
		);
		// The house number of an address is a label, not a count; a count before a street is not.
		expect(
			trivialGap('He vowed to stop her reaching ', '1600', ' Harbour Avenue.', 'quantity')
		).toBe(true);
		expect(trivialGap('Police sealed off ', '131', ' West 23rd Street.', 'quantity')).toBe(true);
		expect(trivialGap('He vowed to stop her reaching 1600 ', 'Harbour Avenue', '.', 'place')).toBe(
			true
		);
		expect(trivialGap('Some ', '300', ' marchers filled Harbour Road.', 'quantity')).toBe(false);
		// A street that stands for what is done there is no address.
		expect(trivialGap('Shares fell as ', 'Wall Street', ' took fright.', 'place')).toBe(false);
		expect(trivialGap('It was sent in 2016. Best, ', 'Ann Roe', '', 'person')).toBe(true);
		expect(trivialGap('Thanks, ', 'Tom Vale', ' (sent from my phone)', 'person')).toBe(true);
		expect(trivialGap('He gave his thanks to ', 'Tom Vale', ' on Monday.', 'person')).toBe(false);
		expect(trivialGap('He wrote: “', 'WTF', '” and left.', 'org')).toBe(true);
		expect(trivialGap('He called it a ', 'f---ing', ' disgrace.', 'org')).toBe(true);
		expect(trivialGap('The group met in ', 'Sobral', ' on Monday.', 'place')).toBe(false);
		// A year before a name is no house number.
		expect(trivialGap('In 2016 ', 'Ann Roe', ' ran for mayor.', 'person')).toBe(false);
	});
	it('finds the date a cited piece was published', () => {
		expect(citedPieceDate('The paper said in a ', ' article that he lied.')).toBe(true);
		expect(citedPieceDate('The Post first reported on ', ' that he lied.')).toBe(true);
		// The days a poll was in the field are its method, not its finding.
		expect(citedPieceDate('The survey of 800 voters was conducted ', ' through March 9.')).toBe(
			true
		);
		expect(citedPieceDate('The poll, taken ', ', found the mayor ahead by six points.')).toBe(true);
		// An abbreviated month's point is no sentence end.
		expect(citedPieceDate('The survey of 800 voters was conducted Oct. 30 to ', '.')).toBe(true);
		expect(citedPieceDate('The survey of 800 voters was conducted ', ' to Nov. 2.')).toBe(true);
		expect(citedPieceDate('The mayor will face voters on ', ', a new poll shows.')).toBe(false);
		expect(citedPieceDate('The raid was conducted on ', ' by the harbour police.')).toBe(false);
		expect(citedPieceDate('The vote was held on ', ' in the capital.')).toBe(false);
		// Which recording or letter, not when the news happened.
		expect(
			citedPieceDate('Rivals urged her to release the tapes of her talk with the board from ', '.')
		).toBe(true);
		expect(citedPieceDate('The mayor read a letter dated ', ' aloud at the council.')).toBe(true);
		expect(citedPieceDate('The mayor was away from ', ' to May 2 for the talks.')).toBe(false);
		expect(citedPieceDate('The council moved the meeting from ', ' to May 2.')).toBe(false);
		expect(citedPieceDate('The board has met every week from ', ' on.')).toBe(false);
	});
});

describe('gaps on the time between events, a total, one end of a range, a medium', () => {
	it('leaves out the time since another event, not a spell of the event itself', () => {
		expect(trivialGap('Almost ', 'seven', ' months after the vote, he left.', 'quantity')).toBe(
			true
		);
		expect(trivialGap('He posted less than ', '48', ' hours into the new year.', 'quantity')).toBe(
			true
		);
		expect(trivialGap('It came just ', 'two', ' days after he said yes.', 'quantity')).toBe(true);
		expect(trivialGap('The lanes were closed for ', 'four', ' days in May.', 'quantity')).toBe(
			false
		);
		expect(trivialGap('They have ', 'three', ' weeks to reach a deal.', 'quantity')).toBe(false);
	});
	it('leaves out the total a part is taken from, not the part', () => {
		expect(
			trivialGap('They closed two of the ', 'three', ' access lanes in May.', 'quantity')
		).toBe(true);
		expect(
			trivialGap('It gives status to many of the ', '11 million', ' migrants here.', 'quantity')
		).toBe(true);
		expect(trivialGap('They closed ', 'two', ' of the three access lanes.', 'quantity')).toBe(
			false
		);
		expect(trivialGap('A group of nearly ', '90', ' professors wrote.', 'quantity')).toBe(false);
	});
	it('leaves out a ratio\'s "of N" part, not the part it counts', () => {
		expect(
			trivialGap('In the poll, three of ', 'four', ' voters backed the levy.', 'quantity')
		).toBe(true);
		expect(trivialGap('Now one in ', 'five', ' adults rents a home.', 'quantity')).toBe(true);
		expect(trivialGap('Nine out of ', 'ten', ' doctors agreed.', 'quantity')).toBe(true);
		expect(trivialGap('Only 12 of ', '40', ' members came.', 'quantity')).toBe(true);
		// The part is the news; a year before "in" begins no ratio.
		expect(trivialGap('In the poll, ', 'three', ' of four voters backed it.', 'quantity')).toBe(
			false
		);
		expect(trivialGap('Turnout in 2012 in ', '14', ' counties fell.', 'quantity')).toBe(false);
		expect(trivialGap('Roe was one of ', '14', ' people hurt in the blast.', 'quantity')).toBe(
			false
		);
	});
	it('leaves out one end of a range, not one side of a score', () => {
		expect(rangeBound('The fee was $', '250,000', ' to $300,000 a year.')).toBe(true);
		expect(rangeBound('The fee was $250,000 to $', '300,000', ' a year.')).toBe(true);
		expect(rangeBound('It will cost between ', '5', ' and 7 million.')).toBe(true);
		expect(rangeBound('Voters favored them ', '46', ' percent to 41 percent.')).toBe(false);
		expect(rangeBound('Voters favored them 46 percent to ', '41', ' percent.')).toBe(false);
		expect(rangeBound('The attack killed ', '50', ' and 53 were hurt.')).toBe(false);
		expect(trivialGap('The fee was $', '250,000', ' to $300,000 a year.', 'quantity')).toBe(true);
	});
	it('leaves out a gap inside a range of any kind: days, years, a sum with a dash', () => {
		// "July 11-12": the mention is "July 11", and "-12" after it all but gives the key.
		expect(
			insideRange('The talks will follow a summit in Oslo on ', '-12, which she attends.')
		).toBe(true);
		expect(insideRange('She ran the museum from ', '–2016 before the move.')).toBe(true);
		expect(insideRange('She ran the museum in 2015–', ' before the move.')).toBe(true);
		expect(insideRange('The repairs will cost $', '-10 million, the board said.')).toBe(true);
		expect(insideRange('The fair runs from ', ' to May 9 in the old port.')).toBe(true);
		expect(insideRange('The fair runs from May 2 to ', ' in the old port.')).toBe(true);
		// A day then "to" opens a span without "from".
		expect(insideRange('The poll was taken Oct. 30 to ', ' among 900 voters.')).toBe(true);
		expect(insideRange('The fair runs March 3 through ', ' in the old port.')).toBe(true);
		expect(trivialGap('The fair opened on ', 'Oct. 11', '-12 in the old port.', 'date')).toBe(true);
		expect(trivialGap('The repairs will cost $', '5', '-10 million.', 'quantity')).toBe(true);
		// A single day, a figure before an aside's dash, and a move from one day to another.
		expect(insideRange('The fair opened on ', ' in the old port.')).toBe(false);
		expect(insideRange('The toll rose to ', ' — 5 of them children — by night.')).toBe(false);
		expect(insideRange('The fair moved from the old port to ', ' on Friday.')).toBe(false);
	});
	it('finds where words were posted or aired', () => {
		expect(mediumGap('He backed the plan in an interview with ', '.')).toBe(true);
		expect(mediumGap('He denied it in a post on ', ' on Monday.')).toBe(true);
		expect(mediumGap('She backed the fare, stating on ', ' that it was fair.')).toBe(true);
		expect(mediumGap('He met ', ' on Monday.')).toBe(false);
		// Words of attack or reply aired somewhere: any other site fits the gap as well.
		expect(mediumGap('The councillor lashed out at the mayor on ', ', saying the fare')).toBe(true);
		expect(mediumGap('Pike took to ', ' to defend the fare.')).toBe(true);
		expect(mediumGap('Pike lashed out at ', ' over the fare.')).toBe(false);
		// A reply made on a site: where it was posted, not what it said.
		expect(mediumGap('The councillor reacted on ', ' by asking who could paint signs.')).toBe(true);
		expect(mediumGap('The ferry board responded Tuesday on ', ', calling it a lie.')).toBe(true);
		expect(mediumGap('Pike fired back on ', ' within the hour.')).toBe(true);
		// Whom the reply answered is the news.
		expect(mediumGap('The mayor responded to ', ' on Tuesday.')).toBe(false);
	});
	it('finds the site where words were received ("was roundly criticized on ____")', () => {
		expect(mediumGap('The mayor praised the fare and was roundly criticized on ', '.')).toBe(true);
		expect(mediumGap('Within the hour the clip went viral on ', ' and the radio.')).toBe(true);
		// Who criticized is the news, not a site.
		expect(mediumGap('The fare was criticized by ', ' on Monday.')).toBe(false);
	});
	it('finds the channel words went through, named after "via" or as what someone uses', () => {
		expect(mediumGap('The mayor hit back within the hour via ', ', calling the fare fair.')).toBe(
			true
		);
		expect(mediumGap('The mayor, an avid user of ', ', praised the ferry board.')).toBe(true);
		expect(mediumGap('The board has 12 accounts on ', ' and none on the radio.')).toBe(true);
		// Whom someone used or met is no channel.
		expect(mediumGap('The mayor met users from ', ' on Monday.')).toBe(false);
		expect(mediumGap('The bill was drafted by ', ' staff.')).toBe(false);
	});
});

describe('asideTellsOtherKind', () => {
	it('finds a body followed by "who", and a person followed by a kind of business or body', () => {
		expect(asideTellsOtherKind('org', ', who was jailed for taking photos inside a dock.')).toBe(
			true
		);
		expect(asideTellsOtherKind('person', ', a toy store where children build bears.')).toBe(true);
		expect(asideTellsOtherKind('person', ', a harbour union, said on Monday')).toBe(true);
		expect(asideTellsOtherKind('person', ', a lobbyist for a ferry firm, was hurt.')).toBe(false);
		expect(asideTellsOtherKind('person', ', a former campaign aide, was hurt.')).toBe(false);
		expect(asideTellsOtherKind('org', ', which runs the ferries, said')).toBe(false);
	});
});

describe('landmarkAside', () => {
	it('finds a building placed by the landmark after it, not a body that acts', () => {
		expect(landmarkAside('The alarm was lifted at the ', ', next to the harbour.')).toBe(true);
		expect(landmarkAside('The alarm was lifted at the ', ' on Monday.')).toBe(false);
		expect(landmarkAside('The ', ', next to nothing, said')).toBe(false);
	});
});

describe('a figure in an aside', () => {
	it('is a stray detail in a clause about someone named, or in a breakdown of a figure before it', () => {
		expect(
			trivialGap(
				'Mayor Roe, who held ',
				'four',
				' rallies in Harlow on Friday, urged the board to act.',
				'quantity'
			)
		).toBe(true);
		expect(
			asideFigure(
				'The claims were made in 31 letters, across ',
				' files, that the board sent to the mayor.'
			)
		).toBe(true);
	});
	it('is a stray detail in a clause on the speaker after the words said', () => {
		expect(
			asideFigure(
				'“The depot is safe,” said Tom Reyes, who has driven buses in Harlow for ',
				' years.'
			)
		).toBe(true);
		expect(
			asideFigure(
				'“Fares are too high,” said Ann Poe, a spokeswoman for the Harlow Riders Union, which represents ',
				' drivers.'
			)
		).toBe(true);
		// A figure before the gap in the same clause keeps its comma: "1,200 drivers with ____ buses".
		expect(
			asideFigure(
				'“Fares are too high,” said Ann Poe of the Harlow Riders Union, which represents 1,200 drivers of ',
				' companies.'
			)
		).toBe(true);
		// Before the words said, a clause on a person is an aside still; one on a body is not.
		expect(
			asideFigure('Tom Reyes, who has driven buses for ', ' years, said the depot is safe.')
		).toBe(true);
		expect(asideFigure('The union, which represents ', ' drivers, said the depot is safe.')).toBe(
			false
		);
	});
	it('is a stray detail in an apposition on who a named person is', () => {
		expect(
			asideFigure(
				'Senator Ann Poe of Harlow, the top Democrat on the ',
				', told reporters on Friday that the board would meet.'
			)
		).toBe(true);
		expect(
			trivialGap(
				'Tom Reyes, the chairman of the ',
				'Harlow Riders Union',
				', said the depot is safe.',
				'org'
			)
		).toBe(true);
		// The apposition must close: a gap running to the sentence's end is its news.
		expect(asideFigure('The board met Tom Reyes, the chairman of the ', '.')).toBe(false);
	});
	it('leaves a figure of the main clause, of a clause on a thing, and of a clause that runs to the end', () => {
		expect(
			asideFigure('The blast, which killed ', ' people at the Harlow market, shut the depot.')
		).toBe(false);
		expect(
			trivialGap(
				'Mayor Roe, a former teacher, held ',
				'four',
				' rallies in Harlow on Friday.',
				'quantity'
			)
		).toBe(false);
		expect(
			asideFigure('The board backed Mayor Roe, who won ', ' percent of the vote in May.')
		).toBe(false);
		expect(asideFigure('The claims were made in ', ' letters, across 12 files, last year.')).toBe(
			false
		);
	});
});

describe('numberNamesAThing', () => {
	it('holds for the face value of notes or coins, not for a sum with its scale', () => {
		const text = 'The poster showed the mayor beside $100 bills and a pile of coins.';
		expect(
			numberNamesAThing('100', ' bills and a pile of coins.', text, 'the mayor beside $')
		).toBe(true);
		expect(numberNamesAThing('20', ' notes.', '', 'the face on $')).toBe(true);
		expect(numberNamesAThing('5', ' billion bill passed.', '', 'the $')).toBe(false);
		expect(numberNamesAThing('100', ' bills and coins.', '', 'they paid ')).toBe(false);
	});
	const text =
		'Families opened 120 new 529 accounts this year. A 529 plan lets savings grow free of tax.';
	it('holds for a number the story also writes before the noun’s singular', () => {
		expect(
			numberNamesAThing('529', ' accounts this year.', `${text} Each 529 account is small.`)
		).toBe(true);
		expect(numberNamesAThing('529', ' plans grew.', text)).toBe(true);
		// The plural may come a word or two after the number.
		expect(
			numberNamesAThing(
				'529',
				' college savings plans this year.',
				'Only 4 percent use 529 college savings plans. A 529 college savings plan grows free of tax.'
			)
		).toBe(true);
		expect(
			numberNamesAThing(
				'40',
				' new savings plans opened.',
				'Some 40 new savings plans opened. One savings plan closed.'
			)
		).toBe(false);
	});
	it('holds for a number between "a" and a singular noun', () => {
		expect(numberNamesAThing('529', ' plan lets savings grow.', '', 'A ')).toBe(true);
		expect(numberNamesAThing('10', ' percent cut.', '', 'They backed a ')).toBe(false);
		expect(numberNamesAThing('40', ' families joined.', '', 'About ')).toBe(false);
	});
	it('does not hold for a count', () => {
		expect(numberNamesAThing('120', ' new 529 accounts this year.', text)).toBe(false);
		expect(numberNamesAThing('40', ' families joined.', 'Some 40 families joined.')).toBe(false);
	});
});
