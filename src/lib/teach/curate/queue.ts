/**
 * Pure rules for the review queue: which drafts it holds and in what order, which key does
 * what, and which paragraphs to show around a question's evidence. No DOM here: the key
 * handler passes plain facts about the event, so the rules are testable in Node.
 */
import { paragraphsOf, type Article, type Question } from '$lib/bank/schema';
import type { StoryBundle } from '$lib/bank/story';

/**
 * A story's drafts, most promising first: the generator's score (higher first), then questions
 * without a score (hand-written or imported), then the teacher's order and the stored order.
 */
export function reviewDrafts(story: StoryBundle | null): Question[] {
	if (!story) return [];
	return story.questions
		.map((question, index) => ({ question, index }))
		.filter(({ question }) => question.status === 'draft')
		.sort(
			(a, b) =>
				(b.question.score ?? -1) - (a.question.score ?? -1) ||
				(a.question.order ?? Infinity) - (b.question.order ?? Infinity) ||
				a.index - b.index
		)
		.map(({ question }) => question);
}

export type ReviewAction = 'approve' | 'reject' | 'edit' | 'next' | 'previous';

/** Shown on screen next to the buttons, so the list and the handler cannot drift apart. */
export const REVIEW_SHORTCUTS: readonly { keys: string[]; action: ReviewAction; label: string }[] =
	[
		{ keys: ['a'], action: 'approve', label: 'Approve' },
		{ keys: ['r'], action: 'reject', label: 'Reject' },
		{ keys: ['e'], action: 'edit', label: 'Edit' },
		{ keys: ['j', 'ArrowRight'], action: 'next', label: 'Skip to next' },
		{ keys: ['k', 'ArrowLeft'], action: 'previous', label: 'Previous' }
	];

/** What the handler needs to know about a keydown and where focus was. */
export type KeyFacts = {
	key: string;
	ctrlKey?: boolean;
	metaKey?: boolean;
	altKey?: boolean;
	/** Upper-case tag name of the focused element, e.g. "INPUT". */
	targetTag?: string;
	targetType?: string;
	targetEditable?: boolean;
	/** True when focus is inside an open dialog or a menu that owns its own keys. */
	inDialog?: boolean;
};

/** Input types where a letter or an arrow key is not text entry. */
const NON_TEXT_INPUTS = new Set(['checkbox', 'radio', 'button', 'submit', 'reset']);

/** Typing in a field, or using arrows in a select or radio group, must never approve a draft. */
export function isTypingTarget(facts: KeyFacts): boolean {
	if (facts.targetEditable) return true;
	const tag = facts.targetTag?.toUpperCase();
	if (tag === 'TEXTAREA' || tag === 'SELECT') return true;
	if (tag === 'INPUT') {
		const type = (facts.targetType ?? 'text').toLowerCase();
		// Arrow keys move between radio buttons; leave them alone there as well.
		if (type === 'radio') return facts.key.startsWith('Arrow');
		return !NON_TEXT_INPUTS.has(type);
	}
	return false;
}

export function shortcutAction(facts: KeyFacts): ReviewAction | null {
	if (facts.ctrlKey || facts.metaKey || facts.altKey || facts.inDialog) return null;
	if (isTypingTarget(facts)) return null;
	const key = facts.key.length === 1 ? facts.key.toLowerCase() : facts.key;
	return REVIEW_SHORTCUTS.find((s) => s.keys.includes(key))?.action ?? null;
}

export type EvidenceView = {
	article: Article;
	/** Paragraph indices (as paragraphsOf counts them) that hold evidence. */
	paragraphs: number[];
	highlights: { start: number; end: number }[];
};

/**
 * The cited articles in story order, each with the paragraphs its evidence falls in. Spans that
 * point at a missing article or outside its text are left out rather than shown wrongly.
 */
/**
 * Every span a reviewer should see: the question's evidence and, for a two-part question,
 * the sentence part B keys as the proof (which the question's own evidence may not cover).
 */
export function reviewedSpans(question: Question): Question['evidence'] {
	const spans = [...question.evidence];
	if (question.type !== 'evidence') return spans;
	for (const choice of question.evidenceChoices) {
		if (!question.evidenceCorrect.includes(choice.id)) continue;
		const { articleId, start, end } = choice;
		const known = spans.some(
			(s) => s.articleId === articleId && s.start === start && s.end === end
		);
		if (!known) spans.push({ articleId, start, end });
	}
	return spans;
}

export function evidenceViews(question: Question, articles: readonly Article[]): EvidenceView[] {
	const views: EvidenceView[] = [];
	const all = reviewedSpans(question);
	for (const article of articles) {
		const spans = all
			.filter((e) => e.articleId === article.id && e.end <= article.text.length && e.start < e.end)
			.map(({ start, end }) => ({ start, end }));
		if (spans.length === 0) continue;
		const paragraphs = paragraphsOf(article.text)
			.filter((p) => spans.some((s) => s.start < p.end && s.end > p.start))
			.map((p) => p.index);
		views.push({ article, paragraphs, highlights: spans });
	}
	return views;
}

/** Evidence pointing at articles the story no longer has, so the reviewer can see it is broken. */
export function brokenEvidenceCount(question: Question, articles: readonly Article[]): number {
	const byId = new Map(articles.map((a) => [a.id, a]));
	return reviewedSpans(question).filter((e) => {
		const article = byId.get(e.articleId);
		return !article || e.end > article.text.length || e.start >= e.end;
	}).length;
}
