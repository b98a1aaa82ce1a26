import { describe, expect, it } from 'vitest';
import { storyTitled } from '../article.test-helpers';
import { headlineCandidates } from './headline';

describe('two headlines that tell one exchange from its two sides', () => {
	const body =
		'On Monday, Mayor Ana Ruiz met the City Council. Later, Ruiz spoke to reporters about the budget.';
	// Only this kind: whom each headline makes its subject (headline-pair.ts) may be asked too.
	const asked = (...titles: string[]) =>
		headlineCandidates(storyTitled(body, ...titles)).filter((c) =>
			c.draft.prompt.includes('Which does each lead with')
		);

	it('asks which headline leads with the person’s act and which with others acting on them', () => {
		const [c, ...rest] = asked(
			'Council Challenges Ruiz Claims On Budget',
			'Ana Ruiz Defends Budget'
		);
		expect(rest).toEqual([]);
		expect(c!.draft.prompt).toBe(
			'Both headlines tell of Ana Ruiz. Which does each lead with: what Ruiz did, or others acting on Ruiz?'
		);
		if (c!.draft.type !== 'single') throw new Error('a single choice');
		const { choices, correct } = c!.draft;
		// Not "which outlet?" (a coin toss of two): the two ways, swapped, and one for both.
		expect(choices.map((x) => x.text).sort()).toEqual([
			'Both: others acting on Ruiz',
			'Both: what Ruiz did',
			'Daily 1: others acting on Ruiz; Daily 2: what Ruiz did',
			'Daily 1: what Ruiz did; Daily 2: others acting on Ruiz'
		]);
		expect(choices.find((x) => correct.includes(x.id))!.text).toBe(
			'Daily 1: others acting on Ruiz; Daily 2: what Ruiz did'
		);
		expect(c!.draft.explanation).toContain('“Council Challenges Ruiz Claims”');
		expect(new Set(c!.draft.evidence.map((e) => e.articleId))).toEqual(new Set(['a1', 'a2']));
		expect(c!.answerKey).toBe('headline');
	});

	it('asks nothing where the person leads but undergoes, or both lead with the person', () => {
		// "Facing complaints" is what others do to her: "Both: others acting on Ruiz" is arguable.
		expect(
			asked('Council Challenges Ruiz Claims', 'Ana Ruiz Facing Complaints Over Budget')
		).toEqual([]);
		// Each side acts on the other: whom each puts first is another kind's question.
		expect(asked('Ruiz Slams Diaz Over Budget', 'Diaz Defends Budget Against Ruiz')).toEqual([]);
		// The other headline acts on no one named: no second side.
		expect(asked('Council Passes Transit Budget', 'Ana Ruiz Defends Budget')).toEqual([]);
	});
});
