import { describe, expect, it } from 'vitest';
import type { Article } from '$lib/bank/schema';
import { analyzeArticle, viewStory } from '../analyze';
import { article } from '../article.test-helpers';
import {
	attributes,
	creditsReport,
	namesSource,
	headlineTokens,
	headlineWordingCandidates,
	quotesBalanced,
	wordingSlots
} from './headline-wording';

/** Names as the articles would show them: capitalised words from a short list. */
const NAMES = new Set(['ruiz', 'ana', 'diaz', 'tom', 'riverton', 'u.s.']);
const isName = (w: string) => NAMES.has(w.replace(/[^\w.]/g, '').toLowerCase());

describe('headlineTokens', () => {
	it('splits a hyphenated compound, keeps quotation marks and phrase breaks', () => {
		const ts = headlineTokens("Council Opposes 'Same-Sex' Unions, Mayor Says");
		expect(ts.map((t) => t.text)).toEqual([
			'Council',
			'Opposes',
			'Same',
			'Sex',
			'Unions',
			'Mayor',
			'Says'
		]);
		expect(ts.filter((t) => t.quoted).map((t) => t.text)).toEqual(['Same', 'Sex']);
		expect(ts.find((t) => t.text === 'Unions')!.breakAfter).toBe(true);
		expect(ts.find((t) => t.text === 'Same')!.compound).toBe(true);
	});
});

describe('wordingSlots', () => {
	it('never quotes a phrase that ends on a relative word or inside quotation marks', () => {
		// "farmer 'who": the word after the anchor opens a clause and a quotation.
		expect(
			wordingSlots(
				[
					"Ruiz backs farmer 'who fed' town",
					'Diaz praises farmer hero',
					'Council backs farmer protest'
				],
				isName
			)
		).toEqual([]);
		// A word quoted before the anchor is quoted with its marks: "'heroic' farmer".
		const slot = wordingSlots(
			[
				"Ruiz backs 'heroic' farmer in fight",
				'Diaz praises local farmer',
				'Council backs local farmer'
			],
			isName
		).find((s) => s.anchor === 'farmer');
		expect(slot!.phrases).toEqual(["'heroic' farmer", 'local farmer', 'local farmer']);
	});

	it('quotesBalanced: marks pair up; an apostrophe inside a word is none', () => {
		expect(quotesBalanced("'heroic' farmer")).toBe(true);
		expect(quotesBalanced("Ruiz's plan")).toBe(true);
		expect(quotesBalanced("heroic' farmer")).toBe(false);
		expect(quotesBalanced("farmer 'who")).toBe(false);
	});

	it('reads an "-ing" word after the anchor in a preposition’s object as a noun, to the head', () => {
		// "spending" is listed as a verb, but after "over … campaign" it names the thing; the
		// phrase runs on to its head noun ("spree", "case"), which tells how each frames it.
		expect(
			wordingSlots(
				[
					'Ruiz admits guilt over lavish campaign spending spree',
					'Ana Ruiz Admits Guilt in Campaign Money Case'
				],
				isName
			)
		).toEqual([
			{
				anchor: 'campaign',
				side: 'after',
				words: ['spending', 'Money'],
				phrases: ['campaign spending spree', 'Campaign Money Case']
			}
		]);
		// As the headline's own act the "-ing" word stays a verb: no slot.
		expect(
			wordingSlots(['Campaign Spending Millions On Ads', 'Campaign Money Case Opens'], isName)
		).toEqual([]);
	});

	it('finds the word two headlines put beside a shared noun where the third puts another', () => {
		const slots = wordingSlots(
			[
				'Ruiz Backs Gay Marriage In Riverton',
				'Mayor Speaks Up For Gay Marriage',
				'Riverton Mayor Endorses Same-Sex Marriage'
			],
			isName
		);
		expect(slots.map((s) => [s.anchor, s.side, s.words])).toEqual([
			['Marriage', 'before', ['Gay', 'Gay', 'Same-Sex']]
		]);
	});

	it('reads what follows a shared verb in two headlines, the third lacking it', () => {
		const [slot, ...rest] = wordingSlots(
			[
				'Ruiz reaffirms support for the budget',
				'Mayor: Budget Must Pass',
				'Ruiz Reaffirms Doubts About Budget'
			],
			isName
		);
		expect(rest).toEqual([]);
		expect(slot!.phrases).toEqual(['reaffirms support', undefined, 'Reaffirms Doubts']);
	});

	it('asks nothing of names, figures, verbs or a negation beside the shared word', () => {
		const slots = wordingSlots(
			[
				// A name beside the shared word is naming, not wording.
				'Tom Diaz Budget Falls Short',
				// Two figures spelled two ways are one figure.
				'Council Sees 3 Budget Cuts',
				// "Not Passing" is no word for the thing; a verb before the noun takes it as object.
				'Vote Not Passing Budget'
			],
			isName
		);
		expect(slots).toEqual([]);
		expect(
			wordingSlots(
				['Mayor Creating Jobs Plan', 'Mayor Ignoring Jobs Plan', 'Mayor Drafts Plan'],
				isName
			)
		).toEqual([]);
	});

	it('needs the shared word in one form: "seeking" beside "seek" is two roles', () => {
		expect(
			wordingSlots(
				[
					'Asylum-seeking families reach border',
					'Families seek asylum at border',
					'Families wait at border'
				],
				isName
			).filter((s) => /seek/i.test(s.anchor))
		).toEqual([]);
	});

	it('stops at a verb after the first word: "Cliff" of "Cliff Meeting Ends"', () => {
		const [slot] = wordingSlots(
			['Leaders meet on fiscal crisis', 'Fiscal Cliff Meeting Ends Early', 'Leaders Talk Taxes'],
			isName
		);
		expect(slot!.words).toEqual(['crisis', 'Cliff', undefined]);
	});
});

describe('creditsReport', () => {
	it('reads a kicker or a tag crediting a report, not a speaker at the end', () => {
		expect(creditsReport('Report: Mayor Ruiz Met Developers In Secret')).toBe(true);
		expect(creditsReport('Council to delay budget vote until June: report')).toBe(true);
		expect(creditsReport('Mayor names new police chief, report says')).toBe(true);
		expect(creditsReport("Mayor names new police chief, 'Gazette' reports")).toBe(true);
		expect(creditsReport('Riverton Suspends Bus Fares: State Media')).toBe(true);
		expect(creditsReport('What Ruiz Reportedly Wants From The Council')).toBe(true);
		expect(creditsReport('Budget Is Fair, Mayor Says')).toBe(false);
		expect(creditsReport('Ruiz: Report Was Wrong')).toBe(false);
	});
});

describe('namesSource and attributes', () => {
	it('reads a source named after a comma, before "says" or before a colon', () => {
		expect(namesSource('Ruling Was Unfair, Attorney Says', isName)).toBe(true);
		expect(namesSource('Bridge Is Unsafe, Inspectors Say.', isName)).toBe(true);
		expect(namesSource('Ruiz says bridge is unsafe', isName)).toBe(true);
		expect(namesSource('Ruiz: Bridge Is Unsafe', isName)).toBe(true);
		expect(namesSource('Ruiz Closes Unsafe Bridge', isName)).toBe(false);
		expect(namesSource('Council Told To Close Bridge', isName)).toBe(false);
	});
	it('takes a verb of saying or a kicker as handing the news to someone', () => {
		expect(attributes('Ruiz Slams Council Over Bridge', isName)).toBe(true);
		expect(attributes('Ruiz Vows To Reopen Bridge', isName)).toBe(true);
		expect(attributes('Lawyer: Bridge Deal Was Rigged', isName)).toBe(true);
		expect(attributes('Bridge deal was rigged: prosecutors', isName)).toBe(true);
		// A label before a colon hands the news to no one.
		expect(attributes('Bridge Crisis: What To Know', isName)).toBe(false);
		expect(attributes('Council to delay bridge vote: report', isName)).toBe(true);
		expect(attributes('Riverton Closes Bridge For Repairs', isName)).toBe(false);
	});
});

describe('headlineWordingCandidates', () => {
	const titled = (n: number, title: string, text: string): Article => ({
		...article(n, text),
		title
	});
	const body = 'On Monday, Mayor Ana Ruiz met Governor Tom Diaz. Later, Diaz spoke to reporters.';
	const story = (...titles: string[]) =>
		viewStory(
			's',
			titles.map((t, i) => analyzeArticle(titled(i + 1, t, body)))
		);
	const keys = (c: ReturnType<typeof headlineWordingCandidates>[number]) =>
		c.draft.type === 'single' || c.draft.type === 'multi'
			? c.draft.choices
					.filter((x) => (c.draft as { correct: string[] }).correct.includes(x.id))
					.map((x) => x.text)
			: [];

	it('asks which headline words the shared thing differently, keyed to that outlet', () => {
		const [c, ...rest] = headlineWordingCandidates(
			story(
				'Ruiz Backs Gay Marriage Bill',
				'Governor Opposes Gay Marriage',
				'Diaz Signs Same-Sex Marriage Law'
			)
		);
		expect(rest).toEqual([]);
		// The odd wording is printed in Daily 3's headline alone: quoting it would be a look-up.
		expect(c!.draft.prompt).toBe(
			"Two of the headlines write “Gay Marriage”. Which outlet's headline words it differently?"
		);
		expect(c!.draft.prompt).not.toContain('Same-Sex');
		expect(keys(c!)).toEqual(['Daily 3']);
		expect(c!.answerKey).toBe('headline');
		// Evidence in every outlet, the odd one's lead first.
		expect(c!.draft.evidence.map((e) => e.articleId)).toEqual(['a3', 'a1', 'a2']);
	});

	it('asks nothing when the odd wording is a speaker’s, after a colon or in quotation marks', () => {
		// Ruiz chose "Gay Marriage", not Daily 3: the feedback's "each outlet chose its own" is false.
		for (const odd of [
			'Ruiz: Council Is Wrong On Gay Marriage',
			"Ruiz Calls 'Gay Marriage' A Right"
		])
			expect(
				headlineWordingCandidates(
					story('Diaz Backs Same-Sex Marriage Bill', 'Governor Opposes Same-Sex Marriage', odd)
				).filter((x) => x.draft.prompt.includes('Marriage'))
			).toEqual([]);
		// The same words as the outlet's own are asked.
		expect(
			headlineWordingCandidates(
				story(
					'Diaz Backs Same-Sex Marriage Bill',
					'Governor Opposes Same-Sex Marriage',
					'Ruiz Criticizes Council On Gay Marriage'
				)
			).filter((x) => x.draft.prompt.includes('Marriage'))
		).toHaveLength(1);
	});

	it('does not count a speaker’s words as a headline writing the usual wording', () => {
		// Daily 2's "Gay Marriage" is Ruiz's, after her colon: only Daily 1 writes it as its own.
		const wording = (odd: string) =>
			headlineWordingCandidates(
				story('Diaz Blasted Over Gay-Marriage Stance', odd, 'Governor Backs Same-Sex Marriage')
			).filter((x) => x.draft.prompt.includes('write'));
		expect(wording('Ruiz: Diaz Is Wrong On Gay Marriage')).toEqual([]);
		expect(wording("Ruiz Calls Diaz 'Wrong On Gay Marriage'")).toEqual([]);
		// The same words as the outlet's own make two headlines that write them.
		expect(wording('Ruiz Says Diaz Is Wrong On Gay Marriage')).toHaveLength(1);
	});

	it('asks which headline keeps a word in quotation marks that another writes plainly', () => {
		const c = headlineWordingCandidates(
			story(
				'Migrant Caravan Reaches Riverton',
				"Immigrant 'Caravan' Nears Border",
				'Diaz Meets Mayor On Border'
			)
		).find((x) => x.draft.prompt.includes('quotation marks'));
		expect(keys(c!)).toEqual(['Daily 2']);
	});

	it('asks which headlines credit a report, all of them when two do', () => {
		const c = headlineWordingCandidates(
			story(
				'Report: Ruiz Met Developers',
				'Ruiz met developers in secret, report says',
				'Mayor Ruiz Meets Governor Diaz'
			)
		).find((x) => x.draft.prompt.includes('report'));
		expect(c!.draft.type).toBe('multi');
		expect(keys(c!)).toEqual(['Daily 1', 'Daily 2']);
	});

	it('says "the others state it as their own" only when no other headline credits anyone', () => {
		const plain = headlineWordingCandidates(
			story(
				'Report: Ruiz Met Developers',
				'Ruiz Meets Developers',
				'Mayor Ruiz Meets Governor Diaz'
			)
		).find((x) => x.draft.prompt.includes('report'));
		expect(plain!.draft.prompt).toBe(
			"Which outlet's headline says its news comes from someone else's report, where the others state it as their own?"
		);
		const speaker = headlineWordingCandidates(
			story(
				'Report: Ruiz Met Developers',
				'Diaz: Ruiz Met Developers',
				'Mayor Ruiz Meets Governor Diaz'
			)
		).find((x) => x.draft.prompt.includes('report'));
		expect(speaker!.draft.prompt).toBe(
			"Which outlet's headline says its news comes from someone else's report?"
		);
		expect(keys(speaker!)).toEqual(['Daily 1']);
		// The feedback quotes every headline, those that credit no report too.
		for (const t of [
			'Report: Ruiz Met Developers',
			'Diaz: Ruiz Met Developers',
			'Mayor Ruiz Meets Governor Diaz'
		])
			expect(speaker!.draft.explanation).toContain(`“${t}”`);
	});

	it('asks which headline names whose claim it reports, when the others state it as fact', () => {
		const c = headlineWordingCandidates(
			story(
				'Bridge Deal Was Rigged, Attorney Says',
				'Riverton Council Approves Bridge Deal',
				'Council Backs Bridge Deal In Close Vote'
			)
		).find((x) => x.draft.prompt.includes('whose claim'));
		expect(c!.draft.prompt).toBe(
			"Which outlet's headline says whose claim it reports, where the others state their news as fact?"
		);
		expect(keys(c!)).toEqual(['Daily 1']);
		expect(c!.answerKey).toBe('headline');
	});

	it('does not ask whose claim a headline reports when another headline has a verb of saying', () => {
		expect(
			headlineWordingCandidates(
				story(
					'Bridge Deal Was Rigged, Attorney Says',
					'Ruiz Slams Council Over Bridge Deal',
					'Council Backs Bridge Deal In Close Vote'
				)
			).filter((x) => x.draft.prompt.includes('whose claim'))
		).toEqual([]);
	});

	it('does not ask about a wording another headline also has in another form', () => {
		// "Marriage Recognition" beside "marriage ban" twice, while the fourth headline
		// "recognizes": the odd wording is not the odd headline's alone.
		const asked = (fourth: string) =>
			headlineWordingCandidates(
				story(
					'Ruiz Backs Marriage Recognition Bill',
					'Diaz Blocks Marriage Ban',
					'Lee Defends Marriage Ban',
					fourth
				)
			).filter((x) => x.draft.prompt.includes('Marriage Ban'));
		expect(asked('Council Recognizes Couples')).toEqual([]);
		expect(asked('Council Meets On Couples')).toHaveLength(1);
	});

	it('asks nothing of one wording against one: with no majority, it is a look-up', () => {
		// "Immigration Principles" against "Immigration Plan": either phrase, quoted, is printed
		// in one headline only, and without a majority there is nothing to word "differently".
		expect(
			headlineWordingCandidates(
				story(
					'Senator Hints At Immigration Principles',
					'Council Votes To Offer Broad Immigration Plan',
					'Mayor Ruiz Opens Riverton Bridge'
				)
			).filter((x) => x.draft.prompt.includes('Immigration'))
		).toEqual([]);
	});

	it('asks nothing when three headlines word it three ways', () => {
		expect(
			headlineWordingCandidates(
				story(
					'Ruiz Praises Nuclear Deal',
					'Diaz Doubts Nuclear Agreement',
					'Mayor Sees Nuclear Files'
				)
			)
		).toEqual([]);
	});
});
