import { describe, expect, it } from 'vitest';
import { analyzeArticle, viewStory } from '../analyze';
import { article } from '../article.test-helpers';
import { aroundPlace, sharesVerb, subjectBefore, whereCandidates } from './where-fact';

function asked(...texts: string[]) {
	const analyses = texts.map((t, i) => analyzeArticle(article(i + 1, t)));
	return whereCandidates(viewStory('s', analyses)).map((c) => c.draft);
}

const choicesOf = (d: ReturnType<typeof asked>[number]) =>
	'choices' in d ? (d.choices ?? []).map((c) => c.text) : [];
const keyOf = (d: ReturnType<typeof asked>[number]) =>
	'choices' in d ? d.choices.find((c) => (d.correct as string[]).includes(c.id))?.text : undefined;

/** An invented campaign report: one main event placed in a city, other cities elsewhere. */
const TOUR = [
	'Senator Maria Delgado held a town hall meeting in Chicago on Tuesday.',
	'Her rival Thomas Brennan spent the week raising money.',
	'The campaign plans a stop in Denver next month.',
	'Volunteers from Boston and Atlanta are expected to join.'
].join(' ');

describe('aroundPlace', () => {
	it('splits the predicate around the main verb’s "in PLACE"', () => {
		expect(aroundPlace(' held a rally in Chicago on Tuesday.', 'Chicago')).toEqual({
			before: 'held a rally',
			after: ' on Tuesday'
		});
	});
	it('asks nothing when the place belongs to an infinitive or another clause', () => {
		expect(aroundPlace(' promised to cut taxes in Ohio.', 'Ohio')).toBeUndefined();
		expect(aroundPlace(' spoke after a crash that killed two in Ohio.', 'Ohio')).toBeUndefined();
		expect(aroundPlace(' met voters, then flew home in Ohio.', 'Ohio')).toBeUndefined();
	});
	it('asks nothing when a region after the town is part of the answer', () => {
		expect(
			aroundPlace(' held a rally in Springfield, Ill., on Monday.', 'Springfield')
		).toBeUndefined();
	});
});

describe('sharesVerb', () => {
	it('knows an irregular past by its base ("won" and "wins")', () => {
		expect(sharesVerb('Ms. Poe wins easily in Ohio.', 'won')).toBe(true);
		expect(sharesVerb('Ms. Poe lost badly in Ohio.', 'won')).toBe(false);
	});
});

describe('whereCandidates', () => {
	it('asks where the subject did what the sentence tells, with cities of the text as choices', () => {
		const [q, ...more] = asked(TOUR);
		expect(more).toHaveLength(0);
		expect(q!.prompt).toBe(
			'According to Daily 1, where did Maria Delgado hold a town hall meeting on Tuesday?'
		);
		expect(keyOf(q!)).toBe('Chicago');
		expect(choicesOf(q!).sort()).toEqual(['Atlanta', 'Boston', 'Chicago', 'Denver']);
	});
	it('offers no place the text ties to the subject or the verb elsewhere', () => {
		const text = `${TOUR} Delgado also visited Boston in the spring. A rival held a meeting in Atlanta.`;
		const [q] = asked(text);
		// Boston names Delgado, Atlanta uses the verb: both could be right; only Denver stays.
		expect(q).toBeUndefined();
	});
	it('asks "which of these places" when the text tells of the same act elsewhere', () => {
		const text = [
			'Governor Alan Whitford won the primary in Nevada on Tuesday.',
			'Whitford also won in Utah.',
			'Voters in Oregon, Idaho and Montana go to the polls next week.'
		].join(' ');
		const [q] = asked(text);
		expect(q?.prompt).toBe(
			'According to Daily 1, in which of these places did Alan Whitford win the primary on Tuesday?'
		);
		expect(choicesOf(q!)).not.toContain('Utah');
	});
	it('asks nothing of a place of another kind than the key (a region for a city)', () => {
		const text = [
			'Senator Maria Delgado held a town hall meeting in Chicago on Tuesday.',
			'Her rival Thomas Brennan spent the week raising money in Ohio and Texas.'
		].join(' ');
		expect(asked(text)).toHaveLength(0);
	});
	it('asks a list’s place of nothing ("in Ohio and Iowa")', () => {
		const text = TOUR.replace('in Chicago', 'in Chicago and Denver');
		expect(asked(text)).toHaveLength(0);
	});
	it('asks of a named group as subject, lowercasing its article', () => {
		const text = [
			'The Harlow Tenants Union held a protest in Chicago on Friday.',
			'Its organisers want rent limits like those in Denver.',
			'Similar groups formed in Boston and Atlanta last year.'
		].join(' ');
		const [q] = asked(text);
		expect(q?.prompt).toBe(
			'According to Daily 1, where did the Harlow Tenants Union hold a protest on Friday?'
		);
	});
});

describe('subjectBefore', () => {
	it('reads no subject from a clause or a pronoun before the verb', () => {
		const text = 'After she lost, the party held a vote in Chicago. He held a rally in Denver.';
		const a = analyzeArticle(article(1, text));
		const view = viewStory('s', [a]);
		for (const s of a.sentences) {
			const at = s.start + s.text.indexOf('held');
			expect(subjectBefore(view, a, s, at)).toBeUndefined();
		}
	});
});
