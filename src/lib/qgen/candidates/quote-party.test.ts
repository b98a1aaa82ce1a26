import { describe, expect, it } from 'vitest';
import { storyOf } from '../article.test-helpers';
import { quoteCandidates } from './quote';
import { partyOf } from './quote-party';

const LINES = [
	'Republican lawmakers and Democratic senators met on Tuesday over the harbour bill.',
	'“I think our Republican colleagues know that blocking the harbour bill is bad for them,” said Sen. Ann Roe, a Maine Democrat.',
	'“The harbour bill spends money the county simply does not have,” said Rep. Tom Reyes (R-Ohio).',
	'“We will not vote for the harbour bill in its present form,” said Rep. Lena Cruz, a Texas Republican.',
	'“Nobody has read the whole harbour bill yet, and that worries me,” said Rep. Eli Moss, a Florida Republican.',
	'Republicans say the bill is too costly; Democrats say the harbour cannot wait.'
];
const DEMOCRATS = [
	'“The harbour cannot wait another winter for its repairs,” said Sen. Kay Lind, a Vermont Democrat.',
	'“Every port on the coast is watching this vote closely,” said Sen. Noel Hart, an Oregon Democrat.'
];

/** The wrong choices of the "who said" on Roe's words, or undefined when none is asked. */
const wrongForRoe = (lines: string[]) => {
	const asked = quoteCandidates(storyOf(lines.join('\n\n')))
		.map((c) => c.draft)
		.find((d) => d.type === 'single' && d.prompt.startsWith('Who said: “I think our Republican'));
	if (asked?.type !== 'single') return undefined;
	return asked.choices
		.filter((c) => !asked.correct.includes(c.id))
		.map((c) => c.text)
		.sort();
};

describe('quoteCandidates: a quote that names a party', () => {
	it('reads each speaker’s party from the label, the apposition or the tag', () => {
		const view = storyOf([...LINES, ...DEMOCRATS].join('\n\n'));
		expect(partyOf('Ann Roe', view)).toBe('Democrat');
		expect(partyOf('Tom Reyes', view)).toBe('Republican');
		expect(partyOf('Lena Cruz', view)).toBe('Republican');
	});
	it('offers only the key’s own party, not the party the words speak of', () => {
		expect(wrongForRoe([...LINES, ...DEMOCRATS])).toEqual(['Kay Lind', 'Noel Hart']);
	});
	it('offers no member of the party the words name when the key has no party label', () => {
		const unlabelled = LINES.map((l) =>
			l.replace('said Sen. Ann Roe, a Maine Democrat.', 'said Ann Roe.')
		);
		expect(wrongForRoe([...unlabelled, ...DEMOCRATS])).toEqual(['Kay Lind', 'Noel Hart']);
	});
	it('asks nothing when the key’s party has too few other speakers', () => {
		expect(wrongForRoe(LINES)).toBeUndefined();
	});
});
