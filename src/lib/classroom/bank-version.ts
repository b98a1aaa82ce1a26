/**
 * A story's bank version: a short hash of what students are quizzed on (the approved questions,
 * their keys and the article texts their evidence points into). A hand-in carries it, so the
 * class report can tell answers to this version of the questions from answers to an older or
 * edited one and never mixes the two. Fields that do not change what a student sees or how an
 * answer is graded (status, order, generator score, tags, origin, difficulty) are left out, so
 * approving or reordering does not split a class.
 */
import type { Question } from '$lib/bank/model';
import type { StoryBundle } from '$lib/bank/story';

const IGNORED_QUESTION_FIELDS = new Set([
	'status',
	'order',
	'score',
	'tags',
	'origin',
	'difficulty'
]);

/** JSON with object keys sorted at every level, so equal data always hashes the same. */
function canonical(value: unknown, skip: ReadonlySet<string> = new Set()): string {
	if (Array.isArray(value)) return `[${value.map((v) => canonical(v)).join(',')}]`;
	if (value && typeof value === 'object') {
		const entries = Object.keys(value)
			.filter((k) => !skip.has(k) && (value as Record<string, unknown>)[k] !== undefined)
			.sort()
			.map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`);
		return `{${entries.join(',')}}`;
	}
	return JSON.stringify(value) ?? 'null';
}

/** What a version is worked out from: the story, its articles in order, its quiz questions. */
export interface VersionedContent {
	storyId: string;
	articles: readonly { id: string; text: string }[];
	/** The questions students are asked (approved ones); order does not matter. */
	questions: readonly Question[];
}

/** A teacher's (or an opened) story, as students see it. */
export function versionedContent({ story, articles, questions }: StoryBundle): VersionedContent {
	return {
		storyId: story.id,
		articles,
		questions: questions.filter((q) => q.status === 'approved')
	};
}

/** 16 hex digits of SHA-256 over the story id, its articles' texts and its quiz questions. */
export async function bankVersion(content: VersionedContent): Promise<string> {
	const questions = [...content.questions]
		.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
		.map((q) => canonical(q, IGNORED_QUESTION_FIELDS));
	const texts = content.articles.map((a) => ({ id: a.id, text: a.text }));
	const source = canonical({ storyId: content.storyId, texts }) + '\n' + questions.join('\n');
	const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(source));
	return Array.from(new Uint8Array(digest).slice(0, 8), (b) =>
		b.toString(16).padStart(2, '0')
	).join('');
}
