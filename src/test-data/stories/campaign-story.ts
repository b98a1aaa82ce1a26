/**
 * Three outlets on a governor's race that disagree the way blind readers found outlets do: a
 * count ("19 executive actions" / "23 executive actions", signed in one and issued in the
 * other), a debate still to come ("will debate on Tuesday" / "will debate on Thursday"), a
 * place ("in Seattle" / "in Bellingham, Wash."), and a year ahead ("ends in 2018" / "expires in
 * 2019"). Beside them, near misses that are other things: two actions signed on one day, the
 * year the senator was first elected, a second student questioned in a third town. Invented,
 * news-like wording; the generator's disagreement finders are tested on it.
 */
import type { Article } from '$lib/bank/schema';
import { makeArticle } from '../article';

export const CAMPAIGN_STORY = 'campaign';

/** A Wednesday: "Tuesday" ahead is 14 November 2017, "Thursday" ahead 9 November, "Monday" past 6 November. */
export const CAMPAIGN_DATE = '2017-11-08';

const ledger = [
	'Gov. Ann Vale has signed 19 executive actions on schools and roads since taking office, according to a tally by her office.',
	'Vale and her challenger, state Sen. Tom Reed, will debate on Tuesday at the state university in the capital.',
	'Reed’s term in the state Senate ends in 2018, and he has said he will not seek another one.',
	'A college student who threatened Vale online was arrested in Seattle on Monday, police said.',
	'“I am proud of what we have done in a short time,” Vale told supporters at a rally.',
	'Reed has accused the governor of ruling by decree because the legislature failed to act on her plans.'
].join('\n\n');

const courier = [
	'Gov. Ann Vale has issued 23 executive actions on schools and roads since taking office, her office said.',
	'Vale and her challenger, state Sen. Tom Reed, will debate on Thursday at the state university in the capital.',
	'Reed’s term in the state Senate expires in 2019, and he has said he will not seek another one.',
	'A college student who threatened Vale online was arrested in Bellingham, Wash., on Monday, police said.',
	'Police in Tacoma questioned a second student on Tuesday about messages sent to the governor’s office.',
	'Reed said the governor “has gone around the legislature” on roads.'
].join('\n\n');

const herald = [
	'Gov. Ann Vale signed two executive actions on Tuesday, one on school meals and one on bridge repairs.',
	'Reed was first elected to the state Senate in 2010 after a decade on the city council.',
	'The debate, the only one before the election, will be broadcast on public television across the state.',
	'Vale’s campaign has raised more money than Reed’s in every month since the summer, filings show.'
].join('\n\n');

/** The story's articles: the Daily Ledger, the Coast Courier and the Evening Herald. */
export const campaignArticles = (): [Article, Article, Article] => [
	makeArticle({
		id: 'campaign-ledger',
		storyId: CAMPAIGN_STORY,
		title: 'Vale and Reed to meet in debate',
		outlet: 'Daily Ledger',
		date: CAMPAIGN_DATE,
		text: ledger
	}),
	makeArticle({
		id: 'campaign-courier',
		storyId: CAMPAIGN_STORY,
		title: 'Governor leans on executive actions as debate nears',
		outlet: 'Coast Courier',
		date: CAMPAIGN_DATE,
		text: courier
	}),
	makeArticle({
		id: 'campaign-herald',
		storyId: CAMPAIGN_STORY,
		title: 'Vale signs school and bridge orders',
		outlet: 'Evening Herald',
		date: CAMPAIGN_DATE,
		text: herald
	})
];
