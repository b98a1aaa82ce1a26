/**
 * Question search for the teacher's bank view. The searchable text of each question is
 * folded (lower case, accents removed) once when the index is built, so each keystroke is
 * only a scan of precomputed strings: fast enough for thousands of questions without a
 * search library. Filters combine with AND across kinds and OR within a kind
 * (types ['single','multi'] means either type).
 */
import type { Origin, Question, QuestionType, Skill, Status } from '../schema';

export type QuestionFilter = {
	/** Words that must all appear; "double quotes" keep a phrase together. */
	text?: string;
	types?: readonly QuestionType[];
	skills?: readonly Skill[];
	statuses?: readonly Status[];
	origins?: readonly Origin[];
	/** A question matches when it has any of these tags. */
	tags?: readonly string[];
	storyId?: string;
};

export type QuestionIndex = {
	readonly entries: readonly { readonly question: Question; readonly haystack: string }[];
};

/** Lower case without diacritics, so "écrit" finds "Ecrit" and vice versa. */
export function foldText(text: string): string {
	return text
		.normalize('NFKD')
		.replace(/\p{M}+/gu, '')
		.toLowerCase();
}

/** Every piece of text a teacher might remember a question by. */
export function searchableText(q: Question): string {
	const parts: (string | number | undefined)[] = [q.id, q.prompt, q.explanation, ...(q.tags ?? [])];
	switch (q.type) {
		case 'single':
		case 'multi':
		case 'truefalse':
			parts.push(...q.choices.map((c) => c.text));
			break;
		case 'evidence':
			parts.push(
				...q.choices.map((c) => c.text),
				q.evidencePrompt,
				...q.evidenceChoices.map((c) => c.text)
			);
			break;
		case 'cloze':
			parts.push(...q.accepted);
			break;
		case 'numeric':
			parts.push(q.answer, q.unit);
			break;
		case 'matching':
			parts.push(...q.pairs.flatMap((p) => [p.left, p.right]), ...(q.extraRights ?? []));
			break;
		case 'ordering':
			parts.push(...q.items.map((i) => i.text));
			break;
	}
	return foldText(parts.filter((p) => p !== undefined).join('\n'));
}

export function buildQuestionIndex(questions: readonly Question[]): QuestionIndex {
	return {
		entries: questions.map((question) => ({ question, haystack: searchableText(question) }))
	};
}

/** Splits a query into folded terms; a quoted phrase stays one term. */
export function queryTerms(text: string): string[] {
	const terms: string[] = [];
	for (const m of foldText(text).matchAll(/"([^"]*)"|(\S+)/g)) {
		const term = (m[1] ?? m[2] ?? '').trim();
		if (term) terms.push(term);
	}
	return terms;
}

function allowed<T>(values: readonly T[] | undefined): Set<T> | null {
	return values && values.length ? new Set(values) : null;
}

export function filterQuestions(index: QuestionIndex, filter: QuestionFilter = {}): Question[] {
	const terms = queryTerms(filter.text ?? '');
	const types = allowed(filter.types);
	const skills = allowed(filter.skills);
	const statuses = allowed(filter.statuses);
	const origins = allowed(filter.origins);
	const tags = allowed(filter.tags);
	const out: Question[] = [];
	for (const { question: q, haystack } of index.entries) {
		if (filter.storyId !== undefined && q.storyId !== filter.storyId) continue;
		if (types && !types.has(q.type)) continue;
		if (skills && !skills.has(q.skill)) continue;
		if (statuses && !statuses.has(q.status)) continue;
		if (origins && !origins.has(q.origin)) continue;
		if (tags && !(q.tags ?? []).some((t) => tags.has(t))) continue;
		if (!terms.every((t) => haystack.includes(t))) continue;
		out.push(q);
	}
	return out;
}
