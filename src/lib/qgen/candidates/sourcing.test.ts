import { describe, expect, it } from 'vitest';
import { analyzeArticle, viewStory } from '../analyze';
import { article } from '../article.test-helpers';
import {
	SOURCING_CHOICE,
	WIRE_DATELINE,
	excerptOfAnother,
	filedAfterOthers,
	reportedInOtherWords,
	sourcingCandidates,
	sourcingOf,
	namesASource,
	ownName
} from './sourcing';

describe('sourcingOf', () => {
	it('tells the kinds of sourcing apart', () => {
		expect(sourcingOf('The plan was dropped, according to two senior officials.', 'Daily 1')).toBe(
			'unnamed'
		);
		expect(sourcingOf('The Valley Tribune first reported the payments.', 'Daily 1')).toBe(
			'credited'
		);
		expect(
			sourcingOf('The payments began in May, the Valley Tribune has learned.', 'Valley Tribune')
		).toBe('own');
		expect(sourcingOf('The agency could not independently verify the video.', 'Daily 1')).toBe(
			'unverified'
		);
	});
	it('credits no outlet when "according to" gives the claim to someone else', () => {
		// The outlet named is what the campaign disputed, not where the claim comes from.
		expect(
			sourcingOf(
				'The mayor’s campaign disputed a report in the Valley Tribune as a distortion of her record, according to her campaign.',
				'Daily 1'
			)
		).toBeUndefined();
		// The credit itself given with "according to" still counts.
		expect(
			sourcingOf('The payments began in May, according to the Valley Tribune.', 'Daily 1')
		).toBe('credited');
	});

	it('credits no news organisation for a press secretary, a government agency or investigators', () => {
		expect(
			sourcingOf(
				'The meeting was cancelled, according to the Harbour Board Press Secretary Ann Lee.',
				'Daily 1'
			)
		).toBeUndefined();
		expect(
			sourcingOf(
				'About 400 homes were flooded, according to the Federal Flood Management Agency.',
				'Daily 1'
			)
		).toBeUndefined();
		expect(sourcingOf('The FBI obtained the emails from a laptop in October.', 'Daily 1')).toBe(
			undefined
		);
		// A news agency is one, whatever precedes its name.
		expect(
			sourcingOf('About 400 homes were flooded, according to the Northern News Agency.', 'Daily 1')
		).toBe('credited');
		expect(
			sourcingOf('About 400 homes were flooded, according to the Valley Tribune.', 'Daily 1')
		).toBe('credited');
	});
	it('does not class as an unnamed source a claim an unnamed source gave another outlet', () => {
		expect(
			sourcingOf(
				'Citing two senior officials, Channel Nine News said the plan was dropped.',
				'Daily 1'
			)
		).toBeUndefined();
		expect(
			sourcingOf('Two senior officials said the plan was dropped after the vote.', 'Daily 1')
		).toBe('unnamed');
	});
	it('does not call an outlet citing its own earlier story its own reporting', () => {
		expect(
			sourcingOf('As the Daily Planet reported on Monday, the payments stopped.', 'Daily Planet')
		).toBeUndefined();
		// Its short name: "the Tribune" is the Valley Tribune itself, not another outlet.
		expect(
			sourcingOf('The Tribune reported in May that the payments stopped.', 'The Valley Tribune')
		).toBeUndefined();
		expect(sourcingOf('The payments stopped, the Tribune has learned.', 'The Valley Tribune')).toBe(
			'own'
		);
	});
	it('knows its own brand with a medium word, and its initials, as its own name', () => {
		// "As Harbor News reported" in Harbor's own article cites its own earlier story: not asked.
		expect(
			sourcingOf('As Harbor News reported on Friday, the mayor refused to resign.', 'harbor')
		).toBeUndefined();
		expect(sourcingOf('The mayor refused to resign, Harbor News has learned.', 'Harbor')).toBe(
			'own'
		);
		expect(
			sourcingOf('Fox reported on Friday that the mayor would stay.', 'Fox News')
		).toBeUndefined();
		expect(
			sourcingOf('The New Harbor Times reported in May that the mayor would stay.', 'NHT')
		).toBeUndefined();
		// Another outlet's brand is still another outlet.
		expect(
			sourcingOf('As Valley News reported on Friday, the mayor refused to resign.', 'harbor')
		).toBe('credited');
		// Unnamed officials who spoke to the outlet under its brand are its own unnamed source.
		expect(
			sourcingOf(
				'The deal was done, officials who asked not to be named told Harbor News.',
				'harbor'
			)
		).toBe('unnamed');
	});
	it('gives no kind when a sentence shows none, or two at once', () => {
		expect(
			sourcingOf(
				'Aides said the mayor was tired; the Valley Tribune reported that she left.',
				'Daily 1'
			)
		).toBeUndefined();
		expect(
			sourcingOf(
				'An official, speaking to the Tribune on condition of anonymity, said the deal was done.',
				'Daily 1'
			)
		).toBeUndefined();
		// Its own name after "told" is still an unnamed source of its own.
		expect(
			sourcingOf('The deal was done, officials who asked not to be named told Daily 1.', 'Daily 1')
		).toBe('unnamed');
		expect(sourcingOf('Mayor Ana Ruiz said the bridge would reopen.', 'Daily 1')).toBeUndefined();
		expect(
			sourcingOf('The Valley Tribune reported the payments, citing unnamed sources.', 'Daily 1')
		).toBeUndefined();
	});
	it('counts a site name from the link as the outlet itself', () => {
		expect(
			sourcingOf(
				'The payments stopped in May, the Valley Courier has learned.',
				'Courier',
				'https://www.valleycourier.com/x'
			)
		).toBe('own');
	});
});

describe('ownName', () => {
	it('tells the outlet’s own names from another outlet’s', () => {
		expect(ownName('Harbor News Network', 'Harbor')).toBe(true);
		expect(ownName('the Harbor Post', 'harbor-post')).toBe(true);
		expect(ownName('The Times', 'The New Harbor Times')).toBe(true);
		// Two papers of one city differ by the word "Times" or "Post", which is no medium word.
		expect(ownName('the Harbor Post', 'The Harbor Times')).toBe(false);
		expect(ownName('Valley News', 'Harbor News')).toBe(false);
	});
});

describe('sourcingCandidates', () => {
	const view = viewStory('s', [
		analyzeArticle(
			article(
				1,
				'The bridge will close for a year. The repairs will cost more than planned, according to two senior officials.'
			)
		),
		analyzeArticle(article(2, 'The bridge will close for a year, Mayor Ana Ruiz said on Monday.')),
		analyzeArticle(
			article(3, 'Drivers will have to take the ring road while the bridge is closed.')
		)
	]);
	const candidates = sourcingCandidates(view);
	it('asks how the outlet sources the claim and keys the kind the sentence shows', () => {
		const q = candidates.find((c) => c.draft.prompt.includes('How does Daily 1 source'));
		expect(q?.draft.type).toBe('single');
		if (q?.draft.type !== 'single') return;
		const key = q.draft.choices.find(
			(c) => q.draft.type === 'single' && q.draft.correct.includes(c.id)
		);
		expect(key?.text).toBe(SOURCING_CHOICE.unnamed);
		expect(q.draft.choices).toHaveLength(4);
	});
	it('shows the claim without the words that source it, which would print the key', () => {
		const q = candidates.find((c) => c.draft.prompt.includes('How does Daily 1 source'));
		expect(q?.draft.prompt).toBe(
			'Daily 1 writes: “The repairs will cost more than planned …” How does Daily 1 source this information?'
		);
	});
	it('asks nothing of a sentence whose sourcing words sit inside the claim', () => {
		const inside = viewStory('s', [
			analyzeArticle(
				article(
					1,
					'While the board met on Monday, a source said Mayor Ana Ruiz assured that the bridge would reopen in May.'
				)
			),
			analyzeArticle(article(2, 'The bridge will close for a year, Mayor Ana Ruiz said on Monday.'))
		]);
		expect(sourcingCandidates(inside).some((c) => c.draft.prompt.includes('How does'))).toBe(false);
	});
	it('never claims only one outlet relies on an unnamed source: the others’ absence cannot be proven', () => {
		expect(candidates.some((c) => c.draft.prompt.startsWith('Only one outlet relies'))).toBe(false);
	});

	it('asks which outlet flags a claim as unconfirmed without calling the claim its own report', () => {
		// "Has not independently confirmed the Ledger's report" flags another outlet's claim: the
		// prompt must fit that as well as a flag on the outlet's own reporting.
		const flagged = viewStory('s', [
			analyzeArticle(
				article(
					1,
					'The Harbour Ledger reported the deal. Daily 1 has not independently confirmed the report.'
				)
			),
			analyzeArticle(article(2, 'The mayor signed the deal on Monday, officials said.')),
			analyzeArticle(article(3, 'The deal was signed at city hall on Monday.'))
		]);
		const q = sourcingCandidates(flagged).find((c) => c.draft.prompt.startsWith('Only one'));
		expect(q?.draft.prompt).toBe(
			'Only one outlet says it has not confirmed a claim it reports. Which outlet?'
		);
	});
	it('asks which outlet alone credits another news organisation only when the others name none', () => {
		const credited = (second: string) =>
			sourcingCandidates(
				viewStory('s', [
					analyzeArticle(
						article(1, 'The council will sell the harbour, according to the Valley Register.')
					),
					analyzeArticle(article(2, second)),
					analyzeArticle(article(3, 'The council met on Monday to discuss the harbour.'))
				])
			).find((c) => c.draft.prompt.startsWith('Only one outlet credits'));
		expect(credited('The mayor signed the sale on Monday, officials said.')).toBeDefined();
		// "Told the Riverton Weekly" credits the paper too, in words the credit patterns do not read.
		expect(
			credited('The mayor told the Riverton Weekly that the sale would close in May.')
		).toBeUndefined();
	});
	it('does not ask "only one outlet" when another outlet also leans on an unnamed source', () => {
		const both = viewStory('s', [
			analyzeArticle(article(1, 'The repairs will cost more, according to two senior officials.')),
			analyzeArticle(
				article(2, 'People familiar with the plan said the repairs would take a year.')
			)
		]);
		expect(sourcingCandidates(both).some((c) => c.draft.prompt.startsWith('Only one'))).toBe(false);
	});
});

describe('WIRE_DATELINE', () => {
	it('finds an agency credited in a dateline, not a party in parentheses mid-text', () => {
		expect(WIRE_DATELINE.test('RIVERTON (Wire Service) - The council voted on Monday.')).toBe(true);
		expect(WIRE_DATELINE.test('Senator Ana Ruiz (D) - who chairs the panel - voted.')).toBe(false);
	});
});

describe('a “could not verify” flag is the outlet’s own', () => {
	it('is read where the outlet, a newsroom or the passive says the claim was not verified', () => {
		for (const s of [
			'The video could not be independently verified.',
			'The Valley Tribune has not independently confirmed the report.',
			'We could not verify the figures.',
			'The account could not be confirmed on Monday.',
			'The newspaper was unable to verify the letter.'
		])
			expect(sourcingOf(s, 'The Valley Tribune'), s).toBe('unverified');
	});
	it('is not read where someone else could not or did not confirm a thing', () => {
		for (const s of [
			'Police could not confirm the number of people hurt in the fire.',
			'The White House has not confirmed the meeting with the governor.',
			'The mayor was unable to confirm when the bridge would reopen.'
		])
			expect(sourcingOf(s, 'The Valley Tribune'), s).toBeUndefined();
	});
});

describe('what only one outlet has', () => {
	const story = (texts: string[], dates: string[] = []) =>
		viewStory(
			's',
			texts.map((t, i) =>
				analyzeArticle({ ...article(i + 1, t), ...(dates[i] ? { date: dates[i] } : {}) })
			)
		);
	it('finds an outlet that reports a quote’s point in its own words', () => {
		const view = story([
			'“We will rebuild the harbour wall before the winter storms arrive,” Mayor Ana Ruiz said.',
			'Mayor Ana Ruiz promised to rebuild the harbour wall before winter storms.',
			'The council met on Monday to discuss the budget.'
		]);
		const others = reportedInOtherWords(
			view,
			'a1',
			'We will rebuild the harbour wall before the winter storms arrive',
			'Ana Ruiz'
		);
		expect(others.map((a) => a.article.id)).toEqual(['a2']);
		// The same words from someone else report another person's point, not this quote.
		expect(
			reportedInOtherWords(
				view,
				'a1',
				'We will rebuild the harbour wall before the winter storms arrive',
				'Tom Diaz'
			)
		).toEqual([]);
	});
	it('says the others may have filed too early only when the text dates the words after them', () => {
		// 2024-05-03 is a Friday.
		const view = story(['One.', 'Two.', 'Three.'], ['2024-05-03', '2024-05-01', '2024-05-02']);
		expect(filedAfterOthers(view, 'a1', '“We will win,” he said on Friday.')).toBe(
			'Daily 1 was published on 2024-05-03, after the others (Daily 2 2024-05-01, Daily 3 2024-05-02), and dates these words 2024-05-03: they may have filed before it was said.'
		);
		// Not an outlet filed before another.
		expect(filedAfterOthers(view, 'a2', '“We will win,” he said on Friday.')).toBeUndefined();
	});
	it('says nothing of filing times where the text does not date the words after the others', () => {
		// The earlier reports may well cover the same hearing: a later date alone proves nothing.
		const view = story(['One.', 'Two.', 'Three.'], ['2024-07-28', '2024-07-27', '2024-07-27']);
		for (const said of [
			'“The mayor is doing a great job,” he posted in 2021.',
			'In a radio interview in January, Mr. Roe spoke. “We used to be friends,” he said.',
			'“We used to be friends,” he said on July 3.',
			'He said last year that he would run.',
			'“We will win,” Ann May said.',
			'“We will win,” he said in a statement.',
			// A date inside the quotation is what the words are about.
			'“Taxes go up on Sunday,” he said.',
			// Saturday, July 27: the day the others were filed, which they could have reported.
			'“We will win,” he said on Saturday.'
		])
			expect(filedAfterOthers(view, 'a1', said), said).toBeUndefined();
		// Sunday, July 28: after both others were filed.
		expect(filedAfterOthers(view, 'a1', '“We will win,” he said on Sunday.')).toContain(
			'dates these words 2024-07-28'
		);
		// An earlier report that names the same day may cover it: its filing date may be a day off.
		const sameDay = story(
			['One.', 'The mayor spoke on Sunday.', 'Three.'],
			['2024-07-28', '2024-07-27', '2024-07-27']
		);
		expect(filedAfterOthers(sameDay, 'a1', '“We will win,” he said on Sunday.')).toBeUndefined();
	});
	it('does not take a lead that only names the quote’s people and place for its point', () => {
		const view = story([
			'Mr. Roe once praised her. “Ana Ruiz is doing a great job as mayor of Port Alder City,” Roe posted.',
			'Ana Ruiz, the former mayor of Port Alder City, backed the governor on Monday, Roe said.',
			'The council met on Monday to discuss the budget.'
		]);
		expect(
			reportedInOtherWords(
				view,
				'a1',
				'Ana Ruiz is doing a great job as mayor of Port Alder City',
				'Tom Roe'
			)
		).toEqual([]);
	});
});

describe('a sourcing item needs exactly one source', () => {
	it('asks nothing of a sentence that also names a person or a body that spoke', () => {
		for (const s of [
			'Harlow said he would appeal the ruling, and people close to him expect a long fight.',
			'The Northern News Agency said the talks had ended, according to The Valley Tribune.',
			'The minister, Dana Reyes, called the report false and ridiculous, The Valley Tribune reported.',
			'The deal was signed late at night, according to two officials, said Dana Reyes.'
		])
			expect(sourcingOf(s, 'Daily A'), s).toBeUndefined();
	});

	it('asks nothing of an unnamed source beside a document', () => {
		const s =
			'The firm paid the fine in March, according to court documents and two officials who spoke on condition of anonymity.';
		expect(sourcingOf(s, 'Daily A')).toBeUndefined();
	});

	it('still asks of a sentence with one source, and of the credited outlet named as the one that spoke', () => {
		expect(
			sourcingOf('The deal was signed late at night, according to two officials.', 'Daily A')
		).toBe('unnamed');
		expect(
			sourcingOf(
				'The Valley Tribune reported Tuesday that the deal was signed at night.',
				'Daily A'
			)
		).toBe('credited');
		expect(namesASource('Officials said the deal was signed at night.')).toBe(false);
		expect(
			namesASource(
				'An adviser close to the Town Council said on condition of anonymity that it had failed.'
			)
		).toBe(false);
		expect(namesASource('The mayor, Dana Reyes, said the deal was signed at night.')).toBe(true);
	});
});

describe('"only one outlet" could not confirm a claim', () => {
	it('asks of a claim the outlet reports, which may be another outlet’s report', () => {
		const view = viewStory('s', [
			analyzeArticle({
				...article(
					1,
					'The Harbour Gazette reported that the mayor ordered an audit of the port accounts. The Valley Tribune has not independently confirmed the report.'
				),
				outlet: 'Valley Tribune'
			}),
			analyzeArticle(article(2, 'The mayor ordered an audit of the port accounts on Monday.'))
		]);
		const prompts = sourcingCandidates(view).map((c) => c.draft.prompt);
		expect(prompts).toContain(
			'Only one outlet says it has not confirmed a claim it reports. Which outlet?'
		);
		expect(prompts.join('\n')).not.toContain('could not verify part of its report');
	});
});

describe('the wrong answers of a sourcing item', () => {
	// One sentence of each kind, each in its own outlet, so each gets its own question.
	const view = viewStory('s', [
		analyzeArticle(
			article(1, 'The council will vote on the budget in June, according to two senior officials.')
		),
		analyzeArticle(
			article(
				2,
				'The council faces a budget shortfall of two million, the Harbour Gazette first reported.'
			)
		),
		analyzeArticle({
			...article(3, 'The county moved the vote to June, the Valley Tribune has learned.'),
			outlet: 'Valley Tribune'
		}),
		analyzeArticle(
			article(
				4,
				'A video shows the mayor leaving before the vote, which Daily 4 could not independently verify.'
			)
		)
	]);
	const byKey = new Map<string, string[]>();
	for (const c of sourcingCandidates(view)) {
		if (c.draft.type !== 'single' || !c.draft.prompt.includes('How does')) continue;
		const d = c.draft;
		const key = d.choices.find((x) => d.correct.includes(x.id))!.text;
		byKey.set(
			key,
			d.choices.filter((x) => !d.correct.includes(x.id)).map((x) => x.text)
		);
	}
	it('asks about every kind of sourcing the sentences show', () => {
		expect([...byKey.keys()].sort()).toEqual(
			[
				SOURCING_CHOICE.unnamed,
				SOURCING_CHOICE.credited,
				SOURCING_CHOICE.own,
				SOURCING_CHOICE.unverified
			].sort()
		);
	});
	it('never offers "no source, its own finding" beside an unnamed source, or the reverse', () => {
		expect(byKey.get(SOURCING_CHOICE.unnamed)).not.toContain(SOURCING_CHOICE.own);
		expect(byKey.get(SOURCING_CHOICE.own)).not.toContain(SOURCING_CHOICE.unnamed);
	});
	it('offers a document beside a person’s word, never beside another outlet’s report', () => {
		expect(byKey.get(SOURCING_CHOICE.unnamed)).toContain(SOURCING_CHOICE.document);
		expect(byKey.get(SOURCING_CHOICE.own)).toContain(SOURCING_CHOICE.document);
		expect(byKey.get(SOURCING_CHOICE.credited)).not.toContain(SOURCING_CHOICE.document);
	});
	it('gives every item three wrong answers, none the key', () => {
		for (const [key, wrong] of byKey) {
			expect(wrong).toHaveLength(3);
			expect(wrong).not.toContain(key);
		}
	});
	it('words the unnamed and the own kinds so that only one can fit a sentence', () => {
		// The one says someone gave it; the other says no one did.
		expect(SOURCING_CHOICE.unnamed).toMatch(/cites a source/);
		expect(SOURCING_CHOICE.own).toMatch(/^It gives no source/);
		expect(SOURCING_CHOICE.own).not.toMatch(/without naming/);
	});
});

describe('an article that hands over to another outlet’s piece', () => {
	it('reads the opener "From X writing at Y:" or "From Y:"', () => {
		expect(excerptOfAnother('From Jane Roe writing at The Valley Post:\n\nThe mayor quit.')).toBe(
			true
		);
		expect(excerptOfAnother('From the Harbour Times:\n\nThe mayor quit.')).toBe(true);
		// An opening sentence that starts with "From" is reporting.
		expect(
			excerptOfAnother('From a distance, the harbour looks calm: the ferries still run.')
		).toBe(false);
	});
	it('gets no "how does it source this?" question', () => {
		const view = viewStory('s', [
			analyzeArticle(
				article(
					1,
					'From Jane Roe writing at The Valley Post:\n\nThe repairs will cost more than planned, according to two senior officials.'
				)
			)
		]);
		expect(sourcingCandidates(view)).toEqual([]);
	});
});
