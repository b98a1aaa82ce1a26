import { describe, expect, it } from 'vitest';
import { article, storyOf } from '../article.test-helpers';
import { runPipelineDetailed } from '../pipeline';
import { clozeCandidates } from './cloze';
import { conjunctionClozeCandidates, conjunctionOpener } from './cloze-conjunction';

// Invented: a sentence that opens "But", with one name to gap, after a sentence with none.
const OPENING = 'The fishing families had opposed the harbour plan for most of the long winter.';
const BUT_NAME =
	'But nobody at the meeting on Tuesday expected that Tomas Brekke would pay for the new sea wall.';

const keys = (texts: string[]) =>
	conjunctionClozeCandidates(storyOf(texts.join(' '))).map((c) => c.keyTexts[0]);

describe('gaps in the sentences of one article read alone that open "But" or "And"', () => {
	it('gaps a name the cloze pass leaves out for its opening', () => {
		expect(clozeCandidates(storyOf([OPENING, BUT_NAME].join(' ')))).toEqual([]);
		expect(keys([OPENING, BUT_NAME])).toEqual(['Tomas Brekke']);
	});

	it('leaves a conjunction before a pronoun or a "that", whose referent the gap does not show', () => {
		expect(conjunctionOpener('But he said Tomas Brekke would pay.')).toBe(false);
		expect(conjunctionOpener('And that, Tomas Brekke said, was in the works.')).toBe(false);
		expect(conjunctionOpener('But it assumes that Tomas Brekke would pay.')).toBe(false);
		expect(conjunctionOpener('And the council agreed with Tomas Brekke.')).toBe(true);
		expect(conjunctionOpener('Butter prices rose after Tomas Brekke spoke.')).toBe(false);
	});

	it('reads one article alone only: a story of several outlets has its own gaps', () => {
		expect(conjunctionClozeCandidates(storyOf(BUT_NAME, OPENING))).toEqual([]);
	});

	it('asks the gap when the article read alone gets a short quiz', () => {
		const { picked } = runPipelineDetailed(
			{ storyId: 's', articles: [article(0, [OPENING, BUT_NAME].join(' '))] },
			{}
		);
		expect(picked.map((r) => r.candidate.keyTexts[0])).toContain('Tomas Brekke');
	});
});
