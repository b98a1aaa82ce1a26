/**
 * Properties of the generator's output on the built-in seed story. These are
 * quality targets, not smoke tests: they fail while the generator gets facts,
 * evidence or attributions wrong. The quote list is hand-written from the texts.
 */
import { SOURCING_CHOICE, sourcingOf } from './candidates/sourcing';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Article, Question } from '$lib/bank/schema';
import { seedStory } from '$lib/content/seed';
import { generateQuestions } from './index';
import {
	attributionProblems,
	backedBy,
	citedText,
	keyTexts,
	normalize,
	questionText,
	sameAnswer,
	showsQuote
} from './question-checks.test-helpers';
import { SEED_QUOTES } from './seed-quotes.fixture';

const { story, articles } = seedStory;
const byId = new Map<string, Article>(articles.map((a) => [a.id, a]));
let questions: Question[] = [];

beforeAll(() => {
	questions = generateQuestions({ storyId: story.id, articles }, { max: 1_000 });
}, 60_000);

const NEGATIVE = /\b(not|never|except|but one)\b|n't\b/i;
const describeQ = (q: Question) => `${q.id} (${q.type}/${q.skill}): ${q.prompt}`;

describe('generator output on the seed story', () => {
	it('produces questions of several skills', () => {
		expect(questions.length).toBeGreaterThanOrEqual(20);
		expect(new Set(questions.map((q) => q.skill)).size).toBeGreaterThanOrEqual(3);
	});

	it('cites only valid, non-blank spans of the story’s articles', () => {
		const bad: string[] = [];
		for (const q of questions) {
			const spans = [...q.evidence, ...(q.type === 'evidence' ? q.evidenceChoices : [])];
			for (const e of spans) {
				const text = byId.get(e.articleId)?.text;
				const ok =
					text !== undefined &&
					Number.isInteger(e.start) &&
					Number.isInteger(e.end) &&
					e.start >= 0 &&
					e.start < e.end &&
					e.end <= text.length &&
					text.slice(e.start, e.end).trim().length > 0;
				if (!ok) bad.push(`${describeQ(q)} → ${e.articleId} ${e.start}-${e.end}`);
			}
			if (q.type === 'evidence') {
				for (const c of q.evidenceChoices) {
					const span = byId.get(c.articleId)?.text.slice(c.start, c.end) ?? '';
					if (!normalize(span).includes(normalize(c.text).replace(/\s*\.\.\.$/, ''))) {
						bad.push(`${describeQ(q)} → evidence choice "${c.text}" is not the text it cites`);
					}
				}
			}
		}
		expect(bad).toEqual([]);
	});

	it('backs every key with the text it cites', () => {
		const bad: string[] = [];
		for (const q of questions) {
			const cited = citedText(q, byId);
			const citedArticles = q.evidence.map((e) => byId.get(e.articleId)!).filter(Boolean);
			const sourceNames = citedArticles.flatMap((a) => [a.outlet, a.title]);
			const keys = keyTexts(q);
			const backed = (k: string) => backedBy(k, cited) || sourceNames.some((s) => sameAnswer(s, k));
			// A cloze is right if any accepted form is in the text; other keys must all be.
			let ok = q.type === 'cloze' ? keys.some(backed) : keys.every(backed);
			if (!ok && q.type === 'single' && q.skill === 'source' && NEGATIVE.test(q.prompt)) {
				// "Which outlet does not …?" cannot cite an absence: the evidence must
				// instead show every other offered outlet doing it, and not the key.
				const citedOutlets = citedArticles.map((a) => a.outlet);
				const others = q.choices.filter((c) => !q.correct.includes(c.id)).map((c) => c.text);
				ok =
					keys.every((k) => !citedOutlets.some((o) => sameAnswer(o, k))) &&
					others.every((o) => citedOutlets.some((c) => sameAnswer(c, o)));
			}
			if (!ok && q.type === 'single' && /source this information\?$/.test(q.prompt)) {
				// "How does X source this?" keys a kind of sourcing; the cited sentence must show that kind.
				const kind = sourcingOf(cited, citedArticles[0]!.outlet, citedArticles[0]!.url);
				ok = !!kind && keys.length === 1 && keys[0] === SOURCING_CHOICE[kind];
			}
			// A word's meaning comes from the lexicon, not the text: the cited sentence must hold the word.
			const word = /What does “([^”]+)” mean in this sentence\?$/.exec(q.prompt)?.[1];
			if (!ok && q.type === 'single' && word) ok = new RegExp(`\\b${word}\\b`, 'i').test(cited);
			if (!ok)
				bad.push(`${describeQ(q)} → key ${JSON.stringify(keys)} not in "${cited.slice(0, 160)}"`);
		}
		expect(bad).toEqual([]);
	});

	it('offers distinct distractors that differ from the key', () => {
		const bad: string[] = [];
		for (const q of questions) {
			if ('choices' in q && q.type !== 'truefalse') {
				const texts = q.choices.map((c) => c.text);
				texts.forEach((t, i) =>
					texts.slice(i + 1).forEach((u) => {
						if (normalize(t) === normalize(u)) bad.push(`${describeQ(q)} → "${t}" twice`);
					})
				);
				const keys = q.choices.filter((c) => q.correct.includes(c.id));
				for (const d of q.choices.filter((c) => !q.correct.includes(c.id))) {
					for (const k of keys) {
						if (sameAnswer(d.text, k.text))
							bad.push(`${describeQ(q)} → distractor "${d.text}" ≈ key "${k.text}"`);
					}
				}
			}
			if (q.type === 'matching') {
				const extras = q.extraRights ?? [];
				for (const x of extras) {
					if (q.pairs.some((p) => sameAnswer(p.right, x)))
						bad.push(`${describeQ(q)} → extra "${x}" is a real answer`);
				}
				if (new Set(extras.map(normalize)).size !== extras.length)
					bad.push(`${describeQ(q)} → extras repeat`);
			}
		}
		expect(bad).toEqual([]);
	});
});

describe('the disagreements between outlets are found', () => {
	const compareText = (q: Question) => `${questionText(q)} \n ${citedText(q, byId)}`;
	const compareQuestions = () => questions.filter((q) => q.skill === 'compare');
	const found = (patterns: RegExp[], atLeast: number) =>
		compareQuestions().some(
			(q) => patterns.filter((p) => p.test(compareText(q))).length >= atLeast
		);

	it('how many stormed the compound: thousands / dozens / 6,000', () => {
		expect(found([/\bthousands\b/i, /\bdozens\b/i, /\b6,?000\b/], 2)).toBe(true);
	});
	it('militia fighters killed: at least 25 against 50', () => {
		expect(found([/\b25\b/, /\b50\b/], 2)).toBe(true);
	});
	it('demonstrators injured: 12 against at least 62', () => {
		expect(found([/\b12\b/, /\b62\b/], 2)).toBe(true);
	});
});

describe('direct quotes are attributed to the right speaker', () => {
	const speakers = [...new Set(SEED_QUOTES.map((s) => s.speaker))];

	it('the fixture quotes are all in the seed texts', () => {
		for (const q of SEED_QUOTES)
			expect(byId.get(q.articleId)?.text).toContain(q.locate ?? q.snippet);
	});

	it('every quote question about a named speaker’s quote keys that speaker', () => {
		const quoteQuestions = questions.filter((q) => q.skill === 'quote');
		const problems = SEED_QUOTES.flatMap((quote) =>
			quoteQuestions.flatMap((q) => attributionProblems(q, quote, speakers))
		);
		expect(problems).toEqual([]);
	});

	it('asks about at least half of the named speakers’ quotes', () => {
		const quoteQuestions = questions.filter((q) => q.skill === 'quote');
		const asked = SEED_QUOTES.filter((quote) =>
			quoteQuestions.some((q) => showsQuote(questionText(q), quote))
		);
		expect(asked.length).toBeGreaterThanOrEqual(Math.ceil(SEED_QUOTES.length / 2));
	});
});
