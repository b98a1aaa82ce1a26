import { describe, expect, it } from 'vitest';
import type { Article } from '$lib/bank/schema';
import { analyzeArticle, viewStory } from '../analyze';
import { article } from '../article.test-helpers';
import { headlineCandidates } from './headline';
import { headlineClaimCandidates } from './headline-claim';

describe('headlineCandidates', () => {
	const titled = (n: number, title: string, text: string, date = '2024-03-04'): Article => ({
		...article(n, text),
		title,
		date
	});
	const story = (...articles: Article[]) => viewStory('s', articles.map(analyzeArticle));
	const keyOf = (c: ReturnType<typeof headlineCandidates>[number]) =>
		c.draft.type === 'single'
			? c.draft.choices.find((x) => c.draft.type === 'single' && c.draft.correct.includes(x.id))
					?.text
			: undefined;
	const body = 'On Monday, Mayor Ana Ruiz met Governor Tom Diaz. Later, Diaz spoke to reporters.';

	it('asks which headline makes someone else its subject', () => {
		const [c, ...rest] = headlineCandidates(
			story(
				titled(1, 'Ruiz Slams Diaz Over Budget', body),
				titled(2, 'Ana Ruiz Attacks Governor On Budget', body),
				titled(3, 'Diaz Defends Budget Against Ruiz', body)
			)
		).filter((x) => x.draft.prompt.includes('subject'));
		expect(rest).toEqual([]);
		expect(c!.draft.prompt).toBe(
			"Two of the headlines make Ana Ruiz the subject of their sentence. Which outlet's headline makes Tom Diaz its subject instead?"
		);
		expect(keyOf(c!)).toBe('Daily 3');
		// Evidence in every outlet named: each article's lead.
		expect(new Set(c!.draft.evidence.map((e) => e.articleId)).size).toBe(3);
	});

	it('says which headline is passive when a shared subject is acted upon, not only the odd one', () => {
		const [c] = headlineCandidates(
			story(
				titled(1, 'Ruiz Slams Diaz Over Budget', body),
				titled(2, 'Ana Ruiz Challenged On Budget By Governor', body),
				titled(3, 'Diaz Defends Budget Against Ruiz', body)
			)
		).filter((x) => x.draft.prompt.includes('subject'));
		expect(keyOf(c!)).toBe('Daily 3');
		// Daily 2's governor acts, yet its subject is Ruiz: the feedback says why.
		expect(c!.draft.explanation).toContain(
			"Daily 2's headline is in the passive: Ana Ruiz is its subject but is acted upon, not acting."
		);
		expect(c!.draft.explanation).not.toContain("Daily 1's headline is in the passive");
	});

	it('matches each outlet to its verb when all three report one person’s act', () => {
		const c = headlineCandidates(
			story(
				titled(1, 'Ruiz Slams Council Over Budget', body),
				titled(2, 'Ruiz Attacks Council On Budget', body),
				titled(3, 'Ruiz Accuses Council Of Waste', body)
			)
		).find((x) => x.draft.type === 'matching');
		expect(c?.draft.type).toBe('matching');
		if (c?.draft.type !== 'matching') return;
		expect(c.draft.pairs.map((p) => `${p.left}=${p.right}`)).toEqual([
			'Daily 1=slams',
			'Daily 2=attacks',
			'Daily 3=accuses'
		]);
		// Found by spotting a word in each headline: it gives way to a comparison between outlets.
		expect(c.verbSpot).toBe(true);
	});

	it('asks which headline previews what the others report done, and says when it was filed', () => {
		const c = headlineCandidates(
			story(
				titled(1, 'Ruiz Will Veto Budget At Hearing', body, '2024-03-03'),
				titled(2, 'Ruiz Vetoes Budget At Hearing', body),
				titled(3, 'Ruiz Rejects Council Budget', body)
			)
		).find((x) => x.draft.prompt.includes('still to come'));
		expect(keyOf(c!)).toBe('Daily 1');
		expect(c!.draft.explanation).toContain('published on 2024-03-03, before the others');
	});

	it('asks which headline gives the person’s point after a colon', () => {
		const c = headlineCandidates(
			story(
				titled(1, "Ruiz: Budget Is 'Dead Wrong'", body),
				titled(2, 'Ruiz Mocks Council For Budget', body),
				titled(3, 'Ruiz Taunts Council Over Budget', body)
			)
		).find((x) => x.draft.prompt.includes('colon') || x.draft.prompt.includes('“Ruiz: …”'));
		expect(c!.draft.prompt).toContain('in the form “Ruiz: …”');
		expect(keyOf(c!)).toBe('Daily 1');
		expect(c!.draft.explanation).toContain('use a verb of their own (“mocks”, “taunts”)');
	});

	it('names a verb the other two headlines share once', () => {
		const c = headlineCandidates(
			story(
				titled(1, "Ruiz: Budget Is 'Dead Wrong'", body),
				titled(2, 'Ruiz Rejects City Budget', body),
				titled(3, 'Ruiz Rejects Council Budget Plan', body)
			)
		).find((x) => x.draft.prompt.includes('“Ruiz: …”'));
		expect(c!.draft.explanation).toContain('the others both describe it with the verb “rejects”');
		expect(c!.draft.explanation).not.toMatch(/“rejects”, “rejects”/i);
	});

	it('asks which headline uses another verb than the other two, even when it names a role', () => {
		const c = headlineCandidates(
			story(
				titled(1, 'Ruiz Vows To End Budget Talks', body),
				titled(2, 'Ana Ruiz Vows To Quit Budget Talks', body),
				titled(3, 'Mayor Wants to Leave Budget Talks', body)
			)
		).find((x) => x.draft.prompt.includes('another verb'));
		expect(c!.draft.prompt).toBe(
			"Two of the headlines use the verb “vows” for what Ana Ruiz did. Which outlet's headline uses another verb?"
		);
		expect(keyOf(c!)).toBe('Daily 3');
	});

	it('asks no "still to come" question when another headline also points ahead', () => {
		const preview = (...titles: string[]) =>
			headlineCandidates(story(...titles.map((t, i) => titled(i + 1, t, body)))).filter((x) =>
				x.draft.prompt.includes('still to come')
			);
		// "Hints At" a plan, "Calls For" a vote, "Taps" someone for a post: a present tense that
		// announces something ahead is a second answer beside "to offer".
		expect(
			preview(
				'Council Members to Offer Broad Budget Plan',
				'Top Council Member Hints At Budget Principles',
				'Ruiz Signs Budget At Hearing'
			)
		).toEqual([]);
		expect(
			preview('Ruiz Will Veto Budget', 'Diaz Calls For Budget Vote', 'Ruiz Rejects Budget')
		).toEqual([]);
		expect(
			preview('Ruiz Will Name Aide', 'Ruiz Taps Aide For Top Post', 'Ruiz Rejects Budget')
		).toEqual([]);
		// Another headline the parser cannot read plainly may point ahead in a way it misses.
		expect(
			preview(
				'Ruiz Will Veto Budget',
				'Mayor Who Cut Budget Facing Scrutiny',
				'Ruiz Rejects Budget'
			)
		).toEqual([]);
		// Every other headline plainly reports an act done: asked.
		expect(
			preview('Ruiz Will Veto Budget', 'Ruiz Vetoes Budget', 'Ruiz Rejects Council Budget')
		).toHaveLength(1);
	});

	it('asks which headline reports done what the others report only as called for', () => {
		// Of all the headlines: the question of two that share the verb is headline-sides.ts's.
		const request = (...titles: string[]) =>
			headlineCandidates(story(...titles.map((t, i) => titled(i + 1, t, body)))).filter(
				(x) => /called for|call for/.test(x.draft.prompt) && !x.draft.prompt.includes('same act')
			);
		const [c, ...rest] = request(
			'Council Urges Ruiz To Veto Budget',
			'Ruiz Vetoes Council Budget',
			'Calls Grow For Veto Of Budget'
		);
		expect(rest).toEqual([]);
		expect(c!.draft.prompt).toContain('reports as done');
		expect(keyOf(c!)).toBe('Daily 2');
		const [d] = request(
			'Council Urges Ruiz To Veto Budget',
			'Ruiz Vetoes Council Budget',
			'Ana Ruiz Vetoes Budget At Hearing'
		);
		expect(d!.draft.prompt).toContain('only a call for');
		expect(keyOf(d!)).toBe('Daily 1');
		// Another act ("Rejects") is no outcome of the call, and a headline that is neither leaves it.
		expect(
			request('Council Urges Ruiz To Veto Budget', 'Ruiz Rejects Budget', 'Calls Grow For Veto')
		).toEqual([]);
		expect(
			request(
				'Council Urges Ruiz To Veto Budget',
				'Ruiz Vetoes Council Budget',
				'Mayor Who Cut Budget Facing Scrutiny'
			)
		).toEqual([]);
	});

	it('reads the headline after a kicker ("EXCLUSIVE:", "Report:") that labels the piece', () => {
		const c = headlineCandidates(
			story(
				titled(1, 'EXCLUSIVE: Ruiz Will Veto Budget At Hearing', body),
				titled(2, 'Ruiz Vetoes Budget At Hearing', body),
				titled(3, 'Report: Ruiz Rejects Council Budget', body)
			)
		).find((x) => x.draft.prompt.includes('still to come'));
		expect(keyOf(c!)).toBe('Daily 1');
	});

	it('asks "still to come" when another headline reports the same act done, though a third is unparsed', () => {
		// Of all the headlines: the question of two that share the verb is headline-sides.ts's.
		const preview = (...titles: string[]) =>
			headlineCandidates(story(...titles.map((t, i) => titled(i + 1, t, body)))).filter(
				(x) => x.draft.prompt.includes('still to come') && !x.draft.prompt.includes('same act')
			);
		// "Vetoes" tells the act "Will Veto" previews; the third headline points nowhere ahead.
		const [c, ...rest] = preview(
			'Ruiz Will Veto Budget',
			'Mayor Who Cut Budget Facing Scrutiny',
			'Ruiz Vetoes Budget'
		);
		expect(rest).toEqual([]);
		expect(keyOf(c!)).toBe('Daily 1');
		expect(c!.draft.explanation).toContain(
			'Daily 3 (“Ruiz Vetoes Budget”) reports the same act as done'
		);
		// "Unveils" with "Plan To Cut" still points ahead: a second answer.
		expect(
			preview(
				'Ruiz Poised To Unveil Budget',
				'Mayor Who Cut Budget Facing Scrutiny',
				'Ruiz Unveils Budget Plan To Cut Taxes'
			)
		).toEqual([]);
		// A hedge in another headline is a second answer too.
		expect(
			preview('Ruiz Will Veto Budget', 'Council Could Lose Budget Vote', 'Ruiz Vetoes Budget')
		).toEqual([]);
	});

	it('asks which headline reports done what all the others preview', () => {
		const done = (...titles: string[]) =>
			headlineCandidates(
				story(
					...titles.map((t, i) => titled(i + 1, t, body, i === 2 ? '2024-03-05' : '2024-03-04'))
				)
			).filter((x) => x.draft.prompt.includes('already done'));
		const [c, ...rest] = done(
			'Ruiz Will Unveil Budget Plan',
			'Ruiz Poised To Unveil Budget',
			'Ruiz Unveils Budget At Hearing'
		);
		expect(rest).toEqual([]);
		expect(c!.draft.prompt).toBe(
			"Which outlet's headline reports as already done what the other headlines present as still to come?"
		);
		expect(keyOf(c!)).toBe('Daily 3');
		expect(c!.draft.explanation).toContain('published on 2024-03-05, after the others');
		// Another act ("Rejects"), not the one previewed: nothing says it is done.
		expect(
			done('Ruiz Will Veto Budget', 'Ruiz To Veto Budget', 'Ruiz Rejects Budget At Hearing')
		).toEqual([]);
	});

	it('asks which headline hedges where the others state their news', () => {
		const hedge = (...titles: string[]) =>
			headlineCandidates(story(...titles.map((t, i) => titled(i + 1, t, body)))).filter((x) =>
				x.draft.prompt.includes('hedges')
			);
		const [c, ...rest] = hedge(
			'Ruiz Signs Budget',
			'Council Passes Budget After Long Fight',
			'Ruiz Budget Deal Could Mean Tax Cuts'
		);
		expect(rest).toEqual([]);
		expect(keyOf(c!)).toBe('Daily 3');
		expect(c!.draft.explanation).toContain('hedges with “Could Mean”');
		// Two headlines hedge: no one answer.
		expect(
			hedge('Ruiz May Veto Budget', 'Ruiz Expected To Veto Budget', 'Council Passes Budget')
		).toEqual([]);
		// "Veto Expected" looks ahead too, without "to": a second outlet would be right.
		expect(
			hedge(
				'Ruiz Budget Deal Could Mean Tax Cuts',
				'Budget Veto Expected From Ruiz',
				'Council Passes Budget'
			)
		).toEqual([]);
		// After a speaker's colon the hedge is the speaker's, not the outlet's.
		expect(
			hedge(
				"Ruiz: Council 'Will Regret' Vote",
				'Ruiz Says Council Could Lose Budget',
				'Ruiz: Budget Fails'
			)
		).toEqual([]);
		expect(
			hedge('Ruiz: Council Could Lose Budget Vote', 'Ruiz Signs Budget', 'Council Passes Budget')
		).toEqual([]);
		// Beside "1 In 3 Chance", another headline weighs a possibility too.
		expect(
			hedge(
				'Ruiz Sees One-in-Three Chance Council Loses Vote',
				'Council Could Lose Budget Vote',
				'Ruiz Signs Budget'
			)
		).toEqual([]);
	});

	it('asks which headline centres on a person where the others make the event their subject', () => {
		const shooting = 'On Monday, a gunman wounded Ana Ruiz. The shooting shocked Port Harbor.';
		const subject = (...titles: string[]) =>
			headlineCandidates(story(...titles.map((t, i) => titled(i + 1, t, shooting)))).filter((x) =>
				x.draft.prompt.includes('subject')
			);
		const [c, ...rest] = subject(
			'Shooting Spurs Calls For Council Security',
			'Ana Ruiz Recovers After Council Attack',
			'Shooting Brings Rare Calm To Port Harbor',
			'Shooting Shakes Port Harbor Council'
		);
		expect(rest).toEqual([]);
		expect(c!.draft.prompt).toBe(
			"Three of the headlines make the shooting the subject of their sentence. Which outlet's headline makes Ana Ruiz its subject instead?"
		);
		expect(keyOf(c!)).toBe('Daily 2');
		expect(c!.draft.explanation).toContain('It centres on a person, the others on the event.');
		// "Security Plan" is no single word for the event: not read for sure.
		expect(
			subject(
				'Shooting Spurs Calls For Council Security',
				'Ana Ruiz Recovers After Council Attack',
				'Security Plan Follows Port Harbor Attack'
			)
		).toEqual([]);
	});

	it('asks which headline makes both sides its subject where the others lead with one', () => {
		const pair = (...titles: string[]) =>
			headlineCandidates(story(...titles.map((t, i) => titled(i + 1, t, body)))).filter((x) =>
				x.draft.prompt.includes('both')
			);
		const [c, ...rest] = pair(
			'Ruiz Slams Diaz Over Budget',
			'Ruiz and Diaz Clash Over Budget',
			'Diaz Defends Budget At Hearing'
		);
		expect(rest).toEqual([]);
		expect(c!.draft.prompt).toBe(
			"Which outlet's headline makes both Ana Ruiz and Tom Diaz the subject of its sentence, where the others lead with one of them?"
		);
		expect(keyOf(c!)).toBe('Daily 2');
		// A third party leads one headline: the others are not one side of the pair each, so the
		// prompt says nothing of them, only that one headline tells it as between the two.
		const [d, ...more] = pair(
			'Ruiz Slams Diaz Over Budget',
			'Ruiz and Diaz Clash Over Budget',
			'Council Passes Budget'
		);
		expect(more).toEqual([]);
		expect(d!.draft.prompt).toBe(
			"Which outlet's headline makes both Ana Ruiz and Tom Diaz the subject of its sentence, telling it as between the two?"
		);
		expect(keyOf(d!)).toBe('Daily 2');
		// Another subject that names both ("Ruiz, Diaz Aides") could be read as the pair too.
		expect(
			pair(
				'Ruiz, Diaz Aides Trade Barbs',
				'Ruiz and Diaz Clash Over Budget',
				'Council Passes Budget'
			)
		).toEqual([]);
		// Two headlines name the pair: no one answer.
		expect(
			pair('Ruiz, Diaz Meet On Budget', 'Ruiz and Diaz Clash Over Budget', 'Ruiz Slams Diaz')
		).toEqual([]);
	});

	it('never counts a speaker before a colon as the subject of the words after it', () => {
		// "Ruiz: Sister Is 'Wrong'": the clause after the colon is about the sister, so the
		// Diaz headline is not the only one about her.
		const subject = headlineCandidates(
			story(
				titled(1, "Ana Ruiz: Diaz Is 'Dead Wrong' On Budget", body),
				titled(2, 'Ana Ruiz Criticizes Diaz On Budget', body),
				titled(3, 'Diaz blasted by Ruiz over budget stance', body)
			)
		).filter((x) => x.draft.prompt.includes('subject'));
		expect(subject).toEqual([]);
	});

	it('asks whom each headline leads with when a speaker’s colon leads with the shared person', () => {
		const lead = headlineCandidates(
			story(
				titled(1, "Ana Ruiz: Diaz Is 'Dead Wrong' On Budget", body),
				titled(2, 'Ana Ruiz Criticizes Diaz On Budget', body),
				titled(3, 'Diaz blasted by Ruiz over budget stance', body)
			)
		).filter((x) => x.draft.prompt.includes('lead with'));
		expect(lead.map((x) => x.draft.prompt)).toEqual([
			"Two of the headlines lead with Ana Ruiz. Which outlet's headline leads with Tom Diaz instead?"
		]);
		expect(keyOf(lead[0]!)).toBe('Daily 3');
		// Not "is about Tom Diaz": Daily 1's words after the colon are about him too.
		expect(lead[0]!.draft.explanation).toMatch(/^Daily 3's headline leads with Tom Diaz;/);
		// The colon headline is never the odd one: whom it puts first is no framing of its own.
		expect(
			headlineCandidates(
				story(
					titled(1, "Tom Diaz: Ruiz Is 'Dead Wrong' On Budget", body),
					titled(2, 'Ana Ruiz Criticizes Diaz On Budget', body),
					titled(3, 'Ruiz Slams Diaz Over Budget', body)
				)
			).filter((x) => x.draft.prompt.includes('lead with'))
		).toEqual([]);
	});

	describe('asks whose headline it is only when every subject is a name or a named group, whole', () => {
		const council = `${body} Members of the Springfield council said no.`;
		const subjectItems = (...titles: [string, string, string]) =>
			headlineCandidates(story(...titles.map((t, i) => titled(i + 1, t, council)))).filter((x) =>
				x.draft.prompt.includes('subject')
			);

		it('takes a named group: names before a noun for a body of people', () => {
			const [c] = subjectItems(
				'Ruiz Slams Diaz Over Budget',
				'Ana Ruiz Attacks Budget Plan',
				'Springfield Council Rejects Ruiz Budget'
			);
			expect(c!.draft.prompt).toBe(
				"Two of the headlines make Ana Ruiz the subject of their sentence. Which outlet's headline makes the Springfield council its subject instead?"
			);
			expect(keyOf(c!)).toBe('Daily 3');
		});

		it('not a name with an adverb fused to it ("Diaz Now")', () => {
			expect(
				subjectItems(
					'Ruiz Slams Diaz Over Budget',
					'Ana Ruiz Attacks Budget',
					'Diaz Now Backs Budget Plan'
				)
			).toEqual([]);
		});

		it('not a name with more after it ("Diaz, Others"; "Diaz and Council"; "Diaz Statement")', () => {
			for (const odd of [
				'Diaz, Others Defend Budget',
				'Diaz and Council Defend Budget',
				'Diaz Statement Disputes Budget'
			])
				expect(subjectItems('Ruiz Slams Diaz Over Budget', 'Ana Ruiz Attacks Budget', odd)).toEqual(
					[]
				);
		});
	});

	it('asks nothing when a "headline" is really a dateline and lead', () => {
		expect(
			headlineCandidates(
				story(
					titled(
						1,
						'PORT HARBOR — Mayor Ana Ruiz resigned on Monday after weeks of pressure.',
						body
					),
					titled(2, 'Ruiz Slams Diaz Over Budget', body),
					titled(3, 'Diaz Defends Budget Against Ruiz', body)
				)
			)
		).toEqual([]);
	});

	it('asks nothing when the headlines differ only in their words, or a subject is only a role', () => {
		expect(
			headlineCandidates(
				story(
					titled(1, 'Ruiz Resigns After Budget Scandal', body),
					titled(2, 'Mayor Ana Ruiz Resigns', body),
					titled(3, 'Ruiz Resigns As Mayor', body)
				)
			)
		).toEqual([]);
		expect(
			headlineCandidates(
				story(
					titled(1, 'Ruiz Signs Budget', body),
					titled(2, 'Ana Ruiz Signs Budget', body),
					titled(3, 'Mayor Signs Budget Into Law', body)
				)
			).filter((x) => x.draft.prompt.includes('subject'))
		).toEqual([]);
	});

	it('asks which headline reports the shared act and no more, the others saying what it was over', () => {
		const court = 'Tom Diaz Jr. pleaded guilty on Monday. Later, Diaz spoke to reporters.';
		const c = headlineCandidates(
			story(
				titled(1, 'Diaz pleads guilty over illegal land deals', court),
				titled(2, 'Diaz Jr. Pleads Guilty', court),
				titled(3, 'Tom Diaz Jr. Pleads Guilty in Port Fraud Case', court)
			)
		).find((x) => x.draft.prompt.startsWith('All three'));
		// "Jr." stays with the name: without it the name may be a parent's.
		expect(c!.draft.prompt).toBe(
			"All three headlines report that Tom Diaz Jr. pleads guilty. Which outlet's headline says only that, where the others add more?"
		);
		expect(keyOf(c!)).toBe('Daily 2');
	});

	it('asks nothing of a bare headline when another adds only a word or two', () => {
		const c = headlineCandidates(
			story(
				titled(1, 'Ruiz Resigns', body),
				titled(2, 'Ruiz Resigns From Council', body),
				titled(3, 'Ruiz Resigns After Long Budget Scandal', body)
			)
		).find((x) => x.draft.prompt.startsWith('All three'));
		expect(c).toBeUndefined();
	});

	it('asks which headline refers to the person only by a role where the others name them', () => {
		const asked = (third: string) =>
			headlineCandidates(
				story(
					titled(1, 'Ruiz Closes Riverton Bridge', body),
					titled(2, 'Mayor Ana Ruiz Closes Bridge', body),
					titled(3, third, body)
				)
			).filter((x) => x.draft.prompt.includes('role or title'));
		const [c, ...rest] = asked('City Mayor Closes Riverton Bridge');
		expect(rest).toEqual([]);
		expect(c!.draft.prompt).toBe(
			"All but one of the headlines name Ana Ruiz. Which outlet's headline refers to this person only by a role or title?"
		);
		expect(keyOf(c!)).toBe('Daily 3');
		expect(c!.draft.explanation).toContain('it writes “City Mayor”');
		// "Governor" is Tom Diaz's role in the articles: it may be him, not Ruiz.
		expect(asked('Governor Closes Bridge')).toEqual([]);
		// A role headline about another event ("Mayor Opens Library") is no other way of telling this one.
		expect(asked('Mayor Opens Library')).toEqual([]);
	});

	it('asks what a role headline says the person did, not that it leaves the name out', () => {
		const view = story(
			titled(1, 'Ruiz Closes Riverton Bridge', body),
			titled(2, 'Mayor Ana Ruiz Closes Bridge', body),
			titled(3, 'City Mayor Who Promised Repairs Closes Bridge', body)
		);
		expect(
			headlineCandidates(view).filter((x) => x.draft.prompt.includes('role or title'))
		).toEqual([]);
		const claim = headlineClaimCandidates(view).find((x) => keyOf(x) === 'Daily 3');
		// The claim question (headline-claim.ts) asks the act the role headline tells.
		expect(claim!.draft.prompt).toContain('promised repairs');
	});

	it('asks which headline introduces the person by a past act instead of the name, never printing it', () => {
		const deed = (third: string) =>
			headlineCandidates(
				story(
					titled(1, 'Ruiz Closes Riverton Bridge', body),
					titled(2, 'Mayor Ana Ruiz Closes Bridge', body),
					titled(3, third, body)
				)
			).filter((x) => x.draft.prompt.includes('something they did'));
		const [c, ...rest] = deed('City Mayor Who Promised Repairs Closes Bridge');
		expect(rest).toEqual([]);
		expect(c!.draft.prompt).toBe(
			"All but one of the headlines name Ana Ruiz. Which outlet's headline identifies this person instead by a role and by something they did?"
		);
		expect(c!.draft.prompt.toLowerCase()).not.toContain('repairs');
		expect(keyOf(c!)).toBe('Daily 3');
		expect(c!.draft.explanation).toContain('“Promised Repairs”');
		// A present verb tells a stance, no act done: the claim item asks it instead.
		expect(deed('City Mayor Who Backs Repairs Closes Bridge')).toEqual([]);
	});

	it('asks which headline names the person where the others give only a role', () => {
		const c = headlineCandidates(
			story(
				titled(1, 'Mayor Ana Ruiz Closes Bridge', body),
				titled(2, 'City Mayor Closes Bridge', body),
				titled(3, 'Riverton Mayor Closes Old Bridge', body)
			)
		).find((x) => x.draft.prompt.includes('role or title'));
		expect(c!.draft.prompt).toBe(
			"Only one headline names Ana Ruiz; the others refer to this person only by a role or title. Which outlet's headline gives the name?"
		);
		expect(keyOf(c!)).toBe('Daily 1');
	});
});
