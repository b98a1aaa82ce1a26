/**
 * Compare questions: where outlets give different figures for the same count
 * (matched by what is counted, see align.quantityKey), ask which figure a named
 * outlet gives, match outlets to figures, and ask which outlets agree. Every
 * prompt names the outlet, so the key is never ambiguous. Days given differently for
 * one event come from compare-dates.ts, places from compare-places.ts.
 */
import { escapeRegExp } from '$lib/text/regexp';
import type { CountedFigure, StoryView } from '../analyze';
import { choiceId, hash, listWords, makeChoices, outletChoices, spanOf } from '../build';
import { inStyleOf, nearFigures, normalise, pickDistractors } from '../distractors';
import { figureRange, figuresAgree, HEDGE_WORDS, parseAmount } from '../quantities';
import { figureGroups, reportedClaim } from '../figure-groups';
import { countedNoun, figureEvidence, figurePhrase, figureText, versions } from './figure-text';
import {
	hedgesClash,
	hedgesTellApart,
	hedgeCandidates,
	percentHedgeCandidates
} from './compare-hedges';
import { draftBase, type Candidate } from './candidate';
import { countIsGiven } from './fact';
import { dateCompareCandidates } from './compare-dates';
import { placeCompareCandidates } from './compare-places';
import { moneyCompareCandidates } from './compare-money';
import { laterOccasionCandidates } from './compare-later';
import { roleHolderCandidates } from './compare-role-holders';
import { countedThing, roughBesideExact } from './compare-rough';
import { lexiconTags } from '../entities';
import { normaliseSpace } from '$lib/content/space';

/** Stems of the verbs in a claim ("chanted" → "chant"), to find them in other outlets' sentences. */
export function claimVerbs(claim: string): string[] {
	return (
		(claim.toLowerCase().match(/[a-z]{4,}/g) ?? [])
			.filter((w) => {
				const tags = lexiconTags(w);
				if (tags.has('Copula') || tags.has('Auxiliary') || /^(?:have|has|had)$/.test(w))
					return false;
				return (tags.has('Verb') && !tags.has('Noun')) || /ed$/.test(w);
			})
			// A short stem finds "plead" in "pleaded" and "pleads", "lyi" in "lying".
			.map((w) => w.slice(0, Math.max(3, Math.min(5, w.length - 2))))
	);
}

/** The figure's sentence with the figure replaced by a gap. */
export function gapped(f: CountedFigure): string {
	const s = f.analysis.sentences[f.mention.sentence];
	const rel = f.mention.start - s!.start;
	return `${s!.text.slice(0, rel)}____${s!.text.slice(rel + f.mention.text.length)}`
		.replace(/\s+/g, ' ')
		.trim();
}

/**
 * A gap the sentence fills itself: the count is listed after it ("six people, including two
 * congressmen, two officers, an aide and a lobbyist"), or fact.countIsGiven says so.
 */
export function gapGivenAway(f: CountedFigure): boolean {
	const s = f.analysis.sentences[f.mention.sentence]!;
	const at = f.mention.start - s.start;
	const after = s.text.slice(at + f.mention.text.length);
	return (
		countIsGiven(s.text, at) ||
		/^(?:\s+[\w’'-]+){1,4}?,?\s+(?:including|among them|namely)\s+[^.;]*,[^.;]*\band\b/i.test(after)
	);
}

/** The figure's whole sentence, for a statement that quotes it (a gap there would read as a blank to fill). */
const sentenceOf = (f: CountedFigure) => {
	const text = normaliseSpace(f.analysis.sentences[f.mention.sentence]!.text);
	return text.length > 160 ? `${text.slice(0, 159)}…` : text;
};

/** A wrong figure must be wrong: "dozens" is no distractor for "scores", nor "25" for "at least 25". */
function clashesWithKey(f: CountedFigure, text: string): boolean {
	const amount = parseAmount(text.replace(new RegExp(`^${HEDGE_WORDS}`, 'i'), ''));
	if (!amount) return true;
	return !figuresAgree(
		figureRange(text, amount.value),
		figureRange(f.mention.text, f.mention.value!)
	);
}

/** A sum of money: "$43,000 Rolex watch" (the dollar sign stands before the figure's text). */
const isSum = (f: CountedFigure) =>
	f.mention.text.includes('$') || f.analysis.article.text[f.mention.start - 1] === '$';

export function compareCandidates(view: StoryView): Candidate[] {
	const out: Candidate[] = [];
	for (const { key, figs } of figureGroups(view.figures))
		// Sums of money are compared by what they pay for (compare-money.ts): here a sum would
		// lose its dollar sign ("Which outlet reports “12,000 gold watch”?") and be asked twice.
		if (!figs.some(isSum)) out.push(...compareGroup(view, key, figs));
	// The same event on different days is a disagreement of the same kind as a figure.
	out.push(...dateCompareCandidates(view));
	// …and the same event in different places.
	out.push(...placeCompareCandidates(view));
	// …and one thing priced differently, which the figures above leave out (compare-money.ts).
	out.push(...moneyCompareCandidates(view));
	// …and, the other way round, two occasions on different days that a reader may take for one
	// (compare-later.ts): no disagreement, but what the outlets report differs.
	out.push(...laterOccasionCandidates(view));
	// …and one post given to different people (compare-role-holders.ts).
	out.push(...roleHolderCandidates(view));
	return out;
}

function compareGroup(view: StoryView, key: string, figs: CountedFigure[]): Candidate[] {
	const out: Candidate[] = [];
	{
		const articles = new Set(figs.map((f) => f.analysis.article.id));
		if (articles.size < 2) return out;
		// Shares of different wholes are too alike to group by their words ("25 percent tariffs",
		// "30 percent of imports"); only one share hedged two ways is asked.
		if (key.startsWith('count:percent')) return percentHedgeCandidates(view, key, figs);
		const distinct = new Map<string, CountedFigure>();
		for (const f of figs)
			if (!distinct.has(normalise(figureText(f)))) distinct.set(normalise(figureText(f)), f);
		const range = (f: CountedFigure) => figureRange(f.mention.text, f.mention.value!);
		const clash = (a: CountedFigure, b: CountedFigure) => !figuresAgree(range(a), range(b));
		const differs = figs.some((a) => figs.some((b) => clash(a, b)));
		const numbers = [...distinct.values()].filter((f) => !f.mention.vague);
		// Two figures of one sentence cite it once.
		const evidence = [
			...new Map(
				figs.map((f) => {
					const s = f.analysis.sentences[f.mention.sentence]!;
					return [`${s.articleId}:${s.start}`, spanOf(s)] as const;
				})
			).values()
		];
		const explanation = `The outlets ${differs ? 'do not agree' : 'agree'}. ${versions(view, [...distinct.values()])}.`;
		if (differs) {
			// One single-choice question per distinct figure, about the outlet that gives it.
			for (const f of distinct.values()) {
				if (gapGivenAway(f)) continue;
				const outlet = view.label.get(f.analysis.article.id)!;
				const key = figureText(f);
				// Another outlet's compatible figure ("25" for "at least 25") would also fit the gap.
				const story = [...distinct.values()]
					.filter((x) => clash(x, f))
					.map((x) => inStyleOf(key, figureText(x)))
					.filter((t): t is string => t !== undefined);
				const wrong = pickDistractors(
					key,
					[
						...story,
						...nearFigures(key, f.mention.value!, !!f.mention.vague, f.mention.noun)
					].filter((text) => clashesWithKey(f, text)),
					3
				);
				// "6" and "six" are one wrong answer, not two (and neither may equal the key).
				const hedgeRe = new RegExp(`^${HEDGE_WORDS}`, 'i');
				const identity = (t: string) => {
					const hedge = hedgeRe.exec(t)?.[0].trim().toLowerCase() ?? '';
					const v = parseAmount(t.replace(hedgeRe, ''))?.value;
					return v === undefined ? t.toLowerCase() : `${hedge}|${v}`;
				};
				const identities = new Set([identity(key)]);
				const distinctWrong = wrong.filter((w) => {
					if (identities.has(identity(w))) return false;
					identities.add(identity(w));
					return true;
				});
				if (distinctWrong.length < 2) continue;
				const choices = makeChoices([key, ...distinctWrong], key + outlet);
				const sentence = gapped(f);
				out.push({
					family: 'compare',
					draft: {
						...draftBase(
							'compare',
							`Outlets give different figures here. ${outlet} writes: “${sentence}” Which figure does ${outlet} give?`,
							figureEvidence(f, evidence),
							explanation,
							2
						),
						type: 'single',
						choices,
						correct: [choiceId(choices, key)]
					},
					keyTexts: [f.mention.text],
					hidden: [f.mention.text],
					excerpt: sentence,
					answerKey: `figure:${key}:${f.mention.noun}`,
					quality: 0.85,
					position: f.mention.sentence
				});
			}
			out.push(...outletCandidates(view, key, figs, evidence, explanation, true));
			// Matching outlets to the figures they give (one outlet per distinct figure). An outlet
			// that itself gives clashing figures ("150 migrants", later "200 migrants") has no one
			// figure to match, nor to compare in a true/false statement.
			const selfInconsistent = new Set(
				figs
					.filter((a) =>
						figs.some((b) => b.analysis.article.id === a.analysis.article.id && clash(a, b))
					)
					.map((f) => f.analysis.article.id)
			);
			const pairs: CountedFigure[] = [];
			for (const f of distinct.values()) {
				const outlet = f.analysis.article.id;
				if (
					pairs.length < 5 &&
					!selfInconsistent.has(outlet) &&
					pairs.every((p) => clash(p, f) && p.analysis.article.id !== outlet)
				)
					pairs.push(f);
			}
			// Two pairs would be a coin toss once one is known.
			if (pairs.length >= 3) {
				out.push({
					family: 'compare',
					draft: {
						...draftBase(
							'compare',
							`The outlets count the ${countedNoun(pairs[0]!)} differently. Match each outlet to the figure it reports.`,
							pairs.map((f) => spanOf(f.analysis.sentences[f.mention.sentence]!)),
							explanation,
							3
						),
						type: 'matching',
						pairs: pairs.map((f, i) => ({
							id: `p${i + 1}`,
							left: view.label.get(f.analysis.article.id)!,
							right: figurePhrase(f)
						}))
					},
					keyTexts: pairs.map((f) => f.mention.text),
					hidden: [],
					answerKey: `match-figures:${key}`,
					quality: 0.9,
					position: Math.min(...pairs.map((f) => f.mention.sentence))
				});
			}
			// True/false: two outlets that differ are said to agree.
			const a = pairs[0];
			const b = pairs[1];
			if (a && b) {
				const la = view.label.get(a.analysis.article.id)!;
				const lb = view.label.get(b.analysis.article.id)!;
				out.push({
					family: 'compare',
					draft: {
						...draftBase(
							'compare',
							`True or false: ${la} and ${lb} give the same figure for the ${countedNoun(a)} (${la}: “${sentenceOf(a)}”).`,
							[
								spanOf(a.analysis.sentences[a.mention.sentence]!),
								spanOf(b.analysis.sentences[b.mention.sentence]!)
							],
							`False. ${la} gives “${figureText(a)}” and ${lb} gives “${figureText(b)}”.`,
							2
						),
						type: 'truefalse',
						choices: [
							{ id: 'true', text: 'True' },
							{ id: 'false', text: 'False' }
						],
						correct: ['false']
					},
					keyTexts: [a.mention.text, b.mention.text],
					hidden: [a.mention.text],
					answerKey: `tf-figures:${key}:${hash(la + lb)}`,
					quality: 0.7,
					position: a.mention.sentence
				});
			}
		} else if (new Set(numbers.map((f) => f.mention.value)).size > 1) {
			// "More than 150 migrants" and "about 200 migrants": both can be true, yet the
			// outlets give different numbers, and which one gives which is worth reading for.
			// Not "dozens" beside "almost four dozen": a vague amount is no number to tell apart.
			const hedged = `The outlets state the number differently, hedged so that both can be true. ${versions(view, numbers)}.`;
			out.push(...outletCandidates(view, key, numbers, evidence, hedged, false));
		} else if (roughBesideExact(figs)) {
			// "scores of others" beside "at least 53 others": one outlet gives a number, another
			// only a rough amount both can be true of. Which outlet settles for the rough one is
			// worth reading for; the prompt and feedback say it is no disagreement.
			const rough = figs.filter((f) => f.mention.vague);
			const explained = `One outlet gives a number, another only a rough amount, so both can be true. ${versions(view, [...distinct.values()])}.`;
			const lead = `Not every outlet gives an exact number for ${countedThing(key, rough[0]!)}`;
			out.push(...outletCandidates(view, key, rough, evidence, explained, false, lead));
		} else if (hedgesTellApart(numbers)) {
			// "At least four dozen questions" and "almost four dozen questions": one number, read
			// one way by one outlet and the other way by another.
			// "At least" and "almost" one number cannot both be right: the feedback says so.
			const explained = `The outlets give the same number but hedge it differently${hedgesClash(numbers) ? ', so that both cannot be right' : ''}. ${versions(view, numbers)}.`;
			out.push(...hedgeCandidates(view, key, numbers, evidence, explained));
		} else if (
			articles.size >= 2 &&
			view.label.size >= 3 &&
			/^(killed|injured|arrested|deployed):|:(people|fighters|troops)$/.test(key)
		) {
			// Agreement is worth asking only about counts of people or of what happened to them.
			// Agreement: which outlets give this same figure?
			const f = figs[0];
			const claim = reportedClaim(f!, figurePhrase(f!));
			if (!claim) return out;
			// The claim's verbs come from one outlet's sentence ("about 100 people chanted"): every
			// outlet keyed must use them too, not just the figure ("about 100 people marched").
			const verbs = claimVerbs(claim);
			if (
				figs.some((x) => {
					const text = x.analysis.sentences[x.mention.sentence]!.text.toLowerCase();
					return verbs.some((v) => !text.includes(v));
				})
			)
				return out;
			const giving = new Set(figs.map((x) => view.label.get(x.analysis.article.id)!));
			// "Select all that apply" must show every outlet, or "the others do not" is untrue.
			const all = [...new Set(view.label.values())];
			if (all.length > 8) return out;
			const choices = makeChoices(all, key);
			out.push({
				family: 'compare',
				draft: {
					...draftBase(
						'compare',
						`Which outlets report that ${claim}? Select all that apply.`,
						evidence.slice(0, 8),
						`${listWords([...giving])} give this figure; the others do not report it.`,
						2
					),
					type: 'multi',
					choices,
					correct: choices.filter((c) => giving.has(c.text)).map((c) => c.id)
				},
				keyTexts: [f!.mention.text],
				hidden: [],
				// The key a numeric question on this figure has too: one fact, asked once.
				answerKey: `count:${key}:${f!.mention.value}`,
				quality: 0.65,
				position: f!.mention.sentence
			});
		}
	}
	return out;
}

/**
 * "Which outlet reports six people?": the outlet is the answer, every outlet's sentence the
 * evidence. Only when no other outlet writes that number at all, so no second outlet can be
 * argued for. `clashing` says whether the figures cannot all be true ("four" and "six") or
 * only differ in number within their hedges ("more than 150" and "about 200").
 */
function outletCandidates(
	view: StoryView,
	key: string,
	figs: CountedFigure[],
	evidence: ReturnType<typeof spanOf>[],
	explanation: string,
	clashing: boolean,
	/** The prompt's first sentence, when neither "count … differently" nor "state … differently" fits. */
	lead?: string
): Candidate[] {
	const out: Candidate[] = [];
	const distinct = new Map<string, CountedFigure>();
	for (const f of figs)
		if (!distinct.has(normalise(figureText(f)))) distinct.set(normalise(figureText(f)), f);
	for (const f of distinct.values()) {
		const mine = f.analysis.article.id;
		if (figs.some((x) => x.analysis.article.id !== mine && x.mention.value === f.mention.value))
			continue;
		const number = f.mention.text.replace(new RegExp(`^${HEDGE_WORDS}`, 'i'), '');
		const forms = [number, inStyleOf('1', number), inStyleOf('one', number)].filter(
			(t): t is string => !!t
		);
		// …near a word of what is counted ("six people", "six of the people", "his 19th executive
		// action" for "19 executive actions"), not "six miles".
		const head = (f.mention.noun ?? '')
			.split(/\s+/)
			.pop()!
			.replace(/(?:es|s)$/i, '')
			.slice(0, 6);
		const elsewhere = view.analyses.some(
			(a) =>
				a.article.id !== mine &&
				forms.some((t) =>
					new RegExp(
						`(?<![\\w.,])${escapeRegExp(t)}(?:st|nd|rd|th)?(?!\\w|,\\d)\\s+(?:[\\w’'-]+\\s+){0,3}?${escapeRegExp(head)}`,
						'i'
					).test(a.article.text)
				)
		);
		if (elsewhere) continue;
		const outlet = view.label.get(mine)!;
		const noun = countedNoun(f);
		const choicesOfOutlets = outletChoices([...view.label.values()], outlet, 6, outlet);
		out.push({
			family: 'compare',
			draft: {
				...draftBase(
					'compare',
					// "More than 5,000" beside "5,200" is no disagreement: "different numbers" would tell
					// students one outlet is wrong (a blind reader's edit on the tuning stories).
					`${lead ?? (clashing ? `The outlets count the ${noun} differently` : `The outlets state the number of ${noun} differently`)}. Which outlet reports “${figurePhrase(f)}”?`,
					figureEvidence(f, evidence),
					explanation,
					2
				),
				type: 'single',
				choices: choicesOfOutlets,
				correct: [choiceId(choicesOfOutlets, outlet)]
			},
			keyTexts: [f.mention.text],
			hidden: [],
			answerKey: `figure-outlet:${key}:${normalise(figureText(f))}`,
			// Figures that cannot both be true are the best comparison a story has: above every
			// other compare kind, so one reaches the first ten whenever the story has one.
			quality: clashing ? 0.95 : 0.85,
			position: f.mention.sentence
		});
	}
	return out;
}
