/**
 * What the generator read in a story, as plain data: each article's quotes with the
 * speaker it credits them to, the story's people and its counted figures. Printed by
 * `npm run generate -- --analysis` so attribution can be checked (and measured) directly.
 */
import type { Article } from '$lib/bank/schema';
import { analyzeArticle, viewStory } from './analyze';
import { withQuoteMarks } from './archive-quotes';

export interface QuoteReading {
	text: string;
	start: number;
	end: number;
	/** The attribution words as written ("he", "the spokesman", "Roe"). */
	speakerText: string;
	/** Whom the question would key: the story's display name, or none when unresolved. */
	speaker?: string;
	role?: string;
	partial: boolean;
}

export interface StoryReading {
	storyId: string;
	articles: {
		id: string;
		outlet: string;
		title: string;
		date: string;
		quotes: QuoteReading[];
		people: { name: string; role?: string }[];
	}[];
	people: string[];
	organisations: string[];
	places: string[];
	figures: { articleId: string; text: string; value?: number; noun?: string; counts: string }[];
}

export function readStory(storyId: string, articles: readonly Article[]): StoryReading {
	// Read as the pipeline reads: quotation marks where an archive wrote two apostrophes.
	const analyses = articles.map((a) => analyzeArticle(withQuoteMarks(a)));
	const view = viewStory(storyId, analyses);
	return {
		storyId,
		articles: analyses.map((a) => ({
			id: a.article.id,
			outlet: a.article.outlet,
			title: a.article.title,
			date: a.article.date,
			quotes: a.quotes.map((q) => ({
				text: q.text,
				start: q.start,
				end: q.end,
				speakerText: q.speakerText,
				...(q.speaker ? { speaker: view.canon(q.speaker) } : {}),
				...(q.role ? { role: q.role } : {}),
				partial: q.partial
			})),
			people: a.people.map((p) => ({
				name: view.canon(p.name),
				...(p.role ? { role: p.role } : {})
			}))
		})),
		people: view.people,
		organisations: view.names.org,
		places: view.names.place,
		figures: view.figures.map((f) => ({
			articleId: f.analysis.article.id,
			text: f.mention.text,
			value: f.mention.value,
			noun: f.mention.noun,
			counts: f.key
		}))
	};
}
