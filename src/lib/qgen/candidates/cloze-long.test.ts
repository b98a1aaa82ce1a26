import { describe, expect, it } from 'vitest';
import { article, storyOf } from '../article.test-helpers';
import { runPipelineDetailed } from '../pipeline';
import { clozeCandidates } from './cloze';
import { longClozeCandidates, nameTail } from './cloze-long';

// Invented: a column's long sentences (36 to 50 words), each with one name or figure to gap.
const LONG_NAME =
	'The harbour plan, which the council debated for most of the winter and which fishing families along the coast had opposed from the start, was finally rescued when Marta Velling agreed to pay for the new sea wall herself.';
const LONG_PLACE =
	'The council has spent most of the winter arguing about the harbour plan, and the fishing families who opposed it from the start now say that the real decisions are being taken in Norway, far from the boats and the quays.';
const LONG_AFFILIATION =
	'The study of the old harbour wall, which the council ordered after the storm that flooded the quays in the spring, was written by Arne Dahl and Lise Moen, a lecturer at the Coastal Institute, and it named the repairs.';
const LONG_TAIL =
	'The council treasurer, who spoke for more than an hour at the meeting on Tuesday evening and answered every question the fishing families put to her, said the money would come from the Harbour Repair Fund next spring.';
const LONG_COUNT =
	'When the fishing families were asked about the harbour plan, they were given a choice of four answers, support, doubt, opposition or anger, and most of those who came to the meeting on Tuesday evening chose anger, the council said.';

const keys = (texts: string[]) =>
	longClozeCandidates(storyOf(texts.join(' '))).map((c) => c.keyTexts[0]);

describe('gaps in the long sentences of one article read alone', () => {
	it('gaps a name in a sentence longer than the cloze pass reads', () => {
		expect(clozeCandidates(storyOf(LONG_NAME))).toEqual([]);
		expect(keys([LONG_NAME])).toEqual(['Marta Velling']);
	});

	it('gaps no place, no affiliation, no tail of a longer name and no count its list adds up', () => {
		expect(keys([LONG_PLACE])).toEqual([]);
		expect(keys([LONG_AFFILIATION])).not.toContain('Coastal Institute');
		expect(keys([LONG_TAIL])).not.toContain('Repair Fund');
		expect(nameTail('the chairman of the Coastal Fisheries ')).toBe(true);
		expect(nameTail('a new Harbour Gazette/')).toBe(true);
		expect(nameTail('Mary Roe told host ')).toBe(false);
		expect(nameTail('Western Journalism reported it. ')).toBe(false);
		expect(keys([LONG_COUNT])).not.toContain('four');
	});

	it('reads one article alone only: a story of several outlets has its own gaps', () => {
		expect(longClozeCandidates(storyOf(LONG_NAME, LONG_PLACE))).toEqual([]);
	});

	it('asks the gap when the article read alone gets a short quiz', () => {
		const text =
			'Nobody at the meeting on Tuesday evening, where the fishing families and the council members sat together for most of the long evening in the cold hall down by the old quays, thought that Tomas Brekke would stand up and pay for the repairs.';
		const { picked } = runPipelineDetailed({ storyId: 's', articles: [article(0, text)] }, {});
		expect(picked.map((r) => r.candidate.keyTexts[0])).toContain('Tomas Brekke');
	});
});
