/**
 * Compare questions on sums of money: two outlets that price the same thing differently
 * ("a $5,587.75 vacation at the retreat" in one, "$5,687.75 on the retreat" in the other).
 * analyze.ts leaves a bare sum out of the story's figures (its counted noun is only
 * "dollars", and "$5,687.75 on a retreat" has no noun at all), so figureGroups never sees
 * these; the thing a sum pays for is read here instead, from the words right after it.
 * Alignment matters more than coverage: two sums are one thing only when the words for
 * what they pay for share their last word and one more, no year sets them apart, and the
 * values are close (a price and a total of the same words differ far more than outlets do).
 */
import type { StoryView } from '../analyze';
import { choiceId, makeChoices, spanOf } from '../build';
import { figureRange, figuresAgree, HEDGE_WORDS, parseAmount } from '../quantities';
import { MONEY_GENERIC_WORDS } from '../lexicon';
import type { ArticleAnalysis } from '../types';
import { draftBase, type Candidate } from './candidate';
import { FUNCTION } from './headline-lookup-words';

export interface PricedThing {
	analysis: ArticleAnalysis;
	sentence: number;
	/** The sum as written, hedge and all ("over $10,000"). */
	text: string;
	start: number;
	value: number;
	/** The words after the sum for what it pays for ("gold-plated men's Rolex watch"). */
	phrase: string;
	/** Its content words, lower case, possessives and generic money words left out. */
	words: string[];
	/** Years its sentence names ("In 2008, …"). */
	years: string[];
}

const SUM = new RegExp(
	`(?:${HEDGE_WORDS})?\\$\\d[\\d,]*(?:\\.\\d+)?(?:\\s+(?:thousand|million|billion|trillion))?(?![\\d,]*\\d)`,
	'gi'
);

/**
 * Where the thing a sum pays for ends: a clause break, a conjunction or a relative word.
 * "$10,000 at Best Buy, over $300 at Build-A-Bear" is a list, one thing per sum.
 */
const PHRASE_END =
	/[,;:()“”"—–]|\s-\s|\.(?:\s|$)|\s(?:and|or|but|while|which|that|who|because|after|before|when|since|according|to|from|in\s+(?:19|20)\d\d)\b/i;

const wordsOf = (phrase: string) =>
	(phrase.toLowerCase().match(/[a-z][a-z’'-]+/g) ?? [])
		.map((w) => w.replace(/['’]s$/, ''))
		.filter((w) => w.length >= 3 && !FUNCTION.test(w) && !MONEY_GENERIC_WORDS.has(w));

/** Every sum of money an article reports in its own voice (not inside a quotation), with what it pays for. */
export function pricedThings(a: ArticleAnalysis): PricedThing[] {
	const out: PricedThing[] = [];
	for (const s of a.sentences)
		for (const m of s.text.matchAll(SUM)) {
			const start = s.start + m.index;
			if (a.quoted.some((q) => q.start <= start && start < q.end)) continue;
			const amount = parseAmount(
				m[0].replace(new RegExp(`^${HEDGE_WORDS}`, 'i'), '').replace(/^\$/, '')
			);
			if (!amount || amount.vague) continue;
			const after = s.text.slice(m.index + m[0].length);
			// "$43,350 gold-plated watch", "$5,687.75 on a retreat", "$9,587.64 worth of furniture".
			const cut = PHRASE_END.exec(after);
			const phrase = (cut ? after.slice(0, cut.index) : after)
				.trim()
				.split(/\s+/)
				.slice(0, 8)
				.join(' ');
			// A number in the phrase is a second figure ("$300 for 12 tickets"): no one thing priced.
			if (/\d/.test(phrase)) continue;
			out.push({
				analysis: a,
				sentence: s.index,
				text: m[0],
				start,
				value: amount.value,
				phrase,
				words: wordsOf(phrase),
				years: s.text.match(/\b(?:19|20)\d\d\b/g) ?? []
			});
		}
	return out;
}

/**
 * One thing priced by both: the last word of either's phrase is in the other's and they share
 * two words or more, no year of one's sentence is missing from the other's when both name
 * one, and the sums are within half of each other.
 */
export function samePricedThing(x: PricedThing, y: PricedThing): boolean {
	if (x.words.length < 2 || y.words.length < 2) return false;
	const shared = x.words.filter((w) => y.words.includes(w));
	if (new Set(shared).size < 2) return false;
	if (!y.words.includes(x.words.at(-1)!) && !x.words.includes(y.words.at(-1)!)) return false;
	if (x.years.length && y.years.length && !x.years.some((t) => y.years.includes(t))) return false;
	const [lo, hi] = x.value < y.value ? [x.value, y.value] : [y.value, x.value];
	return lo > 0 && hi / lo <= 1.5;
}

const range = (p: PricedThing) => figureRange(p.text.replace('$', ''), p.value);

/**
 * "$43,000" beside "$43,350": a round sum that is the other sum rounded to its last nonzero
 * digit's place is the same figure told less exactly, not a disagreement (a blind reader's edit
 * on the tuning stories: "the outlets disagree" misled). Only places of a hundred and up: "$40"
 * beside "$43" is no rounding a reporter makes.
 */
export function roundsTo(round: number, exact: number): boolean {
	if (round === exact || !Number.isInteger(round)) return false;
	let unit = 1;
	while (round % (unit * 10) === 0) unit *= 10;
	return unit >= 100 && exact % unit !== 0 && Math.abs(round - exact) <= unit / 2;
}

/**
 * Pairs of sums two outlets give for one thing that cannot both be right ("about $40,000"
 * and "$43,350" can, and so can "$43,000", its rounding). Each outlet must price the thing once:
 * an outlet with two sums for it tells of two things, or corrects itself.
 */
export function moneyDisagreements(view: StoryView): [PricedThing, PricedThing][] {
	const all = view.analyses.flatMap(pricedThings);
	const out: [PricedThing, PricedThing][] = [];
	for (const x of all)
		for (const y of all) {
			if (x.analysis.article.id >= y.analysis.article.id) continue;
			if (view.label.get(x.analysis.article.id) === view.label.get(y.analysis.article.id)) continue;
			if (!samePricedThing(x, y) || figuresAgree(range(x), range(y))) continue;
			if (roundsTo(x.value, y.value) || roundsTo(y.value, x.value)) continue;
			const once = (p: PricedThing, other: PricedThing) =>
				all.filter((z) => z.analysis === p.analysis && samePricedThing(z, other)).length === 1;
			if (once(x, y) && once(y, x)) out.push([x, y]);
		}
	return out;
}

/**
 * Sums spaced as the two outlets' sums are ("$43,000" asked beside "$43,350": "$42,650" and
 * "$43,700"), written the way the key is. Sums ten percent off would leave the key the one
 * choice close to the other outlet's sum, which the prompt prints.
 */
function nearSums(asked: PricedThing, given: PricedThing): string[] {
	const cents = /\.\d\d$/.test(asked.text);
	const hedge = new RegExp(`^${HEDGE_WORDS}`, 'i').exec(asked.text)?.[0] ?? '';
	const step = asked.value - given.value;
	return [asked.value + step, given.value - step, asked.value + 2 * step]
		.filter((v) => v > 0)
		.map((v) => {
			const digits = v.toLocaleString('en-US', {
				minimumFractionDigits: cents ? 2 : 0,
				maximumFractionDigits: cents ? 2 : 0,
				useGrouping: asked.text.includes(',')
			});
			return `${hedge}$${digits}`;
		});
}

/** The phrase as a prompt names it: "the Rolex watch", "the Martha's Vineyard Holistic Retreat". */
function thingName(p: PricedThing): string {
	const bare = p.phrase
		.replace(/^(?:worth\s+of|on|at|for|in)\s+/i, '')
		.replace(/^(?:the|a|an)\s+/i, '');
	return `the ${bare}`;
}

/**
 * For each side of a disagreement: "Fox News writes “a $43,350 … Rolex watch”. What sum does
 * HuffPost give for the Rolex watch?" The other outlet's sum is a wrong answer a careless
 * reader picks; sums near the key fill the choices. Every outlet named is in the evidence.
 */
export function moneyCompareCandidates(view: StoryView): Candidate[] {
	const out: Candidate[] = [];
	for (const pair of moneyDisagreements(view)) {
		// "$5,000 for his wife's ring": out of its sentence, "his" names no one.
		if (pair.some((p) => /\b(?:he|him|his|she|her|hers|they|them|their|it|its)\b/i.test(p.phrase)))
			continue;
		for (const [asked, given] of [pair, [pair[1], pair[0]] as const]) {
			const mine = view.label.get(asked.analysis.article.id)!;
			const other = view.label.get(given.analysis.article.id)!;
			const texts = [asked.text, given.text];
			for (const t of nearSums(asked, given)) {
				const v = parseAmount(t.replace(new RegExp(`^${HEDGE_WORDS}`, 'i'), '').replace('$', ''));
				if (texts.length >= 4 || !v) continue;
				const r = figureRange(t.replace('$', ''), v.value);
				if (texts.some((u) => u === t) || figuresAgree(r, range(asked))) continue;
				texts.push(t);
			}
			if (texts.length < 3) continue;
			const before = given.analysis.article.text.slice(Math.max(0, given.start - 4), given.start);
			const article = /\b(?:a|an)\s$/i.exec(before)?.[0] ?? '';
			const shown = `${article}${given.text} ${given.phrase}`.trim();
			const choices = makeChoices(texts, asked.text + mine);
			out.push({
				family: 'compare',
				draft: {
					...draftBase(
						'compare',
						`${other} and ${mine} give different sums for the same thing. ${other} writes “${shown}”. What sum does ${mine} give for ${thingName(asked)}?`,
						[
							spanOf(asked.analysis.sentences[asked.sentence]!),
							spanOf(given.analysis.sentences[given.sentence]!)
						],
						`The outlets disagree: ${mine} gives ${asked.text} (“${asked.text} ${asked.phrase}”), ${other} gives ${given.text}.`,
						2
					),
					type: 'single',
					choices,
					correct: [choiceId(choices, asked.text)]
				},
				keyTexts: [asked.text],
				hidden: [asked.text],
				answerKey: `money-outlet:${asked.analysis.article.id}:${asked.value}:${given.value}`,
				// A figure two outlets cannot both have right: as high as a day given differently.
				quality: 0.93,
				position: asked.sentence
			});
		}
	}
	return out;
}
