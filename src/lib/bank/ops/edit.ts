/**
 * Small pure edits the teacher UI calls. Each takes a bank and returns a new one; the input is
 * never mutated, so the UI can keep the previous bank for undo and Svelte sees a new value.
 * Edits that would break the bank (an empty title, removing a story's last article) throw an
 * `EditError` with a message meant for the teacher.
 */
import {
	BANK_FORMAT,
	BANK_VERSION,
	LIMITS,
	type Article,
	type Bank,
	type Question,
	type Status,
	type Story
} from '../schema';
import { slugify } from '../../formats/problem';

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

export function nextQuestionId(bank: Bank, storyId: string): string {
	return nextId(
		`${storyId}-q-`,
		bank.questions.map((q) => q.id)
	);
}

export function nextArticleId(bank: Bank, storyId: string): string {
	return nextId(
		`${storyId}-a-`,
		bank.articles.map((a) => a.id)
	);
}

/** Replaces the question with the same id in place, or appends it. */
export function upsertQuestion(bank: Bank, question: Question): Bank {
	const index = bank.questions.findIndex((q) => q.id === question.id);
	const questions =
		index < 0
			? [...bank.questions, question]
			: bank.questions.map((q, i) => (i === index ? question : q));
	return { ...bank, questions };
}

/** What an undo needs: each removed question and the position it held. */
export type RemovedQuestion = { question: Question; index: number };

export function removeQuestions(
	bank: Bank,
	ids: Iterable<string>
): { bank: Bank; removed: RemovedQuestion[] } {
	const drop = new Set(ids);
	const removed: RemovedQuestion[] = [];
	const questions = bank.questions.filter((question, index) => {
		if (!drop.has(question.id)) return true;
		removed.push({ question, index });
		return false;
	});
	return { bank: { ...bank, questions }, removed };
}

/** Puts removed questions back at their old positions (the undo of `removeQuestions`). */
export function restoreQuestions(bank: Bank, removed: readonly RemovedQuestion[]): Bank {
	const questions = [...bank.questions];
	for (const { question, index } of [...removed].sort((a, b) => a.index - b.index)) {
		if (questions.some((q) => q.id === question.id)) continue;
		questions.splice(Math.min(index, questions.length), 0, question);
	}
	return { ...bank, questions };
}

export function setStatus(bank: Bank, ids: Iterable<string>, status: Status): Bank {
	const targets = new Set(ids);
	return {
		...bank,
		questions: bank.questions.map((q) =>
			targets.has(q.id) && q.status !== status ? { ...q, status } : q
		)
	};
}

/**
 * Gives a story's questions `order` 0, 1, 2… following `orderedIds`; the story's questions
 * missing from the list keep their relative order after the listed ones.
 */
export function reorder(bank: Bank, storyId: string, orderedIds: readonly string[]): Bank {
	const position = new Map(orderedIds.map((id, i) => [id, i]));
	const inStory = bank.questions
		.map((q, i) => ({ q, i }))
		.filter(({ q }) => q.storyId === storyId)
		.sort((a, b) => {
			const pa = position.get(a.q.id) ?? Infinity;
			const pb = position.get(b.q.id) ?? Infinity;
			if (pa !== pb) return pa - pb;
			return (a.q.order ?? Infinity) - (b.q.order ?? Infinity) || a.i - b.i;
		});
	const newOrder = new Map(inStory.map(({ q }, order) => [q.id, order]));
	return {
		...bank,
		questions: bank.questions.map((q) => {
			const order = newOrder.get(q.id);
			return order === undefined || q.order === order ? q : { ...q, order };
		})
	};
}

function requireStory(bank: Bank, storyId: string): Story {
	const story = bank.stories.find((s) => s.id === storyId);
	if (!story) throw new EditError(`There is no story with id "${storyId}".`);
	return story;
}

function replaceStory(bank: Bank, story: Story): Bank {
	return { ...bank, stories: bank.stories.map((s) => (s.id === story.id ? story : s)) };
}

export type NewArticle = Omit<Article, 'id' | 'storyId'> & { id?: string };

/** Adds articles to a story; an id that is missing or already used gets a fresh one. */
export function addArticles(bank: Bank, storyId: string, articles: readonly NewArticle[]): Bank {
	const story = requireStory(bank, storyId);
	if (story.articleIds.length + articles.length > 100) {
		throw new EditError('A story can hold at most 100 articles.');
	}
	const taken = new Set(bank.articles.map((a) => a.id));
	const added: Article[] = articles.map((a) => {
		const id = a.id && !taken.has(a.id) ? a.id : nextId(`${storyId}-a-`, taken);
		taken.add(id);
		return { ...a, id, storyId };
	});
	const withStory = replaceStory(bank, {
		...story,
		articleIds: [...story.articleIds, ...added.map((a) => a.id)]
	});
	return { ...withStory, articles: [...bank.articles, ...added] };
}

export function citesArticle(question: Question, articleId: string): boolean {
	if (question.evidence.some((e) => e.articleId === articleId)) return true;
	return (
		question.type === 'evidence' && question.evidenceChoices.some((e) => e.articleId === articleId)
	);
}

/** Removes an article and every question citing it; both are returned for undo. */
export function removeArticle(
	bank: Bank,
	articleId: string
): { bank: Bank; article: Article; articleIndex: number; removed: RemovedQuestion[] } {
	const articleIndex = bank.articles.findIndex((a) => a.id === articleId);
	const article = bank.articles[articleIndex];
	if (!article) throw new EditError(`There is no article with id "${articleId}".`);
	const story = bank.stories.find((s) => s.id === article.storyId);
	if (story && story.articleIds.length <= 1) {
		throw new EditError('A story needs at least one article; delete the story instead.');
	}
	const citing = bank.questions.filter((q) => citesArticle(q, articleId)).map((q) => q.id);
	const { bank: withoutQuestions, removed } = removeQuestions(bank, citing);
	let next: Bank = {
		...withoutQuestions,
		articles: bank.articles.filter((a) => a.id !== articleId)
	};
	if (story)
		next = replaceStory(next, {
			...story,
			articleIds: story.articleIds.filter((id) => id !== articleId)
		});
	return { bank: next, article, articleIndex, removed };
}

export function cleanTitle(title: string): string {
	const clean = title.replace(/\s+/g, ' ').trim();
	if (!clean) throw new EditError('A story needs a title.');
	if (clean.length > LIMITS.shortText)
		throw new EditError(`A title can be at most ${LIMITS.shortText} characters.`);
	return clean;
}

export function renameStory(bank: Bank, storyId: string, title: string, now?: Date): Bank {
	const story = requireStory(bank, storyId);
	return replaceStory(bank, {
		...story,
		title: cleanTitle(title),
		...(now ? { updatedAt: now.toISOString() } : {})
	});
}

/** A bank holding one new story. `takenStoryIds` keeps the new id clear of stories stored elsewhere. */
export function newStoryBank(
	title: string,
	articles: readonly NewArticle[],
	{ takenStoryIds = [], now }: { takenStoryIds?: Iterable<string>; now?: Date } = {}
): Bank {
	const clean = cleanTitle(title);
	if (articles.length === 0) throw new EditError('A story needs at least one article.');
	const taken = new Set(takenStoryIds);
	const base = slugify(clean, 'story');
	const id = taken.has(base) ? nextId(`${base}-`, taken) : base;
	const stamp = now ? { createdAt: now.toISOString(), updatedAt: now.toISOString() } : {};
	const empty: Bank = {
		format: BANK_FORMAT,
		version: BANK_VERSION,
		stories: [{ id, title: clean, articleIds: [], ...stamp }],
		articles: [],
		questions: []
	};
	return addArticles(empty, id, articles);
}
