import { describe, expect, it } from 'vitest';
import { storyOf } from '../article.test-helpers';
import type { Candidate } from './candidate';
import { keyWrittenAgain } from './story-long-gaps';

const gapKeyed = (...keyTexts: string[]) => ({ keyTexts }) as unknown as Candidate;

describe('keyWrittenAgain', () => {
	const story = storyOf(
		'Harbour master Lena Ortiz told members the repairs would cost 40,000 pounds.',
		'Ortiz said the work would take the summer. The Ortizville ferry runs on Sundays.'
	);

	it('keeps a key the story writes in two places, any outlet, any accepted form', () => {
		expect(keyWrittenAgain(gapKeyed('Lena Ortiz', 'Ortiz'), story)).toBe(true);
	});

	it('leaves a key written once, not counting a longer word that holds it', () => {
		expect(keyWrittenAgain(gapKeyed('40,000'), story)).toBe(false);
		expect(keyWrittenAgain(gapKeyed('Lena Ortiz'), story)).toBe(false);
	});
});
