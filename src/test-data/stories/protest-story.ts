/**
 * The story the generator tests read: two outlets on a city-hall protest with different crowd
 * figures, one quote both outlets carry, one only one carries, and three dated events. The
 * generator's output is checked against this wording, so every sentence matters here.
 */
import type { Article } from '$lib/bank/schema';
import { makeArticle, makeSecondArticle } from '../article';

export const PROTEST_STORY = 'river';

const a = [
	'Thousands of protesters marched on the city hall in Riverton on Monday, police said.',
	'Mayor Jane Holloway said the budget cuts would go ahead. “We cannot spend money we do not have,” Holloway said.',
	'Council member Tom Reyes, a longtime critic of the mayor, disagreed. “This budget punishes the poorest families in our city,” Reyes told reporters.',
	'Police Chief Maria Lopez said officers arrested 12 people after a window was broken.',
	'The council voted on Friday to close two libraries.',
	'City workers began a one-day strike on Dec. 1 over the same cuts.'
].join('\n\n');

const b = [
	'Dozens of protesters gathered outside the Riverton city hall on Monday.',
	'“We cannot spend money we do not have,” Mayor Jane Holloway told the crowd.',
	'Union leader Sam Okafor said workers would strike again. “We will be back every week until the cuts are gone,” Okafor said.',
	'Police Chief Maria Lopez said 12 people were arrested.'
].join('\n\n');

/** The story's articles, in story order: the Riverton Gazette, then the Valley Post. */
export const protestArticles = (): [Article, Article] => [
	makeArticle({
		id: 'river-gazette',
		storyId: PROTEST_STORY,
		title: 'Thousands march on city hall',
		outlet: 'Riverton Gazette',
		date: '2021-12-14',
		text: a
	}),
	makeSecondArticle({
		id: 'river-post',
		storyId: PROTEST_STORY,
		title: 'Protest at city hall',
		outlet: 'Valley Post',
		date: '2021-12-14',
		text: b
	})
];
