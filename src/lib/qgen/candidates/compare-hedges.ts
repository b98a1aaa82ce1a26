/**
 * One number hedged two ways by two outlets ("at least four dozen questions" and "almost
 * four dozen questions", "70 percent" and "more than 70 percent"): the same figure, read
 * differently. Asked as "which outlet writes …", hedge and all.
 */
import { escapeRegExp } from '$lib/text/regexp';
import type { CountedFigure, StoryView } from '../analyze';
import { choiceId, outletChoices, spanOf } from '../build';
import { normalise } from '../distractors';
import { lexiconTags } from '../entities';
import { TIME_UNITS } from '../lexicon';
import { contentWords } from '../figure-groups';
import { draftBase, type Candidate } from './candidate';
import { countedNoun, figureEvidence, figurePhrase, figureText, versions } from './figure-text';

/**
 * Which way a figure is hedged: "at least 25" leaves room above, "nearly 25" below, "about
 * 25" on both sides, and a plain "25" none. Two outlets that hedge one number in different
 * ways tell the reader different things about it.
 */
export function hedgeOf(text: string): 'above' | 'below' | 'around' | 'exact' {
	const t = text.toLowerCase();
	if (/^(?:at least|more than|over|as many as)\b/.test(t)) return 'above';
	if (/^(?:nearly|almost|up to|fewer than|less than|at most)\b/.test(t)) return 'below';
	if (/^(?:roughly|about|around|approximately|some|an estimated|estimated)\b/.test(t))
		return 'around';
	return 'exact';
}

/** "more than 70 percent of voters": a share with the words that say what it is a share of. */
function sharePhrase(f: CountedFigure): string {
	const after = f.analysis.article.text.slice(f.mention.end, f.mention.end + 60);
	const of =
		/^\s*(?:%|percent)\s+of\s+((?:(?:the|all|its|their)\s+)?)([\w’'-]+)(?:\s+([\w’'-]+))?/i.exec(
			after
		);
	if (!of) return `${figureText(f)} percent`;
	// "of likely voters", but not "of voters backed": a second word only when it is no verb.
	const second = of[3] && !lexiconTags(of[3]).has('Verb') && !/ed$/.test(of[3]) ? ` ${of[3]}` : '';
	return `${figureText(f)} percent of ${of[1]}${of[2]}${second}`;
}

/**
 * Whether one number's hedges say different things: "at least" against "almost", or either
 * against a plain number. "About 35" beside "35" is the same claim worded loosely.
 */
export function hedgesTellApart(figs: CountedFigure[]): boolean {
	const hedges = new Set(figs.map((f) => hedgeOf(f.mention.text)));
	if (hedges.size < 2 || !(hedges.has('above') || hedges.has('below'))) return false;
	// "Two years" beside "more than two years": a plain duration is a rounded one, and blind
	// readers called the difference hair-splitting. Durations count only when the hedges clash.
	const duration = figs.some((f) => TIME_UNITS.includes(f.mention.noun?.toLowerCase() ?? ''));
	return !duration || hedgesClash(figs);
}

/**
 * One number hedged so that both cannot be right: "at least 48" (48 or more) against "almost
 * 48" (fewer than 48), or "more than 48" against "up to 48". "At least 48" against "up to 48"
 * both hold of 48 itself; "about" holds of either side; a plain "48" may be rounded.
 */
export function hedgesClash(figs: CountedFigure[]): boolean {
	const has = (re: RegExp) => figs.some((f) => re.test(f.mention.text.toLowerCase()));
	return (
		(has(/^(?:at least|more than|over)\b/) && has(/^(?:almost|nearly|fewer than|less than)\b/)) ||
		(has(/^(?:more than|over)\b/) && has(/^(?:up to|at most)\b/))
	);
}

/**
 * "70 percent of voters" and "more than 70 percent of voters": one share, same value, hedged
 * two ways, told with two content words in common near both.
 */
export function percentHedgeCandidates(
	view: StoryView,
	key: string,
	figs: CountedFigure[]
): Candidate[] {
	const out: Candidate[] = [];
	const words = new Map(figs.map((f) => [f, contentWords(f)]));
	const alike = (a: CountedFigure, b: CountedFigure) =>
		[...words.get(a)!].filter((w) => words.get(b)!.has(w)).length >= 2;
	for (const value of new Set(figs.map((f) => f.mention.value))) {
		const same = figs.filter((f) => f.mention.value === value && !f.mention.vague);
		const linked = same.filter((a) => same.some((b) => b.analysis !== a.analysis && alike(a, b)));
		if (new Set(linked.map((f) => f.analysis.article.id)).size < 2 || !hedgesTellApart(linked))
			continue;
		const evidence = linked.map((f) => spanOf(f.analysis.sentences[f.mention.sentence]!));
		const explained = `The outlets give the same share but hedge it differently. ${versions(view, linked)}.`;
		out.push(...hedgeCandidates(view, key, linked, evidence, explained));
	}
	return out;
}

/**
 * "Which outlet writes 'at least four dozen questions'?" for one number hedged differently:
 * asked of each hedged version that no other outlet writes, hedge and all, so only one
 * outlet can be the answer. Every outlet's sentence is in the evidence.
 */
export function hedgeCandidates(
	view: StoryView,
	key: string,
	figs: CountedFigure[],
	evidence: ReturnType<typeof spanOf>[],
	explanation: string
): Candidate[] {
	const out: Candidate[] = [];
	const distinct = new Map<string, CountedFigure>();
	for (const f of figs)
		if (!distinct.has(normalise(figureText(f)))) distinct.set(normalise(figureText(f)), f);
	for (const f of distinct.values()) {
		const mine = f.analysis.article.id;
		const phrase = new RegExp(
			`(?<![\\w.,])${escapeRegExp(f.mention.text).replace(/\s+/g, '\\s+')}(?!\\w|,\\d)`,
			'i'
		);
		if (view.analyses.some((a) => a.article.id !== mine && phrase.test(a.article.text))) continue;
		// An outlet that writes the number more than one way has no one hedge to be asked for.
		if (
			figs.some(
				(x) => x.analysis.article.id === mine && hedgeOf(x.mention.text) !== hedgeOf(f.mention.text)
			)
		)
			continue;
		const outlet = view.label.get(mine)!;
		const choices = outletChoices([...view.label.values()], outlet, 6, outlet);
		out.push({
			family: 'compare',
			draft: {
				...draftBase(
					'compare',
					f.mention.noun === 'percent'
						? `The outlets hedge the same share differently. Which outlet writes “${sharePhrase(f)}”?`
						: `The outlets hedge the number of ${countedNoun(f)} differently. Which outlet writes “${figurePhrase(f)}”?`,
					figureEvidence(f, evidence),
					explanation,
					2
				),
				type: 'single',
				choices,
				correct: [choiceId(choices, outlet)]
			},
			keyTexts: [f.mention.text],
			hidden: [],
			answerKey: `figure-outlet:${key}:${normalise(figureText(f))}`,
			// Below figures that cannot both be true, level with different numbers that can.
			quality: 0.85,
			position: f.mention.sentence
		});
	}
	return out;
}
