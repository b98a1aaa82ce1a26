import { describe, expect, it } from 'vitest';
import type { Article } from '$lib/bank/schema';
import { analyzeArticle, viewStory } from '../analyze';
import { article } from '../article.test-helpers';
import {
	backingSentences,
	claimLike,
	distinctivePhrase,
	headlineLookupCandidates,
	ownWords
} from './headline-lookup';
import { nearKey, ownRun, ownVerb } from './headline-lookup-words';

describe('distinctivePhrase', () => {
	it('finds the words only one headline has, grown to whole names and phrases', () => {
		expect(
			distinctivePhrase('Mayor Resigns After Budget Scandal', [
				'Mayor Ana Ruiz resigns',
				'Ruiz quits as mayor'
			])
		).toBe('Budget Scandal');
		expect(
			distinctivePhrase('Council Says Ana Ruiz Misled Voters', [
				'Ruiz resigns as mayor',
				'Mayor quits'
			])
		).toBe('Council Says Ana Ruiz Misled Voters');
	});
	it('takes a word another headline has in another form ("Recognition", "Recognizes") as shared', () => {
		// Only "Delayed" is this headline's own: "Recognition" is one word family with
		// "Recognizes", so "Union Recognition Delayed" adds one content word, not two.
		expect(
			distinctivePhrase('Union Recognition Delayed', [
				'Board recognizes union',
				'Union wins at board'
			])
		).toBeUndefined();
		expect(
			distinctivePhrase('Union Certification Delayed', [
				'Board recognizes union',
				'Union wins at board'
			])
		).toBe('Union Certification Delayed');
	});
	it('gives nothing when a headline adds fewer than two content words', () => {
		expect(distinctivePhrase('Mayor Ruiz resigns', ['Mayor Ruiz resigns today'])).toBeUndefined();
	});
});

describe('nearKey and ownWords', () => {
	it('joins a word family by its derivational endings', () => {
		expect(nearKey('Recognition')).toBe(nearKey('recognizes'));
		expect(nearKey('resigns')).toBe(nearKey('Resignation'));
		expect(nearKey('Harassment')).toBe(nearKey('harassed'));
		expect(nearKey('mayor')).not.toBe(nearKey('council'));
	});
	it('undoes the consonant a short verb doubles before -ing or -ed', () => {
		expect(nearKey('Running')).toBe(nearKey('Run'));
		expect(nearKey('planned')).toBe(nearKey('plans'));
		// "calling" keeps the double l the plain verb has.
		expect(nearKey('calling')).toBe(nearKey('calls'));
		// "Running" beside "Run" is the same word, not the headline's own choice.
		expect(ownWords('Ruiz Says He Is Running', ['Ruiz Launches Run'])).toEqual([]);
	});
	it('names only the words no other headline has, in any form', () => {
		expect(
			ownWords('IRS official who refused to testify', [
				'I.R.S. Official Invokes Fifth',
				'IRS Testifies'
			])
		).toEqual(['refused']);
		// A given name beside another headline's surname is the same person, not a word of its own.
		expect(ownWords('Ana Ruiz Visit Confirmed', ['Ruiz to visit Riverton'], ['Ana Ruiz'])).toEqual([
			'Confirmed'
		]);
	});
});

describe('headlineLookupCandidates', () => {
	const titled = (n: number, title: string, text: string): Article => ({
		...article(n, text),
		title
	});
	it('asks which outlet’s headline says the distinctive words, keyed to that outlet', () => {
		const view = viewStory('s', [
			analyzeArticle(
				titled(1, 'Mayor Resigns After Budget Scandal', 'The mayor resigned on Monday.')
			),
			analyzeArticle(titled(2, 'Mayor Ana Ruiz resigns', 'Ana Ruiz resigned as mayor on Monday.')),
			analyzeArticle(titled(3, 'Ruiz quits as mayor', 'Mayor Ana Ruiz quit on Monday.'))
		]);
		const q = headlineLookupCandidates(view).find((c) => c.draft.prompt.includes('Budget Scandal'));
		expect(q?.draft.type).toBe('single');
		if (q?.draft.type !== 'single') return;
		const key = q.draft.choices.find(
			(c) => q.draft.type === 'single' && q.draft.correct.includes(c.id)
		);
		expect(key?.text).toBe('Daily 1');
		// The prompt quotes the words only this headline chooses, never the headline itself.
		expect(q.draft.prompt).not.toContain('Mayor Resigns');
		// The feedback quotes all three headlines, so the student sees the contrast.
		expect(q.draft.explanation).toContain('“Ruiz quits as mayor”');
		expect(q.draft.explanation).toContain('“Mayor Ana Ruiz resigns”');
		expect(q.draft.explanation).toContain(
			"Only Daily 1's headline chooses the words “Budget Scandal”"
		);
	});
	it('cites the sentence that states the headline’s claim, and says so when none does', () => {
		const view = viewStory('s', [
			analyzeArticle(
				titled(
					1,
					'Mayor Resigns After Budget Scandal',
					'The mayor resigned on Monday. Auditors found the budget scandal had cost the city millions.'
				)
			),
			analyzeArticle(
				titled(2, 'Ana Ruiz Quits Amid Pension Probe', 'Ana Ruiz resigned as mayor on Monday.')
			),
			// Three words at least, or it is no headline to compare.
			analyzeArticle(titled(3, 'Mayor Ana Ruiz resigns', 'Mayor Ana Ruiz quit on Monday.'))
		]);
		const headline = headlineLookupCandidates(view).filter((c) => c.answerKey === 'headline');
		const backed = headline.find((c) => c.draft.prompt.includes('Budget Scandal'))!;
		const unbacked = headline.find((c) => c.draft.prompt.includes('Pension Probe'))!;
		expect(view.analyses[0]!.article.text.slice(backed.draft.evidence[0]!.start)).toMatch(
			/^Auditors found/
		);
		expect(backed.draft.explanation).toContain('its article says so');
		expect(unbacked.draft.explanation).toContain('no sentence of its article repeats it');
		expect(backed.quality).toBeGreaterThan(unbacked.quality);
	});
	it('takes a sentence that quotes the headline’s words in quotation marks as backing it', () => {
		const sentences = analyzeArticle(
			article(
				1,
				'The council met on Monday. “This plan is garbage,” Ruiz told reporters. The vote is next week.'
			)
		).sentences;
		const backing = backingSentences(sentences, "Ruiz Calls Council Pension Plan 'Garbage'", [
			'Council backs pension plan',
			'Ruiz and council clash'
		]);
		expect(backing.map((s) => s.text)).toEqual(['“This plan is garbage,” Ruiz told reporters.']);
		// Unquoted in the headline, one shared word is not enough where two are asked for.
		expect(
			backingSentences(sentences, 'Ruiz Calls Council Pension Plan Garbage Overall', [
				'Council backs pension plan',
				'Ruiz and council clash'
			])
		).toEqual([]);
	});
	it('never asks about a headline phrase that names its own outlet', () => {
		const view = viewStory('s', [
			analyzeArticle(titled(1, 'Daily 1 Learns Mayor Hid Budget Losses', 'Ana Ruiz resigned.')),
			analyzeArticle(titled(2, 'Mayor Ana Ruiz resigns', 'Ana Ruiz resigned as mayor on Monday.')),
			analyzeArticle(titled(3, 'Ruiz quits as mayor', 'Mayor Ana Ruiz quit on Monday.'))
		]);
		expect(headlineLookupCandidates(view).filter((c) => c.answerKey === 'headline')).toEqual([]);
	});
});

describe('headlineLookupCandidates asks word choices, not whole headlines', () => {
	const titled = (n: number, title: string, text: string): Article => ({
		...article(n, text),
		title
	});
	const story = (...titles: string[]) =>
		viewStory(
			's',
			titles.map((t, i) =>
				analyzeArticle(titled(i + 1, t, 'The council met on Monday to argue about the budget.'))
			)
		);
	it('matches each outlet to its own stance verb when all three choose one', () => {
		const view = story(
			'Mayor Slams Council Over Water Rates',
			'Mayor Mocks Council for Water Rate Vote',
			'Mayor Criticizes Council on Water Rates'
		);
		const matching = headlineLookupCandidates(view).find((c) => c.draft.type === 'matching');
		expect(matching?.draft.type).toBe('matching');
		if (matching?.draft.type !== 'matching') return;
		expect(matching.draft.pairs.map((p) => `${p.left}: ${p.right}`)).toEqual([
			'Daily 1: slams',
			'Daily 2: mocks',
			'Daily 3: criticizes'
		]);
		expect(matching.draft.prompt).not.toMatch(/Water|Council/);
		expect(matching.draft.explanation).toContain('“Mayor Mocks Council for Water Rate Vote”');
	});
	it('asks the one stance verb only one headline has, keyed to it, never the whole headline', () => {
		const view = story(
			'Mayor Defends Water Rate Increase',
			'Water Rates Rise Again in the City',
			'City Council Approves New Water Rates'
		);
		const verb = headlineLookupCandidates(view).find((c) => c.draft.prompt.includes('“defends”'));
		expect(verb?.draft.type).toBe('single');
		const draft = verb?.draft;
		if (draft?.type !== 'single') return;
		const key = draft.choices.find((c) => draft.correct.includes(c.id));
		expect(key?.text).toBe('Daily 1');
		// "approves" frames nothing a student could weigh: no question on it.
		expect(headlineLookupCandidates(view).some((c) => c.draft.prompt.includes('approves'))).toBe(
			false
		);
		for (const c of headlineLookupCandidates(view))
			for (const t of [
				'Mayor Defends Water Rate Increase',
				'City Council Approves New Water Rates'
			])
				expect(c.draft.prompt).not.toContain(t);
	});
	it('never says a headline chooses words it gives as a speaker’s', () => {
		// "'Dead Wrong'" is Ruiz's, after her colon: the outlet reports it, it did not choose it.
		const body = 'On Monday, Ana Ruiz and Tom Diaz met. The council met to argue about the budget.';
		const view = viewStory(
			's',
			[
				"Ruiz: Sister Is 'Dead Wrong' On Gay Marriage",
				'Diaz blasted by older sister over gay-marriage stance',
				'Ruiz Criticizes Her Sister on Same-Sex Marriage'
			].map((t, i) => analyzeArticle(titled(i + 1, t, body)))
		);
		const prompts = headlineLookupCandidates(view).map((c) => c.draft.prompt);
		expect(prompts.some((p) => p.includes('Dead Wrong'))).toBe(false);
		// The outlets' own verbs are still asked.
		expect(prompts.some((p) => p.includes('“blasted”'))).toBe(true);
	});
	it('sets another headline’s verb beside the asked one only when both tell one actor’s act', () => {
		const view = story(
			'Council Challenges Mayor Over Water Rates',
			'Water Rates Rise Again in the City',
			'Mayor Defends Water Rate Increase'
		);
		const explained = (of: typeof view, verb: string) =>
			headlineLookupCandidates(of).find((c) => c.draft.prompt.includes(`“${verb}”`))?.draft
				.explanation;
		// The council challenges, the mayor defends: two sides' acts, not two words for one.
		expect(explained(view, 'challenges')).toMatch(/^Only Daily 1's headline chooses “challenges”;/);
		expect(explained(view, 'defends')).not.toContain('beside');
		// One actor, two verbs: each is the other's alternative.
		const same = story(
			'Mayor Slams Council Over Water Rates',
			'Water Rates Rise Again in the City',
			'Mayor Mocks Council For Water Rate Vote'
		);
		expect(explained(same, 'slams')).toContain("beside Daily 3's “mocks”");
		// A passive's actor is its "by …": the council blasts and criticizes in both.
		const passive = story(
			'Mayor blasted by council over water rates',
			'Water Rates Rise Again in the City',
			'Council Criticizes Mayor On Water Rates'
		);
		expect(explained(passive, 'blasted')).toContain("beside Daily 3's “criticizes”");
	});
	it('drops a headline whose own words are the whole headline rather than print it', () => {
		const view = story(
			'Ruiz resigns as mayor',
			'Mayor Ruiz resigns',
			'Budget Scandal Topples Embattled City Leader'
		);
		expect(
			headlineLookupCandidates(view).filter((c) => c.draft.prompt.includes('Topples'))
		).toEqual([]);
	});
});

describe('ownVerb and ownRun', () => {
	const noName = () => false;
	it('keeps a negation and a particle with the verb, and skips verbs that frame nothing', () => {
		expect(ownVerb("Mayor Won't Defend Budget", ['Mayor quits', 'Budget fight ends'], noName)).toBe(
			"won't defend"
		);
		expect(
			ownVerb('Mayor Calls For Audit', ['Audit ordered', 'Mayor under pressure'], noName)
		).toBe('calls for');
		expect(
			ownVerb('Mayor Talks Budget', ['Budget fight ends', 'Mayor quits'], noName)
		).toBeUndefined();
		// A participle's preposition starts what follows: "recognized", not "recognized in".
		expect(
			ownVerb(
				'Flood Rescuers Recognized in Riverton',
				['Mayor thanks rescuers', 'Rescue work ends'],
				noName
			)
		).toBe('recognized');
		// "Apologizes" takes a stance on the act as much as "attacks" does.
		expect(
			ownVerb(
				'Senator Apologizes After Rally Scuffle',
				['Senator and reporter clash', 'Rally ends'],
				noName
			)
		).toBe('apologizes');
		// Another headline has the verb in another form: no word of this one's own.
		expect(
			ownVerb('Mayor Criticizes Board', ['Criticism of board grows', 'Board meets'], noName)
		).toBeUndefined();
	});
	it('ends a run where its phrase ends, and takes one quoted word as a choice', () => {
		expect(
			ownRun(
				"Roe Says Plan Is 'Reckless' On Water Rates",
				['Roe opposes water rates plan', 'Water rates plan stalls'],
				noName
			)
		).toBe('‘Reckless’');
		// "Costly Risky" stands before the shared "Water Deal": a cut phrase, not a word choice.
		expect(
			ownRun(
				'Voters Reject Costly Risky Water Deal',
				['Water deal fails', 'Council water vote'],
				noName
			)
		).toBeUndefined();
		// A run that opens on a pronoun has lost whom it means.
		expect(
			ownRun(
				'Mayor, Others Hurt At Parade Crash',
				['Parade crash hurts mayor', 'Crash at parade'],
				noName
			)
		).toBeUndefined();
	});
});

describe('distinctivePhrase reads as a claim', () => {
	it('never stops at an abbreviation before a name ("Ariz. Gov. Roe")', () => {
		const others = ['Roe signs pay deal', 'Strike ends as Roe signs pay deal'];
		expect(distinctivePhrase('Teachers call for Ariz. Gov. Roe to resign over pay', others)).toBe(
			'Teachers call for Ariz. Gov. Roe to resign over pay'
		);
		expect(
			distinctivePhrase('Teachers rally in Phoenix, call for Ariz. Gov. Roe to resign', others)
		).toBe('Teachers rally in Phoenix, call for Ariz. Gov. Roe to resign');
		// A full stop after a word is still a sentence's end.
		expect(
			distinctivePhrase('Teachers Walk Out. Parents Back Roe', [
				'Parents back Roe',
				'Roe deal: parents back plan'
			])
		).toBe('Teachers Walk Out.');
	});

	it('runs on to the end of the clause instead of stopping inside it', () => {
		// The told-to-lie clause is what a report says, not what the headline claims: the
		// phrase keeps who says it, so it runs from the headline's start.
		expect(
			distinctivePhrase('Report Says Mayor Told Aide To Lie To Council', [
				'Mayor denies lying',
				'Council hears from mayor'
			])
		).toBe('Report Says Mayor Told Aide To Lie To Council');
		// "Unions, for Council Staff" after "or" is half of what the headline started.
		expect(
			distinctivePhrase('Ruiz Backs Raises, or Bonuses, for Council Staff', [
				'Ruiz backs raises',
				'Raises backed by Ruiz'
			])
		).toBe('Ruiz Backs Raises, or Bonuses, for Council Staff');
		// A last list item after a comma, with no verb, belongs to the claim.
		expect(
			distinctivePhrase('Prosecutors subpoena mayor’s campaign, city party committee', [
				'Attorney subpoenas Ruiz',
				'Ruiz gets subpoena'
			])
		).toBe('Prosecutors subpoena mayor’s campaign, city party committee');
		// A long run from inside the headline has lost its subject ("May Veto It …").
		expect(
			distinctivePhrase('Mayor Hates Budget And May Veto It Even If Council Objects', [
				'Mayor hates budget',
				'Budget hated by mayor'
			])
		).toBe('Mayor Hates Budget And May Veto It Even If Council Objects');
	});
	it('takes a quotation whole or not at all', () => {
		expect(
			distinctivePhrase('Mayor: ‘Clean Streets First’ Plan Not Creating Jobs', [
				'Mayor mocks council for streets vote',
				'Mayor taunts council over jobs'
			])
			// The speaker stays: without "Mayor:" the words read as the headline's own claim.
		).toBe('Mayor: ‘Clean Streets First’ Plan Not Creating Jobs');
		expect(
			distinctivePhrase('Mayor vows budget ‘will be cut one way or another,’ as debate rages', [
				'Mayor vows to cut budget',
				'Mayor wants order to cut budget'
			])
		).toBe('Mayor vows budget ‘will be cut one way or another,’ as debate rages');
	});
});

describe('distinctivePhrase at abbreviations and pronouns', () => {
	it('never makes a preposition’s object the subject of a clause', () => {
		expect(
			distinctivePhrase('Top Democrat In State Senate Calls For Lower Taxes', [
				'Senate leader hints at tax plan',
				'Senators to offer tax plan'
			])
		).toBe('Top Democrat In State Senate Calls For Lower Taxes');
	});
	it('drops the comma a quotation carried from its sentence', () => {
		expect(
			distinctivePhrase("Mayor Attacks Council As 'Do-Nothing,' Calls For Vote", [
				'Mayor calls for a vote',
				'Mayor wants vote'
			])
		).toBe("Mayor Attacks Council As 'Do-Nothing'");
	});
	it('gives a quotation the one who said it, and a verb both its subjects', () => {
		expect(
			distinctivePhrase('Mayor says Ruiz a ‘reckless spender,’ backs Diaz at rally', [
				'Diaz Is ‘Honest’ Unlike Ruiz, Mayor Says',
				'Mayor and Ruiz trade barbs'
			])
		).toBe('Mayor says Ruiz a ‘reckless spender,’ backs Diaz at rally');
		expect(
			distinctivePhrase('Mayor and Ruiz Talk Deficits at the Town Hall', [
				'Mayor, Ruiz meet on budget crisis',
				'Mayor Ruiz budget meeting: last-minute push'
			])
		).toBe('Mayor and Ruiz Talk Deficits at the Town Hall');
	});
	it('does not grow a short run of names after “and” into a clause', () => {
		expect(
			distinctivePhrase('Prosecutor Subpoenas Ruiz’s Campaign and Port Harbor G.O.P.', [
				'Prosecutors subpoena Ruiz campaign, party committee',
				'Prosecutor Subpoenas Ruiz Campaign Papers'
			])
		).toBe('Port Harbor G.O.P.');
	});
	it('never starts inside a list of names', () => {
		expect(
			distinctivePhrase('Mayor takes on Ruiz, Diaz over ‘budget lies’ as council meets', [
				'Mayor calls on Ruiz to resign',
				'Mayor expresses outrage'
			])
		).toBe('Mayor takes on Ruiz, Diaz over ‘budget lies’ as council meets');
	});
	it('reads past an abbreviation and gives a pronoun its subject', () => {
		expect(
			distinctivePhrase('Mayor Sees Slim Chance G.O.P. Will Win Seat', [
				'Mayor: Republicans could win seat',
				'Mayor predicts Republicans win seat'
			])
		).toBe('Mayor Sees Slim Chance G.O.P. Will Win Seat');
		expect(
			distinctivePhrase('Mayor says he welcomes auditor’s statement disputing report', [
				'Auditor disputes report on mayor',
				'Auditor statement disputes mayor report'
			])
		).toBe('Mayor says he welcomes auditor’s statement disputing report');
	});
});

describe('claimLike', () => {
	it('wants a verb or a quotation, not a bare name or noun phrase', () => {
		expect(claimLike('Cordial Ties Have Soured')).toBe(true);
		expect(claimLike('Failing to Follow Security Protocols')).toBe(true);
		expect(claimLike("'Dead Wrong' On Gay Marriage")).toBe(true);
		expect(claimLike('Budget Scandal')).toBe(true);
		expect(claimLike('New Jersey G.O.P.', ['New Jersey'])).toBe(false);
		expect(claimLike('Lois Lerner', ['Lois Lerner'])).toBe(false);
	});
});

describe('backingSentences', () => {
	const sentences = [
		'The mayor quit on Monday.',
		'Council members met in the evening.',
		'The budget scandal had grown for weeks, and the budget office was raided.'
	].map((text, index) => ({
		articleId: 'a1',
		index,
		paragraph: index,
		start: index * 100,
		end: index * 100 + text.length,
		text
	}));
	it('cites the sentence that says what the headline words say, none when no sentence does', () => {
		expect(backingSentences(sentences, 'Budget Scandal Raids').map((s) => s.index)).toEqual([2]);
		expect(backingSentences(sentences, 'Hidden Losses')).toEqual([]);
	});
	it('backs a claim only with the words no other headline has, not the story’s common words', () => {
		// "mayor" and "quit" are in every headline; only "budget" is this headline's own claim.
		expect(
			backingSentences(sentences, 'Mayor Quits Over Budget', ['Mayor quits']).map((s) => s.index)
		).toEqual([2]);
		expect(backingSentences(sentences, 'Mayor Quits Monday Evening', ['Mayor quits'])).toEqual([]);
	});
	it('does not take two chance words for a longer claim', () => {
		const body = [
			'She said she wants voters to pick the right candidate despite her threatened run.',
			'She said she keeps the right to run for governor next year.'
		].map((text, index) => ({ ...sentences[0]!, index, text }));
		// "right" and "run" of another sense back nothing; the sentence that says it does.
		expect(
			backingSentences(body, 'Mayor Quits, Keeps Right to Run for Governor', ['Mayor quits']).map(
				(s) => s.index
			)
		).toEqual([1]);
		expect(
			backingSentences(body.slice(0, 1), 'Mayor Quits, Keeps Right to Run for Governor', [
				'Mayor quits'
			])
		).toEqual([]);
	});
});
