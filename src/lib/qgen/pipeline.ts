/** Runs the stages in order: analyse each article, view the story, propose, check, rank, select. */
import type { Article, Question } from '$lib/bank/schema';
import { analyzeArticle, viewStory } from './analyze';
import { hash } from './build';
import type { Candidate } from './candidates/candidate';
import { causeCandidates } from './candidates/cause';
import { mainIdeaCandidates } from './candidates/main-idea';
import { sourcingCandidates } from './candidates/sourcing';
import { framingCandidates } from './candidates/framing';
import { clozeCandidates } from './candidates/cloze';
import { compareCandidates } from './candidates/compare';
import { detailCandidates } from './candidates/detail';
import { factCandidates } from './candidates/fact';
import { quoteCandidates } from './candidates/quote';
import { sourceCandidates } from './candidates/source';
import { timelineCandidates } from './candidates/timeline';
import { rejectReason } from './checks';
import { storyFocus } from './focus';
import type { GenerateInput, GenerateOptions } from './index';
import { scoreOf } from './rank';
import { selectDiverse, type Ranked } from './select';
import type { ArticleAnalysis } from './types';

const FAMILIES = [
	sourceCandidates,
	sourcingCandidates,
	compareCandidates,
	framingCandidates,
	quoteCandidates,
	causeCandidates,
	mainIdeaCandidates,
	timelineCandidates,
	factCandidates,
	detailCandidates,
	clozeCandidates
];

export interface PipelineResult {
	questions: Question[];
	rejected: { candidate: Candidate; reason: string }[];
	/** The kept questions with the candidates they came from, for measuring a set's mix. */
	picked: Ranked[];
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
		if (cancelled()) return { questions: [], rejected: [], picked: [] };
		analyses.push(analyzeArticle(a));
		progress(`analyse ${a.outlet}`);
	}
	const view = viewStory(input.storyId, analyses);
	const candidates: Candidate[] = [];
	for (const family of FAMILIES) {
		if (cancelled()) break;
		candidates.push(...family(view));
		progress(family.name.replace(/Candidates$/, ''));
	}
	const articles = new Map<string, Article>(input.articles.map((a) => [a.id, a]));
	const focus = storyFocus(analyses);
	const ranked: Ranked[] = [];
	const rejected: PipelineResult['rejected'] = [];
	const ids = new Set<string>();
	for (const c of candidates) {
		let id = `${input.storyId}-g-${hash(JSON.stringify(c.draft))}`;
		while (ids.has(id)) id += 'x';
		const question = {
			...c.draft,
			id,
			storyId: input.storyId,
			origin: 'generated',
			status: 'draft'
		} as Question;
		// Main events (the headlines' and leads' words) before side details.
		question.score =
			Math.round(Math.min(1, scoreOf(c, question) + 0.08 * focus(question.evidence)) * 1000) / 1000;
		const reason = rejectReason(c, question, articles);
		if (reason) rejected.push({ candidate: c, reason });
		else {
			ids.add(id);
			ranked.push({ candidate: c, question });
		}
	}
	// Ties broken by id so the order never depends on anything but the input.
	ranked.sort(
		(a, b) =>
			(b.question.score ?? 0) - (a.question.score ?? 0) || (a.question.id < b.question.id ? -1 : 1)
	);
	const questions = selectDiverse(ranked, max);
	progress('select');
	const byQuestion = new Map(ranked.map((r) => [r.question, r]));
	return { questions, rejected, picked: questions.map((q) => byQuestion.get(q)!) };
}

export function runPipeline(input: GenerateInput, options: GenerateOptions): Question[] {
	return runPipelineDetailed(input, options).questions;
}
