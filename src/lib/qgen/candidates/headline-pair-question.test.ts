import { describe, expect, it } from 'vitest';
import { storyTitled } from '../article.test-helpers';
import { headlineCandidates } from './headline';

describe('two headlines, one of which asks a question', () => {
	const body =
		'On Monday, Mayor Ana Ruiz met the City Council. Later, Ruiz spoke to reporters about the budget.';
	const asked = (...titles: string[]) =>
		headlineCandidates(storyTitled(body, ...titles)).filter((c) =>
			c.draft.prompt.includes('ask the reader a question')
		);

	it('asks which headline states its news and which asks, with the two forms swapped as choices', () => {
		const [c, ...rest] = asked(
			'Council Budget Vote Brings Rare Calm to City Hall, but Will It Last?',
			'Council Passes Budget After Long Night'
		);
		expect(rest).toEqual([]);
		if (c?.draft.type !== 'single') throw new Error('a single choice');
		const { choices, correct } = c.draft;
		// Not "which outlet?": with two outlets that is a coin toss once one headline is known.
		expect(choices.map((x) => x.text).sort()).toEqual([
			'Both: a question',
			'Both: a statement',
			'Daily 1: a question; Daily 2: a statement',
			'Daily 1: a statement; Daily 2: a question'
		]);
		expect(choices.find((x) => correct.includes(x.id))!.text).toBe(
			'Daily 1: a question; Daily 2: a statement'
		);
		// Evidence in both outlets.
		expect(new Set(c.draft.evidence.map((e) => e.articleId))).toEqual(new Set(['a1', 'a2']));
	});

	it('leaves alone a question that is a speaker’s words, or two headlines that both ask', () => {
		expect(asked('Ruiz: Why Cut the Parks Now?', 'Council Passes Budget After Long Night')).toEqual(
			[]
		);
		expect(
			asked('Ruiz Asks Council: “Why Cut the Parks Now?”', 'Council Passes Budget After Long Night')
		).toEqual([]);
		expect(asked('Will the Budget Hold?', 'Can the Council Keep Its Promise?')).toEqual([]);
		expect(asked('Council Passes Budget', 'Ruiz Signs Budget After Long Night')).toEqual([]);
	});
});
