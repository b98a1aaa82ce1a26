/**
 * Pure rules for the question list and the editor page: the story's quiz order, sorting,
 * moving a question among the ones on screen, tag parsing, and what saving does to a question.
 */
import { LIMITS, type Question, type QuestionType } from '$lib/bank/schema';
import type { StoryBundle } from '$lib/bank/story';
import { nextQuestionId } from '$lib/bank/ops/edit';
import { blankQuestion } from '$lib/bank/ops/blank-question';
import { normaliseSpace } from '$lib/content/space';

/** The story's questions in quiz order: the teacher's `order` first, then stored order. */
export function storyQuestions(story: StoryBundle | null): Question[] {
	if (!story) return [];
	return story.questions
		.map((question, index) => ({ question, index }))
		.sort(
			(a, b) => (a.question.order ?? Infinity) - (b.question.order ?? Infinity) || a.index - b.index
		)
		.map(({ question }) => question);
}

export const SORTS = {
	order: 'Quiz order',
	score: 'Generator score (best first)',
	status: 'Status (drafts first)',
	type: 'Question type'
} as const;
export type SortKey = keyof typeof SORTS;

const STATUS_RANK = { draft: 0, approved: 1, rejected: 2 } as const;

/** A sorted copy; ties keep quiz order (the input order), so every sort is stable and predictable. */
export function sortQuestions(questions: readonly Question[], sort: SortKey): Question[] {
	const rank = new Map(questions.map((q, i) => [q.id, i]));
	const tie = (a: Question, b: Question) => rank.get(a.id)! - rank.get(b.id)!;
	const compare: Record<SortKey, (a: Question, b: Question) => number> = {
		order: () => 0,
		score: (a, b) => (b.score ?? -1) - (a.score ?? -1),
		status: (a, b) => STATUS_RANK[a.status] - STATUS_RANK[b.status],
		type: (a, b) => a.type.localeCompare(b.type)
	};
	return [...questions].sort((a, b) => compare[sort](a, b) || tie(a, b));
}

/**
 * The story's new quiz order after moving `id` one place up (-1) or down (+1) past its
 * neighbour among the `visible` questions. With a filter on, the neighbour may be several
 * places away in the full order; hidden questions in between keep their places.
 * Returns null when the question is already first or last on screen.
 */
export function moveAmong(
	allOrdered: readonly string[],
	visible: readonly string[],
	id: string,
	delta: -1 | 1
): string[] | null {
	const at = visible.indexOf(id);
	const neighbour = visible[at + delta];
	if (at < 0 || neighbour === undefined) return null;
	const without = allOrdered.filter((x) => x !== id);
	const target = without.indexOf(neighbour);
	if (target < 0) return null;
	without.splice(delta < 0 ? target : target + 1, 0, id);
	return without;
}

/** Tags from a comma-separated field: trimmed, blank ones dropped, duplicates (any case) once. */
export function parseTags(text: string): string[] {
	const seen = new Set<string>();
	const tags: string[] = [];
	for (const raw of text.split(',')) {
		const tag = normaliseSpace(raw);
		if (!tag || seen.has(tag.toLowerCase())) continue;
		seen.add(tag.toLowerCase());
		tags.push(tag);
	}
	return tags;
}

/** Why a tag list cannot be saved, or null. Mirrors the bank schema's limits in words. */
export function tagsProblem(tags: readonly string[]): string | null {
	if (tags.length > LIMITS.tags) return `Use at most ${LIMITS.tags} tags.`;
	const long = tags.find((t) => t.length > 40);
	return long
		? `Keep each tag to 40 characters or fewer (“${long.slice(0, 20)}…” is longer).`
		: null;
}

export const EDITED_TAG = 'edited';

/** Fields that describe how a question is used or shown, not what it asks. */
const META_FIELDS = new Set([
	'status',
	'tags',
	'difficulty',
	'skill',
	'order',
	'score',
	'fixedOrder'
]);

/** JSON with sorted keys and without undefined fields, so equal questions give equal text. */
function canonical(value: unknown): string {
	return JSON.stringify(value, (_key, v: unknown) =>
		v && typeof v === 'object' && !Array.isArray(v)
			? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b)))
			: v
	);
}

function content(q: Question): string {
	return canonical(Object.fromEntries(Object.entries(q).filter(([key]) => !META_FIELDS.has(key))));
}

/**
 * What Save stores. A generated question keeps origin 'generated' (the generator did write
 * it, and its score still says how sure it was), but once the teacher changes what it asks or
 * answers it gets the tag 'edited', so "generated, untouched" and "generated, reworked" can be
 * told apart with the tag filter. Changing only status, skill, difficulty or tags is curation,
 * not rewriting, and adds no tag.
 */
export function prepareForSave(original: Question | null, edited: Question): Question {
	if (!original || original.origin !== 'generated' || content(original) === content(edited)) {
		return edited;
	}
	const tags = edited.tags ?? [];
	if (tags.includes(EDITED_TAG) || tags.length >= LIMITS.tags) return edited;
	return { ...edited, tags: [...tags, EDITED_TAG] };
}

/**
 * A teacher's new question: blank fields (the editor lists what is missing), origin 'curated',
 * placed last in the quiz. It starts approved: a teacher who writes a question has already
 * reviewed it, and a draft would only land in their own review queue.
 */
export function newQuestion(story: StoryBundle, type: QuestionType): Question {
	const blank = blankQuestion(type, story.story.id, nextQuestionId(story));
	const orders = story.questions.filter((q) => q.order !== undefined).map((q) => q.order!);
	return {
		...blank,
		origin: 'curated',
		status: 'approved',
		...(orders.length ? { order: Math.max(...orders) + 1 } : {})
	};
}

/** True when the editor holds something its starting point (stored or blank) did not. */
export function hasUnsavedChanges(initial: Question, current: Question): boolean {
	return canonical(initial) !== canonical(current);
}
