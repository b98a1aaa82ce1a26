import { describe, expect, it } from 'vitest';
import { analyzeArticle, viewStory } from '../analyze';
import { article } from '../article.test-helpers';
import { mainIdeaCandidates } from './main-idea';
import { setsUpTurn, sideDetails, singleKey, singleMainIdeaCandidates } from './main-idea-single';
import { readsAloneInArticle } from './main-idea-single-names';

const LEAD =
	'The harbour board closed the old ferry terminal in Portmouth on Monday after inspectors found deep cracks in its main pier.';
/** Later sentences: side details that share no word of the headline's. */
const LATER = [
	'The Portmouth Rowing Club moved the annual regatta to the lake in Wexley Park this summer.',
	'Ticket sales at the Harbour Museum fell by a third in the spring after a long winter of storms.',
	'A local bakery on Dock Street began selling bread from a converted fishing boat in March.',
	'Retired teacher Anna Novak painted a mural of sailing ships on the wall of the customs house.',
	'Volunteers from Wexley cleaned three tonnes of plastic off the southern beaches in September.',
	'The city council approved a new bicycle lane along the seafront road last spring.',
	'Portmouth hosted a folk music festival with more than forty bands in August.',
	'Fishermen in the bay landed record catches of mackerel during the warm summer months.',
	'A museum of model railways opened in the old town hall of Wexley in May.',
	'Local schools raised money for a new swimming pool with a series of charity runs.'
];
/** The lead told as a second sentence: named, so it reads without the one before it. */
const LEAD2 =
	"Portmouth's harbour board closed the old ferry terminal on Monday after inspectors found deep cracks in the main pier.";
const MIDDLE = [
	'Ferry services will run from the north quay until repairs are done.',
	'The board gave no date for reopening.',
	'Engineers will survey the pier again next month.'
];
const HEADLINE = 'Portmouth ferry terminal closed over cracked pier';

/** An article of 250+ words: the lead, three sentences on it, then side details. */
function text(lead = LEAD, middle = MIDDLE, later = LATER) {
	return [lead, ...middle, ...later, ...later.map((s) => s.replace(/\.$/, ' as well.'))].join(' ');
}

function ask(body: string, title = HEADLINE) {
	const one = { ...article(1, body), title };
	const [c] = singleMainIdeaCandidates(viewStory('s', [analyzeArticle(one)]));
	if (!c || c.draft.type !== 'single') return undefined;
	const d = c.draft;
	const key = d.choices.find((x) => x.id === d.correct[0])!.text;
	return {
		prompt: d.prompt,
		key,
		wrong: d.choices.filter((x) => x.text !== key).map((x) => x.text)
	};
}

describe('singleMainIdeaCandidates', () => {
	it('keys the lead that tells the headline and offers later side details as wrong answers', () => {
		const got = ask(text())!;
		expect(got.prompt).toMatch(/main point/);
		expect(got.key).toBe(LEAD);
		expect(got.wrong).toHaveLength(3);
		for (const w of got.wrong) {
			expect(text()).toContain(w);
			expect(text().indexOf(w)).toBeGreaterThan(text().indexOf(MIDDLE[2]!));
			// No wrong answer tells what the headline tells.
			expect(w).not.toMatch(/ferry|terminal|closed|pier/i);
		}
	});

	it('offers no side detail that opens on an adverbial pointing back or counts back', () => {
		const torn = [
			'Shortly afterward, the Portmouth Rowing Club moved the annual regatta to the lake in Wexley Park.',
			'One, Anna Novak, painted a mural of sailing ships on the wall of the old customs house.',
			...LATER.slice(2)
		];
		const a = analyzeArticle({ ...article(1, text(LEAD, MIDDLE, torn)), title: HEADLINE });
		const details = sideDetails(a, singleKey(a)!).map((d) => d.text);
		expect(details.length).toBeGreaterThan(2);
		for (const d of details) expect(d).not.toMatch(/^(?:Shortly afterward|One,)/);
	});

	it('is not asked by the story family, which needs other outlets to agree on the lead', () => {
		const one = { ...article(1, text()), title: HEADLINE };
		expect(mainIdeaCandidates(viewStory('s', [analyzeArticle(one)]))).toEqual([]);
	});

	it('asks nothing of a short article', () => {
		expect(ask([LEAD, ...MIDDLE, ...LATER.slice(0, 5)].join(' '))).toBeUndefined();
	});

	it('keys no lead that the next sentence overturns: the setup is not the point', () => {
		const setup = 'Monday began as a quiet day for the harbour board and the ferry terminal.';
		const turn = [
			'But by noon inspectors had found deep cracks in the main pier of the terminal.',
			...MIDDLE.slice(1)
		];
		expect(ask(text(setup, turn))).toBeUndefined();
		expect(setsUpTurn(['The only hitch: the pier was cracked.'])).toBe(true);
		expect(setsUpTurn(['Engineers will survey the pier again next month.'])).toBe(false);
	});

	it('passes over a lead that asks a question or quotes someone, for the one after it', () => {
		// After the lead, a key must read on its own: "The board closed it" leans on the lead.
		expect(
			ask(text('What happens to a town when its ferry terminal closes for good?', [LEAD]))
		).toBeUndefined();
		const question = 'What happens to a town when its ferry terminal suddenly closes for good?';
		expect(ask(text(question, [LEAD2, ...MIDDLE]))?.key).toBe(LEAD2);
		const quote =
			'“We had no choice at all this week,” a harbour board member said of the ferry terminal.';
		expect(ask(text(quote, [LEAD2, ...MIDDLE]))?.key).toBe(LEAD2);
	});

	it('keys no lead that only shares names with the headline, or that the headline denies', () => {
		// The headline's only plain word ("terminal") is not in this lead; the next one has it.
		const names = 'Portmouth and Wexley have shared a harbour board since the war.';
		expect(ask(text(names, [LEAD2, ...MIDDLE]), 'Portmouth and Wexley terminal shut')?.key).toBe(
			LEAD2
		);
		expect(ask(text(), 'Portmouth ferry terminal not closed despite cracked pier')).toBeUndefined();
	});

	it('asks nothing when the key would be far longer than every wrong answer', () => {
		// Ten or eleven words each, beside a key of twenty-one.
		const short = [
			'Wexley won the regional chess cup for junior players in May.',
			'A new bakery opened on Dock Street in the old town.',
			'Local schools raised money for a swimming pool with charity runs.',
			'Fishermen landed record catches of mackerel in the warm summer.',
			'Volunteers cleaned the southern beaches of plastic in early September.',
			'The city council approved a bicycle lane along the seafront road.',
			'A folk music festival drew more than forty bands in August.'
		];
		// The same details, longer: now one of them is as long as the key, and the item is asked.
		expect(ask(text(LEAD, MIDDLE, LATER))).toBeDefined();
		expect(ask(text(LEAD, MIDDLE, short))).toBeUndefined();
	});

	it('asks nothing of a roundup or a question headline, which no opening sentence states', () => {
		expect(ask(text(), 'The Latest: Portmouth ferry terminal closed')).toBeUndefined();
		expect(ask(text(), 'Why was the Portmouth ferry terminal closed?')).toBeUndefined();
		expect(ask(text())).toBeDefined();
	});

	it('keys no lead that tells a past state the article goes on to overturn ("was once")', () => {
		const once = 'The Portmouth ferry terminal was once the busiest in the region until it closed.';
		expect(ask(text(once))?.key).toBeUndefined();
	});

	it('offers no wrong answer that points back or tells the headline again with a figure', () => {
		const later = [
			'Some of those same commuters moved to the bus company in the spring months.',
			'Forty percent of commuters in Portmouth now take the bus to work in the city.',
			'Neither are the trains, which have run late on the coast line since the winter.',
			'The mayor of Wexley and the bishop of Harlow will speak there on Sunday as well.',
			...LATER
		];
		const got = ask(text(LEAD, MIDDLE, later))!;
		for (const w of got.wrong) expect(w).not.toMatch(/those same|Forty percent|Neither|there/);
		// The same sentence with no figure beside the headline's name may be offered.
		expect(ask(text(LEAD, MIDDLE, LATER))!.wrong.join(' ')).not.toMatch(/ferry|terminal|pier/);
	});
});

describe('sideDetails', () => {
	it('offers no sentence that leans on one before it ("Neither …", "there", "as well")', () => {
		const leaning = [
			'Neither are the trains on the coast line, which have run late since the winter storms.',
			'The mayor of Wexley and the bishop of Harlow will speak there on Sunday morning.',
			'The mayor of Wexley opened a new bicycle lane along the seafront road as well.'
		];
		const one = { ...article(1, text(LEAD, MIDDLE, [...leaning, ...LATER])), title: HEADLINE };
		const a = analyzeArticle(one);
		const offered = sideDetails(a, singleKey(a)!).map((d) => d.text);
		for (const t of leaning) expect(offered).not.toContain(t);
		expect(offered.length).toBeGreaterThanOrEqual(3);
	});
});

describe('sideDetails: quoted words', () => {
	it('offers a sentence with a few quoted words, never one that quotes a whole saying', () => {
		const quoted = [
			'The Wexley choir called the spring concert a “modest success” in a letter to members.',
			'The Wexley choir wrote that “the spring concert was a modest success for all of us” to members.'
		];
		const one = { ...article(1, text(LEAD, MIDDLE, [...quoted, ...LATER])), title: HEADLINE };
		const a = analyzeArticle(one);
		const offered = sideDetails(a, singleKey(a)!).map((d) => d.text);
		expect(offered).toContain(quoted[0]);
		expect(offered).not.toContain(quoted[1]);
	});
});

describe('sideDetails: how news English names and adds', () => {
	const offeredWith = (later: string[], lead = LEAD) => {
		const one = { ...article(1, text(lead, MIDDLE, [...later, ...LATER])), title: HEADLINE };
		const a = analyzeArticle(one);
		return sideDetails(a, singleKey(a)!).map((d) => d.text);
	};

	it('offers no cut that ends a list short of its last item ("toured Spain, Portugal.")', () => {
		const long =
			'The Wexley choir of the old harbour church has toured Spain, Portugal, and several other countries in the last ten years while raising money for the old lighthouse and for the seafront gardens of Harlow and of the smaller villages along the southern coast.';
		expect(offeredWith([long]).join(' ')).not.toMatch(/Wexley choir/);
	});

	it('offers "X also reported …" without its "also", which only ties it to a sentence before', () => {
		const offered = offeredWith([
			'The Wexley Gazette also reported that the old lighthouse needs a new lamp this winter.'
		]);
		expect(offered).toContain(
			'The Wexley Gazette reported that the old lighthouse needs a new lamp this winter.'
		);
		// A subject that itself points back keeps its "also", and stays out.
		const other = 'Other towns also reported that their lighthouses need new lamps this winter.';
		expect(offeredWith([other]).join(' ')).not.toMatch(/Other towns/);
	});

	it("reads a side figure's lone surname as the full name the article gave, never the key's own", () => {
		const novak =
			'Novak, who has lived in Wexley since childhood, said her next mural will show the old lighthouse.';
		const intro = 'Retired teacher Anna Novak painted a mural of sailing ships near the market.';
		// Novak is named in full before: the reader knows whose "her" is, and the sentence stands alone.
		expect(offeredWith([intro, novak])).toContain(novak);
		// Never named in full, the surname does not say whose "her" is.
		expect(offeredWith([novak])).not.toContain(novak);
		// Named by the headline or the key, the surname is the point's actor: not read.
		const a = analyzeArticle({
			...article(1, text(LEAD, MIDDLE, [intro, novak])),
			title: HEADLINE
		});
		expect(readsAloneInArticle(a, novak, HEADLINE)).toBe(true);
		expect(readsAloneInArticle(a, novak, `${HEADLINE} Novak`)).toBe(false);
	});
});

describe('singleKey: a name inside a longer name', () => {
	it('does not count "Harlow" in "Harlow University" as the headline\'s Harlow', () => {
		const title = 'Harlow sues critics over reviews';
		const lead =
			'The complaints grew after Anna Fenn posted angry reviews of Harlow University online last spring.';
		const key = (l: string) => singleKey(analyzeArticle({ ...article(1, text(l)), title }))?.text;
		expect(key(lead)).toBeUndefined();
		// The person himself, named alone, shares the name.
		expect(key(lead.replace('Harlow University', 'Harlow'))).toBeDefined();
	});
});

describe('singleKey: a headline that runs on into its deck', () => {
	const DECK = 'Inspectors find deep cracks in the main pier of the ferry terminal.';
	const TITLE = 'Harbour town loses a lifeline;';
	it('reads the deck as part of a semicolon headline, and keys the lead after it', () => {
		expect(ask(text(DECK, [LEAD2, ...MIDDLE]), TITLE)?.key).toBe(LEAD2);
		// A headline that ends as a headline has no deck: the lead shares too little with it.
		expect(ask(text(DECK, [LEAD2, ...MIDDLE]), 'Harbour town loses a lifeline')).toBeUndefined();
	});

	it('keys no scene after a deck whose "he" names no one of the article', () => {
		const scene =
			'An engineer from the Wexley Marine Institute, he found deep cracks in the ferry terminal pier on Monday.';
		expect(ask(text(DECK, [scene, ...MIDDLE]), TITLE)).toBeUndefined();
	});
});

describe('singleKey: a long lead that trails a participle or a concession', () => {
	// Too long to offer whole (over 38 words); the event is told before the trail.
	const SAYING =
		'The harbour board closed the old ferry terminal in Portmouth on Monday over what its inspectors called “deep cracks,” saying that the main pier could no longer carry the weight of cars, lorries and coaches in the winter storms that batter the coast.';
	const DESPITE =
		'The harbour board closed the old ferry terminal in Portmouth on Monday despite fierce protests from island traders and ferry crews and hundreds of daily passengers who had asked the board to keep the old ferry terminal open until the spring.';

	it('keys the lead cut before ", saying …" after a closing quotation mark', () => {
		const got = ask(text(SAYING))!;
		expect(got.key).toBe(
			'The harbour board closed the old ferry terminal in Portmouth on Monday over what its inspectors called “deep cracks”.'
		);
	});

	it('keys the lead cut before "despite …"', () => {
		const got = ask(text(DESPITE))!;
		expect(got.key).toBe('The harbour board closed the old ferry terminal in Portmouth on Monday.');
	});
});
