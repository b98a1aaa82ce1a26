/**
 * Three outlets on one arrest that disagree on its when, where and how many, the way outlets
 * do: one day against another for a court appearance ("Wednesday" / "Thursday"), one town
 * against another for the arrest ("in Seattle" / "in Bellingham"), a vague count against a number ("more than a dozen agents" / "29
 * agents"), and a charge named two ways. Beside them, near misses that are other events: a
 * second arrest of another person in a third town, and a date of another charge. Invented,
 * news-like wording; the generator's disagreement finders are tested on it.
 */
import type { Article } from '$lib/bank/schema';
import { makeArticle } from '../article';

export const ARREST_STORY = 'arrest';

/** A Friday: "Tuesday" is 3 December 2019, "Wednesday" 4 December, "Thursday" 5 December. */
export const ARREST_DATE = '2019-12-06';

const ledger = [
	'Federal agents arrested Jane Roe, a former software engineer at a defense contractor, in Seattle on Tuesday on charges of visa fraud, the Justice Department said.',
	'More than a dozen agents took part in the arrest at her apartment, according to court papers.',
	'Prosecutors say Roe lied about her employment on three visa applications since 2015.',
	'Roe appeared before a federal magistrate judge in the city on Wednesday and was ordered held without bail.',
	'Prosecutors charged Roe’s former manager on Feb. 28 with lying to investigators about the hiring.',
	'“We will fight these charges in court,” her lawyer, Ann Poe, said in a statement.',
	'Roe faces up to ten years in prison if convicted because the charges carry long sentences.'
].join('\n\n');

const courier = [
	'Federal agents arrested Jane Roe, a former software engineer at a defense contractor, in Bellingham on Tuesday on charges of immigration fraud, the Justice Department said.',
	'In all, 29 agents took part in the arrest at her apartment, according to court papers.',
	'Roe appeared before a federal magistrate judge in the city on Thursday and was ordered held without bail.',
	'In a separate case, police arrested John Doe, a former colleague of Roe, in Tacoma on Friday on charges of theft.',
	'Prosecutors charged Roe on Jan. 1 with visa fraud after a review of her applications.',
	'Roe’s lawyer, Ann Poe, said her client would plead not guilty at a hearing next week.'
].join('\n\n');

const herald = [
	'Jane Roe, a former software engineer, was arrested this week on charges of lying on her visa applications.',
	'Roe worked for a defense contractor for six years before she left the company in 2018.',
	'Her lawyer, Ann Poe, said in a statement that Roe had done nothing wrong and would be cleared.',
	'The Justice Department has brought more visa fraud cases this year than in any year since 2010, officials said.'
].join('\n\n');

/** The story's articles: the Daily Ledger, the Coast Courier and the Evening Herald. */
export const arrestArticles = (): [Article, Article, Article] => [
	makeArticle({
		id: 'arrest-ledger',
		storyId: ARREST_STORY,
		title: 'Engineer arrested on visa fraud charges',
		outlet: 'Daily Ledger',
		date: ARREST_DATE,
		text: ledger
	}),
	makeArticle({
		id: 'arrest-courier',
		storyId: ARREST_STORY,
		title: 'Former defense engineer held in immigration case',
		outlet: 'Coast Courier',
		date: ARREST_DATE,
		text: courier
	}),
	makeArticle({
		id: 'arrest-herald',
		storyId: ARREST_STORY,
		title: 'Engineer accused of lying on visa forms',
		outlet: 'Evening Herald',
		date: ARREST_DATE,
		text: herald
	})
];
