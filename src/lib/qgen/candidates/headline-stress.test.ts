import { describe, expect, it } from 'vitest';
import type { Article } from '$lib/bank/schema';
import { analyzeArticle, viewStory } from '../analyze';
import { article } from '../article.test-helpers';
import {
	echoedIn,
	headWords,
	headlineStressCandidates,
	ownRuns,
	renamedSubject,
	senseKeys,
	sharesWord,
	wrongRunsFor
} from './headline-stress';

const titled = (n: number, title: string, text: string): Article => ({
	...article(n, text),
	title
});

const FARM = [
	titled(
		1,
		'Senate Passes Farm Bill After Late-Night Deal',
		'The Senate passed the farm bill on Tuesday. Leaders reached a late-night deal to end the talks.'
	),
	titled(
		2,
		'Farm Bill Clears Senate, Cuts Food Stamps',
		'The farm bill cleared the Senate on Tuesday. The bill cuts food stamps by four billion dollars.'
	),
	titled(
		3,
		'Senate Vote Brings Relief for Drought-Hit Growers',
		'The Senate voted on Tuesday. The bill brings relief to growers hit by the drought.'
	)
];

const keyOf = (c: ReturnType<typeof headlineStressCandidates>[number]) =>
	c.draft.type === 'single'
		? c.draft.choices.find((x) => c.draft.type === 'single' && c.draft.correct.includes(x.id))?.text
		: undefined;

describe('ownRuns', () => {
	it('finds the words only this headline has, outside its main verb', () => {
		expect(
			ownRuns(FARM[1]!.title, [FARM[0]!.title, FARM[2]!.title], () => false, 'clears')
		).toEqual(['Cuts Food Stamps']);
		expect(
			ownRuns(FARM[0]!.title, [FARM[1]!.title, FARM[2]!.title], () => false, 'passes')
		).toEqual(['Late-Night Deal']);
	});
	it('takes a verb news uses for the same act as said by the other headline', () => {
		// "Approves" and "Passes" are one act: "Approves Farm Subsidies" has one own word left.
		expect(
			ownRuns('Council Approves Farm Subsidies', ['Council Passes Farm Bill'], () => false, '')
		).toEqual([]);
		expect(
			ownRuns('Council Expands Farm Subsidies', ['Council Passes Farm Bill'], () => false, '')
		).toEqual(['Expands Farm Subsidies']);
	});
	it('gives no piece of a quotation, and no phrase cut before its noun', () => {
		expect(
			ownRuns("Ruiz Warns Council: 'They Cut It, They Will Face Angry Voters'", [
				'Ruiz warns council'
			])
		).toEqual([]);
	});
	it('runs on to the end of a noun phrase, and gives none that stops inside a name', () => {
		// "close dam" of "close dam access road": the other headlines have "access road".
		expect(
			ownRuns('City to close dam access road', ['Access road shut by city', 'City road news'])
		).toEqual(['close dam access road']);
		// "Question Ana" of "Question Ana Ruiz": the surname is another headline's.
		const isName = (w: string) => /^(?:Ana|Ruiz)$/.test(w);
		expect(
			ownRuns(
				'Council Wants To Question Ana Ruiz',
				['Ruiz faces council', 'Council and Ruiz meet'],
				isName
			)
		).toEqual([]);
	});
	it('needs two own words that are not names', () => {
		const isName = (w: string) => /^(?:Ana|Ruiz)$/.test(w);
		expect(ownRuns('Mayor Meets Ana Ruiz Today', ['Mayor meets council'], isName)).toEqual([]);
	});
	it('takes no preposition for content: "Between Man" is no phrase', () => {
		expect(
			ownRuns(
				'Romney Reaffirms Belief In Marriage As Between Man, Woman',
				['Romney Reaffirms Opposition to Marriage for Gay Couples'],
				(w) => w === 'Romney',
				'reaffirms'
			)
		).toEqual([]);
	});
});

describe('headlineStressCandidates', () => {
	it("asks what one headline mentions that the others do not, each choice some headline's own", () => {
		const view = viewStory('s', FARM.map(analyzeArticle));
		const cands = headlineStressCandidates(view);
		expect(cands).toHaveLength(3);
		const q = cands.find((c) => c.draft.prompt.includes("Daily 2's"))!;
		expect(q.draft.prompt).toBe(
			"What does Daily 2's headline mention that the other headlines do not?"
		);
		expect(keyOf(q)).toBe('Cuts Food Stamps');
		expect(q.draft.type === 'single' && q.draft.choices.map((c) => c.text).sort()).toEqual([
			'Brings Relief for Drought-Hit Growers',
			'Cuts Food Stamps',
			'Late-Night Deal'
		]);
		// The article backs the key: its sentence on food stamps is the evidence.
		const text = FARM[1]!.text;
		const span = q.draft.evidence[0]!;
		expect(text.slice(span.start, span.end)).toContain('food stamps');
		expect(q.draft.explanation).toContain('“Late-Night Deal” (Daily 1)');
		expect(q.answerKey).toBe('headline');
		// Above the look-up (at most 0.35), below every other headline question, though a credited
		// report's (0.5) loses a little score for citing five leads.
		for (const c of cands) {
			expect(c.quality).toBeGreaterThan(0.35);
			expect(c.quality).toBeLessThan(0.475);
		}
	});
	it('never offers what every headline says, which the asked headline prints too', () => {
		const view = viewStory(
			's',
			[
				titled(1, 'Ruiz Vows To End Night Parking, As Council Debate Rages', 'Ruiz spoke.'),
				titled(2, 'Ruiz Vows To End Night Parking', 'Ruiz spoke on Monday.'),
				titled(3, 'Mayor Wants Emergency Order To End Night Parking', 'The mayor spoke.')
			].map(analyzeArticle)
		);
		// "End Night Parking" would be a choice Daily 1's headline prints: a student who finds it
		// there is marked wrong for reading well. Without it, Daily 1's "Council Debate Rages" has
		// one wrong choice (Daily 3's "Emergency Order"), too few: nothing is asked.
		expect(headlineStressCandidates(view)).toEqual([]);
	});
	it("asks about the two headlines with words of their own when the third has only one, offering that one's words", () => {
		const view = viewStory(
			's',
			[
				FARM[0]!,
				FARM[1]!,
				titled(
					3,
					'Senate Clears Bill For Farm Aid',
					'The Senate voted on the farm bill on Tuesday.'
				)
			].map(analyzeArticle)
		);
		const cands = headlineStressCandidates(view);
		// Daily 3 has one word of its own ("Aid"): never a key, but "Farm Aid" is in no other
		// headline's words alone and is plainly not Daily 1's or Daily 2's.
		expect(cands.map((c) => c.draft.prompt).sort()).toEqual([
			"What does Daily 1's headline mention that the other headlines do not?",
			"What does Daily 2's headline mention that the other headlines do not?"
		]);
		const q = cands.find((c) => c.draft.prompt.includes("Daily 1's"))!;
		expect(keyOf(q)).toBe('Late-Night Deal');
		expect(q.draft.type === 'single' && q.draft.choices.map((c) => c.text).sort()).toEqual([
			'Cuts Food Stamps',
			'Farm Aid',
			'Late-Night Deal'
		]);
	});
});

const ONE_OWN = (third: string) =>
	viewStory(
		's',
		[
			'Ruiz Bans Night Parking After Rising Crash Toll',
			'Ruiz Bans Night Parking For Street Repairs, Angering Shop Owners',
			third
		].map((t, i) =>
			analyzeArticle(titled(i + 1, t, 'Ruiz banned night parking. The crash toll rose this year.'))
		)
	);

describe('headlineStressCandidates with one headline of words of its own', () => {
	it('offers as wrong choices words other headlines print and the asked one does not', () => {
		const cands = headlineStressCandidates(
			ONE_OWN('Shop Owners Angry As Ruiz Bans Night Parking For Street Repairs')
		);
		// Daily 2 and 3 share all their words but the act: only Daily 1 is asked about.
		expect(cands.map((c) => c.draft.prompt)).toEqual([
			"What does Daily 1's headline mention that the other headlines do not?"
		]);
		const q = cands[0]!;
		expect(keyOf(q)).toBe('Rising Crash Toll');
		// "Shop Owners Angry" (Daily 3) is "Angering Shop Owners" (Daily 2) again: offered once.
		expect(q.draft.type === 'single' && q.draft.choices.map((c) => c.text).sort()).toEqual([
			'Angering Shop Owners',
			'Rising Crash Toll',
			'Street Repairs'
		]);
		expect(q.draft.explanation).toContain('printed in another headline');
		expect(q.quality).toBeGreaterThan(0.35);
	});
	it('is not asked when the other headlines give only one phrase between them', () => {
		const view = viewStory(
			's',
			[
				'Ruiz Bans Night Parking After Rising Crash Toll',
				'Ruiz Bans Night Parking, Angering Shop Owners',
				'Ruiz Ends Night Parking, Shop Owners Angry'
			].map((t, i) =>
				analyzeArticle(titled(i + 1, t, 'Ruiz banned night parking. The crash toll rose.'))
			)
		);
		// "Angering Shop Owners" and "Shop Owners Angry" are one choice: two choices are too few.
		expect(headlineStressCandidates(view)).toEqual([]);
	});
	it('offers at most one wrong choice from each other headline', () => {
		const titles = [
			'Ruiz Bans Night Parking After Rising Crash Toll',
			'Shop Owners Angry As Council Delays Bridge Repairs',
			'Ruiz Bans Night Parking'
		];
		const wrong = wrongRunsFor(
			0,
			titles,
			['Rising Crash Toll', undefined, undefined],
			['bans', 'delays', 'bans'],
			() => false
		);
		// Daily 2 has two runs Daily 1 lacks; both would let a student rule out one headline twice.
		expect(wrong.map((w) => w.from)).toEqual([1]);
	});
	it('never offers a phrase that names an outlet, nor one in the asked headline', () => {
		const titles = [
			'Ruiz Bans Night Parking After Rising Crash Toll',
			'Daily Two Poll Finds Shop Owners Angry',
			'Ruiz Bans Night Parking For Street Repairs'
		];
		const wrong = wrongRunsFor(
			0,
			titles,
			['Rising Crash Toll', undefined, undefined],
			['bans', 'finds', 'bans'],
			() => false,
			['Daily Two']
		).map((w) => w.run);
		expect(wrong).toContain('Street Repairs');
		// A clause cut short after a modal is no choice.
		expect(
			wrongRunsFor(
				0,
				[
					'Ruiz Bans Night Parking After Rising Crash Toll',
					'Ruiz Hates The Parking Deal And May Kill It'
				],
				['Rising Crash Toll', undefined],
				['bans', 'hates'],
				() => false
			).map((w) => w.run)
		).toEqual([]);
		expect(wrong.some((w) => /daily two/i.test(w))).toBe(false);
		expect(wrong.some((w) => /night parking|crash/i.test(w))).toBe(false);
	});
	it("takes no key from a subject the others name in other words ('Federal prosecutors', 'U.S. Attorney')", () => {
		const BODY =
			'The U.S. attorney sent a subpoena on Monday to the campaign of Mayor Ana Ruiz and the city party.';
		const view = viewStory(
			's',
			[
				titled(1, 'Federal prosecutors subpoena Ruiz campaign', BODY),
				titled(2, 'U.S. Attorney Subpoenas Ruiz Campaign, Seeks Bank Records', BODY),
				titled(3, 'U.S. Attorney Subpoenas Ruiz Campaign, City Party', BODY)
			].map(analyzeArticle)
		);
		// Daily 3's "City Party" is its own; Daily 1's "Federal prosecutors" is who acts in all three.
		const prompts = headlineStressCandidates(view).map((c) => c.draft.prompt);
		expect(prompts).toContain(
			"What does Daily 3's headline mention that the other headlines do not?"
		);
		expect(prompts.some((p) => p.includes('Daily 1'))).toBe(false);
		expect(
			renamedSubject(0, 'Federal prosecutors', [
				{ subject: 'Federal prosecutors', verb: 'subpoena' },
				{ subject: 'U.S. Attorney', verb: 'Subpoenas' }
			])
		).toBe(true);
		// Another act: "Cordial Ties" of "Cordial Ties Have Soured" beside "Bloomberg Tells U.S.".
		expect(
			renamedSubject(0, 'Cordial Ties', [
				{ subject: 'Cordial Ties', verb: 'have soured' },
				{ subject: 'Bloomberg', verb: 'tells' }
			])
		).toBe(false);
	});
	it('keeps the full stop of "U.S." and cuts no run inside a name', () => {
		expect(headWords('U.S. Attorney Subpoenas Records').map((w) => w.text)[0]).toBe('U.S.');
		const isName = (w: string) => /^(?:PM|Theresa|May|Ruiz)$/.test(w);
		// "May" is also a modal verb, no content: the run must not stop before it.
		expect(
			ownRuns(
				'Ruiz to visit London, meet with PM Theresa May',
				['Ruiz visit confirmed'],
				isName,
				'visit',
				1
			)
		).not.toContain('meet with PM Theresa');
	});
	it('takes no key with a word another headline has when not every headline has words of its own', () => {
		// "Crash" is in Daily 3's headline too: "Rising Crash Toll" would read as said by both.
		const cands = headlineStressCandidates(
			ONE_OWN('Shop Owners Angry As Ruiz Bans Night Parking For Street Repairs, Crash Fears')
		);
		expect(cands).toEqual([]);
		expect(sharesWord('Rising Crash Toll', ['Owners Fear Crash'])).toBe(true);
		expect(sharesWord('Rising Crash Toll', ['Angering Shop Owners'])).toBe(false);
	});
});

describe('a key said in other words: headline short forms and words for running for office', () => {
	it("takes 'Dem' for 'Democratic', 'GOP' for 'Republican', 'running' and 'hopeful' for 'candidate'", () => {
		expect(
			ownRuns(
				'Dem running for Senate mocks farmer',
				['Democratic Senate Candidate Mocks Farmer'],
				() => false,
				'mocks'
			)
		).toEqual([]);
		// "GOP hopeful" is the other headline's "Republican candidate"; the fees are this one's own.
		expect(
			ownRuns(
				'GOP hopeful slams mayor over parking fees',
				['Republican candidate slams mayor'],
				() => false,
				'slams'
			)
		).toEqual(['parking fees']);
		expect(sharesWord('GOP hopeful', ['Republican candidate'])).toBe(true);
		expect(sharesWord('Gov. race', ['governor contest'])).toBe(true);
		expect(sharesWord('Vet group', ['veterans rally'])).toBe(true);
		expect(sharesWord('new fees', ['Republican candidate'])).toBe(false);
		expect(senseKeys('G.O.P.')).toContain('s:republican');
	});
	it('asks no question whose key another headline says with a short form', () => {
		const BODY = 'Ana Ruiz, the Democratic candidate for Senate, mocked a farmer on Monday.';
		const view = viewStory(
			's',
			[
				titled(1, 'Ruiz, a Dem hopeful, mocks farmer', BODY),
				titled(2, 'Democratic Candidate Ruiz Mocks Farmer Over Tractor Fees', BODY),
				titled(3, 'Ruiz mocks farmer at county fair', BODY)
			].map(analyzeArticle)
		);
		const keys = headlineStressCandidates(view).map(keyOf);
		// Daily 1's "Dem hopeful" is Daily 2's "Democratic Candidate": no key. Daily 2's "Tractor
		// Fees" has one wrong choice only (Daily 3's own; Daily 1 has no run Daily 2 lacks), and
		// what every headline says is no choice: it is not asked.
		expect(keys).toEqual(['county fair']);
	});
});

describe('every choice a whole phrase', () => {
	it('starts after a word that opens a dependent clause', () => {
		expect(
			ownRuns(
				'Teachers Ask Whether Image Problem Hurts Schools',
				['Teachers ask about schools'],
				() => false,
				'ask'
			)
		).toEqual(['Image Problem Hurts Schools']);
	});
	it('never ends before "of", a number, or a verb\'s complement', () => {
		// "magazines as part" of "as part of review".
		expect(
			ownRuns(
				'Publisher pulls magazines as part of review',
				['Publisher review ends'],
				() => false,
				'pulls'
			)
		).toEqual([]);
		// "Fee Vote Until June" of "Until June 1" is cut back to "Fee Vote".
		expect(
			ownRuns(
				'Council Delays Fee Vote Until June 1',
				['Council delays fees'],
				() => false,
				'delays',
				1
			)
		).toEqual(['Fee Vote']);
		// "Dem running" of "running for Senate" (the Senate is another headline's): a participle
		// cut from its complement. The whole "Dem running for Senate" is a phrase.
		expect(
			ownRuns(
				'Dem running for Senate mocks farmer',
				['Ruiz mocks farmer in Senate debate'],
				() => false,
				'mocks',
				1
			)
		).toEqual([]);
		expect(
			ownRuns('Dem running for Senate mocks farmer', ['Ruiz mocks farmer'], () => false, 'mocks', 1)
		).toEqual(['Dem running for Senate']);
	});
	it('takes no later item of a list, nor one cut off from its list', () => {
		expect(
			ownRuns(
				'Mayor Delays Steel, Aluminum Fees Until June',
				['Mayor delays fees'],
				() => false,
				'delays',
				1
			)
		).toEqual([]);
		expect(
			ownRuns(
				'Mayor extends waivers on steel, aluminum fees',
				['Mayor delays fees'],
				() => false,
				'extends',
				1
			)
		).toEqual([]);
	});
	it("takes no verb of a relative clause without its object, and keeps 'common ground' whole", () => {
		const isName = (w: string) => /^(?:Ruiz|Lee)$/.test(w.replace(/[’']s$/, ''));
		expect(
			ownRuns(
				"Ruiz, Lee seek common ground on parking plan that Ruiz calls 'unfair'",
				['Ruiz backs parking plan'],
				isName,
				'seek',
				1
			)
		).toEqual(['common ground']);
	});
	it('runs back to the start of a noun phrase, never over a name into it', () => {
		const isName = (w: string) => /^(?:North|Dakota)$/.test(w);
		// "Program Shutdown" of "Nuclear Program Shutdown" runs back to "Nuclear".
		expect(
			ownRuns(
				'Reports: State Announced Nuclear Program Shutdown',
				['State halts nuclear tests'],
				isName,
				'announced',
				1
			)
		).toEqual(['Nuclear Program Shutdown']);
		// "Farm Leader" of "North Dakota Farm Leader": inside a phrase a name opens.
		expect(
			ownRuns(
				'Mayor Meets North Dakota Farm Leader',
				['Mayor meets North Dakota envoy'],
				isName,
				'meets',
				1
			)
		).toEqual([]);
	});
});

describe('every choice one phrase or one clause', () => {
	const isName = (w: string) =>
		/^(?:Ruiz|Riverton|Tech|Lee|July|Diaz)$/.test(w.replace(/[’']s$/, ''));
	it('starts no run after a modifier, inside its noun phrase or in the verb’s object', () => {
		// "Firms of Discrimination Against Conservatives" of "Accuses Tech Firms of …".
		expect(
			ownRuns(
				'Senator Ruiz Accuses Tech Firms of Discrimination Against Conservatives',
				['Ruiz Grills Tech Chiefs', 'Tech Bosses Face Senate Panel'],
				isName,
				'accuses'
			)
		).toEqual([]);
		// "claims on budget cuts" of "Riverton claims on budget cuts".
		expect(
			ownRuns(
				'Auditors challenge Riverton claims on budget cuts',
				['Riverton defends its spending', 'Riverton council under fire'],
				isName,
				'challenge'
			)
		).toEqual([]);
		// A verb after its subject starts a phrase: "aims …" of "as Diaz aims …" is no cut inside
		// a noun phrase, and the run takes its subject, a name no other headline has.
		expect(
			ownRuns(
				'Ruiz warns Riverton on budget as Diaz aims to preserve pact',
				['Ruiz warns Riverton', 'Riverton budget fight grows'],
				isName,
				'warns'
			)
		).toEqual(['Diaz aims to preserve pact']);
	});
	it('never runs from one clause into the next across "as", "while" …', () => {
		// "Confirmed As Mass Protests Planned": the verb of one clause and the whole of another.
		expect(
			ownRuns(
				"Ruiz's Riverton Visit On 13 July Confirmed As Mass Protests Planned",
				['Ruiz to visit Riverton in July', 'Ruiz will visit Riverton'],
				isName,
				''
			)
		).toEqual(['Mass Protests Planned']);
		// "as" before a noun phrase is a preposition: the run goes on over it.
		expect(
			ownRuns(
				'Ruiz Bows Out as Moderator of Debate',
				['Ruiz pulls out', 'Ruiz will not go forward'],
				isName,
				'bows out'
			)
		).toEqual(['Moderator of Debate']);
	});
});

describe('no choice another headline says too (echoedIn)', () => {
	const BUDGET = [
		'Mayor, Council Meet On Budget Crisis For First Time In Weeks',
		'Mayor Council Budget Cliff Meeting: Grasping For Late Fix',
		'Mayor And Council Talk Deficits At City Hall'
	];
	it("asks nothing whose key or wrong choice the asked headline says too ('Budget Crisis' beside 'Budget Cliff')", () => {
		const view = viewStory(
			's',
			BUDGET.map((t, i) => analyzeArticle(titled(i + 1, t, 'The mayor met the council on Monday.')))
		);
		const cands = headlineStressCandidates(view);
		// Daily 2's headline tells of a budget cliff: "Budget Crisis …" is no choice against it,
		// nor a key of Daily 1's that Daily 2 does not say. Daily 3 prints no "budget".
		expect(cands.map((c) => c.draft.prompt)).toEqual([
			"What does Daily 3's headline mention that the other headlines do not?"
		]);
	});
	it('reads a head word as said by the headline that has it, a word all headlines print as the topic', () => {
		const titles = [
			'Ana Ruiz Blasted By Older Sister',
			"Eva Ruiz: Sister Is 'Dead Wrong'",
			'Eva Ruiz Criticizes Her Sister'
		];
		expect(echoedIn('Older Sister', titles[1]!, titles)).toBe(true);
		expect(echoedIn('Budget Crisis For First Time In Weeks', BUDGET[1]!, BUDGET)).toBe(true);
		expect(echoedIn('Deficits At City Hall', BUDGET[1]!, BUDGET)).toBe(false);
		// "Farm" is in all three farm-bill headlines: the story's topic, not the asked one's claim.
		const farm = [...FARM.map((a) => a.title).slice(0, 2), 'Senate Clears Bill For Farm Aid'];
		expect(echoedIn('Farm Aid', farm[0]!, farm)).toBe(false);
	});
});
