/** Runs the stages in order: analyse each article, view the story, propose, check, rank, select. */
import type { Article, Question } from '$lib/bank/schema';
import { analyzeArticle, viewStory, type StoryView } from './analyze';
import { withQuoteMarks } from './archive-quotes';
import { hash, tidyQuestion } from './build';
import type { Candidate } from './candidates/candidate';
import { causeCandidates } from './candidates/cause';
import { mainIdeaCandidates } from './candidates/main-idea';
import { singleMainIdeaCandidates } from './candidates/main-idea-single';
import { sourcingCandidates } from './candidates/sourcing';
import { sourcingPairCandidates } from './candidates/sourcing-pair';
import { framingCandidates } from './candidates/framing';
import { clozeCandidates } from './candidates/cloze';
import { longClozeCandidates } from './candidates/cloze-long';
import { conjunctionClozeCandidates } from './candidates/cloze-conjunction';
import { compareCandidates } from './candidates/compare';
import { detailCandidates } from './candidates/detail';
import { factCandidates } from './candidates/fact';
import { objectFactCandidates } from './candidates/object-fact';
import { whereCandidates } from './candidates/where-fact';
import { swapTrueFalseCandidates } from './candidates/swap-truefalse';
import { actionChoiceCandidates } from './candidates/action-choice';
import { wordGapCandidates } from './candidates/word-gap';
import { quoteCandidates, twoVoiceQuotes } from './candidates/quote';
import { quoteFigureCandidates } from './candidates/quote-figure';
import { loneVoiceSenses } from './candidates/lone-voice';
import { quoteStanceCandidates } from './candidates/quote-stance';
import { sourceCandidates } from './candidates/source';
import { storyLongGaps } from './candidates/story-long-gaps';
import { tallyCandidates } from './candidates/figure-tally';
import { timelineCandidates } from './candidates/timeline';
import {
	askedVocabularyWord,
	bodySenses,
	fillSenses,
	spareSenses,
	vocabularyCandidates
} from './candidates/vocabulary';
import { rejectReason } from './checks';
import { disputedSpans, keyIsDisputed } from './disputed';
import { contestedFigure } from './contested-figure';
import { paragraphKeys } from './paragraph-keys';
import { focusAdjustment, keyOf, sideDetail, sideFigure } from './focus';
import { sameName } from './align';
import type { GenerateInput, GenerateOptions } from './index';
import { headlineGivesAway, quoteNameInKeyHeadline } from './giveaway';
import { headlineCopied } from './headline-copy';
import { withReferent } from './pronoun-referent';
import { scoreOf } from './rank';
import { kindOf, selectDiverse, type Ranked } from './select';
import { longerWithoutOne } from './short-swap';
import { spareGivenChoices } from './spare-choices';
import type { ArticleAnalysis } from './types';

export const FAMILIES = [
	sourceCandidates,
	sourcingCandidates,
	sourcingPairCandidates,
	compareCandidates,
	framingCandidates,
	quoteCandidates,
	causeCandidates,
	mainIdeaCandidates,
	singleMainIdeaCandidates,
	timelineCandidates,
	vocabularyCandidates,
	factCandidates,
	objectFactCandidates,
	whereCandidates,
	actionChoiceCandidates,
	wordGapCandidates,
	swapTrueFalseCandidates,
	detailCandidates,
	quoteFigureCandidates,
	quoteStanceCandidates,
	clozeCandidates
];

/** What `--max 10` writes and a teacher reviews first; the set rules are strictest here. */
const FIRST_TEN = 10;

/** Families that read one article's own sentences: the fill when a story's ten run short. */
// Not the single-article families (object-fact, action-choice, swap-truefalse): in a story of
// several outlets their fill took places from better questions (a true/false naming a person
// made that person's who-question give way in selection). LAST_RESORT asks some of them, only
// where they add to a ten that stays short.
/**
 * What one article read alone yields. A gap typed in takes every outlet's words for its answer,
 * not the one article's only; a who question over words quoted in passing stays out of a
 * story's fill (fact.ts).
 */
const READ_THROUGH: ((alone: StoryView, story: StoryView) => Candidate[])[] = [
	(alone) => factCandidates(alone, { passingQuotes: false }),
	(alone) => detailCandidates(alone),
	(alone, story) => clozeCandidates(alone, story)
];

/**
 * Each article viewed alone, as an imported single article is: its fact, detail and gap
 * questions from every sentence, not only the lead. Marked `fill`, ranked like any other.
 */
function readThroughCandidates(
	storyId: string,
	analyses: ArticleAnalysis[],
	story: StoryView
): Candidate[] {
	return readAlone(storyId, analyses, story, READ_THROUGH).concat(
		// Words in context from below the leads, in the writer's own words (vocabulary.ts).
		bodySenses(story).map((c) => ({ ...c, fill: true }))
	);
}

/** Each article viewed alone and read by `families`, its questions marked `fill`. */
function readAlone(
	storyId: string,
	analyses: ArticleAnalysis[],
	story: StoryView,
	families: readonly ((alone: StoryView, story: StoryView) => Candidate[])[]
): Candidate[] {
	return analyses.flatMap((a) => {
		// viewStory completes quote speakers in place: a copy keeps the story's own analysis.
		const alone = viewStory(storyId, [structuredClone(a)]);
		return families.flatMap((read) => read(alone, story)).map((c) => ({ ...c, fill: true }));
	});
}

/**
 * The single-article families the read-through leaves out (above): a gap on the verb of an
 * article's act ("The council ____ the plan": passed / rejected / postponed), "what did X do?"
 * and "whom did X defeat?". In a story of several outlets they are asked only when the
 * read-through still leaves the first ten short, and kept only where they add to it
 * (`onlyAdds`): they once took places from better questions, never again.
 */
const LAST_RESORT: ((alone: StoryView) => Candidate[])[] = [
	wordGapCandidates,
	actionChoiceCandidates,
	objectFactCandidates
];

/**
 * Does `after` only add to the first ten of `before`: longer there, and holding every question
 * `before` held? A new question may make the set rules drop an old one (a prompt that prints
 * its key, "how Trump criticized …" beside a gap keyed "criticized"), and a swap is no gain.
 */
export function onlyAdds(
	before: readonly Question[],
	after: readonly Question[],
	firstTen: number
): boolean {
	const head = new Set(after.slice(0, firstTen));
	return (
		head.size > before.slice(0, firstTen).length &&
		before.slice(0, firstTen).every((q) => head.has(q))
	);
}

export interface PipelineResult {
	questions: Question[];
	rejected: { candidate: Candidate; reason: string }[];
	/** The kept questions with the candidates they came from, for measuring a set's mix. */
	picked: Ranked[];
	/** Every candidate that passed the checks, best first: what selection chose from. */
	ranked: Ranked[];
}

export function runPipelineDetailed(
	input: GenerateInput,
	options: GenerateOptions
): PipelineResult {
	const max = options.max ?? 40;
	const total = input.articles.length + FAMILIES.length + 1;
	let done = 0;
	const progress = (stage: string) => options.onProgress?.({ stage, done: ++done, total });
	const cancelled = () => options.shouldCancel?.() === true;
	const analyses: ArticleAnalysis[] = [];
	for (const a of input.articles) {
		if (cancelled()) return { questions: [], rejected: [], picked: [], ranked: [] };
		analyses.push(analyzeArticle(withQuoteMarks(a)));
		progress(`analyse ${a.outlet}`);
	}
	const view = viewStory(input.storyId, analyses);
	const candidates: Candidate[] = [];
	for (const family of FAMILIES) {
		if (cancelled()) break;
		candidates.push(...family(view));
		progress(family.name.replace(/Candidates$/, ''));
	}
	// One article read alone: a he or she that the sentence before names is named in brackets,
	// so its sentence can be shown alone (pronoun-referent.ts).
	if (analyses.length === 1)
		for (const [i, c] of candidates.entries()) candidates[i] = withReferent(c, analyses[0]!) ?? c;
	const articles = new Map<string, Article>(input.articles.map((a) => [a.id, a]));
	const focus = focusAdjustment(analyses);
	const side = sideDetail(analyses);
	const figure = sideFigure(analyses);
	const rejected: PipelineResult['rejected'] = [];
	const titles = input.articles.map((a) => a.title);
	const headlineByOutlet = new Map(
		input.articles.map((a) => [view.label.get(a.id) ?? a.outlet, a.title])
	);
	// Days, places and figures the outlets give differently: asked as comparisons, never as a fact.
	const disputed = disputedSpans(view);
	const contested = contestedFigure(view);
	const keyIsPerson = (q: Question) => {
		const key = keyOf(q);
		return !!key && [...view.people, ...view.names.person].some((p) => sameName(p, key));
	};
	const texts = new Map(analyses.map((a) => [a.article.id, a.article.text]));
	const paragraphsOfEvidence = paragraphKeys(texts);
	const ids = new Set<string>();
	// Scores are capped at 1; two at the cap keep the order their uncapped scores give.
	const uncapped = new Map<Question, number>();
	const check = (list: Candidate[]): Ranked[] => {
		const out: Ranked[] = [];
		for (const c of list) {
			let id = `${input.storyId}-g-${hash(JSON.stringify(c.draft))}`;
			// The fill stage proposes some questions the story view already made: asked once.
			if (c.fill && ids.has(id)) continue;
			while (ids.has(id)) id += 'x';
			const question = {
				...c.draft,
				id,
				storyId: input.storyId,
				origin: 'generated',
				status: 'draft'
			} as Question;
			// Main events (the headlines' and leads' words, told by several outlets) before side details.
			const raw = scoreOf(c, question) + focus(c, question);
			uncapped.set(question, raw);
			question.score = Math.round(Math.max(0, Math.min(1, raw)) * 1000) / 1000;
			const reason =
				rejectReason(c, question, articles) ??
				(keyIsDisputed(c, disputed, texts)
					? 'another outlet gives this detail differently'
					: undefined);
			if (reason) rejected.push({ candidate: c, reason });
			else {
				// Prompts and choices read as clean text: no stray bullet, "Also," or lone mark.
				tidyQuestion(question);
				ids.add(id);
				const evidenceText = question.evidence.map(
					(e) => articles.get(e.articleId)?.text.slice(e.start, e.end) ?? ''
				);
				// A key a headline prints with the words that ask for it is answered without reading.
				const givenAway =
					headlineGivesAway(question, titles) || quoteNameInKeyHeadline(question, headlineByOutlet);
				// A fact on one outlet's aside waits behind the main events (select.ts).
				const fact = kindOf({ candidate: c, question }) === 'fact';
				const aside = fact && side(question.evidence);
				// "Which outlet's headline writes 'Immigration Plan' …?": finding the words is the answer.
				const headlineCopy = c.answerKey === 'headline' && !!headlineCopied(question, articles);
				out.push({
					candidate: c,
					question,
					evidenceText,
					givenAway,
					sideDetail: aside,
					sideFigure: fact && figure(question),
					contestedFigure: fact && contested(question),
					paragraphs: paragraphsOfEvidence(question.evidence),
					keyIsPerson: fact && keyIsPerson(question),
					headlineCopied: headlineCopy
				});
			}
		}
		return out;
	};
	// Ties broken by the uncapped score, then by id so the order never depends on anything but
	// the input. Without the first, which of two questions at the cap came first hung on a hash
	// of its wording: rewording a sourcing item's choices put it ahead of the seed story's
	// "dozens / thousands stormed the embassy" comparison, which then gave way to a lesser one.
	const byScore = (a: Ranked, b: Ranked) =>
		(b.question.score ?? 0) - (a.question.score ?? 0) ||
		(uncapped.get(b.question) ?? 0) - (uncapped.get(a.question) ?? 0) ||
		(a.question.id < b.question.id ? -1 : 1);
	const ranked = check(candidates).sort(byScore);
	let questions = selectDiverse(ranked, max);
	// A story of several outlets proposes facts from each lead only; when the set rules leave
	// the first ten short, each article is read through as a single article is, and its
	// own sentences (who, what, when, how many) fill the gap, under the same checks. So they
	// do when the ten holds a fact on a side detail, which only fills what nothing else can.
	if (
		analyses.length > 1 &&
		wantsReadThrough(questions, ranked, Math.min(max, FIRST_TEN)) &&
		!cancelled()
	) {
		const extra = check(readThroughCandidates(input.storyId, analyses, view));
		if (extra.length) {
			ranked.push(...extra);
			ranked.sort(byScore);
			questions = selectDiverse(ranked, max);
		}
	}
	// A short ten's last resorts: their candidates join only where they add to the ten as it
	// stands, never trading one of its questions away.
	const short = () => questions.length < Math.min(max, FIRST_TEN) && !cancelled();
	const addWhereOnlyAdds = (extra: Ranked[]) => {
		const wider = [...ranked, ...extra].sort(byScore);
		const again = extra.length ? selectDiverse(wider, max) : questions;
		if (onlyAdds(questions, again, Math.min(max, FIRST_TEN))) {
			ranked.splice(0, ranked.length, ...wider);
			questions = again;
		}
	};
	// Still short: the single-article families.
	if (analyses.length > 1 && short())
		addWhereOnlyAdds(check(readAlone(input.storyId, analyses, view, LAST_RESORT)));
	// Still short: gaps in each outlet's long sentences, as a short single quiz takes them
	// (story-long-gaps.ts), only where they add.
	if (analyses.length > 1 && short())
		addWhereOnlyAdds(check(readAlone(input.storyId, analyses, view, [storyLongGaps])));
	// One article read alone whose quiz runs short: its last resorts, in this order, each asked
	// for only while the quiz is still short. Gaps in its long sentences (an opinion column, a
	// transcript: long sentences, few names); a word in context from the words of its only quoted
	// voice (lone-voice.ts); each of two voices' quotes as true or false of one of them
	// (quote.ts); a fourth word in context (vocabulary.ts, spareSenses); gaps in sentences that
	// open "But" or "And" (cloze-conjunction.ts).
	if (analyses.length === 1)
		for (const lastResort of [
			() => longClozeCandidates(view).map((c) => withReferent(c, analyses[0]!) ?? c),
			() => loneVoiceSenses(view),
			() => twoVoiceQuotes(view),
			() => spareSenses(view),
			() => conjunctionClozeCandidates(view)
		])
			if (short()) addWhereOnlyAdds(check(lastResort()));
	// Still short: a tally the clause turns on ("voted 6-1", "a 242-190 seat advantage"), which
	// no count family reads (figure-tally.ts); before the fill words, since a figure of the news
	// tests more than a word's sense. Only where it adds.
	if (short()) addWhereOnlyAdds(check(tallyCandidates(view)));
	// Then the fill words (vocabulary.ts, fillSenses), each on its own: one whose sentence prints
	// another question's key would make selection drop that question, and a batch refused for
	// it would take its sound words down with it. A story's are fill, as its words from below
	// the leads are: they take only a place its own questions leave.
	if (short()) {
		const asked = questions.filter((q) => q.skill === 'vocabulary');
		const words = asked.flatMap((q) => askedVocabularyWord(q.prompt) ?? []);
		for (const word of fillSenses(view, asked.length, words))
			if (short()) addWhereOnlyAdds(check([analyses.length > 1 ? { ...word, fill: true } : word]));
	}
	// Still short: one pick may keep out more than itself (short-swap.ts).
	if (analyses.length === 1 && short())
		questions =
			longerWithoutOne(ranked, questions, Math.min(max, FIRST_TEN), (r) => selectDiverse(r, max)) ??
			questions;
	progress('select');
	const byQuestion = new Map(ranked.map((r) => [r.question, r]));
	// A wrong answer that prints another pick's key trades for a spare (spare-choices.ts).
	const picked = spareGivenChoices(
		questions.map((q) => byQuestion.get(q)!),
		FIRST_TEN
	);
	return { questions: picked.map((r) => r.question), rejected, picked, ranked };
}

/**
 * Should a story of several outlets read each article through for more facts: its first ten
 * (`firstTen` long) run short, or hold a fact on a side detail (Ranked.sideDetail), which
 * only fills a place nothing else can, so a fact of the read-through or a word from below
 * the leads may take it.
 */
export function wantsReadThrough(
	questions: readonly Question[],
	ranked: readonly Ranked[],
	firstTen: number
): boolean {
	if (questions.length < firstTen) return true;
	const asides = new Set(ranked.filter((r) => r.sideDetail).map((r) => r.question));
	return questions.slice(0, firstTen).some((q) => asides.has(q));
}

export function runPipeline(input: GenerateInput, options: GenerateOptions): Question[] {
	return runPipelineDetailed(input, options).questions;
}
