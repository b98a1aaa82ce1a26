/**
 * The pure edits of one story the teacher UI makes. Each takes a `StoryBundle` and returns a new
 * one; the input is never mutated, so the UI can keep the previous story for undo and Svelte
 * sees a new value. Edits that would break the story (an empty title, removing its last
 * article) throw an `EditError` with a message meant for the teacher. Article edits are in
 * ./articles.
 */
import { LIMITS, STATUSES, type Question, type Status } from '../model';
import type { StoryBundle, StoryInfo } from '../story';
import { slugify } from '../../formats/problem';
import { normaliseSpace } from '$lib/content/space';

export class EditError extends Error {
	override name = 'EditError';
}

/** `${prefix}${n}` with the smallest n ≥ 1 that is not taken (question "s-q-3", choice "c2"). */
export function nextId(prefix: string, taken: Iterable<string>): string {
	const used = new Set(taken);
	for (let n = 1; ; n++) {
		const candidate = `${prefix}${n}`;
		if (!used.has(candidate)) return candidate;
	}
}

export function nextQuestionId(story: StoryBundle): string {
	return nextId(
		`${story.story.id}-q-`,
		story.questions.map((q) => q.id)
	);
}

export type StatusCounts = Record<Status, number> & { total: number };

export function statusCounts(questions: readonly Question[]): StatusCounts {
	const counts = Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<Status, number>;
	for (const q of questions) counts[q.status]++;
	return { ...counts, total: questions.length };
}

function withQuestions(story: StoryBundle, questions: Question[]): StoryBundle {
	return { ...story, questions };
}

/** Replaces the question with the same id in place, or appends it. */
export function upsertQuestion(story: StoryBundle, question: Question): StoryBundle {
	const index = story.questions.findIndex((q) => q.id === question.id);
	return withQuestions(
		story,
		index < 0
			? [...story.questions, question]
			: story.questions.map((q, i) => (i === index ? question : q))
	);
}

/** What an undo needs: each removed question and the position it held. */
export type RemovedQuestion = { question: Question; index: number };

export function removeQuestions(
	story: StoryBundle,
	ids: Iterable<string>
): { story: StoryBundle; removed: RemovedQuestion[] } {
	const drop = new Set(ids);
	const removed: RemovedQuestion[] = [];
	const questions = story.questions.filter((question, index) => {
		if (!drop.has(question.id)) return true;
		removed.push({ question, index });
		return false;
	});
	return { story: withQuestions(story, questions), removed };
}

/** Puts removed questions back at their old positions (the undo of `removeQuestions`). */
export function restoreQuestions(
	story: StoryBundle,
	removed: readonly RemovedQuestion[]
): StoryBundle {
	const questions = [...story.questions];
	for (const { question, index } of [...removed].sort((a, b) => a.index - b.index)) {
		if (questions.some((q) => q.id === question.id)) continue;
		questions.splice(Math.min(index, questions.length), 0, question);
	}
	return withQuestions(story, questions);
}

export function setStatus(story: StoryBundle, ids: Iterable<string>, status: Status): StoryBundle {
	const targets = new Set(ids);
	return withQuestions(
		story,
		story.questions.map((q) => (targets.has(q.id) && q.status !== status ? { ...q, status } : q))
	);
}

/**
 * Gives the story's questions `order` 0, 1, 2… following `orderedIds`; questions missing from
 * the list keep their relative order after the listed ones.
 */
export function reorder(story: StoryBundle, orderedIds: readonly string[]): StoryBundle {
	const position = new Map(orderedIds.map((id, i) => [id, i]));
	const sorted = story.questions
		.map((q, i) => ({ q, i }))
		.sort((a, b) => {
			const pa = position.get(a.q.id) ?? Infinity;
			const pb = position.get(b.q.id) ?? Infinity;
			if (pa !== pb) return pa - pb;
			return (a.q.order ?? Infinity) - (b.q.order ?? Infinity) || a.i - b.i;
		});
	const newOrder = new Map(sorted.map(({ q }, order) => [q.id, order]));
	return withQuestions(
		story,
		story.questions.map((q) => {
			const order = newOrder.get(q.id)!;
			return q.order === order ? q : { ...q, order };
		})
	);
}

export function cleanTitle(title: string): string {
	const clean = normaliseSpace(title);
	if (!clean) throw new EditError('A story needs a title.');
	if (clean.length > LIMITS.shortText)
		throw new EditError(`A title can be at most ${LIMITS.shortText} characters.`);
	return clean;
}

function withInfo(story: StoryBundle, info: Partial<StoryInfo>, now?: Date): StoryBundle {
	return {
		...story,
		story: { ...story.story, ...info, ...(now ? { updatedAt: now.toISOString() } : {}) }
	};
}

export function renameStory(story: StoryBundle, title: string, now?: Date): StoryBundle {
	return withInfo(story, { title: cleanTitle(title) }, now);
}

export function setPublished(story: StoryBundle, published: boolean, now?: Date): StoryBundle {
	return withInfo(story, { published }, now);
}

/** A new story's id and stamps; `takenStoryIds` keeps the id clear of stories stored elsewhere. */
export function newStoryInfo(
	title: string,
	{ takenStoryIds = [], now }: { takenStoryIds?: Iterable<string>; now?: Date } = {}
): StoryInfo {
	const clean = cleanTitle(title);
	const taken = new Set(takenStoryIds);
	const base = slugify(clean, 'story');
	const id = taken.has(base) ? nextId(`${base}-`, taken) : base;
	const stamp = now ? { createdAt: now.toISOString(), updatedAt: now.toISOString() } : {};
	return { id, title: clean, ...stamp };
}

/** Prompts compared without case, spacing or final punctuation, so a re-run finds its old drafts. */
export function promptKey(prompt: string): string {
	return prompt
		.toLowerCase()
		.replace(/\s+/g, ' ')
		.replace(/[\s.?!:]+$/, '')
		.trim();
}

export type GeneratedMerge = { story: StoryBundle; added: Question[]; skipped: number };

/**
 * Adds generated drafts the story does not have yet. A draft is "already there" when a
 * question has its id (generator ids hash the content) or the same prompt; existing
 * questions are never touched, so curated, approved and rejected work survives a re-run
 * and a rejected draft does not come back as new.
 */
export function mergeGenerated(story: StoryBundle, drafts: readonly Question[]): GeneratedMerge {
	const ids = new Set(story.questions.map((q) => q.id));
	const prompts = new Set(story.questions.map((q) => promptKey(q.prompt)));
	const added: Question[] = [];
	for (const draft of drafts) {
		const key = promptKey(draft.prompt);
		if (draft.storyId !== story.story.id || ids.has(draft.id) || prompts.has(key)) continue;
		const question: Question = { ...draft, status: 'draft', origin: 'generated' };
		ids.add(question.id);
		prompts.add(key);
		added.push(question);
	}
	return {
		story: withQuestions(story, [...story.questions, ...added]),
		added,
		skipped: drafts.length - added.length
	};
}
