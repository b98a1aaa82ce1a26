import { describe, expect, it } from 'vitest';
import type { Article } from '$lib/bank/schema';
import { analyzeArticle, viewStory } from '../analyze';
import {
	remarkKeys,
	sameWordsElsewhere,
	sentenceWords,
	sourceCandidates,
	speakerEvidence
} from './source';

const article = (n: number, outlet: string, title: string, text: string): Article => ({
	id: `a${n}`,
	storyId: 's',
	title,
	outlet,
	date: '2023-10-09',
	text
});

/** Each names the mayor twice: a person each outlet comes back to is the story's. */
const NAMING = [
	'Mayor Ann Lee opened the bridge on Monday after a long delay. Lee thanked the crews.',
	'The bridge opened on Monday, and Mayor Ann Lee cut the ribbon. Lee then walked across.',
	'Crowds watched as Mayor Ann Lee opened the new bridge on Monday. Lee spoke briefly.'
];

function notMentionPrompts(fourthTitle: string, fourthText: string, fourthDate?: string): string[] {
	const articles = [
		...NAMING.map((t, i) => article(i, `Daily ${'ABC'[i]}`, 'Bridge opens', t)),
		{
			...article(3, 'Daily D', fourthTitle, fourthText),
			...(fourthDate ? { date: fourthDate } : {})
		}
	];
	const view = viewStory('s', articles.map(analyzeArticle));
	return sourceCandidates(view)
		.filter((c) => c.answerKey.startsWith('not-mention:'))
		.map((c) => c.draft.prompt);
}

describe('sourceCandidates: the outlet that does not mention someone', () => {
	it('asks when one outlet really never names the person', () => {
		expect(
			notMentionPrompts('Bridge opens', 'The new bridge opened on Monday after a long delay.')
		).toEqual(['Every outlet but one names Ann Lee. Which outlet never does?']);
	});
	it('does not ask about a person each outlet names only once, unless a headline names them', () => {
		const once = (title: string) =>
			viewStory(
				's',
				[
					...[
						'The bridge opened on Monday, a year after former mayor Ann Lee first planned it.',
						'Crews opened the bridge on Monday; it was planned under former mayor Ann Lee.',
						'The new bridge, first planned by former mayor Ann Lee, opened on Monday.'
					].map((t, i) => article(i, `Daily ${'ABC'[i]}`, i ? 'Bridge opens' : title, t)),
					article(
						3,
						'Daily D',
						'Bridge opens',
						'The new bridge opened on Monday after a long delay.'
					)
				].map(analyzeArticle)
			);
		const asked = (title: string) =>
			sourceCandidates(once(title)).filter((c) => c.answerKey === 'not-mention:Ann Lee').length;
		expect(asked('Bridge opens')).toBe(0);
		expect(asked('Ann Lee’s bridge opens')).toBe(1);
	});
	it('does not ask about an outlet that refers to the person by role ("the mayor") without the name', () => {
		expect(
			notMentionPrompts(
				'Bridge opens',
				'The mayor opened the new bridge on Monday after a long delay.'
			)
		).toEqual([]);
	});
	it('does not ask about an outlet that writes a role another person in the story holds too ("the lawyer")', () => {
		// Daily A calls someone else a lawyer too, so "the lawyer" could be either; the claim
		// that Daily D never refers to Tom Ray would still be arguable.
		const texts = [
			'Lawyer Tom Ray spoke for the mayor on Monday. Lawyer Mary Novak spoke for the city. Ray left early.',
			'The mayor stayed home, and lawyer Tom Ray spoke for her on Monday. Ray left early.',
			'On Monday lawyer Tom Ray spoke for the mayor at the hearing. Ray left early.'
		];
		const withFourth = (fourth: string) => {
			const view = viewStory(
				's',
				[
					...texts.map((t, i) => article(i, `Daily ${'ABC'[i]}`, 'Hearing held', t)),
					article(3, 'Daily D', 'Hearing held', fourth)
				].map(analyzeArticle)
			);
			return sourceCandidates(view)
				.filter((c) => c.answerKey === 'not-mention:Tom Ray')
				.map((c) => c.draft.prompt);
		};
		expect(withFourth('The mayor stayed home on Monday, and the lawyer spoke for her.')).toEqual(
			[]
		);
		expect(withFourth('The mayor stayed home on Monday, and the hearing went on.')).toEqual([
			'Every outlet but one names Tom Ray. Which outlet never does?'
		]);
	});
	it('cites the sentence with the full name, not an earlier surname that may be someone else’s', () => {
		const texts = [
			'Lee family members watched from the bank. Mayor Ann Lee opened the bridge on Monday.',
			...NAMING.slice(1)
		];
		const view = viewStory(
			's',
			[
				...texts.map((t, i) => article(i, `Daily ${'ABC'[i]}`, 'Bridge opens', t)),
				article(3, 'Daily D', 'Bridge opens', 'The new bridge opened on Monday after a long delay.')
			].map(analyzeArticle)
		);
		const q = sourceCandidates(view).find((c) => c.answerKey === 'not-mention:Ann Lee')!;
		const cited = q.draft.evidence.find((e) => e.articleId === 'a0')!;
		expect(texts[0]!.slice(cited.start, cited.end)).toBe(
			'Mayor Ann Lee opened the bridge on Monday.'
		);
	});
	it('does not ask about an outlet that names the person by given name alone, in a quote', () => {
		expect(
			notMentionPrompts(
				'Bridge opens',
				'The new bridge opened on Monday. “Ann has kept her word on this one,” a shopkeeper said.'
			)
		).toEqual([]);
	});
	it('does not ask about an outlet that filed before every outlet naming the person', () => {
		expect(
			notMentionPrompts(
				'Bridge to open',
				'The new bridge will open next week after a long delay.',
				'2023-10-01'
			)
		).toEqual([]);
	});
	it('does not ask about a name the others mention only in passing, far from their leads', () => {
		const filler = 'Traffic was light. Shops opened late. Rain fell at noon. ';
		const view = viewStory(
			's',
			[
				...['A', 'B', 'C'].map((x, i) =>
					article(i, `Daily ${x}`, 'Bridge opens', `${filler}Mayor Ann Lee was not there.`)
				),
				article(3, 'Daily D', 'Bridge opens', 'The new bridge opened on Monday after a long delay.')
			].map(analyzeArticle)
		);
		expect(sourceCandidates(view).filter((c) => c.answerKey.startsWith('not-mention:'))).toEqual(
			[]
		);
	});
	it('does not take a surname inside another word of a lead for a mention ("Lee" in "fleeing")', () => {
		const filler = 'Drivers were seen fleeing the jam. Shops opened late. Rain fell at noon. ';
		const view = viewStory(
			's',
			[
				...['A', 'B', 'C'].map((x, i) =>
					article(i, `Daily ${x}`, 'Bridge opens', `${filler}Mayor Ann Lee was not there.`)
				),
				article(3, 'Daily D', 'Bridge opens', 'The new bridge opened on Monday after a long delay.')
			].map(analyzeArticle)
		);
		expect(sourceCandidates(view).filter((c) => c.answerKey.startsWith('not-mention:'))).toEqual(
			[]
		);
	});
	it('does not ask when that outlet names the person where the analysis did not look', () => {
		expect(
			notMentionPrompts(
				'Lee opens the bridge',
				'The new bridge opened on Monday after a long delay.'
			)
		).toEqual([]);
	});
});

describe('sourceCandidates: which outlet carried a quote', () => {
	it('closes the question after the quote without the quote’s own full stop', () => {
		const articles = [
			article(
				0,
				'Daily A',
				'Bridge opens',
				'Mayor Ann Lee said: “The bridge is open to everyone who lives on either bank of the river today. It cost less than planned. We will build another one next spring, further down the valley.”'
			),
			article(1, 'Daily B', 'Bridge opens', 'Mayor Ann Lee opened the new bridge on Monday.'),
			article(2, 'Daily C', 'Bridge opens', 'Crowds watched the new bridge open on Monday.')
		];
		const prompts = sourceCandidates(viewStory('s', articles.map(analyzeArticle)))
			.filter((c) => c.answerKey.startsWith('quote-outlet:'))
			.map((c) => c.draft.prompt);
		expect(prompts).toEqual([
			'Which outlet quoted Ann Lee as saying “The bridge is open to everyone who lives on either bank of the river today. It cost less than planned”?'
		]);
	});
});

describe('sourceCandidates: which outlets quote a body', () => {
	it('writes "the White House" in lower case inside the question', () => {
		const articles = [
			article(
				0,
				'Daily A',
				'Bridge opens',
				'The White House said the bridge was “a fine piece of work for everyone.”'
			),
			article(
				1,
				'Daily B',
				'Bridge opens',
				'The White House said the bridge was “a triumph of engineering and planning.”'
			),
			article(2, 'Daily C', 'Bridge opens', 'Crowds watched the new bridge open on Monday.')
		];
		const prompts = sourceCandidates(viewStory('s', articles.map(analyzeArticle)))
			.filter((c) => c.answerKey.startsWith('quoted-by:'))
			.map((c) => c.draft.prompt);
		expect(prompts).toEqual([
			'Which outlets quote the White House directly? Select all that apply.'
		]);
	});
});

describe('sourceCandidates: a body named by its kind', () => {
	it('takes “the” inside the question (“quote the Health Department”)', () => {
		const articles = [
			article(
				0,
				'Daily A',
				'Bridge opens',
				'“The water near the bridge is safe for swimming again,” Health Department said on Monday.'
			),
			article(
				1,
				'Daily B',
				'Bridge opens',
				'“The water near the bridge is safe for swimming again,” Health Department said on Monday.'
			),
			article(2, 'Daily C', 'Bridge opens', 'Crowds watched the new bridge open on Monday.')
		];
		const prompts = sourceCandidates(viewStory('s', articles.map(analyzeArticle)))
			.filter((c) => c.answerKey.startsWith('quoted-by:'))
			.map((c) => c.draft.prompt);
		expect(prompts).toEqual([
			'Which outlets quote the Health Department directly? Select all that apply.'
		]);
	});
});

describe('sourceCandidates: “quote” only for the speaker’s own words in quotation marks', () => {
	const quotedBy = (c: string, d = 'Crowds watched the new bridge open on Monday.') =>
		sourceCandidates(
			viewStory(
				's',
				[
					article(
						0,
						'Daily A',
						'Bridge opens',
						'Mayor Ann Lee opened the bridge. “It is open to everyone who lives in this valley,” Lee said.'
					),
					article(1, 'Daily B', 'Bridge opens', c),
					article(2, 'Daily C', 'Bridge opens', d)
				].map(analyzeArticle)
			)
		)
			.filter((x) => x.answerKey.startsWith('quoted-by:'))
			.map((x) => x.draft.prompt);

	it('asks which outlets quote the mayor when the others do not quote her at all', () => {
		expect(quotedBy('The new bridge opened on Monday after a long delay.')).toEqual([
			'Which outlets quote Ann Lee directly? Select all that apply.'
		]);
	});
	it('does not call a phrase of four words set in a paraphrase quoting her directly', () => {
		const prompts = (quoting: string) =>
			sourceCandidates(
				viewStory(
					's',
					[
						article(0, 'Daily A', 'Bridge opens', quoting),
						article(1, 'Daily B', 'Bridge opens', 'Mayor Ann Lee opened the new bridge on Monday.'),
						article(2, 'Daily C', 'Bridge opens', 'Crowds watched the new bridge open on Monday.')
					].map(analyzeArticle)
				)
			)
				.filter((x) => x.answerKey.startsWith('quoted-by:'))
				.map((x) => x.draft.prompt);
		expect(
			prompts('Mayor Ann Lee said the bridge would “serve the whole valley” for decades.')
		).toEqual([]);
		expect(
			prompts(
				'Mayor Ann Lee opened the bridge. “It will serve the whole valley for decades,” Lee said.'
			)
		).toEqual(['Which outlets quote Ann Lee directly? Select all that apply.']);
	});
	it('does not ask when an outlet gives her words a trailing attribution hands to someone else', () => {
		// The quoted words are the statement's: Daily B neither clearly quotes her nor clearly does not.
		expect(
			quotedBy(
				'Mayor Ann Lee asked the council last summer to explore “options of service for the valley,” the city said in a statement.'
			)
		).toEqual([]);
	});
	it('does not ask when an outlet gives her a single word in quotation marks', () => {
		expect(quotedBy('Mayor Ann Lee said the bridge was “wonderful” on Monday.')).toEqual([]);
	});
});

describe('sourceCandidates: the outlet that leaves out a name asks only about people', () => {
	it('does not ask about an event whose name reads like a person’s', () => {
		const lines = [
			'Paul Ryan is to deliver the Whittington Lecture at the university on Thursday.',
			'Ryan will give the Whittington Lecture on Thursday morning.',
			'Students will hear Ryan give the Whittington Lecture on Thursday.'
		];
		const view = viewStory(
			's',
			[
				...lines.map((t, i) => article(i, `Daily ${'ABC'[i]}`, 'Ryan at Whittington Lecture', t)),
				article(3, 'Daily D', 'Ryan speaks', 'Paul Ryan will speak at the university on Thursday.')
			].map(analyzeArticle)
		);
		const prompts = sourceCandidates(view)
			.filter((c) => c.answerKey.startsWith('not-mention:'))
			.map((c) => c.draft.prompt);
		expect(prompts.some((p) => /Whittington/.test(p))).toBe(false);
	});
});

describe('sourceCandidates: which outlets quote someone', () => {
	const quotedBy = (texts: string[]) => {
		const view = viewStory(
			's',
			texts.map((t, i) => article(i, `Daily ${'ABCD'[i]}`, 'Stadium vote', t)).map(analyzeArticle)
		);
		return sourceCandidates(view)
			.filter((c) => c.answerKey.startsWith('quoted-by:'))
			.map((c) => c.draft.prompt);
	};
	const QUOTING =
		'Governor Ann Vale spoke on Monday. “The city will never pay a cent for that stadium,” Vale said.';
	it('asks when only some outlets print the person’s words', () => {
		expect(
			quotedBy([
				QUOTING,
				'The council voted on Monday to delay the stadium plan by a year.',
				'Governor Ann Vale opposed the stadium plan, which the council delayed on Monday.'
			])
		).toEqual(['Which outlets quote Ann Vale directly? Select all that apply.']);
	});
	it('does not ask when another outlet prints the same words in quotation marks without a name', () => {
		expect(
			quotedBy([
				QUOTING,
				'The council voted on Monday to delay the stadium plan by a year.',
				'The stadium plan stalled. “The city will never pay a cent for that stadium” was the line of the week at the council.'
			])
		).toEqual([]);
	});
});

describe('sourceCandidates: a quote only one outlet carries', () => {
	const explanationFor = (second: string) => {
		const view = viewStory(
			's',
			[
				article(
					0,
					'Daily A',
					'Wall to be rebuilt',
					'“We will rebuild the harbour wall before the winter storms arrive,” Mayor Ann Lee said on Monday.'
				),
				article(1, 'Daily B', 'Harbour plans', second),
				article(2, 'Daily C', 'Council meets', 'The council met on Monday to discuss the budget.')
			].map(analyzeArticle)
		);
		return sourceCandidates(view).find((c) => c.answerKey.startsWith('quote-outlet:'))?.draft
			.explanation;
	};
	it('says what the other outlets report only when one tells its point in other words', () => {
		// The others may still print the words unnamed: the feedback claims nothing of them.
		expect(explanationFor('Mayor Ann Lee spoke at the harbour on Monday.')).toBe(
			'Only Daily A carries this quote from Ann Lee.'
		);
		expect(
			explanationFor('Mayor Ann Lee promised to rebuild the harbour wall before winter storms.')
		).toBe(
			'Only Daily A carries this quote from Ann Lee. Daily B reports the point, but not in these words.'
		);
	});
	it('keeps the late-filing hedge off words its paragraph or the sentence before dates earlier', () => {
		const lateExplanation = (text: string) => {
			const view = viewStory('s', [
				analyzeArticle({
					...article(0, 'Daily A', 'Wall to be rebuilt', text),
					date: '2023-10-10'
				}),
				analyzeArticle(article(1, 'Daily B', 'Harbour plans', 'Mayor Ann Lee spoke on Monday.')),
				analyzeArticle(article(2, 'Daily C', 'Council meets', 'The council met on Monday.'))
			]);
			return sourceCandidates(view).find((c) => c.answerKey.startsWith('quote-outlet:'))?.draft
				.explanation;
		};
		expect(
			lateExplanation(
				'Mayor Ann Lee spoke on Tuesday.\n\n“We will rebuild the harbour wall before the storms,” Lee said.'
			)
		).toContain('they may have filed before it was said');
		// Monday is the day the others were filed: they could have reported the words.
		expect(
			lateExplanation(
				'Mayor Ann Lee spoke on Monday.\n\n“We will rebuild the harbour wall before the storms,” Lee said.'
			)
		).toBe('Only Daily A carries this quote from Ann Lee.');
		// The second quote of the paragraph is dated by the sentence above the paragraph.
		expect(
			lateExplanation(
				'In a radio interview in September, Mayor Ann Lee spoke of the harbour.\n\n“It fell,” Lee said. “We will rebuild the harbour wall before the storms.”'
			)
		).toBe('Only Daily A carries this quote from Ann Lee.');
	});
	it('asks nothing when another outlet prints the line’s words without quotation marks', () => {
		expect(
			explanationFor(
				'Mayor Ann Lee spoke on Monday. Her statement read: We will rebuild the harbour wall before winter storms arrive.'
			)
		).toBeUndefined();
		expect(
			explanationFor(
				'In a statement, Mayor Ann Lee said the city will rebuild the harbour wall before the winter storms arrive.'
			)
		).toBeUndefined();
	});
});

describe('sourceCandidates: a line of two sentences that another outlet reprints', () => {
	const askedFor = (second: string) =>
		sourceCandidates(
			viewStory(
				's',
				[
					article(
						0,
						'Daily A',
						'Wall to be rebuilt',
						'“We will rebuild the harbour wall before the winter storms arrive. Every family on the front will be back home by spring,” Mayor Ann Lee said on Monday.'
					),
					article(1, 'Daily B', 'Harbour plans', second),
					article(2, 'Daily C', 'Council meets', 'The council met on Monday to discuss the budget.')
				].map(analyzeArticle)
			)
		).some((c) => c.answerKey.startsWith('quote-outlet:'));
	it('asks nothing when the other outlet’s excerpt prints it across two sentences', () => {
		expect(
			askedFor(
				'The Harbour Gazette printed the mayor’s letter on Sunday. We will rebuild the harbour wall before winter storms arrive. Every family on the front will be back home by the spring, it read.'
			)
		).toBe(false);
	});
	it('still asks when the other outlet tells only part of it', () => {
		expect(
			askedFor(
				'The Harbour Gazette printed the mayor’s letter on Sunday. It said every family on the front would get help.'
			)
		).toBe(true);
	});
});

describe('sourceCandidates: “which outlet quoted X” only with evidence that X speaks', () => {
	const promptsFor = (quoting: string) => {
		const articles = [
			article(0, 'Daily A', 'Pier vote', quoting),
			article(1, 'Daily B', 'Pier vote', 'Mayor Jane Roe spoke to the council on Monday.'),
			article(2, 'Daily C', 'Pier vote', 'The council voted on the pier on Monday.')
		];
		return sourceCandidates(viewStory('s', articles.map(analyzeArticle)))
			.filter((c) => c.answerKey.startsWith('quote-outlet:'))
			.map((c) => [c.draft.prompt, c.draft.evidence.length]);
	};
	it('asks nothing about an email’s sign-off or a swear word', () => {
		const asked = promptsFor(
			[
				'Mayor Jane Roe wrote to the council staff on Friday.',
				'“Thank you all, and have a good weekend,” Roe wrote.',
				'“This is a f---ing mess and everyone knows it,” Roe said.',
				'“The pier will close in the spring for repairs,” Roe said.'
			].join('\n\n')
		).map(([prompt]) => prompt as string);
		expect(asked.some((p) => p.includes('The pier will close'))).toBe(true);
		expect(asked.some((p) => p.includes('good weekend') || p.includes('mess'))).toBe(false);
	});
	it('asks nothing about small talk that names nothing of the story', () => {
		const asked = promptsFor(
			[
				'Mayor Jane Roe spoke to the council on Monday.',
				'“We used to be friends,” Roe said.',
				'“The pier will close in the spring for repairs,” Roe said.'
			].join('\n\n')
		).map(([prompt]) => prompt as string);
		expect(asked.some((p) => p.includes('The pier will close'))).toBe(true);
		expect(asked.some((p) => p.includes('friends'))).toBe(false);
	});
	it('still asks about a quote that carries on into a paragraph of its own, named in the one before', () => {
		expect(
			promptsFor(
				'Mayor Jane Roe spoke to the council on Monday. “The pier will close in the spring,” Roe said.\n\n“We cannot pay for repairs this year and we will not raise taxes to do it.”'
			)
		).toContainEqual([
			'Which outlet quoted Jane Roe as saying “We cannot pay for repairs this year and we will not raise taxes to do it”?',
			1
		]);
	});
	// The speaker a quote is keyed to is set by hand here: the evidence check must hold whatever
	// attribution gave it.
	const evidenceAs = (text: string, speaker: string) => {
		const a = analyzeArticle(article(0, 'Daily A', 'Pier vote', text));
		expect(a.quotes).toHaveLength(1);
		const q = { ...a.quotes[0]!, speaker };
		return speakerEvidence(a, q)?.length;
	};
	it('finds no evidence when the sentence names the person only as who heard or was spoken of', () => {
		expect(
			evidenceAs(
				'In a voicemail to Jane Roe, Tom Hale said: “You will regret this vote.”',
				'Jane Roe'
			)
		).toBeUndefined();
		expect(
			evidenceAs(
				'Tom Hale said of his wife Jane Roe: “She never gave up on this town.”',
				'Jane Roe'
			)
		).toBeUndefined();
		expect(
			evidenceAs('Tom Hale said: “Jane Roe never gave up on this town, not once.”', 'Jane Roe')
		).toBeUndefined();
	});
	it('finds it when the sentence names the speaker as the one who speaks', () => {
		expect(
			evidenceAs(
				'In a voicemail to Jane Roe, Tom Hale said: “You will regret this vote.”',
				'Tom Hale'
			)
		).toBe(1);
		expect(
			evidenceAs('“The pier will close,” according to Tom Hale, the harbour master.', 'Tom Hale')
		).toBe(1);
		expect(
			evidenceAs(
				'Speaking to the council, Tom Hale said: “We cannot pay for the pier this year.”',
				'Tom Hale'
			)
		).toBe(1);
		expect(
			evidenceAs(
				'Secretary of State Tom Hale said: “We will not back down on the pier.”',
				'Tom Hale'
			)
		).toBe(1);
		expect(
			evidenceAs('Jane Roe got a voicemail from Tom Hale: “You will regret this vote.”', 'Tom Hale')
		).toBe(1);
	});
});

describe('sameWordsElsewhere: one remark in two transcriptions', () => {
	const view = () =>
		viewStory(
			's',
			[
				article(
					1,
					'Daily A',
					'Port deal',
					'The harbour deal was signed on Friday. “I told the governor that my only concern in taking the harbour post was whether it was right for working families and not any favour,” Ann Lee said.'
				),
				article(
					2,
					'Daily B',
					'Port deal',
					'The harbour deal was signed on Friday. Ann Lee said she told the governor: “I am going to make up my mind only by what the port’s working families need from me, and not a favour from anyone in power.”'
				),
				article(
					3,
					'Daily C',
					'Port deal',
					'The harbour deal was signed on Friday. “The ferries will run on time,” Ann Lee said.'
				)
			].map(analyzeArticle)
		);

	it('finds the other outlet’s words for the same remark, not the speaker’s other quotes', () => {
		const v = view();
		const a = v.analyses[0]!.quotes[0]!;
		const found = sameWordsElsewhere(v, a, 'Ann Lee').map((q) => q.articleId);
		expect(found).toEqual(['a2']);
	});

	it('gives a question on either transcription both quotations (remarkKeys, as quote.ts uses it)', () => {
		const v = view();
		const own = v.analyses[0]!.quotes[0]!;
		const other = v.analyses[1]!.quotes[0]!;
		const ferries = v.analyses[2]!.quotes[0]!;
		expect(remarkKeys(v, [own], 'Ann Lee')).toEqual([`a1@${own.start}`, `a2@${other.start}`]);
		expect(remarkKeys(v, [other], 'Ann Lee')).toEqual([`a2@${other.start}`, `a1@${own.start}`]);
		expect(remarkKeys(v, [ferries], 'Ann Lee')).toEqual([`a3@${ferries.start}`]);
	});

	it('makes the “which outlet quoted” item share that quotation, so selection asks it once', () => {
		const v = view();
		const item = sourceCandidates(v).find((c) => c.answerKey.startsWith('quote-outlet:I told'));
		const other = v.analyses[1]!.quotes[0]!;
		expect(item?.quotations).toContain(`a2@${other.start}`);
	});
});

describe('sentenceWords', () => {
	it('reads each sentence’s words once per article', () => {
		const a = analyzeArticle(
			article(
				0,
				'Daily A',
				'Ferry fares rise',
				'The mayor’s office said fares will rise. Riders were angry at the news.'
			)
		);
		const words = sentenceWords(a.sentences);
		expect(sentenceWords(a.sentences)).toBe(words);
		expect([...words[0]!]).toEqual(['the', "mayor's", 'office', 'said', 'fares', 'will', 'rise']);
	});
});
