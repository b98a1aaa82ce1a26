import { describe, expect, it } from 'vitest';
import type { Article } from '$lib/bank/schema';
import { analyzeArticle, viewStory } from '../analyze';
import { article } from '../article.test-helpers';
import { framingCandidates } from './framing';
import {
	headlinePredicateCandidates,
	idiomatic,
	mainPredicate,
	sameAct
} from './headline-predicate';

/** Names as the articles would show them. */
const NAMES = new Set(['ruiz', 'ana', 'diaz', 'tom', 'riverton']);
const isName = (w: string) => NAMES.has(w.replace(/[^\w]/g, '').toLowerCase());
const phrase = (title: string) => mainPredicate(title, isName)?.phrase;

describe('mainPredicate', () => {
	it('reads the verb group and the head of what it acts on, in the headline’s words', () => {
		expect(phrase('Ana Ruiz Breaks Her Silence On Budget Memo')).toBe('breaks her silence');
		expect(phrase('Ruiz Denies Sending Letter To Council')).toBe('denies sending letter');
		expect(phrase('Ruiz Will Retire In February')).toBe('will retire');
		expect(phrase('Ruiz Slams Diaz')).toBe('slams Diaz');
	});

	it('keeps the verb alone when the object runs long or a quotation follows', () => {
		expect(phrase('Ruiz Accuses Former City Budget Aide Of Lying')).toBe('accuses');
		expect(phrase("Ruiz Slams 'Reckless' Budget")).toBe('slams');
	});

	it('reads no predicate from a speaker’s colon, a passive or a negation', () => {
		expect(phrase("Ruiz Won't Go Forward With Budget")).toBeUndefined();
		expect(phrase('Ruiz Will Not Seek Reelection')).toBeUndefined();
		expect(phrase('Ruiz: I Never Sent The Letter')).toBeUndefined();
		expect(phrase('Ruiz Blasted By Council Over Letter')).toBeUndefined();
	});
});

describe('sameAct', () => {
	const read = (t: string) => mainPredicate(t, isName)!;
	it('is one act in two forms of a verb, two phrasal verbs on one particle, or a lexicon group', () => {
		expect(sameAct(read('Ruiz Will Retire In May'), read('Ruiz Retires'))).toBe(true);
		expect(sameAct(read('Ruiz Bows Out Of Race'), read('Ruiz Pulling Out Of Race'))).toBe(true);
		expect(sameAct(read('Ruiz Resigns'), read('Ruiz Quits'))).toBe(true);
		expect(sameAct(read('Ruiz Breaks Her Silence'), read('Ruiz Speaks Out'))).toBe(true);
	});

	it('tells apart acts that differ in meaning', () => {
		expect(sameAct(read('Ruiz Breaks Her Silence'), read('Ruiz Denies Sending Letter'))).toBe(
			false
		);
		expect(sameAct(read('Ruiz Will Retire In May'), read('Ruiz Resigns In Protest'))).toBe(false);
	});
});

describe('headlinePredicateCandidates', () => {
	const titled = (n: number, title: string): Article => ({
		...article(
			n,
			'On Monday, Mayor Ana Ruiz spoke to reporters in Riverton. Later, Ruiz said she would leave in February.'
		),
		title
	});
	const story = (...titles: string[]) =>
		viewStory(
			's',
			titles.map((t, i) => analyzeArticle(titled(i + 1, t)))
		);

	it('matches each outlet to the act its headline credits the same actor with', () => {
		const view = story(
			'Ana Ruiz Breaks Her Silence On Budget Memo',
			'Ruiz Denies Sending Memo To Council',
			'Ruiz Will Retire In February'
		);
		const [c, ...rest] = headlinePredicateCandidates(view);
		expect(rest).toEqual([]);
		expect(c!.draft.prompt).toBe("How does each outlet's headline put what Ana Ruiz did?");
		if (c!.draft.type !== 'matching') throw new Error('matching');
		expect(c!.draft.pairs.map((p) => [p.left, p.right])).toEqual([
			['Daily 1', 'breaks her silence'],
			['Daily 2', 'denies sending memo'],
			['Daily 3', 'will retire']
		]);
		expect(new Set(c!.draft.evidence.map((e) => e.articleId)).size).toBe(3);
		// It takes the slot of the look-up: every candidate found by matching one headline's
		// words (the same answer key, one per story) scores below it.
		const framing = framingCandidates(view);
		expect(framing.map((x) => x.draft.prompt)).toContain(c!.draft.prompt);
		const lookups = framing.filter((x) => x.lookup);
		expect(lookups.length).toBeGreaterThan(0);
		expect(lookups.every((x) => x.answerKey === 'headline' && x.quality < c!.quality)).toBe(true);
	});

	it('asks nothing when a headline makes another actor its subject', () => {
		expect(
			headlinePredicateCandidates(
				story(
					'Ana Ruiz Breaks Her Silence On Budget Memo',
					'Tom Diaz Denies Sending Memo To Council',
					'Ruiz Will Retire In February'
				)
			)
		).toEqual([]);
	});

	it('asks which outlet credits the actor with another act when the rest tell one act', () => {
		const [c, ...rest] = headlinePredicateCandidates(
			story(
				'Ana Ruiz Will Retire In February',
				'Ruiz Resigns In Protest Over Budget',
				'Ruiz Retires After Budget Fight'
			)
		);
		expect(rest).toEqual([]);
		// The others' words are quoted, never the key's: quoting "resigns" would be a look-up.
		expect(c!.draft.prompt).toBe(
			"Two of the headlines report the same act by Ana Ruiz (“will retire”, “retires”). Which outlet's headline credits Ana Ruiz with a different act?"
		);
		if (c!.draft.type !== 'single') throw new Error('single');
		const key = c!.draft.choices.find(
			(x) => c!.draft.type === 'single' && c!.draft.correct.includes(x.id)
		);
		expect(key?.text).toBe('Daily 2');
		expect(c!.draft.explanation).toContain("Daily 2's headline says “resigns”");
	});

	it('claims no different act beside an idiom: a phrasal verb or a verb on the actor’s own thing', () => {
		const read = (t: string) => mainPredicate(t, isName)!;
		expect(idiomatic(read('Ruiz Throws Her Hat In The Ring'))).toBe(true);
		expect(idiomatic(read('Ruiz Bows Out Of Race'))).toBe(true);
		expect(idiomatic(read('Ruiz Resigns In Protest'))).toBe(false);
		// "Throws her hat in the ring" is announcing a run in other words, not another act.
		expect(
			headlinePredicateCandidates(
				story(
					'Ana Ruiz Announces Run For Governor',
					'Ruiz Announces Bid For Governor',
					'Ruiz Throws Her Hat In The Ring'
				)
			)
		).toEqual([]);
		expect(
			headlinePredicateCandidates(
				story(
					'Ana Ruiz Will Retire In February',
					'Ruiz Steps Down Over Budget',
					'Ruiz Retires After Budget Fight'
				)
			)
		).toEqual([]);
	});

	it('asks nothing when the acts do not split into one against the rest', () => {
		expect(
			headlinePredicateCandidates(
				story(
					'Ana Ruiz Breaks Her Silence On Budget Memo',
					'Ruiz Speaks Out On Memo',
					'Ruiz Will Retire In February',
					'Ruiz Retires After Budget Fight'
				)
			)
		).toEqual([]);
		expect(
			headlinePredicateCandidates(
				story('Ruiz Will Retire In May', 'Ruiz Retires', 'Ruiz Retiring After Budget Fight')
			)
		).toEqual([]);
	});
});
