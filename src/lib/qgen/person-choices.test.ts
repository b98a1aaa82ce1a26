import { describe, expect, it, vi } from 'vitest';
import type { Article } from '$lib/bank/schema';
import { analyzeArticle, viewStory } from './analyze';
import { describedBy } from './described-by';
import {
	choosablePeople,
	cutFromLongerName,
	introducedAsBody,
	partyNames,
	expertsFirst,
	namedInPassing,
	notAPerson,
	peopleLike,
	personDescriptors,
	personKind,
	speaksInStory
} from './person-choices';

const article = (n: number, text: string): Article => ({
	id: `a${n}`,
	storyId: 's',
	title: 'Bridge lanes closed',
	outlet: `Daily ${'AB'[n]}`,
	date: '2024-01-10',
	text
});

const TEXTS = [
	[
		'Mark Sheldon, a lawyer for the campaign, said the firm would cooperate with the inquiry.',
		'The lanes were closed for four days, creating gridlock in Fort Lorne, the town at the foot of the bridge.',
		'Dana Whitby, the mayor, said she had refused to endorse the governor.',
		'Gregory Hale also criticised the closures at a meeting on Monday.'
	].join('\n\n'),
	[
		'Some Roman Catholic leaders have criticised the governor over the closures.',
		'Fort Lorne residents waited for hours, and Gregory Hale called the delays a disgrace.',
		'Mark Sheldon works for the firm and is counsel for the state committee.'
	].join('\n\n')
];

describe('choosablePeople', () => {
	const view = viewStory(
		's',
		TEXTS.map((t, i) => analyzeArticle(article(i, t)))
	);
	it('offers no town and no capitalised modifier among people', () => {
		const people = choosablePeople(view);
		expect(people).not.toContain('Fort Lorne');
		expect(people).not.toContain('Roman Catholic');
		expect(people).toEqual(expect.arrayContaining(['Mark Sheldon', 'Dana Whitby', 'Gregory Hale']));
	});
});

describe('choosablePeople: someone named only inside a quotation', () => {
	it('is no wrong answer, though the same name outside quotation marks would be', () => {
		const view = viewStory('s', [
			analyzeArticle(
				article(
					0,
					[
						'Mayor Dana Whitby closed the bridge on Monday.',
						'“As Thomas Jefferson wrote, every generation needs a new bridge,” Whitby said.',
						'Council member Gregory Hale voted against the closure.'
					].join('\n\n')
				)
			)
		]);
		const people = choosablePeople(view);
		expect(view.people).toContain('Thomas Jefferson');
		expect(people).not.toContain('Thomas Jefferson');
		expect(people).toEqual(expect.arrayContaining(['Dana Whitby', 'Gregory Hale']));
	});
});

describe('choosablePeople: a nickname in single quotation marks', () => {
	it('is no wrong answer, in the writer’s own words or inside a quotation', () => {
		const view = viewStory('s', [
			analyzeArticle(
				article(
					0,
					[
						'Mayor Dana Whitby closed the bridge on Monday, and Council member Gregory Hale voted against it.',
						'My uncle called the mayor ‘Reverend Billy Carver’ at every family dinner.',
						"“She is what my father called 'Sister Martha Keane',” Hale said.",
						"Critics in the town called the plan 'Whitby's folly', and Ruth Okafor's neighbours agreed."
					].join('\n\n')
				)
			)
		]);
		const people = choosablePeople(view);
		expect(view.people).toEqual(expect.arrayContaining(['Billy Carver', 'Martha Keane']));
		expect(people).not.toContain('Billy Carver');
		expect(people).not.toContain('Martha Keane');
		expect(people).toEqual(expect.arrayContaining(['Dana Whitby', 'Gregory Hale']));
	});
	it('is a person when the writer also names them outside quotation marks', () => {
		const view = viewStory('s', [
			analyzeArticle(
				article(
					0,
					[
						'Mayor Dana Whitby closed the bridge on Monday, and Council member Gregory Hale voted against it.',
						'Hale’s rival, known as ‘Billy Carver’ on the radio, called in.',
						'Billy Carver later said the closure was a mistake.'
					].join('\n\n')
				)
			)
		]);
		expect(choosablePeople(view)).toContain('Billy Carver');
	});
});

describe('choosablePeople: a piece of a longer name', () => {
	it('offers only the form the article writes, not one cut at an initial or a dash', () => {
		const view = viewStory('s', [
			analyzeArticle(
				article(
					0,
					[
						'Mayor Dana Whitby closed the bridge on Monday, and Council member Gregory Hale voted against it.',
						'A retired engineer, J. Robert Oppenheimer, said the bridge was safe.',
						'The ferry operator, Jane Q. Roe–Smith, said she would add boats on Tuesday.'
					].join('\n\n')
				)
			)
		]);
		const people = choosablePeople(view);
		expect(view.people).toContain('Jane Q. Roe');
		expect(people).not.toContain('Robert Oppenheimer');
		expect(people).not.toContain('Jane Q. Roe');
		// The initial that opens a name is kept: the person is offered as the article writes them.
		expect(people).toContain('J. Robert Oppenheimer');
		expect(people).toEqual(expect.arrayContaining(['Dana Whitby', 'Gregory Hale']));
	});
	it('keeps a name the article also writes on its own', () => {
		const view = viewStory('s', [
			analyzeArticle(
				article(
					0,
					[
						'A retired engineer, J. Robert Oppenheimer, said the bridge was safe.',
						'Critics answered Robert Oppenheimer at a meeting on Tuesday.'
					].join('\n\n')
				)
			)
		]);
		expect(cutFromLongerName('Robert Oppenheimer', view)).toBe(false);
		// A heading's last capital and its stop are no initial of the name below it.
		const headed = viewStory('s', [
			analyzeArticle(
				article(
					0,
					['1. FIREWORKS AT THE DEBATE.', 'Robert Oppenheimer said the bridge was safe.'].join(
						'\n\n'
					)
				)
			)
		]);
		expect(cutFromLongerName('Robert Oppenheimer', headed)).toBe(false);
		expect(cutFromLongerName('Robert Oppenheim', view)).toBe(false);
	});
	it('finds a plain name without a pattern of its own (name-matches.ts)', () => {
		const text = 'The bridge was closed. A retired engineer, Robert Oppenheimer, said it was safe.';
		const view = viewStory('s', [analyzeArticle(article(0, text))]);
		const matchAll = vi.spyOn(String.prototype, 'matchAll');
		expect(cutFromLongerName('Robert Oppenheimer', view)).toBe(false);
		const searched = matchAll.mock.contexts.map(String).filter((t) => t === text);
		matchAll.mockRestore();
		expect(searched).toEqual([]);
	});

	it('looks for a body introduced by name only in articles that write the name', () => {
		const other = 'The council met on Tuesday and said the bridge would reopen in the spring.';
		const view = viewStory('s', [
			analyzeArticle(article(0, 'The bridge is safe, according to the newspaper Harbour Daily.')),
			analyzeArticle(article(1, other))
		]);
		const test = vi.spyOn(RegExp.prototype, 'test');
		expect(introducedAsBody('Harbour Daily', view)).toBe(true);
		expect(introducedAsBody('Nora Vance', view)).toBe(false);
		const read = test.mock.calls.filter(([t]) => String(t) === other);
		test.mockRestore();
		expect(read).toEqual([]);
	});

	it('reads only the articles that write a name for its place or speech', () => {
		const other = 'The council met in Fort Lorne on Tuesday and said the bridge would reopen.';
		const view = viewStory('s', [
			analyzeArticle(article(0, 'Harbour master Nora Vance said the bridge was safe.')),
			analyzeArticle(article(1, other))
		]);
		const test = vi.spyOn(RegExp.prototype, 'test');
		notAPerson('Nora Vance', view);
		speaksInStory('Nora Vance', view);
		// (introducedAsBody's pattern ignores case, and reads every article.)
		const read = test.mock.calls.filter(([t], i) => {
			const re = test.mock.contexts[i] as RegExp;
			return String(t) === other && /Vance/.test(re.source) && !re.ignoreCase;
		});
		test.mockRestore();
		expect(read).toEqual([]);
	});

	it('searches only the articles that hold the name as written', () => {
		const other = 'The council said on Tuesday that the bridge would reopen in the spring.';
		const view = viewStory('s', [
			analyzeArticle(article(0, 'A retired engineer, J. Robert Oppenheimer, said it was safe.')),
			analyzeArticle(article(1, other))
		]);
		const matchAll = vi.spyOn(String.prototype, 'matchAll');
		expect(cutFromLongerName('Robert Oppenheimer', view)).toBe(true);
		const searched = matchAll.mock.contexts.map(String);
		matchAll.mockRestore();
		expect(searched).not.toContain(other);
	});
});

describe('choosablePeople: someone named only as the object of a preposition', () => {
	const view = viewStory('s', [
		analyzeArticle(
			article(
				0,
				[
					'Mayor Dana Whitby closed the bridge on Monday, citing the legacy of former Governor Peter Lindqvist.',
					'The gunman had pledged allegiance to militia leader Omar Haddad before the attack.',
					'Council member Gregory Hale voted against the closure, according to Ruth Okafor.',
					'The driver was stopped by Carl Benton, who arrested him at the scene.',
					'Whitby later met with Ines Moreau at the town hall.'
				].join('\n\n')
			)
		)
	]);
	const people = choosablePeople(view);
	it('is no wrong answer: a name from an aside neither speaks nor acts in the event', () => {
		expect(view.people).toEqual(expect.arrayContaining(['Peter Lindqvist', 'Omar Haddad']));
		expect(people).not.toContain('Peter Lindqvist');
		expect(people).not.toContain('Omar Haddad');
	});
	it('keeps actors and sources: the subject, the agent after "by", a partner after "with", a source after "according to"', () => {
		expect(people).toEqual(
			expect.arrayContaining([
				'Dana Whitby',
				'Gregory Hale',
				'Carl Benton',
				'Ines Moreau',
				'Ruth Okafor'
			])
		);
	});
});

describe('choosablePeople: names further on in a list after a preposition', () => {
	const view = viewStory('s', [
		analyzeArticle(
			article(
				0,
				[
					'Mayor Dana Whitby said the museum had bought letters of Edith Marlowe Jr., Tobias Grell, Lena Voss and Arno Petrak with city money.',
					'Council member Gregory Hale, Ines Moreau and Carl Benton voted to audit the purchases.',
					'The list also showed Arno Petrak posters bought in March.'
				].join('\n\n')
			)
		)
	]);
	const people = choosablePeople(view);
	it('is no wrong answer, whether first, in the middle or after “and”, nor when elsewhere it only modifies a noun', () => {
		expect(view.people).toEqual(expect.arrayContaining(['Tobias Grell', 'Arno Petrak']));
		for (const p of ['Tobias Grell', 'Lena Voss', 'Arno Petrak']) expect(people).not.toContain(p);
	});
	it('keeps a list of names that is the subject of a verb', () => {
		expect(people).toEqual(expect.arrayContaining(['Gregory Hale', 'Ines Moreau', 'Carl Benton']));
	});
});

describe('personKind and peopleLike: wrong answers of the key’s kind', () => {
	const texts = [
		[
			'Sen. Alma Torres said the harbour board had ignored the warnings for years.',
			'Rep. Victor Lund (R-Ohio) called for a hearing on the collapse.',
			'The gunman, Colin Marsh, was arrested near the ferry terminal on Sunday.',
			'Pia Novak, a spokeswoman for the harbour board, said the board would cooperate.',
			'The story was first reported by Hugo Berg at the Harbour Ledger.',
			'Gregory Hale watched the rescue from the pier.'
		].join('\n\n'),
		[
			'Marsh had posted threats online, police said.',
			'Torres and Lund both visited the site on Monday.',
			'Berg, a reporter for the Ledger, spoke to several witnesses.'
		].join('\n\n')
	];
	const view = viewStory(
		's',
		texts.map((t, i) => analyzeArticle(article(i, t)))
	);
	it('reads a kind from the title, the apposition, the party label or the credit', () => {
		expect(personKind('Alma Torres', view)).toBe('official');
		expect(personKind('Victor Lund', view)).toBe('official');
		expect(personKind('Colin Marsh', view)).toBe('accused');
		expect(personKind('Pia Novak', view)).toBe('agent');
		expect(personKind('Hugo Berg', view)).toBe('journalist');
		expect(personKind('Gregory Hale', view)).toBe('unknown');
	});
	it('reads a newsroom’s editor in chief as a journalist, not as a chief official', () => {
		const editors = viewStory('s', [
			analyzeArticle(
				article(
					0,
					[
						'The Harbour Ledger’s editor in chief, Nora Quill, said the paper stood by its story.',
						'Sen. Alma Torres called the story false.'
					].join('\n\n')
				)
			),
			analyzeArticle(article(1, 'Ledger Editor-in-Chief Nora Quill answered Torres on Monday.'))
		]);
		expect(personKind('Nora Quill', editors)).toBe('journalist');
		expect(personKind('Alma Torres', editors)).toBe('official');
	});
	it('gives no title across a semicolon of a list', () => {
		const listed = viewStory('s', [
			analyzeArticle(
				article(0, 'The fire injured Sen. Alma Torres; Nina Holt, a caterer; and two guards.')
			)
		]);
		expect(personKind('Alma Torres', listed)).toBe('official');
		expect(personKind('Nina Holt', listed)).toBe('unknown');
	});
	const everyone = [
		'Hugo Berg',
		'Colin Marsh',
		'Gregory Hale',
		'Pia Novak',
		'Victor Lund',
		'Alma Torres'
	];
	it('offers officials for an official, never the reporter or the gunman', () => {
		expect(peopleLike('Alma Torres', everyone, view)).toEqual([
			'Victor Lund',
			'Alma Torres',
			'Gregory Hale',
			'Pia Novak'
		]);
	});
	it('offers other journalists first for a journalist, then the rest but the accused', () => {
		expect(peopleLike('Hugo Berg', everyone, view)).toEqual([
			'Hugo Berg',
			'Gregory Hale',
			'Pia Novak',
			'Victor Lund',
			'Alma Torres'
		]);
	});
	it('drops only journalists for a key of no known kind', () => {
		expect(peopleLike('Gregory Hale', everyone, view)).toEqual([
			'Colin Marsh',
			'Gregory Hale',
			'Pia Novak',
			'Victor Lund',
			'Alma Torres'
		]);
	});
});

describe('peopleLike: the key’s party first', () => {
	// Invented: two parties the story names as such, and senators of each.
	const text = [
		'Whig senators met on Monday, and the Tory caucus met on Tuesday.',
		'Sen. Alma Torres (W-Ohio) ran to help the injured coach.',
		'Sen. Victor Lund (T-Iowa) said the Whigs and the Tories would play again.',
		'Sen. Nina Holt (W-Utah) said the team would practise on Friday.',
		'Sen. Omar Reyes, a Tory, said the game would go on.'
	].join('\n\n');
	const view = viewStory('s', [analyzeArticle(article(0, text))]);
	it('offers the key’s party before another party, of one kind', () => {
		expect(peopleLike('Alma Torres', ['Victor Lund', 'Omar Reyes', 'Nina Holt'], view)).toEqual([
			'Nina Holt',
			'Victor Lund',
			'Omar Reyes'
		]);
	});
});

describe('personKind and expertsFirst: an expert among experts', () => {
	const view = viewStory('s', [
		analyzeArticle(
			article(
				1,
				[
					'Sen. Alma Torres said the harbour law would be rewritten by spring.',
					'Rep. Victor Lund (R-Ohio) said he would vote for the new law.',
					'Lena Frost, a law professor at Marton University, said the old law had never covered the harbour.',
					'Gregory Hale watched the vote from the gallery.'
				].join('\n\n')
			)
		),
		analyzeArticle(
			article(
				2,
				[
					'Omar Reyes, a senior fellow at the Coastal Institute, has argued the opposite.',
					'Frost and Reyes have debated the law for years.'
				].join('\n\n')
			)
		)
	]);
	it('reads a professor or a senior fellow as an expert, and a senator still as an official', () => {
		expect(personKind('Lena Frost', view)).toBe('expert');
		expect(personKind('Omar Reyes', view)).toBe('expert');
		expect(personKind('Alma Torres', view)).toBe('official');
	});
	const everyone = ['Alma Torres', 'Victor Lund', 'Gregory Hale', 'Omar Reyes', 'Lena Frost'];
	it('offers experts, then people of no known kind, before officials for an expert', () => {
		expect(peopleLike('Lena Frost', everyone, view)).toEqual([
			'Omar Reyes',
			'Lena Frost',
			'Gregory Hale',
			'Alma Torres',
			'Victor Lund'
		]);
		// An expert is still a wrong answer for an official, after people of no known kind.
		expect(peopleLike('Alma Torres', everyone, view)).toEqual([
			'Alma Torres',
			'Victor Lund',
			'Gregory Hale',
			'Omar Reyes',
			'Lena Frost'
		]);
	});
	it('moves an expert key’s fellow experts ahead of speakers of another kind', () => {
		// Speakers first, as "who said" lists them: the senators speak, the fellow is only cited.
		const tiers = ['Alma Torres', 'Victor Lund', 'Omar Reyes'];
		expect(expertsFirst('Lena Frost', tiers, view)).toEqual([
			'Omar Reyes',
			'Alma Torres',
			'Victor Lund'
		]);
		expect(expertsFirst('Alma Torres', tiers, view)).toEqual(tiers);
	});
});

describe('personKind: a party label read from how the story uses it', () => {
	// Invented parties, so nothing here depends on one country's party names.
	const texts = [
		[
			'Ivo Kask, a Green from the northern district, said the harbour board had failed.',
			'Liberal Nora Pihl called for a vote, and Sven Aas (G-Nord) backed her.',
			'Green lawmakers and the Liberal Party both asked for an inquiry.',
			'Tove Lind, a Westland farmer, watched the ferry sink.'
		].join('\n\n'),
		[
			'Several Greens walked out of the hearing, and the Liberals stayed.',
			'Westland lawmakers met on Monday.',
			'Karl Moe, a Liberal, said the vote would wait.'
		].join('\n\n')
	];
	const view = viewStory(
		's',
		texts.map((t, i) => analyzeArticle(article(i, t)))
	);
	it('takes a word for a party when it modifies legislators and also names members', () => {
		expect([...partyNames(view)].sort()).toEqual(['Green', 'Liberal']);
	});
	it('makes a party member an official, by label or by tag, but not a farmer from a region', () => {
		expect(personKind('Ivo Kask', view)).toBe('official');
		expect(personKind('Nora Pihl', view)).toBe('official');
		expect(personKind('Sven Aas', view)).toBe('official');
		expect(personKind('Karl Moe', view)).toBe('official');
		expect(personKind('Tove Lind', view)).toBe('unknown');
	});
});

describe('introducedAsBody: a newspaper or an agency is no person', () => {
	const text = [
		'A Seoul newspaper, Hanra Ilbo, reported that the talks would “end the standoff for good.”',
		'Dana Whitby, the head of the harbour agency, said the pier would reopen.',
		'Mark Sheldon, a former police officer, watched from the shore.',
		'Pia Novak, a daily in the capital, printed the letter.'
	].join('\n\n');
	const view = viewStory('s', [analyzeArticle(article(0, text))]);
	it('reads a body from the noun before or after the name', () => {
		expect(introducedAsBody('Hanra Ilbo', view)).toBe(true);
		expect(introducedAsBody('Pia Novak', view)).toBe(true);
	});
	it('keeps the head of a body and a former officer as people', () => {
		expect(introducedAsBody('Dana Whitby', view)).toBe(false);
		expect(introducedAsBody('Mark Sheldon', view)).toBe(false);
	});
});

describe('describedBy: the person a quote speaks about', () => {
	const text = [
		'“She has worked on this bridge for years,” Mayor Dana Whitby said of Ana Ruiz, the chief engineer.',
		'“We will reopen the lanes within a week,” Ana Ruiz said on Monday.',
		'“The delays cost every shop on the street,” said Gregory Hale.'
	].join('\n\n');
	const view = viewStory('s', [analyzeArticle(article(0, text))]);
	const people = ['Dana Whitby', 'Ana Ruiz', 'Gregory Hale'];
	const quote = (start: string) => view.analyses[0]!.quotes.find((q) => q.text.startsWith(start))!;
	it('finds the person a quote with "she" is said of, never the speaker', () => {
		expect(quote('She has').speaker).toBe('Dana Whitby');
		expect(describedBy(quote('She has'), view, people)).toEqual(['Ana Ruiz']);
	});
	it('finds no one for a quote without a third-person pronoun', () => {
		expect(describedBy(quote('We will'), view, people)).toEqual([]);
	});
	it('finds the person the sentence before names when the quote goes on with “he”', () => {
		const story = viewStory('s', [
			analyzeArticle(
				article(
					0,
					[
						'“This is more of what he has been promising for months,” Dana Whitby said, referring to Gregory Hale’s plan for the bridge. “What he said today has nothing to do with what his office can do.”',
						'“The delays cost every shop on the street,” said Ana Ruiz.'
					].join('\n\n')
				)
			)
		]);
		const line = story.analyses[0]!.quotes.find((q) => q.text.startsWith('What he said'))!;
		expect(line.speaker).toBe('Dana Whitby');
		expect(describedBy(line, story, people)).toEqual(['Gregory Hale']);
	});
	it('finds a person whose name ends in “Jr.” by the surname the sentence calls him', () => {
		const story = viewStory('s', [
			analyzeArticle(
				article(
					0,
					[
						'Former councilman Walter P. Brandt Jr. pleaded guilty on Friday to taking money from the bridge fund.',
						'After the hearing, Mr. Brandt’s lawyer, Nora Ellison, said her client had “owned up to his mistakes at last.”'
					].join('\n\n')
				)
			)
		]);
		const line = story.analyses[0]!.quotes[0]!;
		expect(line.speaker).toBe('Nora Ellison');
		expect(describedBy(line, story, ['Nora Ellison', 'Walter P. Brandt Jr.'])).toEqual([
			'Walter P. Brandt Jr.'
		]);
	});
	it('finds the person the sentence before calls by a title no one else holds', () => {
		const story = viewStory('s', [
			analyzeArticle(
				article(
					0,
					[
						'Governor Lena Marsh flew to the coast on Monday to tour the flood damage.',
						'Sen. Omar Diaz said the governor’s trip had left lawmakers to write the relief bill alone. “She has been to every town on the river, and still no bill is signed,” Diaz said.',
						'“The levees held,” said Pat Reyes.'
					].join('\n\n')
				)
			)
		]);
		const line = story.analyses[0]!.quotes.find((q) => q.text.startsWith('She has'))!;
		expect(line.speaker).toBe('Omar Diaz');
		expect(describedBy(line, story, ['Omar Diaz', 'Lena Marsh', 'Pat Reyes'])).toEqual([
			'Lena Marsh'
		]);
	});
	it('looks no further back when the quote names someone itself', () => {
		const story = viewStory('s', [
			analyzeArticle(
				article(
					0,
					'Gregory Hale spoke at the council on Monday. “Ana Ruiz said she would reopen the lanes,” Dana Whitby said.'
				)
			)
		]);
		const line = story.analyses[0]!.quotes[0]!;
		expect(describedBy(line, story, people)).toEqual([]);
	});
	const lineAfter = (lead: string, line: string, wide = true) => {
		const story = viewStory('s', [
			analyzeArticle(
				article(0, [lead, line, '“The delays cost every shop,” said Ana Ruiz.'].join('\n\n'))
			)
		]);
		return describedBy(story.analyses[0]!.quotes[0]!, story, people, wide);
	};
	it('read wide, finds the person whose act a demonstrative points at, without a pronoun', () => {
		const lead = 'Gregory Hale signed an order on Monday closing two lanes of the bridge.';
		expect(lineAfter(lead, '“I will fight this order in every court,” Dana Whitby said.')).toEqual([
			'Gregory Hale'
		]);
		expect(lineAfter(lead, '“You simply cannot do that,” Dana Whitby said.')).toEqual([
			'Gregory Hale'
		]);
		// Read narrowly (a "who said" choice), the demonstrative points at no one.
		expect(lineAfter(lead, '“You simply cannot do that,” Dana Whitby said.', false)).toEqual([]);
	});
	it('finds the person a quote addresses with “your”', () => {
		const lead = 'Gregory Hale told the council that no warning about the cables had reached him.';
		expect(
			lineAfter(
				lead,
				'Dana Whitby replied: “Somebody in your office should have read the warning.”'
			)
		).toEqual(['Gregory Hale']);
	});
	it('reads the sentence before that when the one before names no one', () => {
		const lead =
			'Gregory Hale admitted on Friday that the lanes were closed on purpose. The admission came after weeks of denials.';
		expect(lineAfter(lead, '“I think he has corrected the record,” Dana Whitby said.')).toEqual([
			'Gregory Hale'
		]);
	});
	it('takes “this week” for a time, not a pointer at someone', () => {
		const lead = 'Gregory Hale signed an order on Monday closing two lanes of the bridge.';
		expect(lineAfter(lead, '“We will reopen the lanes this week,” Dana Whitby said.')).toEqual([]);
	});
});

describe('speaksInStory: someone the story gives words to', () => {
	it('knows a speaker by a verb of saying on either side, an aside, or “according to”', () => {
		const view = viewStory('s', [
			analyzeArticle(
				article(
					0,
					'Nora Vance attended the meeting with Ida Park. Tom Reyes, the council chair, said the budget was small. The vote would wait, said Jane Holloway. According to Sam Okafor, the union would strike. Ben Cole also warned of delays. A former aide, Lee Marsh, also described the delays.'
				)
			)
		]);
		const speaks = (n: string) => speaksInStory(n, view);
		const all = ['Tom Reyes', 'Jane Holloway', 'Sam Okafor', 'Ben Cole', 'Lee Marsh'];
		expect(all.filter(speaks)).toEqual(all);
		expect(['Nora Vance', 'Ida Park'].some(speaks)).toBe(false);
	});
});

describe('namedInPassing: a name the story drops once and never gives words to', () => {
	it('holds for one mention with no words, not for a second mention or a speaker', () => {
		const view = viewStory('s', [
			analyzeArticle(
				article(
					0,
					'Tom Reyes, the council chair, said the budget was small, as Abraham Lincoln once did. Nora Vance attended the meeting. Later Nora Vance left early. Jane Holloway said the vote would wait.'
				)
			)
		]);
		expect(namedInPassing('Abraham Lincoln', view)).toBe(true);
		expect(namedInPassing('Nora Vance', view)).toBe(false);
		expect(namedInPassing('Tom Reyes', view)).toBe(false);
	});
});

describe('personDescriptors: what the story says someone is', () => {
	it('keeps an apposition and a title, not the words of a sentence that lead to the name', () => {
		const view = viewStory('s', [
			analyzeArticle(
				article(
					0,
					'“The plan is sound,” said Paul Garner, a spokesman for the city’s office. Deputy Mayor Tom Reyes disagreed. The vote was delayed after Reyes left the meeting early.'
				)
			)
		]);
		expect(personDescriptors('Paul Garner', view)).toEqual(['spokesman for the city’s office']);
		expect(personDescriptors('Tom Reyes', view)).toEqual(['Deputy Mayor']);
	});
});
