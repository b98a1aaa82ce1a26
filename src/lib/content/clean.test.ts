import { describe, expect, it } from 'vitest';
import { paragraphsOf } from '$lib/bank/schema';
import { cleanArticle, splitParagraphs } from './clean';

const paragraphs = (text: string) => paragraphsOf(text).map((p) => p.text);
const reasons = (raw: string, title?: string) =>
	cleanArticle(raw, { title }).removed.map((r) => r.reason);

const BODY_A = 'The council voted on Monday to close the old bridge, officials said.';
const BODY_B = '“We had no choice,” the mayor told reporters after the vote.';

describe('paragraph splitting and whitespace', () => {
	it('splits blank-line separated paragraphs and collapses whitespace runs', () => {
		const raw = `  ${BODY_A.replace('on Monday', 'on \u00a0 Monday')}  \n\n\n${BODY_B}\n`;
		expect(cleanArticle(raw).text).toBe(`${BODY_A}\n\n${BODY_B}`);
	});

	it('treats one sentence-ending line per paragraph as separate paragraphs', () => {
		expect(splitParagraphs(`${BODY_A}\n${BODY_B}`)).toEqual([BODY_A, BODY_B]);
	});

	it('joins hard-wrapped lines of one paragraph', () => {
		const wrapped =
			'The council voted on Monday to close\nthe old bridge, officials said, after\na long debate.';
		expect(splitParagraphs(wrapped)).toEqual([
			'The council voted on Monday to close the old bridge, officials said, after a long debate.'
		]);
	});

	it('handles Windows line endings and a byte-order mark', () => {
		expect(splitParagraphs(`\uFEFF${BODY_A}\r\n\r\n${BODY_B}\r\n`)).toEqual([BODY_A, BODY_B]);
	});

	it('keeps curly quotes, dashes and other characters verbatim', () => {
		const p = 'He said: “It’s over — truly…” and left (at 5 p.m.).';
		expect(cleanArticle(`${p}\n\n${BODY_A}`).text).toBe(`${p}\n\n${BODY_A}`);
	});
});

describe('furniture kinds', () => {
	it('removes cookie and privacy banners', () => {
		const banner =
			'This website uses cookies to improve your experience. By continuing you accept our cookie policy.';
		expect(cleanArticle(`${BODY_A}\n\n${banner}`).text).toBe(BODY_A);
		expect(reasons(`${BODY_A}\n\n${banner}`)).toEqual(['cookie or privacy banner']);
	});

	it('keeps a news paragraph about cookies that does not address the reader', () => {
		const news = 'Regulators said the company used tracking cookies without consent in 2019.';
		expect(cleanArticle(`${BODY_A}\n\n${news}`).text).toBe(`${BODY_A}\n\n${news}`);
	});

	it('removes browser and video notices', () => {
		for (const notice of [
			'Your browser does not support the video tag.',
			'Please enable JavaScript to view this content',
			'This video is no longer available.'
		]) {
			expect(cleanArticle(`${BODY_A}\n\n${notice}\n\n${BODY_B}`).text).toBe(
				`${BODY_A}\n\n${BODY_B}`
			);
		}
	});

	it('removes newsletter, share, advertisement and related-link lines', () => {
		const furniture = [
			'ADVERTISEMENT',
			'Sign up for our morning newsletter',
			'Share this article',
			'Facebook Twitter Email',
			'Read more: Bridge closures across the state',
			'Related: What the vote means for commuters'
		];
		const raw = [BODY_A, ...furniture, BODY_B].join('\n\n');
		const result = cleanArticle(raw);
		expect(result.text).toBe(`${BODY_A}\n\n${BODY_B}`);
		expect(result.removed.map((r) => r.reason)).toEqual([
			'advertisement',
			'newsletter or subscription prompt',
			'share buttons',
			'share buttons',
			'related link',
			'related link'
		]);
	});

	it('removes reading-time, listen and comment-count lines', () => {
		const raw = [
			'Skip to main content',
			'4 min read',
			BODY_A,
			'Listen to this article',
			'12 Comments',
			BODY_B
		].join('\n\n');
		expect(cleanArticle(raw).text).toBe(`${BODY_A}\n\n${BODY_B}`);
		expect(reasons(raw).every((r) => r === 'page navigation')).toBe(true);
	});

	it('removes stray one- and two-character lines and symbol rules', () => {
		const raw = [BODY_A, 'x', '§', '* * *', BODY_B].join('\n\n');
		expect(cleanArticle(raw).text).toBe(`${BODY_A}\n\n${BODY_B}`);
		expect(reasons(raw)).toEqual(['stray fragment', 'stray fragment', 'stray fragment']);
	});

	it('removes photo captions that end in a credit', () => {
		for (const caption of [
			'Residents walk past the bridge in Springfield, May 2, 2020. JANE DOE/REUTERS',
			'The mayor speaks at city hall. (AP Photo/John Smith)',
			'Workers inspect the bridge on Sunday. John Smith/Getty Images',
			'Photo: The bridge at dusk'
		]) {
			const result = cleanArticle(`${BODY_A}\n\n${caption}\n\n${BODY_B}`);
			expect(result.removed).toEqual([{ text: caption, reason: 'photo caption with credit' }]);
		}
	});

	it('keeps sentences that merely mention an agency', () => {
		const p = 'The figures could not be verified, according to Reuters/Ipsos polling.';
		expect(cleanArticle(`${BODY_A}\n\n${p}`).text).toBe(`${BODY_A}\n\n${p}`);
	});

	it('removes a section label and the headline, and reports the headline', () => {
		const raw = ['Politics', 'Council Votes to Close the Old Bridge', BODY_A, BODY_B].join('\n\n');
		const result = cleanArticle(raw);
		expect(result.headline).toBe('Council Votes to Close the Old Bridge');
		expect(result.text).toBe(`${BODY_A}\n\n${BODY_B}`);
		expect(result.removed.map((r) => r.reason)).toEqual(['section label', 'headline']);
	});

	it('removes a headline that nearly equals the given title', () => {
		const raw = ['Council votes to close the old bridge.', BODY_A].join('\n\n');
		const result = cleanArticle(raw, { title: 'Council Votes To Close The Old Bridge' });
		expect(result.headline).toBe('Council votes to close the old bridge.');
		expect(result.text).toBe(BODY_A);
	});

	it('finds no headline when the text starts with its lede', () => {
		const result = cleanArticle(`${BODY_A}\n${BODY_B}`);
		expect(result.headline).toBeNull();
		expect(result.removed).toEqual([]);
	});

	it('removes a dek under the headline and a repeated sub-headline later on', () => {
		const raw = [
			'Council Votes to Close the Old Bridge',
			'Commuters face long detours',
			BODY_A,
			'Commuters face long detours',
			BODY_B
		].join('\n\n');
		const result = cleanArticle(raw);
		expect(result.text).toBe(`${BODY_A}\n\n${BODY_B}`);
		expect(result.removed.map((r) => r.reason)).toEqual([
			'headline',
			'sub-headline',
			'repeated headline'
		]);
	});

	it('removes a repeated paragraph but keeps the first copy', () => {
		const result = cleanArticle([BODY_A, BODY_A, BODY_B].join('\n\n'));
		expect(result.text).toBe(`${BODY_A}\n\n${BODY_B}`);
		expect(result.removed).toEqual([{ text: BODY_A, reason: 'repeated paragraph' }]);
	});

	it('removes an embedded video title next to a video notice', () => {
		const raw = [
			BODY_A,
			'Your browser doesn’t support HTML5',
			'Crowds Gather As Bridge Closes',
			BODY_B
		].join('\n\n');
		expect(reasons(raw)).toEqual(['browser or video notice', 'video title']);
	});

	it('keeps a mid-article subheading that is not next to a video', () => {
		const raw = [BODY_A, 'What happens next', BODY_B].join('\n\n');
		expect(paragraphs(cleanArticle(raw).text)).toEqual([BODY_A, 'What happens next', BODY_B]);
	});

	it('removes video blurbs that introduce a report', () => {
		for (const blurb of [
			'The bridge closes next week. Channel 5’s Ann Lee has that story.',
			'Crowds gathered at city hall; senior correspondent Tom Park reports from Springfield.',
			'KTVX’s Maria Ruiz has more.'
		]) {
			expect(cleanArticle(`${blurb}\n\n${BODY_A}`).removed).toEqual([
				{ text: blurb, reason: 'video blurb' }
			]);
		}
	});

	it('keeps sentences that end with an attribution or merely say "has more"', () => {
		for (const p of [
			'At least 40 people were hurt, the Associated Press reports.',
			'Turnout was low. He has more.',
			'Bridges need repairs. Nobody knows who reports.'
		]) {
			expect(cleanArticle(`${BODY_A}\n\n${p}`).text).toBe(`${BODY_A}\n\n${p}`);
		}
	});
});

describe('notes', () => {
	it('keeps and labels corrections, editor’s notes and contributor lines', () => {
		const raw = [
			BODY_A,
			'Correction: An earlier version misspelled the mayor’s name.',
			'An earlier version of this story gave the wrong date for the vote.',
			'Editor’s note: This story has been updated with the final vote count.',
			'— Jane Doe and Reuters contributed to this report.',
			'Reporting by Jane Doe; Editing by John Smith'
		].join('\n\n');
		const result = cleanArticle(raw);
		expect(paragraphs(result.text)).toHaveLength(6);
		expect(result.notes).toEqual([
			{ paragraph: 1, kind: 'correction' },
			{ paragraph: 2, kind: 'correction' },
			{ paragraph: 3, kind: 'editorsNote' },
			{ paragraph: 4, kind: 'contributors' },
			{ paragraph: 5, kind: 'contributors' }
		]);
	});

	it('counts note paragraphs after removals', () => {
		const raw = ['ADVERTISEMENT', BODY_A, 'f', 'CORRECTION (May 3): The vote was on Monday.'].join(
			'\n\n'
		);
		expect(cleanArticle(raw).notes).toEqual([{ paragraph: 1, kind: 'correction' }]);
	});
});

describe('bylines and time stamps', () => {
	it('removes them around the headline and reports the byline', () => {
		const raw = [
			'Council Votes to Close the Old Bridge',
			'By Jane Doe and JOHN ROE, Associated Press',
			'Published Dec. 31, 2019 10:31 AM ET',
			BODY_A,
			'May 4, 2020 / 11:28 AM / Springfield Times',
			BODY_B
		].join('\n\n');
		const result = cleanArticle(raw);
		expect(result.text).toBe(`${BODY_A}\n\n${BODY_B}`);
		expect(result.headline).toBe('Council Votes to Close the Old Bridge');
		expect(result.byline).toBe('Jane Doe and JOHN ROE, Associated Press');
		expect(result.removed.map((r) => r.reason)).toEqual([
			'headline',
			'byline',
			'timestamp',
			'timestamp'
		]);
	});

	it('labels an update note with real words but removes a bare "Updated" stamp', () => {
		const note = 'Updated: This story now includes the final vote count.';
		const result = cleanArticle([BODY_A, 'Updated: 4:15 p.m. ET', note].join('\n\n'));
		expect(result.removed).toEqual([{ text: 'Updated: 4:15 p.m. ET', reason: 'timestamp' }]);
		expect(result.notes).toEqual([{ paragraph: 1, kind: 'editorsNote' }]);
	});

	it('keeps a live update stamped with a clock time as reporting, not a note', () => {
		const update =
			'UPDATE 2:52 p.m. -- New filings show the council spent $4,120.50 on the survey.';
		const note = 'Update 4:15 p.m.: This story now includes the final vote count.';
		const result = cleanArticle([BODY_A, update, note].join('\n\n'));
		expect(result.notes).toEqual([{ paragraph: 2, kind: 'editorsNote' }]);
		expect(result.text).toContain(update);
	});

	it('keeps sentences that start with "By" or mention dates', () => {
		const paragraphs = [
			'By Tuesday, the crowd had left the bridge.',
			'On May 4, 2020 at 11:28 AM the council met.',
			'By 2019 the bridge was unsafe'
		];
		const raw = [BODY_A, ...paragraphs].join('\n\n');
		expect(cleanArticle(raw).text).toBe(raw);
	});
});
