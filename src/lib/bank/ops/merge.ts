/**
 * Importing a story file's stories where one of them may already be stored. `planImport` tells
 * the UI whether anything collides; the teacher then either keeps both copies (`keepBoth`) or
 * picks "mine" or "theirs" per conflicting item (`merge`). Callers pass and get StoryBundles;
 * the rules themselves match stories, articles and questions by id across the stories, so they
 * run on the flat lists of a bank (built here, never seen outside). The result is always valid: when a
 * chosen article text differs from the one a question was written against, its evidence is
 * re-anchored by finding the same quoted text, and questions whose quotes are gone are
 * returned as `dropped` rather than kept with offsets that point at the wrong words.
 */
import {
	BankSchema,
	LIMITS,
	type Article,
	type Bank,
	type Evidence,
	type Question,
	type Story
} from '../schema';
import type { StoryBundle } from '../story';
import { check } from '$lib/validation';
import { bankFromStories, storiesFromBank } from '$lib/bank/bank-stories';

export type ConflictKind = 'story' | 'article' | 'question';
export type Conflict = {
	/** Key for the resolution record: `${kind}:${itemId}`. */
	id: string;
	kind: ConflictKind;
	itemId: string;
	/** Story/article title or question prompt, for display. */
	label: string;
	/** Top-level fields whose values differ, e.g. `['prompt', 'choices']`. */
	fields: string[];
	summary: string;
};
export type ImportPlan =
	| { kind: 'new' }
	| {
			kind: 'exists';
			conflicts: Conflict[];
			identical: { articles: number; questions: number };
			added: { articles: number; questions: number };
	  };
export type Resolution = Record<string, 'mine' | 'theirs'>;

/** Timestamps say when, not what: two copies differing only there are the same content. */
const IGNORED_FIELDS = new Set(['createdAt', 'updatedAt']);

/** JSON with sorted keys so that key order never counts as a difference. */
function canonical(value: unknown): string {
	return JSON.stringify(value, (_key, v: unknown) =>
		v && typeof v === 'object' && !Array.isArray(v)
			? Object.fromEntries(
					Object.entries(v as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b))
				)
			: v
	);
}

export function differingFields(mine: object, theirs: object): string[] {
	const a = mine as Record<string, unknown>;
	const b = theirs as Record<string, unknown>;
	const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].filter(
		(k) => !IGNORED_FIELDS.has(k)
	);
	return keys.filter((k) => canonical(a[k]) !== canonical(b[k])).sort();
}

function conflictOf(kind: ConflictKind, itemId: string, label: string, fields: string[]): Conflict {
	const extra =
		kind === 'article' && fields.includes('text') ? ' (evidence will be re-anchored)' : '';
	return {
		id: `${kind}:${itemId}`,
		kind,
		itemId,
		label,
		fields,
		summary: `${fields.join(', ')} differ${extra}`
	};
}

/** What importing `incoming` would do to `existing`, the stored story it meets (null: none). */
export function planImport(
	existing: StoryBundle | null,
	incoming: readonly StoryBundle[]
): ImportPlan {
	return planBanks(existing && bankFromStories([existing]), bankFromStories(incoming));
}

function planBanks(existing: Bank | null, incoming: Bank): ImportPlan {
	if (!existing) return { kind: 'new' };
	const stories = new Map(existing.stories.map((s) => [s.id, s]));
	const articles = new Map(existing.articles.map((a) => [a.id, a]));
	const questions = new Map(existing.questions.map((q) => [q.id, q]));
	const overlaps =
		incoming.stories.some((s) => stories.has(s.id)) ||
		incoming.articles.some((a) => articles.has(a.id)) ||
		incoming.questions.some((q) => questions.has(q.id));
	if (!overlaps) return { kind: 'new' };

	const conflicts: Conflict[] = [];
	const identical = { articles: 0, questions: 0 };
	const added = { articles: 0, questions: 0 };
	for (const s of incoming.stories) {
		const mine = stories.get(s.id);
		const fields = mine ? differingFields(mine, s) : [];
		if (fields.length) conflicts.push(conflictOf('story', s.id, mine!.title, fields));
	}
	for (const a of incoming.articles) {
		const mine = articles.get(a.id);
		if (!mine) added.articles++;
		else {
			const fields = differingFields(mine, a);
			if (fields.length) conflicts.push(conflictOf('article', a.id, mine.title, fields));
			else identical.articles++;
		}
	}
	for (const q of incoming.questions) {
		const mine = questions.get(q.id);
		if (!mine) added.questions++;
		else {
			const fields = differingFields(mine, q);
			if (fields.length) conflicts.push(conflictOf('question', q.id, mine.prompt, fields));
			else identical.questions++;
		}
	}
	return { kind: 'exists', conflicts, identical, added };
}

/** Finds a suffix (`-copy`, `-copy2`, …) under which no incoming id collides with an existing one. */
function copySuffix(existing: Bank, incoming: Bank): string {
	const taken = new Set([
		...existing.stories.map((s) => s.id),
		...existing.articles.map((a) => a.id),
		...existing.questions.map((q) => q.id)
	]);
	const ids = [...incoming.stories, ...incoming.articles, ...incoming.questions].map((x) => x.id);
	for (let n = 1; ; n++) {
		const suffix = n === 1 ? '-copy' : `-copy${n}`;
		if (!ids.some((id) => taken.has(withSuffix(id, suffix)))) return suffix;
	}
}

function withSuffix(id: string, suffix: string): string {
	return id.slice(0, LIMITS.idLength - suffix.length) + suffix;
}

/**
 * The incoming stories under new ids (`-copy`, `-copy2`, … free of every id in `existing`), so
 * both versions live side by side.
 */
export function keepBoth(
	existing: readonly StoryBundle[],
	incoming: readonly StoryBundle[]
): StoryBundle[] {
	const both = keepBothBanks(bankFromStories(existing), bankFromStories(incoming));
	return storiesFromBank(both.bank).filter((s) => both.storyIds.includes(s.story.id));
}

function keepBothBanks(existing: Bank, incoming: Bank): { bank: Bank; storyIds: string[] } {
	const suffix = copySuffix(existing, incoming);
	const re = (id: string) => withSuffix(id, suffix);
	const stories: Story[] = incoming.stories.map((s) => ({
		...s,
		id: re(s.id),
		title: `${s.title} (copy)`.slice(0, LIMITS.shortText),
		articleIds: s.articleIds.map(re)
	}));
	const articles: Article[] = incoming.articles.map((a) => ({
		...a,
		id: re(a.id),
		storyId: re(a.storyId)
	}));
	const reEvidence = <E extends Evidence>(e: E): E => ({ ...e, articleId: re(e.articleId) });
	const questions: Question[] = incoming.questions.map((q) => {
		const copy = {
			...q,
			id: re(q.id),
			storyId: re(q.storyId),
			evidence: q.evidence.map(reEvidence)
		};
		return q.type === 'evidence'
			? ({ ...copy, evidenceChoices: q.evidenceChoices.map(reEvidence) } as Question)
			: (copy as Question);
	});
	return {
		bank: {
			...existing,
			stories: [...existing.stories, ...stories],
			articles: [...existing.articles, ...articles],
			questions: [...existing.questions, ...questions]
		},
		storyIds: stories.map((s) => s.id)
	};
}

/** The occurrence of `quote` in `text` closest to where it used to start, or -1. */
function nearestOccurrence(text: string, quote: string, near: number): number {
	let best = -1;
	for (let i = text.indexOf(quote); i >= 0; i = text.indexOf(quote, i + 1)) {
		if (best < 0 || Math.abs(i - near) < Math.abs(best - near)) best = i;
	}
	return best;
}

function reanchorSpan<E extends Evidence>(
	span: E,
	source: Map<string, Article>,
	target: Map<string, Article>
): E | null {
	const from = source.get(span.articleId);
	const to = target.get(span.articleId);
	if (!from || !to) return null;
	if (from.text === to.text) return span;
	const start = nearestOccurrence(to.text, from.text.slice(span.start, span.end), span.start);
	return start < 0 ? null : { ...span, start, end: start + (span.end - span.start) };
}

/** The question with evidence moved onto the final article texts, or the id of an article whose quote is gone. */
function reanchor(
	q: Question,
	source: Map<string, Article>,
	target: Map<string, Article>
): { question: Question } | { lostArticleId: string } {
	const spans = [...q.evidence, ...(q.type === 'evidence' ? q.evidenceChoices : [])];
	for (const span of spans) {
		if (!reanchorSpan(span, source, target)) return { lostArticleId: span.articleId };
	}
	const evidence = q.evidence.map((e) => reanchorSpan(e, source, target)!);
	if (q.type !== 'evidence') return { question: { ...q, evidence } };
	const evidenceChoices = q.evidenceChoices.map((e) => reanchorSpan(e, source, target)!);
	return { question: { ...q, evidence, evidenceChoices } };
}

export type MergeResult = {
	/** The stored story merged with the file's, then the file's other stories. */
	stories: StoryBundle[];
	/** Questions left out because a quote they cite is not in the chosen article text. */
	dropped: { question: Question; reason: string }[];
};

/** Merges incoming into existing; a conflict without a resolution keeps "mine" (nothing local is lost). */
export function merge(
	existing: StoryBundle,
	incoming: readonly StoryBundle[],
	resolution: Resolution = {}
): MergeResult {
	const merged = mergeBanks(bankFromStories([existing]), bankFromStories(incoming), resolution);
	return { stories: storiesFromBank(merged.bank), dropped: merged.dropped };
}

function mergeBanks(
	existing: Bank,
	incoming: Bank,
	resolution: Resolution
): { bank: Bank; dropped: MergeResult['dropped'] } {
	const pick = (kind: ConflictKind, id: string) => resolution[`${kind}:${id}`] ?? 'mine';
	const mineArticles = new Map(existing.articles.map((a) => [a.id, a]));
	const theirArticles = new Map(incoming.articles.map((a) => [a.id, a]));

	const stories = existing.stories.map((s) => {
		const theirs = incoming.stories.find((t) => t.id === s.id);
		if (!theirs) return s;
		const base = pick('story', s.id) === 'theirs' ? theirs : s;
		const other = base === s ? theirs : s;
		// Articles are never lost through a story choice: the other side's extra ones follow.
		return { ...base, articleIds: [...new Set([...base.articleIds, ...other.articleIds])] };
	});
	stories.push(...incoming.stories.filter((t) => !existing.stories.some((s) => s.id === t.id)));

	const articles = existing.articles.map((a) => {
		const theirs = theirArticles.get(a.id);
		return theirs && pick('article', a.id) === 'theirs' ? theirs : a;
	});
	articles.push(...incoming.articles.filter((a) => !mineArticles.has(a.id)));
	const finalArticles = new Map(articles.map((a) => [a.id, a]));

	const chosen: { question: Question; source: Map<string, Article> }[] = existing.questions.map(
		(q) => {
			const theirs = incoming.questions.find((t) => t.id === q.id);
			return theirs && pick('question', q.id) === 'theirs'
				? { question: theirs, source: theirArticles }
				: { question: q, source: mineArticles };
		}
	);
	const mineIds = new Set(existing.questions.map((q) => q.id));
	chosen.push(
		...incoming.questions
			.filter((q) => !mineIds.has(q.id))
			.map((q) => ({ question: q, source: theirArticles }))
	);

	const questions: Question[] = [];
	const dropped: MergeResult['dropped'] = [];
	for (const { question, source } of chosen) {
		const moved = reanchor(question, source, finalArticles);
		if ('question' in moved) questions.push(moved.question);
		else {
			const article = finalArticles.get(moved.lostArticleId);
			dropped.push({
				question,
				reason: `The text it quotes is not in the chosen version of “${article?.title ?? 'its article'}”.`
			});
		}
	}
	const bank: Bank = { ...existing, stories, articles, questions };
	const checked = check(BankSchema, bank);
	if (!checked.success) {
		throw new Error(
			`Merging produced an invalid bank: ${checked.error.issues[0]?.message ?? 'unknown problem'}`
		);
	}
	return { bank, dropped };
}
