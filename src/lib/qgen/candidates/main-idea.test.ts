import { describe, expect, it } from 'vitest';
import { analyzeArticle, viewStory } from '../analyze';
import { article } from '../article.test-helpers';
import type { Article } from '$lib/bank/schema';
import {
	fittedParts,
	keyVocabulary,
	mainIdeaCandidates,
	otherOccasions,
	overtaken,
	pageFurniture,
	readsAloneInStory,
	selfContained,
	storyFullNames,
	tellsPreviewDone
} from './main-idea';
import {
	cutBeforeVerb,
	cutInContrast,
	mainClause,
	mainClauseParts,
	sourceAndConditionOnly,
	subordinateOnly
} from './main-clause';
import { singleMainIdeaCandidates } from './main-idea-single';

const view = (...texts: string[]) =>
	viewStory(
		's',
		texts.map((t, i) => analyzeArticle(article(i + 1, t)))
	);

/** Three outlets open on the same closure; each goes on to details of its own. */
const STORY = [
	[
		'The harbour board closed the old ferry terminal in Portmouth on Monday after inspectors found deep cracks in its main pier.',
		'Ferry services will run from the north quay until repairs are done.',
		'The board gave no date for reopening.',
		'Engineers will survey the pier again next month.',
		'The Portmouth Rowing Club moved its annual regatta to the lake in Wexley Park this summer.',
		'Ticket sales at the Harbour Museum fell by a third in the spring after a long winter of storms.',
		'The board meets again in June.'
	],
	[
		'Inspectors found deep cracks in the main pier of the Portmouth ferry terminal, and the harbour board closed it on Monday.',
		'Commuters were sent to the north quay.',
		'Officials said repairs could take months.',
		'Some commuters complained about the change.',
		'A local bakery on Dock Street began selling bread from a converted fishing boat in March.',
		'The city council approved a new bicycle lane along the seafront road last year.',
		'More reports are expected soon.'
	],
	[
		'The Portmouth harbour board shut the ferry terminal on Monday, saying inspectors had found cracks in its main pier.',
		'Repairs have not been costed.',
		'The terminal opened in 1962.',
		'Inspectors visit every pier twice a year.',
		'Retired teacher Anna Novak painted a mural of sailing ships on the wall of the old customs house.',
		'Volunteers from Wexley cleaned three tonnes of plastic off the southern beaches in September.',
		'The board declined to comment further.'
	]
].map((sentences) => sentences.join(' '));

function choicesOf(texts: string[]) {
	const [c] = mainIdeaCandidates(view(...texts));
	if (!c || c.draft.type !== 'single') return undefined;
	const key = c.draft.choices.find((x) => c.draft.type === 'single' && x.id === c.draft.correct[0]);
	return { prompt: c.draft.prompt, key: key?.text, all: c.draft.choices.map((x) => x.text) };
}

describe('mainIdeaCandidates', () => {
	it('keys the lead the other outlets share and offers side details from later as wrong answers', () => {
		const got = choicesOf(STORY)!;
		expect(got.prompt).toBe('Which sentence best states what the story is mainly about?');
		// The first outlet's lead is what all three outlets open on.
		expect(got.key).toBe(
			'The harbour board closed the old ferry terminal in Portmouth on Monday after inspectors found deep cracks in its main pier.'
		);
		expect(got.all).toHaveLength(4);
		// Wrong answers are later side details, none about the closure itself, from different outlets.
		for (const w of got.all.filter((t) => t !== got.key)) {
			expect(w).not.toMatch(/terminal|pier|closed|repairs/i);
			expect(STORY.some((t) => t.includes(w))).toBe(true);
		}
	});

	it('offers no side detail that opens on a connective pointing back; another takes its place', () => {
		const torn = STORY.map((t) =>
			t
				.replace('The Portmouth Rowing Club moved', 'Nevertheless the Portmouth Rowing Club moved')
				.replace(
					'A local bakery on Dock Street began',
					'Shortly afterward, a local bakery on Dock Street began'
				)
		);
		const got = choicesOf(torn)!;
		expect(got.all).toHaveLength(4);
		for (const w of got.all) expect(w).not.toMatch(/^(?:Nevertheless|Shortly afterward)/);
	});

	it('keeps a spare side detail, apart from the wrong answers, to trade for one another item gives away', () => {
		const [c] = mainIdeaCandidates(view(...STORY));
		const shown = c!.draft.type === 'single' ? c!.draft.choices.map((x) => x.text) : [];
		expect(c!.spares?.length).toBeGreaterThan(0);
		for (const s of c!.spares!) {
			expect(shown).not.toContain(s);
			expect(s).not.toMatch(/terminal|pier|closed|repairs/i);
			expect(STORY.some((t) => t.includes(s))).toBe(true);
		}
	});

	it('asks nothing when the outlets open on different events', () => {
		const unrelated = [
			STORY[0]!,
			'A new library opened in Wexley on Saturday with a reading by local children. ' +
				STORY[1]!.split('. ').slice(1).join('. '),
			'Farmers near Harlow reported the best apple harvest in a decade this autumn. ' +
				STORY[2]!.split('. ').slice(1).join('. ')
		];
		expect(choicesOf(unrelated)).toBeUndefined();
	});

	it('prefers a lead that tells the event to one that gives critics’ doubts', () => {
		const doubt =
			'Critics said the harbour board closed the old ferry terminal in Portmouth on Monday too quickly after inspectors found deep cracks in its main pier. ';
		const slanted = [doubt + STORY[0]!.split('. ').slice(1).join('. '), STORY[1]!, STORY[2]!];
		const got = choicesOf(slanted)!;
		expect(got.key).not.toMatch(/^Critics/);
		expect(got.key).toMatch(/harbour board/);
	});

	it("prefers a lead that tells the event to one that previews it from another outlet's report", () => {
		const preview =
			'The harbour board plans to close the old ferry terminal in Portmouth on Monday after inspectors found deep cracks in its main pier, the Portmouth Gazette reports. ';
		const got = choicesOf([
			STORY[0]!,
			preview + STORY[1]!.split('. ').slice(1).join('. '),
			STORY[2]!
		])!;
		expect(got.key).not.toMatch(/plans to|Gazette/);
		expect(got.key).toMatch(/harbour board/);
	});

	it('prefers a lead that tells the event to one that says someone is heading to it', () => {
		const heading =
			'The harbour board chair is heading to Portmouth on Monday to close the old ferry terminal after inspectors found deep cracks in its main pier. ';
		const got = choicesOf([
			heading + STORY[0]!.split('. ').slice(1).join('. '),
			STORY[1]!,
			STORY[2]!
		])!;
		expect(got.key).not.toMatch(/heading to/);
		expect(got.key).toMatch(/harbour board|Inspectors/);
	});

	it('keys no lead that adds to an earlier sentence ("also") or tells an earlier year', () => {
		const rest = STORY[0]!.split('. ').slice(1).join('. ');
		// The first outlet's lead, which would be the key, told as an addition or as background.
		const also =
			'The harbour board also closed the old ferry terminal in Portmouth on Monday after inspectors found deep cracks in its main pier. ';
		const got = choicesOf([also + rest, STORY[1]!, STORY[2]!])!;
		expect(got.key).not.toMatch(/also/);
		// The helper's articles are dated 2023: a lead dated 2019 tells background.
		const earlier =
			'The harbour board closed the old ferry terminal in Portmouth on Monday in March 2019 after inspectors found deep cracks in its main pier. ';
		const got2 = choicesOf([earlier + rest, STORY[1]!, STORY[2]!])!;
		expect(got2.key).not.toMatch(/2019/);
	});

	it('keys a lead of eight words, which says the event and nothing else', () => {
		const short = STORY.map((t, i) =>
			i === 0
				? t.replace(
						'The harbour board closed the old ferry terminal in Portmouth on Monday after inspectors found deep cracks in its main pier.',
						'Inspectors closed the Portmouth ferry terminal on Monday.'
					)
				: t
		);
		const [c] = mainIdeaCandidates(
			view(short[0]!, short[0]!.replace('Portmouth', 'the Portmouth'))
		);
		expect(c).toBeUndefined(); // two copies of one lead: no side details to offer, nothing asked
		// The other leads quote the board, so they cannot be the key: the eight words are.
		const quoting = (t: string) =>
			t.replace(
				/^[^.]*\./,
				'“We had no choice,” the harbour board said on Monday as it closed the Portmouth ferry terminal after inspectors found cracks.'
			);
		expect(choicesOf([short[0]!, quoting(STORY[1]!), quoting(STORY[2]!)])!.key).toBe(
			'Inspectors closed the Portmouth ferry terminal on Monday.'
		);
	});

	it('says how many outlets open on the event when not all of them do', () => {
		const other = (lead: string) => `${lead} ${STORY[1]!.split('. ').slice(1).join('. ')}`;
		const five = [
			...STORY,
			other('A new library opened in Wexley on Saturday with a reading by local children.'),
			other('Farmers near Harlow reported the best apple harvest in a decade this autumn.')
		];
		const [c] = mainIdeaCandidates(view(...five));
		expect(c?.draft.explanation).toMatch(/, and 2 of the other 4 outlets open on the same event\./);
		const [all] = mainIdeaCandidates(view(...STORY));
		expect(all?.draft.explanation).toMatch(
			/the other outlets' headlines and opening sentences are about the same event, each in its own words/
		);
	});

	it("offers a side event of the key's own person, never one that retells the key", () => {
		const titled = (n: number, title: string, text: string) =>
			analyzeArticle({ ...article(n, text), title });
		const [c] = mainIdeaCandidates(
			viewStory('s', [
				titled(
					1,
					'Okafor resigns from harbour board',
					'Harbour councillor Ruth Okafor resigned from the Portmouth harbour board on Monday after a row over ferry fares. She had served on the board for nine years. The board will choose a successor in June. Fares rose twice last year. Ruth Okafor sold her family’s fishing boat to a cooperative in Wexley in 2019. The board meets again in June.'
				),
				titled(
					2,
					'Ruth Okafor resigns over ferry fares',
					'Ruth Okafor resigned from the Portmouth harbour board on Monday, citing a row over ferry fares. Her term would have ended next year. Officials thanked her. Commuters were not affected. Okafor’s resignation took effect at noon in a short letter. Volunteers from Wexley cleaned three tonnes of plastic off the southern beaches in September. More reports are expected soon.'
				),
				titled(
					3,
					'Harbour board member quits',
					'Portmouth harbour board member Ruth Okafor resigned on Monday over a row about ferry fares. The board did not comment. Fares are set each spring. The terminal opened in 1962. Retired teacher Anna Novak painted a mural of sailing ships on the wall of the old customs house. A local bakery on Dock Street began selling bread from a converted fishing boat in March. The board declined to comment further.'
				)
			])
		);
		const all = c?.draft.type === 'single' ? c.draft.choices.map((x) => x.text) : [];
		// The headlines and leads print her name: it does not make her old sale the main event.
		expect(all).toContain(
			'Ruth Okafor sold her family’s fishing boat to a cooperative in Wexley in 2019.'
		);
		// "resignation" is the headlines' "resigns": a second right answer, never offered.
		expect(all.join(' ')).not.toMatch(/took effect/);
	});

	it("never offers the key's person doing the act the key and one headline tell", () => {
		const titled = (n: number, title: string, text: string) =>
			analyzeArticle({ ...article(n, text), title });
		const c = mainIdeaCandidates(
			viewStory('s', [
				titled(
					1,
					'Okafor defends her handling of terminal closure',
					'Harbour chief Ruth Okafor on Monday defended her handling of the closure of the Portmouth ferry terminal. She spoke to the council for two hours. The board will meet in June. Fares rose twice last year. Ruth Okafor sold her family’s fishing boat to a cooperative in Wexley in 2019. The board meets again in June.'
				),
				titled(
					2,
					'Councillors question Okafor over ferry terminal closure',
					'Councillors questioned harbour chief Ruth Okafor on Monday over the closure of the Portmouth ferry terminal. Her term ends next year. Officials thanked her. Commuters were not affected. Volunteers from Wexley cleaned three tonnes of plastic off the southern beaches in September. More reports are expected soon.'
				),
				titled(
					3,
					'Portmouth terminal hearing ends in uproar',
					'Harbour chief Ruth Okafor faced “hours of questions” on the closure of the Portmouth ferry terminal on Monday. The board did not comment. Fares are set each spring. The terminal opened in 1962. Okafor defended her deputy Tom Reyes at a meeting of the port workers union in Dunmore. A local bakery on Dock Street began selling bread in March. The board declined to comment further.'
				)
			])
		)[0];
		const all = c?.draft.type === 'single' ? c.draft.choices.map((x) => x.text) : [];
		expect(all).toContain(
			'Harbour chief Ruth Okafor on Monday defended her handling of the closure of the Portmouth ferry terminal.'
		);
		// Her defence of her deputy is the first headline's "defends" again: a rival main idea.
		expect(all.join(' ')).not.toMatch(/Tom Reyes/);
	});

	it('reads a later surname as the full name the story gives, and a detail without its additive "also"', () => {
		const titled = (n: number, title: string, text: string) =>
			analyzeArticle({ ...article(n, text), title });
		const [c] = mainIdeaCandidates(
			viewStory('s', [
				titled(
					1,
					'Okafor resigns from harbour board',
					'Harbour councillor Ruth Okafor resigned from the Portmouth harbour board on Monday after a row over ferry fares. She had served on the board for nine years. The board will choose a successor. Fares rose twice last year. Okafor sold her family’s fishing boat to a cooperative in Wexley in 2019. The board meets again in June.'
				),
				titled(
					2,
					'Ruth Okafor resigns over ferry fares',
					'Ruth Okafor resigned from the Portmouth harbour board on Monday, citing a row over ferry fares. Her term would have ended next year. Officials thanked her. Commuters were not affected. The Wexley Rowing Club also moved the annual regatta to the lake in Harlow Park this summer. More reports are expected soon.'
				),
				titled(
					3,
					'Harbour board member quits',
					'Portmouth harbour board member Ruth Okafor resigned on Monday over a row about ferry fares. The board did not comment. Fares are set each spring. The terminal opened in 1962. Retired teacher Anna Novak painted a mural of sailing ships on the wall of the old customs house. The board declined to comment further.'
				)
			])
		);
		const all = c?.draft.type === 'single' ? c.draft.choices.map((x) => x.text) : [];
		// "Okafor … her": the story names one Okafor, Ruth Okafor, so "her" is hers.
		expect(all).toContain(
			'Okafor sold her family’s fishing boat to a cooperative in Wexley in 2019.'
		);
		// "also" only adds the sentence to the one before; without it the statement is the same.
		expect(all).toContain(
			'The Wexley Rowing Club moved the annual regatta to the lake in Harlow Park this summer.'
		);
	});

	it('leaves a lone surname two people of the story share unread', () => {
		const names = new Map([['okafor', 'Ruth Okafor']]);
		expect(
			readsAloneInStory('Okafor sold her boat to a cooperative in Wexley in 2019.', names)
		).toBe(true);
		expect(
			readsAloneInStory('Okafor sold her boat to a cooperative in Wexley in 2019.', new Map())
		).toBe(false);
		const a = (n: number, text: string) => analyzeArticle(article(n, text));
		const sisters = storyFullNames([
			a(1, 'Ruth Okafor spoke on Monday. Her sister Ada Okafor disagreed on Tuesday.'),
			a(2, 'Ruth Okafor spoke on Monday.')
		]);
		expect(sisters.has('okafor')).toBe(false);
		expect(storyFullNames([a(2, 'Ruth Okafor spoke on Monday.')]).get('okafor')).toBe(
			'Ruth Okafor'
		);
	});

	it('asks nothing without three clear side details', () => {
		const thin = STORY.map((t) => t.split('. ').slice(0, 4).join('. ') + '.');
		expect(choicesOf(thin)).toBeUndefined();
	});
});

describe('pageFurniture', () => {
	it('is a request to follow or a handle, not a report that names a network', () => {
		expect(pageFurniture('Follow her on Twitter for more from the statehouse.')).toBe(true);
		expect(pageFurniture('Jane Roe contributed reporting from Portmouth.')).toBe(true);
		expect(pageFurniture('Reach the reporter at @janeroe.')).toBe(true);
		expect(
			pageFurniture('Mary Okafor criticized her sister’s ferry plan in a Facebook post on Friday.')
		).toBe(false);
	});
});

describe('mainClause', () => {
	it('cuts a lead before the clause that adds a reason or reaction', () => {
		expect(
			mainClause(
				'U.S. Representative Jane Roe resigned from Congress on Friday, following multiple allegations of misconduct.'
			)
		).toBe('U.S. Representative Jane Roe resigned from Congress on Friday.');
		expect(
			mainClause(
				'In one of her last appearances as mayor, Jane Roe on Wednesday defended her handling of the storm in Harlow, Kent, which flooded 300 homes.'
			)
		).toBe('Jane Roe on Wednesday defended her handling of the storm in Harlow, Kent.');
		// Too short before the comma to stand as the main idea: left whole.
		expect(mainClause('Roe resigned, after the vote.')).toBe('Roe resigned, after the vote.');
	});

	it('never cuts between "that" (or a verb of saying) and the verb of what was said', () => {
		// "including" would cut here, leaving "… had argued that some people." without its verb.
		const said =
			'The bill’s sponsor, harbour councillor Ruth Okafor, had argued that some people, including the mayor, needed to be reminded of the rules.';
		expect(mainClause(said)).toBe(said);
		expect(cutBeforeVerb('Ruth Okafor had argued that some people')).toBe(true);
		expect(cutBeforeVerb('Officials said the harbour board')).toBe(true);
		// A long subject is still only a subject: "neither … nor …" before its verb.
		expect(
			cutBeforeVerb(
				'Officials said that neither the harbour board nor the office of the ferry company’s new owners'
			)
		).toBe(true);
		// A whole clause after "that" is a fine place to stop.
		expect(cutBeforeVerb('Ruth Okafor argued that the pier had failed')).toBe(false);
		expect(
			mainClause(
				'The harbour board said on Tuesday that the ferry pier would close for a year, leaving commuters without a route.'
			)
		).toBe('The harbour board said on Tuesday that the ferry pier would close for a year.');
	});

	it('never cuts after "and yet" or "but" before the second clause has its verb', () => {
		// ", despite" would cut here, leaving "… and yet none of her rivals." without its verb.
		const lead =
			'Councillor Jane Roe is close to winning the harbour seat and yet none of her rivals, despite their worry about her lead, are attacking her plan.';
		expect(mainClause(lead)).toBe(lead);
		expect(cutInContrast('Roe won the seat but none of her rivals')).toBe(true);
		// A whole second clause, or none, is a fine place to stop.
		expect(cutInContrast('Roe won the seat but her rivals stayed silent')).toBe(false);
		expect(cutInContrast('Roe won the harbour seat on Monday')).toBe(false);
		expect(
			mainClause(
				'Councillor Jane Roe won the harbour seat and yet her rivals stayed silent, despite their worry about her lead.'
			)
		).toBe('Councillor Jane Roe won the harbour seat and yet her rivals stayed silent.');
	});

	it('cuts a lead before a participle clause or a dash that adds a detail', () => {
		expect(
			mainClause(
				'The harbour board announced plans on Tuesday to rebuild the ferry pier, acknowledging that the repairs of last year had failed.'
			)
		).toBe('The harbour board announced plans on Tuesday to rebuild the ferry pier.');
		expect(
			mainClause(
				'Storms have brought the cost of flood defences back to the top of the council agenda -- a change that has done nothing to calm the farmers.'
			)
		).toBe('Storms have brought the cost of flood defences back to the top of the council agenda.');
	});

	it('leaves out an aside between commas after "who" or between two dashes', () => {
		expect(
			mainClauseParts(
				'Harbour master Ruth Okafor, who has run the port for a decade, on Sunday defended the decision to close the ferry terminal.'
			)
		).toEqual([
			'Harbour master Ruth Okafor',
			'on Sunday defended the decision to close the ferry terminal.'
		]);
		expect(
			mainClause(
				'The oldest members of the rowing club—most of them founders of the first regatta in 1962—are backing the plan for a new boathouse.'
			)
		).toBe('The oldest members of the rowing club are backing the plan for a new boathouse.');
	});

	it("leaves out a name's appositive, one or two, before the verb, but not a list or a participle", () => {
		expect(
			mainClause(
				'Councillor Jane Roe, the Portmouth Liberal who used $8,000 of ward funds to settle a claim by her former aide, abruptly resigned from the council on Friday.'
			)
		).toBe('Councillor Jane Roe abruptly resigned from the council on Friday.');
		expect(
			mainClause(
				'Mary Okafor, the younger sister of harbour master Ruth Okafor, a candidate for mayor, sharply criticized her sister’s plan for the ferry terminal.'
			)
		).toBe('Mary Okafor sharply criticized her sister’s plan for the ferry terminal.');
		// Two people in a list, and an object's appositive before "calling": both stay whole.
		expect(
			mainClause(
				'Jane Roe, the mayor, and Tom Hale, the treasurer, signed the harbour budget on Monday.'
			)
		).toBe(
			'Jane Roe, the mayor, and Tom Hale, the treasurer, signed the harbour budget on Monday.'
		);
		expect(
			mainClauseParts(
				'The harbour board on Tuesday criticized Ruth Okafor, a former ferry captain, calling her plan for the pier reckless and costly.'
			)
		).toEqual(['The harbour board on Tuesday criticized Ruth Okafor, a former ferry captain.']);
	});

	it('never keeps only an opening subordinate clause, which drops the news after it', () => {
		// Cut at ", which" this lead kept "Three days after a video surfaced … councillor.": no apology.
		const lead =
			'Three days after a video surfaced of the mayor mocking a rival councillor, which drew wide anger, Mayor Jane Roe apologized on Monday.';
		expect(mainClause(lead)).toBe(lead);
		const when =
			'When the harbour board voted on Monday to close the old ferry pier, which had stood for a century, dock workers walked out.';
		expect(mainClause(when)).toMatch(/walked out\.$/);
	});

	it('never keeps an opening clause alone when a place name or list puts a comma inside it', () => {
		// Cut at ", where" this lead kept "When … Salem, Ore.": the comma is the place's, not the clause's end.
		const lead =
			'When harbour worker Ana Ruiz learned that the mayor would speak in Salem, Ore., where she grew up, she printed two signs and drove north.';
		expect(mainClause(lead)).toBe(lead);
		expect(subordinateOnly('When Ana Ruiz learned that the mayor would speak in Salem, Ore.')).toBe(
			true
		);
		expect(subordinateOnly('When Ana Ruiz arrived, the council had already voted.')).toBe(false);
		expect(subordinateOnly('The council voted when Ana Ruiz arrived.')).toBe(false);
	});

	it('keeps a contrast after ", but" or ", while" and its subject: often the point', () => {
		const but =
			'Harbour master Ruth Okafor will keep her title, but the hiring of two new deputies was seen as a demotion.';
		expect(mainClause(but)).toBe(but);
		// "not only …, but also …" and "a prominent, but unpaid, post": the cut would split a phrase.
		const notOnly =
			'The ferry union is opposed not only to the closure, but also to the new timetable.';
		expect(mainClause(notOnly)).toBe(notOnly);
		const whileClause =
			'Jane Roe won the harbour ward by nine votes, while Tom Hale lost the seat he held for a decade.';
		expect(mainClause(whileClause)).toBe(whileClause);
		// ", while" before a verb in -ing adds a detail of the main clause: cut as before.
		expect(
			mainClause(
				'Mayor Jane Roe urged the board to fund the ferry pier on Wednesday, while mocking its members for their long debate on the town flag.'
			)
		).toBe('Mayor Jane Roe urged the board to fund the ferry pier on Wednesday.');
	});

	it('drops an opening "… after" or "… before" measured in time, as it drops "After …"', () => {
		expect(
			mainClause(
				'Just hours after the harbour board voted to close the pier, Mayor Jane Roe, who had backed the plan, said on Monday she would veto the closure.'
			)
		).toBe('Mayor Jane Roe said on Monday she would veto the closure.');
		// "Three of the members": a count of people, no measure of time.
		expect(
			mainClause(
				'Three of the harbour board members resigned on Monday, after the vote to close the pier.'
			)
		).toBe('Three of the harbour board members resigned on Monday.');
	});

	it('drops an opening weekday phrase but not an opener the subject does not follow', () => {
		expect(
			mainClause('Tuesday in Portmouth, Mayor Jane Roe opened the new ferry terminal to traffic.')
		).toBe('Mayor Jane Roe opened the new ferry terminal to traffic.');
		expect(mainClause('In a statement, officials said the bridge would close.')).toBe(
			'In a statement, officials said the bridge would close.'
		);
	});
});

describe('mainIdeaCandidates: one article', () => {
	const lead =
		'Harbour master Ruth Okafor, who has run the port of Portmouth for a decade, on Sunday closed the old ferry terminal after inspectors found deep cracks in its main pier.';
	const text = [
		lead,
		'Ferry services will run from the north quay until repairs are done.',
		'The board gave no date for reopening.',
		'Engineers will survey the pier again next month.',
		'The Portmouth Rowing Club moved its annual regatta to the lake in Wexley Park this summer.',
		'Ticket sales at the Harbour Museum fell by a third in the spring after a long winter of storms.',
		'A local bakery on Dock Street began selling bread from a converted fishing boat in March.',
		'Retired teacher Anna Novak painted a mural of sailing ships on the wall of the old customs house.',
		'Volunteers from Wexley cleaned three tonnes of plastic off the southern beaches in September.',
		'The board meets again in June.'
	].join(' ');
	// Read alone, an article needs 250 words for a main-idea item (main-idea-single.ts).
	const later = text.split('. ').slice(4, -1);
	const long = [
		text,
		...[1990, 2000].flatMap((y) => later.map((t, i) => `${t} in ${y + i}.`))
	].join(' ');
	const one: Article = { ...article(1, long), title: 'Ferry terminal closed over cracked pier' };

	it('leaves a single article to main-idea-single.ts', () => {
		expect(mainIdeaCandidates(viewStory('s', [analyzeArticle(one)]))).toEqual([]);
	});

	it('keys the lead without its aside, and every piece of the key is in the evidence sentence', () => {
		const [c] = singleMainIdeaCandidates(viewStory('s', [analyzeArticle(one)]));
		expect(c?.draft.type).toBe('single');
		const draft = c?.draft;
		if (draft?.type !== 'single') return;
		const key = draft.choices.find((x) => x.id === draft.correct[0])!.text;
		expect(key).toBe(
			'Harbour master Ruth Okafor on Sunday closed the old ferry terminal after inspectors found deep cracks in its main pier.'
		);
		const e = draft.evidence[0]!;
		const evidence = long.slice(e.start, e.end);
		expect(c!.keyTexts.length).toBe(2);
		for (const k of c!.keyTexts) expect(evidence).toContain(k);
	});
});

describe('mainIdeaCandidates: the key reads as a sentence of reporting', () => {
	it('drops a wire dateline from the lead', () => {
		const texts = STORY.map((t, i) => (i === 0 ? `April 29 (UPI) — ${t}` : t));
		expect(choicesOf(texts)?.key).toBe(
			'The harbour board closed the old ferry terminal in Portmouth on Monday after inspectors found deep cracks in its main pier.'
		);
	});
});

describe('selfContained', () => {
	it('refuses a detail that points back to an earlier sentence', () => {
		expect(selfContained('Since then, the board has met twice.')).toBe(false);
		expect(selfContained('The agency also opened an inquiry into the spending.')).toBe(false);
		expect(selfContained('A review cleared him of wrongdoing in 2015.')).toBe(false);
		expect(selfContained('The latest meeting gave rise to renewed hope of a deal.')).toBe(false);
		expect(selfContained('The Harlow Rowing Club moved the annual regatta to the lake.')).toBe(
			true
		);
		expect(selfContained('Mr. Roe bought a boat with his campaign money in 2011.')).toBe(true);
		expect(selfContained('Volunteers cleaned three tonnes of plastic off the beaches.')).toBe(true);
	});

	it('refuses a detail whose "those" or "these" points to what an earlier sentence told', () => {
		expect(
			selfContained(
				'Harlow could be a problem for the mayor’s party, but new ferry routes would counter those Liberal gains.'
			)
		).toBe(false);
		expect(
			selfContained(
				'Harlow could be a problem for the mayor’s party, but new ferry routes would help.'
			)
		).toBe(true);
	});

	it('refuses "the two …", "such …" and a speaker who "continued": each leans on an earlier sentence', () => {
		expect(selfContained('Ms. Roe said the two leaders had backed new ferries before.')).toBe(
			false
		);
		expect(selfContained('Turnout may be lower in such towns.')).toBe(false);
		expect(selfContained('Mayor Roe continued, calling out the harbour board.')).toBe(false);
		// "such as" gives an example of what the sentence itself names.
		expect(selfContained('Harlow faces bigger costs, such as the new pier.')).toBe(true);
		expect(selfContained('Mayor Roe opened the new pier in Harlow on a rainy morning.')).toBe(true);
	});

	it('refuses a fragment whose only verb hangs off a place, and an example of an earlier claim', () => {
		expect(
			selfContained('In Harlow County, where voters will not go to the polls until June.')
		).toBe(false);
		expect(selfContained('Ferry fares in Portmouth, for example, rose by a third in a year.')).toBe(
			false
		);
		// A main clause before the comma still stands alone.
		expect(
			selfContained('Voters in Harlow County wait until June, when the ballots are printed.')
		).toBe(true);
	});
});

describe('sourceAndConditionOnly', () => {
	it('is a source and a condition without what the source found', () => {
		expect(
			sourceAndConditionOnly(
				'According to a survey by the Ferry Users Group, a charity, if fares were cut by half.'
			)
		).toBe(true);
		expect(
			sourceAndConditionOnly(
				'According to a survey by the Ferry Users Group, most commuters would pay more for a faster boat.'
			)
		).toBe(false);
		expect(sourceAndConditionOnly('If fares were cut, more commuters would take the ferry.')).toBe(
			false
		);
	});
});

describe('fittedParts: a lead too long for a choice', () => {
	it('cuts at the last afterthought that leaves a whole clause of a choice’s length', () => {
		const lead =
			'Voters in the harbour town of Portmouth elected retired teacher Anna Novak to a full four-year term on the city council on Tuesday night, a clear victory for the ferry workers and the harbour groups that spent heavily on her campaign.';
		expect(fittedParts([lead])).toEqual([
			'Voters in the harbour town of Portmouth elected retired teacher Anna Novak to a full four-year term on the city council on Tuesday night.'
		]);
		// Only the last piece is cut, so every piece stays the lead's own words.
		const parts = fittedParts([
			'Harbour master Ruth Okafor',
			'on Sunday closed the old ferry terminal and the north quay to all traffic for the rest of the summer season, minutes after divers found deep cracks in the pilings under the main pier and the loading ramps.'
		]);
		expect(parts[0]).toBe('Harbour master Ruth Okafor');
		expect(parts[1]).toBe(
			'on Sunday closed the old ferry terminal and the north quay to all traffic for the rest of the summer season.'
		);
	});
	it('never cuts a long lead to its opening time or subordinate clause alone', () => {
		// The last afterthought (", the …") falls right after the opening clause: kept, the key
		// would say only when the news happened ("Four days after …"), so the lead stays too long.
		const lead =
			'Four days after the harbour board voted in a stormy meeting to close the old ferry pier for good, the ferry workers of Portmouth and Harlow on Saturday presented a very different plan to keep it open for the summer.';
		expect(fittedParts([lead])).toEqual([lead]);
		const though =
			'Though harbour master Ruth Okafor had for many years described herself as a firm friend of the ferry workers and their union, the Portmouth Gazette reported that she had moved against them since the vote.';
		expect(fittedParts([though])).toEqual([though]);
	});

	it('leaves a lead that fits, or one with no cut that keeps a clause, as it is', () => {
		const short = 'The harbour board closed the old ferry terminal on Monday, a day of heavy rain.';
		expect(fittedParts([short])).toEqual([short]);
		const noCut =
			'The harbour board of the town of Portmouth on the north coast closed the old ferry terminal and the north quay and the south quay and the fish market and the boat yard on Monday after the storm.';
		expect(fittedParts([noCut])).toEqual([noCut]);
	});
});

describe('overtaken: a lead the other headlines have moved past', () => {
	const denying = ['Holloway says she won’t resign', 'Mayor will not resign, she tells council'];
	it('drops a hedging lead when another headline says what will not happen', () => {
		expect(overtaken('Holloway opened the door to an early exit on Monday.', true, denying)).toBe(
			true
		);
		expect(
			overtaken('Holloway opened the door to an early exit on Monday.', true, [
				'Holloway weighs her future'
			])
		).toBe(false);
	});
	it('drops a plain lead only where most headlines deny its own verb', () => {
		expect(
			overtaken('Holloway will resign as mayor at the end of the month.', false, denying)
		).toBe(true);
		// "bows out" beside "won't go forward": the same event in other words.
		expect(
			overtaken('Roe is bowing out as the moderator of the debate this month.', false, [
				'Roe won’t go forward with debate',
				'Roe pulls out of debate'
			])
		).toBe(false);
		// A lead that itself denies agrees with the headlines.
		expect(overtaken('Holloway said she would not resign on Tuesday.', true, denying)).toBe(false);
	});
	it('keys another outlet’s lead, or nothing, rather than the hint at the earlier stage', () => {
		const titled = (n: number, title: string, text: string): Article => ({
			...article(n, text),
			title
		});
		const rest = (i: number) => STORY[i]!.split('. ').slice(1).join('. ');
		const hint =
			'The harbour board hinted it might reopen the old ferry terminal in Portmouth on Monday after inspectors checked the cracks in its main pier. ';
		const keyOf = (leads: string[]) => {
			const titles = [
				'Harbour board says ferry terminal will not reopen',
				'Portmouth ferry terminal will not reopen, board says',
				'Ferry terminal stays shut for good'
			];
			const [c] = mainIdeaCandidates(
				viewStory(
					's',
					leads.map((lead, i) => analyzeArticle(titled(i + 1, titles[i]!, lead + rest(i))))
				)
			);
			return c?.keyTexts.join(' ');
		};
		// The other leads quote the board, so they are no key: only the hint is left, and it is not asked.
		expect(
			keyOf([
				hint,
				'“The old ferry terminal in Portmouth will not reopen,” the harbour board said on Tuesday after inspectors found deep cracks in its main pier. ',
				'“We cannot reopen the ferry terminal,” the Portmouth harbour board said after inspectors had found cracks in its main pier. '
			])
		).toBeUndefined();
		const plain = keyOf([
			hint,
			'The harbour board said on Tuesday that the old ferry terminal in Portmouth will not reopen after inspectors found deep cracks in its main pier. ',
			'The Portmouth harbour board said the ferry terminal would not reopen, because inspectors had found cracks in its main pier. '
		]);
		expect(plain).toMatch(/not reopen/);
		expect(plain).not.toMatch(/hinted/);
	});
});

describe('keyVocabulary: a wrong answer that sums up the key’s event', () => {
	const texts = [
		'Mayor Ruth Okafor visited the flooded villages of the Wexley valley on Tuesday to promise help with rebuilding. Okafor met farmers in Harlow.',
		'Ruth Okafor toured the flooded Wexley valley on Tuesday. She met farmers.',
		'Mayor Ruth Okafor went to the Wexley valley on Tuesday after the floods. Farmers asked for help.'
	];
	const analyses = texts.map((t, i) => analyzeArticle(article(i + 1, t)));
	const key = texts[0]!.split('. ')[0]! + '.';
	const { retellsKey } = keyVocabulary(analyses, new Map(), key);
	it('the key’s person’s own act, named by a word of the key, as the subject', () => {
		expect(
			retellsKey('Okafor’s visit showed deep divisions between the council and the farmers.')
		).toBe(true);
	});
	it('not another possession of the key’s person, nor another person’s act', () => {
		expect(retellsKey('Okafor’s brother runs a bakery on Dock Street in Portmouth.')).toBe(false);
		expect(retellsKey('Novak’s visit came a week earlier, before the rain.')).toBe(false);
	});
});

describe('keyVocabulary: a title before a name retells nothing', () => {
	const texts = [
		'Republicans are expected to keep control of the state assembly in Tuesday’s vote, polls show.',
		'Polls show Republicans keeping the state assembly on Tuesday.',
		'The state assembly is likely to stay in Republican hands.'
	];
	const titles = ['Republicans Set to Keep Assembly', 'Republican Hold Expected', 'Assembly Vote'];
	const analyses = texts.map((t, i) => analyzeArticle({ ...article(i + 1, t), title: titles[i]! }));
	const { retellsKey } = keyVocabulary(analyses, new Map(), texts[0]!);
	it('a party title in front of senators’ names is who they are, not the key’s event', () => {
		expect(
			retellsKey(
				'Republican Sens. Ann Roe in Wexley and Tom Poe in Harlow are both considered vulnerable.'
			)
		).toBe(false);
	});
	it('the same party word telling the key’s event still retells it', () => {
		expect(retellsKey('The Republican majority looks safe for another term.')).toBe(true);
	});
});

describe('tellsPreviewDone: a preview lead another headline tells as done', () => {
	const lead = 'A convoy of fishing boats is expected to reach the harbour at Portmouth on Sunday.';
	it('a headline that tells the previewed act in any finite form', () => {
		expect(tellsPreviewDone(lead, 'Fishing Convoy Reaches Portmouth Harbour')).toBe(true);
		expect(tellsPreviewDone(lead, 'Convoy reached harbour, officials say')).toBe(true);
		expect(
			tellsPreviewDone(
				'Harbour master Ruth Okafor plans to invoke the old charter at the hearing.',
				'Okafor Invokes Old Charter at Hearing'
			)
		).toBe(true);
	});
	it('not a headline that previews it too, nor one about another act', () => {
		expect(tellsPreviewDone(lead, 'Fishermen prepare to reach Portmouth')).toBe(false);
		expect(tellsPreviewDone(lead, 'Convoy will reach harbour on Sunday')).toBe(false);
		expect(tellsPreviewDone(lead, 'Fishing convoy sets sail for Portmouth')).toBe(false);
		expect(
			tellsPreviewDone('A fishing convoy reached the harbour on Sunday.', 'Convoy Reaches Harbour')
		).toBe(false);
	});
	it('keys no preview lead when another outlet headlines the act as done', () => {
		const titled = (n: number, title: string, text: string): Article => ({
			...article(n, text),
			title
		});
		const rest = (i: number) => STORY[i]!.split('. ').slice(1).join('. ');
		const preview =
			'The harbour board is expected to close the old ferry terminal in Portmouth on Monday after inspectors found deep cracks in its main pier. ';
		// The other two leads quote the board, so they are no key: only the preview is left.
		const leads = [
			preview,
			'“The old ferry terminal in Portmouth is closed,” the harbour board said on Monday after inspectors found deep cracks in its main pier. ',
			'“We closed the ferry terminal,” the Portmouth harbour board said after inspectors had found cracks in its main pier. '
		];
		const keyOf = (titles: string[]) =>
			mainIdeaCandidates(
				viewStory(
					's',
					leads.map((lead, i) => analyzeArticle(titled(i + 1, titles[i]!, lead + rest(i))))
				)
			)[0]?.keyTexts.join(' ');
		expect(
			keyOf([
				'Ferry terminal to close',
				'Harbour board closes Portmouth ferry terminal',
				'Portmouth ferry terminal shut over cracked pier'
			])
		).toBeUndefined();
		// Beside headlines that preview it too, the preview is still the story's point.
		expect(
			keyOf([
				'Ferry terminal to close',
				'Harbour board set to close ferry terminal',
				'Portmouth ferry terminal to shut over cracked pier'
			])
		).toMatch(/expected to close/);
	});
});

describe('mainIdeaCandidates: outlets that open on two occasions', () => {
	// 2023-10-09 was a Monday, 2023-10-12 a Thursday.
	const MONDAY = '2023-10-09';
	const THURSDAY = '2023-10-12';
	const SUNDAY_LEAD =
		'Governor Ada Quinn and Mayor Tom Reyes met at the city hall on Sunday to discuss the stalled transit budget.';
	const THURSDAY_LEAD =
		'Governor Ada Quinn and Mayor Tom Reyes met on Thursday at the city hall to discuss the stalled transit budget.';
	/** STORY's side details under new leads, each article published on its own day. */
	const dated = (...leads: [string, string][]) =>
		viewStory(
			's',
			leads.map(([lead, date], i) =>
				analyzeArticle({
					...article(i + 1, [lead, ...STORY[i]!.split(/(?<=\.) /).slice(1)].join(' ')),
					date
				})
			)
		);
	const explanation = (v: ReturnType<typeof dated>) => mainIdeaCandidates(v)[0]?.draft.explanation;

	it('does not say openings on a later meeting report the same event', () => {
		const v = dated([SUNDAY_LEAD, MONDAY], [THURSDAY_LEAD, THURSDAY], [SUNDAY_LEAD, MONDAY]);
		const text = explanation(v);
		expect(text).toBeDefined();
		expect(text).not.toContain('same event');
		expect(text).toContain('a different meeting, on another day');
	});

	it('names the outlets whose openings tell of the other meeting', () => {
		const v = dated([SUNDAY_LEAD, MONDAY], [THURSDAY_LEAD, THURSDAY], [SUNDAY_LEAD, MONDAY]);
		const [a, b] = v.analyses;
		const lead = (x: typeof a) => x!.sentences[0]!;
		expect(otherOccasions(v, a!, lead(a))).toEqual({ outlets: ['Daily 2'], noun: 'meeting' });
		expect(otherOccasions(v, b!, lead(b))).toEqual({
			outlets: ['Daily 1', 'Daily 3'],
			noun: 'meeting'
		});
	});

	describe('a lead that tells the act before it happened', () => {
		const PREVIEW =
			'The harbour board will close the old ferry terminal in Portmouth on Monday because inspectors found deep cracks in its main pier.';
		const DONE =
			'The Portmouth harbour board shut the ferry terminal on Monday, saying inspectors had found cracks in its main pier.';
		const CRACKS =
			'Inspectors found deep cracks in the main pier of the Portmouth ferry terminal, and the harbour board closed it on Monday.';
		const keyOf = (v: ReturnType<typeof dated>) => mainIdeaCandidates(v)[0]?.keyTexts.join(' ');

		it('keys the lead that reports the act done, published no earlier than the preview', () => {
			const key = keyOf(dated([PREVIEW, '2023-10-08'], [CRACKS, MONDAY], [DONE, MONDAY]));
			expect(key).toBeDefined();
			expect(key).not.toMatch(/\bwill\b/);
		});

		it('keeps the preview when every lead looks ahead', () => {
			const ahead = DONE.replace('shut', 'will shut');
			const key = keyOf(dated([PREVIEW, MONDAY], [ahead, MONDAY], [ahead, MONDAY]));
			expect(key).toMatch(/\bwill\b/);
		});
	});

	it('keys the lead without a day two other leads give differently', () => {
		const on = (day: string) =>
			`The harbour board closed the old ferry terminal in Portmouth on ${day} after inspectors found deep cracks in its main pier.`;
		const undated =
			'The Portmouth harbour board shut the ferry terminal, saying inspectors had found cracks in its main pier.';
		const v = dated([on('Monday'), THURSDAY], [on('Tuesday'), THURSDAY], [undated, THURSDAY]);
		expect(mainIdeaCandidates(v)[0]?.keyTexts.join(' ')).not.toMatch(/Monday|Tuesday/);
	});

	it('still says the same event when every outlet opens on one day', () => {
		const v = dated([SUNDAY_LEAD, MONDAY], [SUNDAY_LEAD, MONDAY], [SUNDAY_LEAD, MONDAY]);
		expect(explanation(v)).toContain('about the same event');
	});
});
