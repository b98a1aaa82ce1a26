/**
 * Turns parsed, cleaned articles into one story with content-derived ids, and
 * wraps story, articles and questions into a validated bank. Pure: the CLI and
 * the benchmark share it.
 */
import {
	BANK_FORMAT,
	BANK_VERSION,
	BankSchema,
	type Article,
	type ArticleNote,
	type Bank,
	type Question,
	type Story
} from '$lib/bank/schema';
import { check } from '$lib/validation';
import { hashParts } from '$lib/qgen/content-hash';
import { slug } from '$lib/text/format';

/** Outlet part of an article id: short and readable; the content hash after it keeps ids unique. */
const ID_SLUG_LENGTH = 24;

/** An article as read from a file, before it belongs to a story. */
export interface ArticleDraft {
	title: string;
	outlet: string;
	date: string;
	url?: string;
	byline?: string;
	/** Cleaned text: paragraphs separated by "\n\n". */
	text: string;
	notes?: ArticleNote[];
}

export interface StoryBundle {
	story: Story;
	articles: Article[];
}

const STOP_WORDS = new Set(
	(
		'a an and are as at be by for from has have he her his in into is it its of on or over ' +
		'says said she than that the their them they this to up us was were what when who will with after ' +
		'amid against about new more than not no'
	).split(' ')
);

function significantWords(text: string): string[] {
	return (text.toLowerCase().match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? []).filter(
		(w) => w.length > 2 && !STOP_WORDS.has(w)
	);
}

/**
 * The most representative headline: the one whose significant words occur in
 * the most other articles (titles and texts). Ties go to the earlier article,
 * so the first file's title is the fallback.
 */
export function deriveStoryTitle(drafts: readonly Pick<ArticleDraft, 'title' | 'text'>[]): string {
	const vocabularies = drafts.map((d) => new Set(significantWords(`${d.title} ${d.text}`)));
	let best = drafts[0]?.title ?? 'Untitled story';
	let bestScore = -1;
	drafts.forEach((draft, i) => {
		const words = [...new Set(significantWords(draft.title))];
		if (words.length === 0) return;
		let shared = 0;
		for (const w of words) vocabularies.forEach((v, j) => (shared += j !== i && v.has(w) ? 1 : 0));
		const score = shared / words.length;
		if (score > bestScore) {
			bestScore = score;
			best = draft.title;
		}
	});
	return best;
}

/** Ids depend only on content, so the same files always give the same bank. */
export function buildStory(drafts: readonly ArticleDraft[], title?: string): StoryBundle {
	if (drafts.length === 0) throw new Error('a story needs at least one article');
	const storyTitle = title ?? deriveStoryTitle(drafts);
	const storyId = `story-${hashParts(drafts.map((d) => d.text))}`;
	const seen = new Set<string>();
	const articles = drafts.map((d): Article => {
		const id = `${slug(d.outlet, ID_SLUG_LENGTH) || 'article'}-${hashParts([d.title, d.text])}`;
		if (seen.has(id)) throw new Error(`the article "${d.title}" is given twice`);
		seen.add(id);
		const article: Article = {
			id,
			storyId,
			title: d.title,
			outlet: d.outlet,
			date: d.date,
			text: d.text
		};
		if (d.url) article.url = d.url;
		if (d.byline) article.byline = d.byline;
		if (d.notes && d.notes.length > 0) article.notes = d.notes;
		return article;
	});
	const story: Story = { id: storyId, title: storyTitle, articleIds: articles.map((a) => a.id) };
	return { story, articles };
}

export type BankResult = { ok: true; bank: Bank } | { ok: false; issues: string[] };

/** Assembles the bank and validates it against BankSchema; never returns an invalid bank. */
export function assembleBank(
	bundle: StoryBundle,
	questions: readonly Question[],
	meta: { generator?: string; exportedAt?: string } = {}
): BankResult {
	const bank: Bank = {
		format: BANK_FORMAT,
		version: BANK_VERSION,
		...(meta.exportedAt ? { exportedAt: meta.exportedAt } : {}),
		...(meta.generator ? { generator: meta.generator } : {}),
		stories: [bundle.story],
		articles: bundle.articles,
		questions: [...questions]
	};
	const parsed = check(BankSchema, bank);
	if (parsed.success) return { ok: true, bank };
	return {
		ok: false,
		issues: parsed.error.issues.map((i) =>
			i.path.length ? `${i.path.join('.')}: ${i.message}` : i.message
		)
	};
}
