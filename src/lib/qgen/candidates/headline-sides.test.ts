import { describe, expect, it } from 'vitest';
import type { Article } from '$lib/bank/schema';
import { analyzeArticle, viewStory } from '../analyze';
import { article } from '../article.test-helpers';
import { headlineCandidates } from './headline';

describe('headline contrasts between two of the headlines', () => {
	const body =
		'On Monday, Mayor Ana Ruiz met the City Council. Later, Ruiz spoke to reporters about the budget.';
	const titled = (n: number, title: string): Article => ({ ...article(n, body), title });
	const story = (...titles: string[]) =>
		viewStory(
			's',
			titles.map((t, i) => analyzeArticle(titled(i + 1, t)))
		);
	const asked = (titles: string[], words: string) =>
		headlineCandidates(story(...titles)).filter((c) => c.draft.prompt.includes(words));
	const keyOf = (c: ReturnType<typeof headlineCandidates>[number]) =>
		c.draft.type === 'single'
			? c.draft.choices.find((x) => c.draft.type === 'single' && c.draft.correct.includes(x.id))
					?.text
			: undefined;

	it('asks which headline reports done what another reports only as called for', () => {
		const [c, ...rest] = asked(
			[
				'Unions Urge Ruiz To Veto Transit Budget',
				'Mayor Ruiz Vetoes Transit Budget',
				'Bus Riders Brace For Fare Rise'
			],
			'same act'
		);
		expect(rest).toEqual([]);
		expect(c!.draft.prompt).toBe(
			"Two of the headlines tell of the same act with the verb “veto”. Which outlet's headline reports it as done, where the other tells it only as something called for?"
		);
		expect(keyOf(c!)).toBe('Daily 2');
	});

	it('asks which headline reports done what another tells as still to come', () => {
		// The third headline hedges, so "which presents its news as still to come" has two
		// answers; naming the verb leaves one.
		const [c, ...rest] = asked(
			['Ruiz To Sign Housing Bill Friday', 'Rents Could Keep Climbing', 'Ruiz Signs Housing Bill'],
			'same act'
		);
		expect(rest).toEqual([]);
		expect(c!.draft.prompt).toContain('“sign”');
		expect(c!.draft.prompt).toContain('as still to come');
		expect(keyOf(c!)).toBe('Daily 3');
	});

	it('counts every headline that tells the act, done or pending', () => {
		// Four outlets: two call for the veto, one reports it, one hedges about something else.
		const [c] = asked(
			[
				'Unions Urge Ruiz To Veto Transit Budget',
				'Mayor Ruiz Vetoes Transit Budget',
				'Riders Call On Ruiz To Veto Budget',
				'Fares Could Rise Next Year'
			],
			'same act'
		);
		expect(c!.draft.prompt).toMatch(
			/^Three of the headlines .* where the others tell it only as something called for\?$/
		);
		expect(keyOf(c!)).toBe('Daily 2');
	});

	it('leaves the question of all the headlines to headline.ts when they all fit', () => {
		const prompts = headlineCandidates(
			story(
				'Ruiz To Sign Housing Bill Friday',
				'Rents Keep Climbing Downtown',
				'Ruiz Signs Housing Bill'
			)
		).map((c) => c.draft.prompt);
		expect(prompts).toContain(
			"Which outlet's headline presents its news as something still to come, not as something that has already happened?"
		);
		expect(prompts.filter((p) => p.includes('same act'))).toEqual([]);
	});

	it('asks nothing when a third headline uses the same verb', () => {
		// The third hedges, so headline.ts asks nothing of all three either; with "Signed" beside
		// "Signs", two headlines report the act done.
		const titles = [
			'Ruiz To Sign Housing Bill Friday',
			'Ruiz Signed Bill, Could Face Suit',
			'Ruiz Signs Housing Bill'
		];
		expect(asked(titles, 'same act')).toEqual([]);
		expect(asked([titles[0]!, 'Rents Could Keep Climbing', titles[2]!], 'same act')).toHaveLength(
			1
		);
	});

	it('asks which headline makes the person acted on its subject', () => {
		const [c, ...rest] = asked(
			[
				'Council Challenges Ruiz Claims On Budget',
				'Budget Hearing Runs Past Midnight',
				'Ruiz Defends Her Budget Before Council'
			],
			'acting on'
		);
		expect(rest).toEqual([]);
		expect(c!.draft.prompt).toBe(
			"One headline leads with others acting on Ana Ruiz (“Council Challenges Ruiz Claims”). Which outlet's headline makes Ruiz the subject of its sentence instead, telling what Ruiz did?"
		);
		expect(keyOf(c!)).toBe('Daily 3');
		// A third headline that also acts on Ruiz leaves one answer, and the feedback says so.
		const [d] = asked(
			[
				'Council Challenges Ruiz Claims On Budget',
				'Pressure Mounts On Ruiz Over Budget',
				'Ruiz Defends Her Budget Before Council'
			],
			'acting on'
		);
		expect(keyOf(d!)).toBe('Daily 3');
		expect(d!.draft.explanation).toContain('Daily 2 also with those acting on Ruiz');
		// A third headline names Ruiz only to qualify its own subject, the hearings: it leads
		// with them, not with Ruiz, so one answer stands.
		const [e, ...more] = asked(
			[
				'Council Challenges Ruiz Claims On Budget',
				'Ruiz Budget Hearings Show Report Missed Costs',
				'Ruiz Defends Her Budget Before Council'
			],
			'acting on'
		);
		expect(more).toEqual([]);
		expect(keyOf(e!)).toBe('Daily 3');
		expect(e!.draft.explanation).toContain('Daily 2 with neither');
		// Her aides or her administration act for her: a reader may take their deed for hers, a
		// second answer, so no question.
		for (const side of ['Ruiz Aides Defend Budget Plan', 'Ruiz Administration Defends Budget'])
			expect(
				asked(
					[
						'Council Challenges Ruiz Claims On Budget',
						side,
						'Ruiz Defends Her Budget Before Council'
					],
					'acting on'
				)
			).toEqual([]);
	});

	it('never keys a passive headline as telling what its subject did', () => {
		// "Ruiz Is Pressed …": Ruiz is the subject but acted upon; no headline tells what she did.
		expect(
			asked(
				[
					'Council Challenges Ruiz Claims On Budget',
					'Budget Hearing Runs Past Midnight',
					'Ruiz Is Pressed To Explain Budget'
				],
				'acting on'
			)
		).toEqual([]);
	});

	it('asks nothing when two headlines lead with the person, or the person is named only in a clause', () => {
		expect(
			asked(
				[
					'Council Challenges Ruiz Claims On Budget',
					'Ruiz Vows To Fight On',
					'Ruiz Defends Her Budget Before Council'
				],
				'acting on'
			)
		).toEqual([]);
		expect(
			asked(
				[
					'Council Disputes Report That Ruiz Lied',
					'Budget Hearing Runs Past Midnight',
					'Ruiz Defends Her Budget Before Council'
				],
				'acting on'
			)
		).toEqual([]);
		// A third headline leads with Ruiz under another form of his name (James, Jim): a second answer.
		expect(
			asked(
				[
					'Mayor Pushes Out Ruiz After Budget Clash',
					'Budget Secretary James Ruiz To Leave As Of January 1',
					'Jim Ruiz Resigns In Protest Over Budget'
				],
				'acting on'
			)
		).toEqual([]);
		// The second clause after a semicolon leads with Ruiz too: a second right answer.
		expect(
			asked(
				[
					'Council Challenges Ruiz Claims On Budget',
					'Budget Hearing Runs Past Midnight; Ruiz Names New Aide',
					'Ruiz Defends Her Budget Before Council'
				],
				'acting on'
			)
		).toEqual([]);
	});
	it('asks which headline leads with a group where the others lead with one member', () => {
		const [c, ...rest] = asked(
			[
				'Third-Ranking Democrat In Senate Backs Tax Plan',
				'Senate Democrats To Unveil Tax Plan',
				'Top Senate Democrat Hints At Tax Deal'
			],
			'as a group'
		);
		expect(rest).toEqual([]);
		expect(c!.draft.prompt).toBe(
			"Two of the headlines lead with a single Democrat. Which outlet's headline leads with Democrats as a group instead?"
		);
		expect(keyOf(c!)).toBe('Daily 2');
		// Two groups give no one answer.
		expect(
			asked(
				[
					'Senate Democrats Back Tax Plan',
					'Senate Democrats To Unveil Tax Plan',
					'Top Senate Democrat Hints At Tax Deal'
				],
				'as a group'
			)
		).toEqual([]);
	});
});
