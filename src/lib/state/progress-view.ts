/**
 * What the "My progress" page shows, worked out from stored answers, review cards and the
 * stories' questions. Pure: ProgressState loads the inputs and keeps the result.
 */
import type { BuiltinStorySummary } from '$lib/content/prebuilt';
import type { StoryProgress } from '$lib/quiz/types';
import { countDueToday } from '$lib/review/due';
import {
	answerEvents,
	progressReport,
	suggestNext,
	type ProgressReport,
	type Suggestion,
	type Tally
} from '$lib/review/report';
import type { StoryReviews } from '$lib/review/types';
import type { StoryBundle } from '$lib/bank/story';

export interface StoryRow extends Tally {
	id: string;
	title: string;
}

export interface ProgressView {
	report: ProgressReport;
	/** Stories with at least one answer. */
	stories: StoryRow[];
	suggestion: Suggestion;
	/** Story id -> title. */
	titles: ReadonlyMap<string, string>;
}

export function progressView(
	progress: readonly StoryProgress[],
	reviews: readonly StoryReviews[],
	builtIn: readonly BuiltinStorySummary[],
	/** Loaded stories with their questions: every story with answers, and teacher stories. */
	contents: readonly StoryBundle[],
	now: Date
): ProgressView {
	const byId = new Map(contents.map((c) => [c.story.id, c] as const));
	const lookup = (storyId: string, questionId: string) =>
		byId.get(storyId)?.questions.find((q) => q.id === questionId);
	const events = answerEvents(progress, reviews, lookup);
	const report = progressReport(events);
	const all = [
		...builtIn.map((s) => ({
			id: s.id,
			title: s.title,
			questions: byId.get(s.id)?.questions ?? []
		})),
		...contents
			.filter((c) => !c.builtIn)
			.map((c) => ({ id: c.story.id, title: c.story.title, questions: c.questions }))
	];
	const stories = all
		.map((s) => {
			const own = events.filter((e) => e.storyId === s.id);
			const credit = own.reduce((sum, e) => sum + e.credit, 0);
			return {
				id: s.id,
				title: s.title,
				answered: own.length,
				credit: Math.round(credit * 1000) / 1000,
				percent: own.length ? Math.round((credit / own.length) * 100) : 0
			};
		})
		.filter((row) => row.answered > 0);
	const due = countDueToday(reviews, now, (s, q) => lookup(s, q) !== undefined);
	return {
		report,
		stories,
		suggestion: suggestNext(report, events, all, due),
		titles: new Map(all.map((s) => [s.id, s.title] as const))
	};
}
