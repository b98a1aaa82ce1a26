import { describe, expect, it } from 'vitest';
import type { Article } from '$lib/bank/schema';
import { analyzeArticle, viewStory } from '../analyze';
import { article } from '../article.test-helpers';
import {
	claimPrompt,
	headlineClaim,
	headlineClaimCandidates,
	headlineClauses,
	sayClause
} from './headline-claim';

/** Names as the articles would write them mid-sentence. */
const NAMES = new Set(['Ana', 'Ruiz', 'Riverton', 'Diaz', 'Lee', 'Marta', 'Senate', 'Council']);
const isName = (w: string) => NAMES.has(w.replace(/[’']s$/, '').replace(/[^\p{L}.]/gu, ''));

const said = (title: string) =>
	headlineClauses(title, isName).map((c) => sayClause(c, isName) ?? '-');

describe('headlineClauses and sayClause', () => {
	it('reads a second predicate of the same subject after a comma', () => {
		expect(said('Ruiz Bows Out of Race, Reserves Right to Run Again')).toEqual([
			'Ruiz bows out of race',
			'Ruiz reserves right to run again'
		]);
	});
	it('reads a clause with a subject of its own after "as", its bare participle made whole', () => {
		expect(said('Riverton Budget Vote Delayed as Mass Protests Planned')).toContain(
			'mass protests are planned'
		);
		// "as" before a noun phrase is a preposition, no clause: one clause, read to its end.
		expect(said('Ruiz Quits as Head of Riverton Council')).toEqual([
			'Ruiz quits as head of Riverton Council'
		]);
	});
	it('says a headline future "to" as "will", also for a second predicate sharing it', () => {
		expect(said('Ruiz to Visit Riverton in May, Meet With Diaz')).toEqual([
			'Ruiz will visit Riverton in May',
			'Ruiz will meet with Diaz'
		]);
	});
	it('undoes headline case: common words lower case, a lone common subject or title with "the"', () => {
		expect(said('Shooting Spurs Calls for New Security Measures')).toEqual([
			'the shooting spurs calls for new security measures'
		]);
		expect(said('President Wants to Use Executive Order on Riverton Dam')).toEqual([
			'the president wants to use executive order on Riverton dam'
		]);
		// A headline in sentence case capitalises only its names, whatever the articles say.
		// A compound of a name and a common noun takes "the" ("the Hill debate").
		expect(said('Ruiz vows to act as Hill debate rages')).toContain('the Hill debate rages');
	});
	it('says nothing it cannot read for sure: a pronoun, an -ed form before an object', () => {
		expect(said('Ruiz Hates the Plan and May Kill It')).toEqual(['Ruiz hates the plan', '-']);
		// "Voted On" may be active ("the Senate voted on the bill") or passive: no claim.
		expect(said('Senate Voted On Riverton Bill')).toEqual(['-']);
		expect(said('Ana Ruiz Blasted by Council Over Budget')).toEqual([
			'Ana Ruiz is blasted by Council over budget'
		]);
	});
	it('leaves out an attribution put last and an apposition after the subject', () => {
		expect(said('Ruiz Made Secret Visit to Riverton, Report Says')).toEqual([
			'Ruiz made secret visit to Riverton'
		]);
		expect(said('Ana Ruiz, Riverton Mayor, Will Invoke Fifth Amendment')).toEqual([
			'Ana Ruiz will invoke fifth amendment'
		]);
	});
	it('keeps "he" after the subject’s own verb and says "him" as the main clause’s object', () => {
		expect(said('Ruiz Blames Diaz for Delay, Hints He Won’t Back Him')).toEqual([
			'Ruiz blames Diaz for delay',
			'Ruiz hints he won’t back Diaz'
		]);
		// "they" for one person, or "him" with no person after the main verb: no referent read.
		expect(said('Ruiz Praises Council, Says They Will Win')).toEqual(['Ruiz praises Council', '-']);
		expect(said('Ruiz Quits Over Delay, Hints He Won’t Back Him')).toEqual([
			'Ruiz quits over delay',
			'-'
		]);
	});
	it('reads a relative clause on the subject, its verb said as written', () => {
		expect(said('Riverton Mayor Who Paid Legal Claims With City Funds Resigns')).toEqual([
			'the Riverton mayor paid legal claims with city funds'
		]);
		expect(said('Riverton official who refused to testify facing new inquiry')).toEqual([
			'the Riverton official refused to testify'
		]);
		// An adverb before the main verb is no part of the relative clause.
		expect(said('Riverton Voters Who Backed Ruiz Now Regret It')).toEqual([
			'Riverton voters backed Ruiz'
		]);
		// "who" after a verb opens a question the headline reports, not a clause on its subject.
		expect(said('Ruiz Asks Who Will Pay for Riverton Dam')).not.toContainEqual(
			expect.stringMatching(/^(?:the )?Ruiz asks will/)
		);
	});
	it('reads the clause after a topic’s colon, not after a speaker’s or a document’s', () => {
		expect(said('Budget Scandal: Mayor Breaks Her Silence')).toEqual([
			'the mayor breaks her silence'
		]);
		expect(said('Marta Lee: Budget Plan Is Sound')).toEqual([]);
		expect(said('Riverton Budget Memo: Council Hid Losses')).toEqual([]);
		expect(said('Riverton Officials: Council Hid Losses')).toEqual([]);
	});
	it('reads no clause in a question', () => {
		expect(said('Truce Brings Calm to Riverton, but Will It Last?')).toEqual([]);
	});
});

describe('headlineClaim', () => {
	it('asks what only this headline says: a second clause whose verb and words no other has', () => {
		const claim = headlineClaim(
			'Ruiz Bows Out of Race, Reserves Right to Run Again',
			['Ruiz Pulling Out of Race', 'Ruiz Won’t Go Forward With Race'],
			isName
		);
		expect(claim?.claim).toBe('Ruiz reserves right to run again');
		expect(claim?.main).toBe(false);
	});
	it('makes no claim of a main clause another headline tells with the same subject in other words', () => {
		// "Talk Deficits" beside "Meet on Fiscal Crisis": one meeting told twice, not two claims.
		expect(
			headlineClaim(
				'Ruiz and Diaz Talk Deficits at City Hall',
				['Ruiz, Diaz Meet on Fiscal Crisis', 'Diaz Hosts Ruiz for Budget Meeting'],
				isName
			)
		).toBeUndefined();
		// A subject no other headline has makes the main clause this headline's own.
		expect(
			headlineClaim(
				'After Flood, Marta Lee Expresses Outrage and a Familiar Lament',
				['Ruiz Calls On Council To Act Over Flood', 'Ruiz Takes On Council Over Flood'],
				isName
			)?.claim
		).toBe('Marta Lee expresses outrage and a familiar lament');
	});
	it('asks a shared predicate with its pronouns resolved, a relative clause, a topic’s clause', () => {
		expect(
			headlineClaim(
				'Ruiz Blames Diaz for Delay, Hints He Won’t Back Him',
				['Ruiz Criticises Diaz Over Budget Delay', 'Diaz Faces Criticism From Ruiz'],
				isName
			)?.claim
		).toBe('Ruiz hints he won’t back Diaz');
		expect(
			headlineClaim(
				'Riverton Mayor Who Paid Legal Claims With City Funds Resigns',
				['Mayor Ana Ruiz Resigns', 'Ruiz Quits After Misconduct Allegations'],
				isName
			)?.claim
		).toBe('the Riverton mayor paid legal claims with city funds');
		expect(
			headlineClaim(
				'Budget Scandal: Mayor Breaks Her Silence',
				['Ruiz Faces Council Over Budget', 'Riverton Budget Inquiry Widens'],
				isName
			)?.claim
		).toBe('the mayor breaks her silence');
	});
	it('makes no claim another headline makes in other words: the Fifth, speaking out', () => {
		// Refusing to testify is invoking the Fifth: a second key, not a claim of its own.
		expect(
			headlineClaim(
				'Riverton official who refused to testify facing new inquiry',
				['Ana Ruiz Invokes Fifth Amendment at Hearing', 'Ruiz Will Invoke Fifth at Inquiry'],
				isName
			)
		).toBeUndefined();
		// After a topic's colon the clause is the news: a predicate word another headline has
		// (here "speaks" for "silence") makes no claim, though its subject is a role.
		expect(
			headlineClaim(
				'Budget Scandal: Mayor Breaks Her Silence',
				['Ruiz Speaks Out on Budget', 'Riverton Budget Inquiry Widens'],
				isName
			)
		).toBeUndefined();
	});
	it('makes no claim when the verb is another headline’s, in any form', () => {
		// "Quits" beside "Resigns": one act, a same-act verb (and "Resignation" its word family).
		expect(
			headlineClaim(
				'Ruiz Visits Riverton, Quits Over Budget Scandal',
				['Council Accepts Resignation of Ruiz', 'Riverton Mayor Ruiz Resigns'],
				isName
			)
		).toBeUndefined();
		expect(
			headlineClaim(
				'Ruiz Visits Riverton, Blames Budget Scandal',
				['Council Accepts Resignation of Ruiz', 'Riverton Mayor Ruiz Resigns'],
				isName
			)?.claim
		).toBe('Ruiz blames budget scandal');
	});
});

describe('headlineClaimCandidates', () => {
	const titled = (n: number, title: string, text: string): Article => ({
		...article(n, text),
		title
	});
	const story = (first: string) =>
		viewStory('s', [
			analyzeArticle(
				titled(
					1,
					first,
					'Ana Ruiz will visit Riverton in May. Organisers said mass protests are planned for her visit.'
				)
			),
			analyzeArticle(
				titled(2, 'Ana Ruiz to Visit Riverton in May', 'Ana Ruiz will visit Riverton in May.')
			),
			analyzeArticle(
				titled(3, 'Ruiz Will Visit Riverton Next Month', 'Ruiz visits Riverton next month.')
			)
		]);
	it('asks which outlet’s headline makes the claim, keyed to it, and sets the others beside it', () => {
		const qs = headlineClaimCandidates(story('Ruiz Visit Confirmed as Mass Protests Planned.'));
		expect(qs.map((q) => q.draft.prompt)).toEqual([claimPrompt('mass protests are planned')]);
		const q = qs[0]!;
		expect(q.answerKey).toBe('headline');
		if (q.draft.type !== 'single') throw new Error('single choice expected');
		const single = q.draft;
		expect(single.choices.map((c) => c.text).sort()).toEqual(['Daily 1', 'Daily 2', 'Daily 3']);
		expect(single.choices.find((c) => single.correct.includes(c.id))?.text).toBe('Daily 1');
		// The feedback quotes what each other headline says instead, without a closing full stop.
		expect(single.explanation).toContain(
			'The other headlines say instead: Daily 2: “Ana Ruiz to Visit Riverton in May”; Daily 3: “Ruiz Will Visit Riverton Next Month”.'
		);
		expect(single.explanation).toContain('“Ruiz Visit Confirmed as Mass Protests Planned”,');
		// The article's sentence that says so is the evidence.
		const text = view1Text();
		expect(text.slice(q.draft.evidence[0]!.start, q.draft.evidence[0]!.end)).toMatch(
			/^Organisers said mass protests/
		);
	});
	it('never asks a claim that names its own outlet', () => {
		// The same claim without the outlet's name is asked; with it, it would give the key away.
		expect(
			headlineClaimCandidates(story('Ruiz to Visit Riverton in May, Speak to Local Readers')).map(
				(q) => q.draft.prompt
			)
		).toEqual([claimPrompt('Ruiz will speak to local readers')]);
		expect(
			headlineClaimCandidates(story('Ruiz to Visit Riverton in May, Speak to Daily 1 Readers'))
		).toEqual([]);
	});
	it('never says a whole headline over as its claim', () => {
		const crash = (first: string) =>
			viewStory('s', [
				analyzeArticle(
					titled(1, first, 'Councilwoman Marta Lee was hurt at a rally in Riverton on Sunday.')
				),
				analyzeArticle(
					titled(2, 'Crash spurs calls for new road safety rules', 'The crash prompted calls.')
				),
				analyzeArticle(
					titled(3, 'Crash Brings Rare Unity to City Hall, but Will It Last?', 'It brought unity.')
				)
			]);
		expect(
			headlineClaimCandidates(crash('Marta Lee, Aides Hurt at Early Morning Riverton Rally'))
		).toEqual([]);
		// With a clause of its own beside the news, that clause is still asked.
		expect(
			headlineClaimCandidates(
				crash('Marta Lee Hurt at Riverton Rally as Police Seal Off Square')
			).map((q) => q.draft.prompt)
		).toEqual([claimPrompt('the police seal off square')]);
	});
	const view1Text = () =>
		'Ana Ruiz will visit Riverton in May. Organisers said mass protests are planned for her visit.';
});
