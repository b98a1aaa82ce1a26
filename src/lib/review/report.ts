/**
 * A student's progress across all stories: accuracy by skill week by week, and what to practise
 * next. Pure functions over stored answers and review logs; the progress page draws the result.
 */
import { SKILLS, type Question, type Skill } from '$lib/bank/model';
import type { StoryProgress } from '$lib/quiz/types';
import type { StoryReviews } from './types';

/** One graded answer, from a quiz attempt or a review. */
export interface AnswerEvent {
	storyId: string;
	questionId: string;
	skill: Skill;
	/** 0..1 */
	credit: number;
	at: string;
}

/** storyId -> questionId -> question: only questions that still exist are reported. */
export type QuestionLookup = (storyId: string, questionId: string) => Question | undefined;

/**
 * Every graded answer. A quiz answer that made or reviewed a card is also in the card's log
 * (same question, same time); it is counted once.
 */
export function answerEvents(
	progress: readonly StoryProgress[],
	reviews: readonly StoryReviews[],
	lookup: QuestionLookup
): AnswerEvent[] {
	const events: AnswerEvent[] = [];
	const seen = new Set<string>();
	const add = (storyId: string, questionId: string, credit: number, at: string) => {
		const question = lookup(storyId, questionId);
		const key = `${storyId}\u0000${questionId}\u0000${Date.parse(at)}`;
		if (!question || seen.has(key) || Number.isNaN(Date.parse(at))) return;
		seen.add(key);
		events.push({ storyId, questionId, skill: question.skill, credit, at });
	};
	for (const p of progress) {
		for (const attempt of p.attempts) {
			for (const r of Object.values(attempt.answers))
				add(p.storyId, r.questionId, r.credit, r.answeredAt);
		}
	}
	for (const r of reviews) {
		for (const card of Object.values(r.cards)) {
			for (const entry of card.log) add(r.storyId, card.questionId, entry.credit, entry.at);
		}
	}
	return events.sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
}

/** Monday of the date's week, local time, as YYYY-MM-DD. */
export function weekOf(date: Date): string {
	const d = new Date(date.getFullYear(), date.getMonth(), date.getDate());
	d.setDate(d.getDate() - ((d.getDay() + 6) % 7));
	const pad = (n: number) => String(n).padStart(2, '0');
	return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

function addWeeks(week: string, n: number): string {
	const [y, m, d] = week.split('-').map(Number) as [number, number, number];
	return weekOf(new Date(y, m - 1, d + 7 * n));
}

export interface Tally {
	answered: number;
	credit: number;
	/** Whole percent of credit over answered. */
	percent: number;
}

export interface SkillTrend extends Tally {
	skill: Skill;
	/** One entry per report week; null where the skill had no answers that week. */
	weeks: (Tally | null)[];
	/** Stories this skill's answers came from. */
	storyIds: string[];
}

export interface ProgressReport {
	/** Consecutive weeks (Mondays, YYYY-MM-DD), oldest first, ending with the latest answer's week. */
	weeks: string[];
	/** Skills with at least one answer, in SKILLS order. */
	skills: SkillTrend[];
	answered: number;
}

/** The chart shows at most this many weeks; older answers still count in the totals. */
export const REPORT_WEEKS = 8;

function tally(events: readonly AnswerEvent[]): Tally {
	const credit = events.reduce((sum, e) => sum + Math.min(1, Math.max(0, e.credit)), 0);
	return {
		answered: events.length,
		credit: Math.round(credit * 1000) / 1000,
		percent: events.length === 0 ? 0 : Math.round((credit / events.length) * 100)
	};
}

export function progressReport(
	events: readonly AnswerEvent[],
	maxWeeks = REPORT_WEEKS
): ProgressReport {
	if (events.length === 0) return { weeks: [], skills: [], answered: 0 };
	const weekOfEvent = new Map(events.map((e) => [e, weekOf(new Date(e.at))] as const));
	const first = [...weekOfEvent.values()].reduce((a, b) => (a < b ? a : b));
	const last = [...weekOfEvent.values()].reduce((a, b) => (a > b ? a : b));
	const weeks: string[] = [last];
	while (weeks.length < maxWeeks && weeks[0]! > first) weeks.unshift(addWeeks(weeks[0]!, -1));
	const skills: SkillTrend[] = [];
	for (const skill of SKILLS) {
		const own = events.filter((e) => e.skill === skill);
		if (own.length === 0) continue;
		skills.push({
			skill,
			...tally(own),
			weeks: weeks.map((w) => {
				const inWeek = own.filter((e) => weekOfEvent.get(e) === w);
				return inWeek.length > 0 ? tally(inWeek) : null;
			}),
			storyIds: [...new Set(own.map((e) => e.storyId))]
		});
	}
	return { weeks, skills, answered: events.length };
}

export interface StoryForSuggestion {
	id: string;
	title: string;
	/** The story's questions, when known (stories the student has answered in always are). */
	questions: readonly Question[];
}

export type Suggestion =
	| { kind: 'review'; due: number }
	| { kind: 'skill'; skill: Skill; percent: number; storyId: string; storyTitle: string }
	| { kind: 'story'; storyId: string; storyTitle: string }
	| { kind: 'well-done' };

/** Below this accuracy a skill needs practice; a skill needs this many answers to judge. */
export const WEAK_PERCENT = 80;
export const MIN_ANSWERS_TO_JUDGE = 2;

/**
 * What to do next, most useful first: reviews due today (spaced retrieval is the best-measured
 * way to remember); else the weakest skill, in the story with most questions of that skill not
 * yet answered right; else a story not started yet.
 */
export function suggestNext(
	report: ProgressReport,
	events: readonly AnswerEvent[],
	stories: readonly StoryForSuggestion[],
	dueToday: number
): Suggestion {
	if (dueToday > 0) return { kind: 'review', due: dueToday };
	const weak = report.skills
		.filter((s) => s.answered >= MIN_ANSWERS_TO_JUDGE && s.percent < WEAK_PERCENT)
		.sort((a, b) => a.percent - b.percent || b.answered - a.answered)[0];
	if (weak) {
		const latest = new Map<string, number>();
		for (const e of events) latest.set(`${e.storyId}\u0000${e.questionId}`, e.credit);
		const toPractise = (s: StoryForSuggestion) =>
			s.questions.filter((q) => q.skill === weak.skill && latest.get(`${s.id}\u0000${q.id}`) !== 1)
				.length;
		const best = [...stories].sort((a, b) => toPractise(b) - toPractise(a))[0];
		if (best && toPractise(best) > 0) {
			return {
				kind: 'skill',
				skill: weak.skill,
				percent: weak.percent,
				storyId: best.id,
				storyTitle: best.title
			};
		}
	}
	const answeredIn = new Set(events.map((e) => e.storyId));
	const fresh = stories.find((s) => !answeredIn.has(s.id));
	if (fresh) return { kind: 'story', storyId: fresh.id, storyTitle: fresh.title };
	return { kind: 'well-done' };
}
