import { describe, expect, it } from 'vitest';
import { analyzeArticle, viewStory } from '../analyze';
import { article } from '../article.test-helpers';
import { detailCandidates } from './detail';
import { factCandidates } from './fact';
import { trivialGap } from './gap-checks';
import {
	allusionGap,
	ageGap,
	areaGeographyGap,
	bylineGap,
	definiteSmallCount,
	frontedClauseGap,
	venueHostGap,
	interviewVenueGap,
	onlineCountGap,
	ownerGap,
	representedAreaGap,
	roomGap,
	possessiveInAdjunct,
	parentheticalGap,
	pollMethodGap,
	speechVenueGap
} from './stray-gaps';

/** The prompts of the gaps and counts one article gets on its own. */
function gapPrompts(text: string): string[] {
	const view = viewStory('s', [analyzeArticle(article(1, text))]);
	return [...detailCandidates(view), ...factCandidates(view)].map((c) => c.draft.prompt);
}

describe('a gap in an aside the writer marked', () => {
	it('finds a gap inside parentheses or between a pair of dashes', () => {
		expect(parentheticalGap('(As the Ledger first noted, ', ' paid $4,000 for it.)')).toBe(true);
		expect(parentheticalGap('The mayor (and her aide ', ') left early.')).toBe(true);
		expect(parentheticalGap('That was twice what the runner-up - ', ' - collected.')).toBe(true);
		expect(parentheticalGap('That was twice what the runner-up — ', ' — collected.')).toBe(true);
		// Before the aside, after it, or a dash that opens no pair: the sentence's own words.
		expect(parentheticalGap('The board approved ', ' new flats (most of them small).')).toBe(false);
		expect(parentheticalGap('The vote - held late - went to ', ' on Friday.')).toBe(false);
		expect(parentheticalGap('The council raised ', ' - more than it hoped.')).toBe(false);
		expect(
			parentheticalGap('Asked about the plan, a clear majority – ', ' percent – said no.')
		).toBe(false);
		expect(parentheticalGap('Only a small fraction (', ' percent) of the fund was spent.')).toBe(
			false
		);
	});
});

describe("a person's age", () => {
	it('finds an age in an appositive, after "aged", or before "old"', () => {
		expect(ageGap('Mr. Lindqvist, ', '71', ', said the plan was late.')).toBe(true);
		expect(ageGap('at least 12 calves between one day and ', 'two', ' weeks old died.')).toBe(true);
		expect(ageGap('The driver, aged ', '34', ', was unhurt.')).toBe(true);
		expect(
			ageGap('led by the activist Dana Roe, at ', '15', ' the youngest of the marshals.')
		).toBe(true);
		expect(ageGap('The march stopped at ', '15', ' sites along the river.')).toBe(false);
		expect(
			ageGap('The story that haunts her is that of middle-aged ', 'Dan Roe', ', whose son died.')
		).toBe(false);
		// A count after a name and a comma, a year, a count of years that is the news: kept.
		expect(ageGap('In Harwick, ', '300', ', people marched.')).toBe(false);
		expect(ageGap('On March 3, ', '2019', ', the mill closed.')).toBe(false);
		expect(ageGap('The mill ran for ', '40', ' years before it closed.')).toBe(false);
	});
	it('moves the gap from an age to the count the sentence reports', () => {
		const prompts = gapPrompts(
			'The storm hit the coast on Monday. A local charity said 38 calves between one day and three weeks old have died since the flood began. Farmers asked the county for help.'
		);
		// (Not "at least 38 calves": a floor makes no choice item, detail.ts.)
		expect(prompts.some((p) => p.includes('said ____ calves'))).toBe(true);
		expect(prompts.some((p) => p.includes('and ____ weeks old'))).toBe(false);
	});
});

describe("a poll's method", () => {
	it("finds a poll's sample size and its margin of error", () => {
		expect(
			pollMethodGap('The survey of ', ' likely voters was taken over three days last week.')
		).toBe(true);
		expect(
			pollMethodGap('The poll, which interviewed ', ' adults by phone, found Lee ahead.')
		).toBe(true);
		// The part of the sample it goes on to count: "…, including ____ registered voters".
		expect(
			pollMethodGap('The poll surveyed 900 adults, including ', ' registered voters, by phone.')
		).toBe(true);
		expect(
			pollMethodGap('The poll has a margin of error of plus or minus ', ' percentage points.')
		).toBe(true);
		expect(
			trivialGap('The poll found Lee ahead among ', '812', ' registered voters.', 'quantity')
		).toBe(true);
		// The method told by a participle after the poll's clause: "…, surveying ____ adults".
		expect(
			pollMethodGap(
				'Ridge College ran its poll by phone, surveying ',
				' adults, including 700 voters.'
			)
		).toBe(true);
		// The finding, and a count of voters that is no poll's sample: the news.
		expect(pollMethodGap('The poll found Lee ahead by ', ' points among likely voters.')).toBe(
			false
		);
		expect(pollMethodGap('Turnout fell as only ', ' voters came to the polls... of ')).toBe(false);
		expect(pollMethodGap('The county turned away ', ' voters at the door.')).toBe(false);
	});
});

describe('where words were said, and who wrote the piece', () => {
	it('finds the town of a speech, a rally or a campaign office', () => {
		expect(speechVenueGap('She hit back on Sunday, saying at a chapel in ')).toBe(true);
		expect(speechVenueGap('He told supporters at a rally in ')).toBe(true);
		expect(speechVenueGap('She stopped by her campaign headquarters in ')).toBe(true);
		// Where the news happened: kept.
		expect(speechVenueGap('A fire broke out at a warehouse in ')).toBe(false);
		expect(speechVenueGap('The governor said the plant in ')).toBe(false);
	});
	it('finds a network told, and the byline of the writer', () => {
		expect(interviewVenueGap('The mayor told ', 'org')).toBe(true);
		expect(interviewVenueGap('The mayor told ', 'person')).toBe(false);
		expect(interviewVenueGap('The mayor met ', 'org')).toBe(false);
		expect(bylineGap('', ' is editor in chief of the Harwick Ledger.')).toBe(true);
		expect(bylineGap('Rates rose. ', ' is a columnist for the Ledger.')).toBe(true);
		expect(bylineGap('', ' is the mayor of Harwick.')).toBe(false);
	});
});

describe('a name in a clause on who someone is', () => {
	it('is as stray as a count there', () => {
		expect(
			trivialGap('Mr. Okafor, who worked for ', 'Delmont Mills', ' for a decade, said …', 'org')
		).toBe(true);
		expect(trivialGap('Mr. Okafor said ', 'Delmont Mills', ' must pay.', 'org')).toBe(false);
	});
});

describe('a name owning a noun in an adjunct', () => {
	it('finds a possessive after a preposition, not one that is the subject or the object', () => {
		expect(
			possessiveInAdjunct('Asked Tuesday about ', "'s report, the minister said", 'person')
		).toBe(true);
		expect(possessiveInAdjunct('The two men were not called for ', "'s inquiry.", 'org')).toBe(
			true
		);
		expect(possessiveInAdjunct('', "'s lawyers said on Monday", 'person')).toBe(false);
		expect(possessiveInAdjunct('The council rejected ', "'s offer.", 'person')).toBe(false);
		expect(possessiveInAdjunct('The grant went to ', ' for the study.', 'person')).toBe(false);
	});
});

describe('a name in a clause that sets the scene', () => {
	it('finds a name in an opening while-clause, not in the main clause or a count', () => {
		expect(
			frontedClauseGap(
				'While being questioned at the ',
				' by a senator, the minister urged him to read the report.',
				'org'
			)
		).toBe(true);
		expect(
			frontedClauseGap('While touring ', ' on Friday, the mayor promised new pumps.', 'place')
		).toBe(true);
		expect(frontedClauseGap('While the minister was questioned, ', ' urged calm.', 'person')).toBe(
			false
		);
		expect(frontedClauseGap('After ', ' people died, the bridge was shut.', 'quantity')).toBe(
			false
		);
	});
});

describe('what a district takes in', () => {
	it('finds a gap inside the clause on a district’s towns', () => {
		expect(
			areaGeographyGap(
				'In the Third District, which includes Harlow and its mills, as well as farms along the ',
				', the vote moved right.'
			)
		).toBe(true);
		expect(
			areaGeographyGap(
				'Ms. Roe represents the Ninth District, which includes ',
				' and two suburbs, and …'
			)
		).toBe(true);
		// The clause has closed: the gap asks what the district did.
		expect(areaGeographyGap('The district, which includes Harlow, voted for ', '.')).toBe(false);
		expect(areaGeographyGap('The plan, which includes ', ' new schools, was approved.')).toBe(
			false
		);
	});
	it('leaves the district’s towns out of the gaps trivialGap allows', () => {
		expect(
			trivialGap(
				'Ms. Roe represents the Ninth District, which includes ',
				'Harlow',
				' and two suburbs, and …',
				'place'
			)
		).toBe(true);
	});
});

describe('roomGap', () => {
	it('finds a room of a building as where someone went or met, which the building also fills', () => {
		expect(roomGap('The two aides then walked to the ', 'Cabinet Room')).toBe(true);
		expect(roomGap('Later the governor met reporters in the ', 'Oval Office')).toBe(true);
		expect(roomGap('She signed the bill in the ', 'Rose Garden')).toBe(true);
		expect(
			trivialGap('The two aides then walked to the ', 'Cabinet Room', ', where she spoke.', 'org')
		).toBe(true);
	});
	it('leaves an office named as a body, and a building, to be asked', () => {
		expect(roomGap('according to the ', 'Budget Office')).toBe(false);
		expect(roomGap('The report was written by staff in the ', 'Budget Office')).toBe(false);
		expect(roomGap('The two aides then walked to the ', 'White House')).toBe(false);
		expect(roomGap('The two aides then walked to the ', 'Riverton County Office')).toBe(false);
	});
});

describe('whose a body is', () => {
	it('finds a unit named by its owner and a parent company', () => {
		expect(
			ownerGap("Harlow University's ", ', which hosts the lecture, said it would go ahead.', 'org')
		).toBe(true);
		expect(ownerGap('The ferry line, owned by ', ', cut its fares.', 'org')).toBe(true);
		expect(ownerGap('The ferry line is a subsidiary of ', '.', 'org')).toBe(true);
		expect(ownerGap("The ferry line's parent company, ", ', cut its fares.', 'org')).toBe(true);
		expect(ownerGap('The fares were cut by ', ', which owns the ferry line.', 'org')).toBe(true);
		expect(
			trivialGap(
				"Harlow University's ",
				'Policy Institute',
				', which hosts the lecture, said it would go ahead.',
				'org'
			)
		).toBe(true);
	});
	it('leaves a body that acts, a person after a possessive, and counts alone', () => {
		expect(ownerGap('The fares were cut by ', ' on Monday.', 'org')).toBe(false);
		expect(ownerGap("The mayor met Harlow's ", ' on Monday.', 'person')).toBe(false);
		expect(ownerGap("Harlow University's ", ' students marched.', 'quantity')).toBe(false);
		expect(ownerGap('The ferry line was bought by ', ' last year.', 'org')).toBe(false);
	});
});

describe('the place a politician represents', () => {
	it('finds the area after "represents", "her district in" and a party label', () => {
		expect(representedAreaGap('Rep. Ann Roe, who represents ', 'place')).toBe(true);
		expect(representedAreaGap('Roe held a meeting in her district in ', 'place')).toBe(true);
		expect(
			representedAreaGap('Among them was Representative Ann Roe, Republican of ', 'place')
		).toBe(true);
		expect(
			trivialGap('Rep. Ann Roe, who represents ', 'Harlow', ' in Congress, voted no.', 'place')
		).toBe(true);
	});
	it('leaves a client, a place where something happened, and other kinds alone', () => {
		expect(representedAreaGap('Lee, a lawyer who represents ', 'person')).toBe(false);
		expect(representedAreaGap('The flood closed the bridge in ', 'place')).toBe(false);
		expect(representedAreaGap('The mayor of ', 'place')).toBe(false);
		expect(representedAreaGap('The union, which represents ', 'quantity')).toBe(false);
	});
});

describe('a tally of an online post', () => {
	it('finds a count of followers, views or people who shared a post', () => {
		expect(onlineCountGap(' people followed the account before it was shut.')).toBe(true);
		expect(onlineCountGap(' views by Monday.')).toBe(true);
		expect(onlineCountGap(' more retweets than the mayor’s post.')).toBe(true);
		expect(trivialGap('The clip drew ', '40,000', ' views by Monday.', 'quantity')).toBe(true);
	});
	it('leaves a count of what happened alone', () => {
		expect(onlineCountGap(' people were hurt in the crash.')).toBe(false);
		expect(onlineCountGap(' votes to spare.')).toBe(false);
		expect(trivialGap('The flood forced ', '300', ' people from their homes.', 'quantity')).toBe(
			false
		);
	});
});

describe('a gap in a borrowed line', () => {
	it('finds a gap in a line the sentence marks as a play on an old one', () => {
		expect(allusionGap('Borrowing a line from an old debate, Roe told Lee he was no ', '.')).toBe(
			true
		);
		expect(allusionGap('In a nod to the ', ' slogan, the mayor said the ferries would run.')).toBe(
			true
		);
		expect(
			trivialGap(
				'In a nod to the ',
				'Harlow',
				' slogan, the mayor said the ferries would run.',
				'org'
			)
		).toBe(true);
	});
	it('leaves a plain line alone', () => {
		expect(allusionGap('The mayor told Lee the ferries would run to ', ' again.')).toBe(false);
		expect(allusionGap('The mayor mocked Lee over the ', ' fares.')).toBe(false);
	});
});

describe('a small count of things already named', () => {
	it('finds a count in words after "the" or a possessive', () => {
		expect(definiteSmallCount('The mayor held out hope for a deal that eluded her ', 'three')).toBe(
			true
		);
		expect(definiteSmallCount('It says officials of the ', 'two')).toBe(true);
		expect(
			trivialGap(
				'It says members of the ',
				'three',
				' groups stayed in touch as the ferries were seized.',
				'quantity'
			)
		).toBe(true);
	});
	it('leaves a count the sentence reports, and a large one after "the"', () => {
		expect(definiteSmallCount('The board fired ', 'three')).toBe(false);
		expect(definiteSmallCount('The storm killed ', 'twelve')).toBe(false);
		expect(definiteSmallCount('The fares of the ', '4,000')).toBe(false);
	});
});

describe('the body that held the occasion', () => {
	it('finds the host of a meeting or a conference where something was said', () => {
		expect(venueHostGap('Roe apologized for the delays at a May 10 ', ' meeting.')).toBe(true);
		expect(
			trivialGap('Roe spoke about the fares at the ', 'Harlow Riders Union', ' conference.', 'org')
		).toBe(true);
	});
	it('leaves a body that acts, and a meeting that is the news', () => {
		expect(venueHostGap('The ', ' voted at its meeting.')).toBe(false);
		expect(venueHostGap('Roe met the ', ' board on Friday.')).toBe(false);
	});
});
