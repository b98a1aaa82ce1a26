import { describe, expect, it } from 'vitest';
import { storyTitled } from '../article.test-helpers';
import type { SubjectEntity } from '../headline-grammar';
import { headlineCandidates, type Headed } from './headline';
import { pairSubjects } from './headline-pair';

describe('headlines compared when a story has two outlets', () => {
	const body =
		'On Monday, Mayor Ana Ruiz met the City Council. Later, Ruiz spoke to reporters about the budget.';
	const story = (text: string, ...titles: string[]) =>
		headlineCandidates(storyTitled(text, ...titles));
	const asked = (...titles: string[]) => story(body, ...titles);

	it('asks which verb each headline uses for what one person did, with wordings as choices', () => {
		const [c, ...rest] = asked('Ruiz Slams Council Over Budget', 'Ana Ruiz Attacks Council');
		expect(rest).toEqual([]);
		expect(c!.draft.prompt).toBe(
			'Both headlines report what Ana Ruiz did, each in its own words. Which verb does each headline use?'
		);
		if (c!.draft.type !== 'single') throw new Error('a single choice');
		const { choices, correct } = c!.draft;
		// Not "which outlet?": with two outlets that is a coin toss once one headline is known.
		expect(choices.map((x) => x.text).sort()).toEqual([
			'Both headlines: “attacks”',
			'Both headlines: “slams”',
			'Daily 1: “attacks”; Daily 2: “slams”',
			'Daily 1: “slams”; Daily 2: “attacks”'
		]);
		expect(choices.find((x) => correct.includes(x.id))!.text).toBe(
			'Daily 1: “slams”; Daily 2: “attacks”'
		);
		// Evidence in both outlets.
		expect(new Set(c!.draft.evidence.map((e) => e.articleId))).toEqual(new Set(['a1', 'a2']));
		// Found by spotting a word in each headline: it gives way to a comparison between outlets.
		expect(c!.verbSpot).toBe(true);
	});

	it('asks nothing where a verb is no act of the subject’s own', () => {
		// One verb in two forms; a passive read as active; two people acting; a verb choosing nothing.
		expect(asked('Ruiz Vetoes Budget', 'Ruiz Vetoed Transit Budget')).toEqual([]);
		expect(asked('Ruiz Slams Council', 'Ruiz Challenged On Budget By Council')).toEqual([]);
		expect(asked('Ruiz, Diaz Meet On Budget', 'Ruiz Talks Budget With Diaz')).toEqual([]);
		expect(asked('Ruiz Has Dozens Of Questions', 'Ruiz Slams Council')).toEqual([]);
	});

	it('asks which verb each headline uses when both make the same people act together', () => {
		const [c, ...rest] = story(
			'On Monday, Mayor Ana Ruiz met Governor Tom Diaz. Later, Diaz spoke to reporters.',
			'Ruiz, Diaz meet on budget for first time in weeks',
			'Ruiz and Diaz Talk Taxes at City Hall'
		);
		expect(rest).toEqual([]);
		expect(c!.draft.prompt).toBe(
			'Both headlines report what Ana Ruiz and Tom Diaz did, each in its own words. Which verb does each headline use?'
		);
		if (c!.draft.type !== 'single') throw new Error('a single choice');
		const { choices, correct } = c!.draft;
		// "meet on": the preposition starts what they met on, no part of the verb.
		expect(choices.find((x) => correct.includes(x.id))!.text).toBe(
			'Daily 1: “meet”; Daily 2: “talk”'
		);
		// Not the same pair: one headline's second person is no subject of the other's verb.
		expect(
			story(
				'On Monday, Mayor Ana Ruiz met Governor Tom Diaz and Judge Lee Park.',
				'Ruiz, Diaz meet on budget',
				'Ruiz and Park Talk Taxes'
			)
		).toEqual([]);
	});

	it('asks whom each headline makes its subject when the two put different people first', () => {
		const [c, ...rest] = story(
			'On Monday, Mayor Ana Ruiz met Governor Tom Diaz. Later, Diaz spoke to reporters.',
			'Ruiz Slams Diaz Over Budget',
			'Diaz Defends Budget Against Ruiz'
		);
		expect(rest).toEqual([]);
		expect(c!.draft.prompt).toBe(
			'Whom or what does each headline make the subject of its sentence?'
		);
		if (c!.draft.type !== 'single') throw new Error('a single choice');
		const { choices, correct } = c!.draft;
		expect(choices.find((x) => correct.includes(x.id))!.text).toBe(
			'Daily 1: Ana Ruiz; Daily 2: Tom Diaz'
		);
		expect(choices.map((x) => x.text)).toContain('Both headlines: Tom Diaz');
		// Whom a headline leads with is read from its grammar, not spotted as a word.
		expect(c!.verbSpot).toBeUndefined();
	});

	it('reads names before a noun for a happening as that happening, a subject set against a person', () => {
		const [c] = story(
			'On Monday, Mayor Ana Ruiz faced the City Council. Later, Ruiz spoke to reporters.',
			'Ruiz Hearings Show Report Could Not Find Shortfall',
			'Facing Council, Ruiz Defends Her Budget'
		).filter((x) => x.draft.prompt.includes('subject of its sentence'));
		if (c?.draft.type !== 'single') throw new Error('a single choice');
		const { choices, correct } = c.draft;
		expect(choices.find((x) => correct.includes(x.id))!.text).toBe(
			'Daily 1: the Ruiz hearings; Daily 2: Ana Ruiz'
		);
	});
	it('reads a whole name with others lumped in as a subject, and names the others in its choice', () => {
		const [c] = story(
			'On Monday, Mayor Ana Ruiz was hurt when a bridge fell. Later, Ruiz spoke to reporters.',
			'Collapse Spurs Calls For Bridge Checks',
			'Mayor Ana Ruiz, Others Hurt In Bridge Fall'
		).filter((x) => x.draft.prompt.includes('subject of its sentence'));
		if (c?.draft.type !== 'single') throw new Error('a single choice');
		const { choices, correct } = c.draft;
		expect(choices.find((x) => correct.includes(x.id))!.text).toBe(
			'Daily 1: the collapse; Daily 2: Ana Ruiz and others'
		);
		// Below the contrasts read from a whole subject: asked only where none of them is.
		expect(c.quality).toBeLessThan(0.6);
	});

	it('reads a one-word political group as a subject set against a happening', () => {
		const [c] = story(
			'On Monday, Mayor Ana Ruiz faced the City Council. Later, Ruiz spoke to reporters.',
			'Conservatives Question Ruiz Claims On Budget',
			'Ruiz Hearings Show Report Could Not Find Shortfall'
		).filter((x) => x.draft.prompt.includes('subject of its sentence'));
		if (c?.draft.type !== 'single') throw new Error('a single choice');
		const { choices, correct } = c.draft;
		expect(choices.find((x) => correct.includes(x.id))!.text).toBe(
			'Daily 1: Conservatives; Daily 2: the Ruiz hearings'
		);
		// A lower-case plural names no one in particular: no subject read for sure.
		expect(
			story(
				'On Monday, Mayor Ana Ruiz faced the City Council. Later, Ruiz spoke to reporters.',
				'Officials Question Ruiz Claims On Budget',
				'Ruiz Hearings Show Report Could Not Find Shortfall'
			).filter((x) => x.draft.prompt.includes('subject of its sentence'))
		).toEqual([]);
	});

	it('asks whom each headline leads with when one gives a speaker’s point after a colon', () => {
		const text = 'On Monday, Mayor Ana Ruiz met Governor Tom Diaz. Later, Diaz spoke to reporters.';
		const [c, ...rest] = story(
			text,
			'Ana Ruiz: Diaz Budget Is ‘Reckless’',
			'Tom Diaz Blasted By Mayor Over Budget'
		);
		expect(rest).toEqual([]);
		// The speaker is whom the headline puts first, not the subject of the words after the colon.
		expect(c!.draft.prompt).toBe('Whom or what does each headline lead with?');
		if (c!.draft.type !== 'single') throw new Error('a single choice');
		const { choices, correct } = c!.draft;
		expect(choices.find((x) => correct.includes(x.id))!.text).toBe(
			'Daily 1: Ana Ruiz; Daily 2: Tom Diaz'
		);
		expect(c!.draft.explanation).toContain('in the passive');
		// Two speakers' colons: two points given, no choice of whom to put first.
		expect(story(text, 'Ana Ruiz: Diaz Budget Is ‘Reckless’', 'Tom Diaz: Budget Is Sound')).toEqual(
			[]
		);
	});

	it('asks nothing when one subject is the start of the other: one name misread', () => {
		const head = (n: number, subject: string, entity: SubjectEntity): Headed => ({
			outlet: `Daily ${n}`,
			title: `${subject} Suspends Tests`,
			date: '2023-10-09',
			parse: {
				subject,
				verb: 'suspends',
				form: 'statement',
				passive: false,
				preview: false,
				question: false
			},
			entity
		});
		const heads = [
			head(1, 'Nova Terran Army', {
				kind: 'noun',
				head: 'army',
				label: 'the Nova Terran army'
			}),
			head(2, 'Nova Terra', { kind: 'name', head: 'terra', given: 'nova', label: 'the Nova Terra' })
		];
		const evidence = [
			{ articleId: 'a1', start: 0, end: 5 },
			{ articleId: 'a2', start: 0, end: 5 }
		];
		expect(pairSubjects(heads, evidence, () => true)).toEqual([]);
	});

	it('asks which headline gives the person’s point after a colon and which tells it in a verb', () => {
		const [c, ...rest] = asked(
			'Ruiz: Council Budget Is ‘Reckless’',
			'Ana Ruiz Slams Council Budget'
		);
		expect(rest).toEqual([]);
		expect(c!.draft.prompt).toBe(
			"A headline can give Ana Ruiz's point after a colon, as in “Ruiz: …”, or tell it with a verb the outlet chose. Which does each headline do?"
		);
		if (c!.draft.type !== 'single') throw new Error('a single choice');
		const { choices, correct } = c!.draft;
		// The two forms swapped and one for both: knowing one headline leaves two choices.
		expect(choices.map((x) => x.text).sort()).toEqual([
			'Both: after a colon, “Ruiz: …”',
			'Both: the verb “slams”',
			'Daily 1: after a colon, “Ruiz: …”; Daily 2: the verb “slams”',
			'Daily 1: the verb “slams”; Daily 2: after a colon, “Ruiz: …”'
		]);
		expect(choices.find((x) => correct.includes(x.id))!.text).toBe(
			'Daily 1: after a colon, “Ruiz: …”; Daily 2: the verb “slams”'
		);
		expect(new Set(c!.draft.evidence.map((e) => e.articleId))).toEqual(new Set(['a1', 'a2']));
	});

	it('asks nothing of a colon beside a plain verb of saying, a passive or another person', () => {
		// "Ruiz Says …" frames her point no differently from "Ruiz: …".
		expect(
			asked('Ruiz: Council Budget Is ‘Reckless’', 'Ruiz Says Council Budget Is Reckless')
		).toEqual([]);
		expect(
			asked('Ruiz: Council Budget Is ‘Reckless’', 'Ruiz Challenged On Budget By Council')
		).toEqual([]);
		expect(asked('Ruiz: Council Budget Is ‘Reckless’', 'Council Rejects Budget')).toEqual([]);
	});

	it('asks how each headline refers to the person when one names them and one gives a role', () => {
		const naming = (second: string) =>
			asked('Mayor Ana Ruiz Closes Bridge', second).filter((x) =>
				x.draft.prompt.startsWith('How does each headline refer')
			);
		const [c, ...rest] = naming('City Mayor Who Promised Repairs Closes Bridge');
		expect(rest).toEqual([]);
		expect(c!.draft.prompt).toBe('How does each headline refer to Ana Ruiz?');
		if (c!.draft.type !== 'single') throw new Error('a single choice');
		const { choices, correct } = c!.draft;
		// Not "which outlet?": the two ways swapped and one for both, so both headlines must be read;
		// the act the role headline tells is named as a kind, never printed.
		expect(choices.map((x) => x.text).sort()).toEqual([
			'Both: by a role and something this person did',
			'Both: by name',
			'Daily 1: by a role and something this person did; Daily 2: by name',
			'Daily 1: by name; Daily 2: by a role and something this person did'
		]);
		expect(choices.find((x) => correct.includes(x.id))!.text).toBe(
			'Daily 1: by name; Daily 2: by a role and something this person did'
		);
		expect(c!.draft.prompt.toLowerCase()).not.toContain('repairs');
		expect(new Set(c!.draft.evidence.map((e) => e.articleId))).toEqual(new Set(['a1', 'a2']));
		// A role alone is asked as that.
		const [role] = naming('City Mayor Closes Old Bridge');
		if (role!.draft.type !== 'single') throw new Error('a single choice');
		expect(role!.draft.choices.map((x) => x.text)).toContain(
			'Daily 1: by name; Daily 2: only by a role or title'
		);
		// Both headlines name her: no difference in naming.
		expect(naming('Ruiz Closes Old Bridge')).toEqual([]);
	});
});
