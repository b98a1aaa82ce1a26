import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../analyze';
import { article, storyOf } from '../article.test-helpers';
import { clozeCandidates } from './cloze';
import { fallbackGaps, otherBearer, subjectAfterOpener, surnameOwner } from './cloze-fallback';

// Invented: a short article whose later sentences name their subject by surname alone, and
// whose only body in that sentence is the newspaper the person spoke to.
const INTRO =
	'Helen Oakhurst, a ferry captain from the northern coast, has started a fund to repair the old harbour wall.';
const TOLD =
	'Oakhurst told the Coastal Herald that she has already collected several thousand pledges from nearby towns.';

const gapsOf = (...texts: string[]) =>
	clozeCandidates(storyOf(...texts)).map((c) => ({
		prompt: c.draft.prompt,
		accepted: c.draft.type === 'cloze' ? c.draft.accepted : [],
		excerpt: c.excerpt
	}));

describe('surname gaps in one article read alone', () => {
	it('gaps a subject named by surname alone and accepts the surname and the full name', () => {
		const told = gapsOf(`${INTRO} ${TOLD}`).find((g) => g.prompt.includes('Coastal Herald'));
		expect(told?.prompt).toContain('____ told the Coastal Herald');
		expect(told?.accepted).toEqual(expect.arrayContaining(['Helen Oakhurst', 'Oakhurst']));
		// The pronoun "she" reads back to the gapped person, who is named in the excerpt.
		expect(told?.excerpt).toMatch(/^.*Oakhurst told the Coastal Herald that she/);
	});

	it('gaps a surname in a sentence that names no figure, body, place or full name', () => {
		const text = `${INTRO} Oakhurst later thanked the volunteers who carried stones down to the shore.`;
		expect(gapsOf(text).map((g) => g.prompt)).toContain(
			'Fill the gap (Daily 0): ____ later thanked the volunteers who carried stones down to the shore.'
		);
	});

	it('leaves a story of several outlets as it was: no surname gap', () => {
		const gaps = gapsOf(
			`${INTRO} ${TOLD}`,
			'The harbour wall at Pellworth has been closed since a storm in the spring.'
		);
		expect(gaps.some((g) => g.prompt.includes('____ told the Coastal Herald'))).toBe(false);
	});

	it('never gaps a surname two people of the article share', () => {
		const shared = `${INTRO} Thomas Oakhurst, her brother, runs a boatyard in the same village. ${TOLD}`;
		const a = analyzeArticle(article(0, shared));
		const view = storyOf(shared);
		const m = a.mentions.find((x) => x.kind === 'person' && x.text === 'Oakhurst');
		expect(m && surnameOwner(m, a, view)).toBeUndefined();
		expect(gapsOf(shared).some((g) => g.prompt.includes('____ told the Coastal Herald'))).toBe(
			false
		);
	});

	it('never gaps a surname no full name in the article completes, or one written before it', () => {
		const alone = `The harbour board met on Tuesday to discuss the wall. ${TOLD}`;
		// A bare surname first, a full name later: the later full name may be another person.
		const later = `${TOLD} Thomas Oakhurst, a boatbuilder, has offered to carry the stone.`;
		expect(gapsOf(later).some((g) => g.prompt.includes('____ told the Coastal Herald'))).toBe(
			false
		);
		expect(gapsOf(alone).some((g) => g.prompt.startsWith('Fill the gap (Daily 0): ____'))).toBe(
			false
		);
	});

	it('tries the other mentions after the first in order: figures, bodies and places, names', () => {
		const text = `${INTRO} ${TOLD}`;
		const a = analyzeArticle(article(0, text));
		const view = storyOf(text);
		const inside = a.mentions.filter((m) => m.sentence === 1);
		const first = inside.find((m) => m.kind === 'org')!;
		expect(fallbackGaps(inside, first, a, view).map((m) => m.text)).toEqual(['Oakhurst']);
	});

	it('gaps a subject after a scene-setting opener, which is no list item', () => {
		const text = `${INTRO} In an interview on Monday, Oakhurst defended the plan to rebuild the harbour wall.`;
		const gap = gapsOf(text).find((g) => g.prompt.includes('defended the plan'));
		expect(gap?.prompt).toContain('In an interview on Monday, ____ defended');
		expect(gap?.accepted).toEqual(expect.arrayContaining(['Helen Oakhurst', 'Oakhurst']));
	});
});

describe('subjectAfterOpener', () => {
	it('takes a name after an opener of time or place and before a verb', () => {
		expect(subjectAfterOpener('On Tuesday, ', 'Oakhurst', ' announced a new timetable.')).toBe(
			true
		);
		expect(
			subjectAfterOpener('In a letter to the board, ', 'Oakhurst', ' asked for more time.')
		).toBe(true);
	});

	it('refuses a list, an apposition, a bare conjunction and a name that is no subject', () => {
		expect(subjectAfterOpener('Leaders from Britain, ', 'France', ' and Germany met.')).toBe(false);
		expect(subjectAfterOpener('On Tuesday, ', 'Oakhurst', ', a captain, spoke.')).toBe(false);
		expect(subjectAfterOpener('But, ', 'Oakhurst', ' announced a new timetable.')).toBe(false);
		// "The harbour, Oakhurst supporters say": the words before the comma set no scene.
		expect(subjectAfterOpener('The harbour wall, ', 'Oakhurst', ' supporters say, is old.')).toBe(
			false
		);
	});
});

describe('otherBearer', () => {
	const owner = 'Thomas Oakhurst';
	it('finds another of the surname the names list may have missed', () => {
		// Another given name, the family in the plural, an honorific of the other sex.
		expect(otherBearer('Oakhurst', owner, 'Later Helen Oakhurst spoke to the crowd.')).toBe(true);
		expect(otherBearer('Oakhurst', owner, 'The Oakhursts have run the yard for years.')).toBe(true);
		expect(otherBearer('Oakhurst', owner, 'Mrs. Oakhurst declined to comment.')).toBe(true);
	});

	it('takes the owner himself under his own name, a title or a sentence opener', () => {
		const text =
			'Thomas Oakhurst opened the yard. But Oakhurst later sold it. Mr. Oakhurst’s boats remain.';
		expect(otherBearer('Oakhurst', owner, text)).toBe(false);
	});

	it('keeps a surname gap out when another given name of the surname is in the text', () => {
		const text = `${INTRO} Her husband, Thomas Oakhurst, was away at sea. ${TOLD}`;
		expect(gapsOf(text).some((g) => g.prompt.includes('____ told the Coastal Herald'))).toBe(false);
	});
});
