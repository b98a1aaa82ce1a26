import { describe, expect, it } from 'vitest';
import { storyTitled } from '../article.test-helpers';
import { headlineCandidates } from './headline';
import { choiceCase } from './headline-pair-wording';

describe('two headlines that word one thing differently', () => {
	const body =
		'On Monday, Mayor Ana Ruiz spoke about the levy. Later, Ruiz met reporters at the town hall.';
	// Only this kind: the other headline kinds of two outlets (headline-pair.ts) may ask too.
	const asked = (...titles: string[]) =>
		headlineCandidates(storyTitled(body, ...titles)).filter((c) =>
			c.draft.prompt.startsWith('Both headlines use the word')
		);

	it('asks which words each headline puts beside the word both use, wordings as choices', () => {
		const [c, ...rest] = asked(
			'Ruiz reaffirms support for transit levy',
			'Ruiz Reaffirms Opposition to Road Tolls'
		);
		expect(rest).toEqual([]);
		expect(c!.draft.prompt).toBe(
			'Both headlines use the word “reaffirms”. Which words does each headline write beside it?'
		);
		if (c!.draft.type !== 'single') throw new Error('a single choice');
		const { choices, correct } = c!.draft;
		// Not "which outlet?" (a coin toss of two), and in one case: title case gives nothing away.
		expect(choices.map((x) => x.text).sort()).toEqual([
			'Both headlines: “reaffirms opposition”',
			'Both headlines: “reaffirms support”',
			'Daily 1: “reaffirms opposition”; Daily 2: “reaffirms support”',
			'Daily 1: “reaffirms support”; Daily 2: “reaffirms opposition”'
		]);
		expect(choices.find((x) => correct.includes(x.id))!.text).toBe(
			'Daily 1: “reaffirms support”; Daily 2: “reaffirms opposition”'
		);
		expect(new Set(c!.draft.evidence.map((e) => e.articleId))).toEqual(new Set(['a1', 'a2']));
		// One headline question per story: below the grammar contrasts of two headlines.
		expect(c!.answerKey).toBe('headline');
		expect(c!.quality).toBeLessThan(0.66);
	});

	it('asks nothing where a wording is a speaker’s or printed by the other headline too', () => {
		// After a speaker's colon the words are the speaker's, not the outlet's choice.
		expect(asked('Ruiz: Transit Levy Scheme Is Fair', 'Council Debates Transit Levy Plan')).toEqual(
			[]
		);
		// "Recognizes" in the other headline is "recognition" too: "Both headlines: …" is arguable.
		expect(
			asked('Council Backs Marriage Recognition', 'Council Recognizes Marriage Equality')
		).toEqual([]);
	});

	it('prints a choice in lower case, abbreviations kept', () => {
		expect(choiceCase('U.S. Attorney Subpoenas')).toBe('U.S. attorney subpoenas');
		expect(choiceCase('Asylum-Seeking Migrant Caravan')).toBe('asylum-seeking migrant caravan');
		expect(choiceCase('GOP Lawmakers')).toBe('GOP lawmakers');
	});
});
