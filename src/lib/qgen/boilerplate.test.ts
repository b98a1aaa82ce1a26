import { describe, expect, it } from 'vitest';
import { isPublisherLine } from './boilerplate';

describe('a publisher’s line, not a sentence of the report', () => {
	it('the print edition’s date line, in its usual forms', () => {
		expect(
			isPublisherLine(
				'A version of this article appears in print on March 4, 2019, Section A, Page 12 of the New York edition with the headline: Harbour Office Reopens.'
			)
		).toBe(true);
		expect(isPublisherLine('This story appeared in print on Page A3 on Tuesday.')).toBe(true);
		expect(isPublisherLine('An earlier version ran in the print edition of the Daily A.')).toBe(
			true
		);
	});

	it('invitations to follow the outlet or its reporter, and copyright', () => {
		expect(isPublisherLine('Follow Ann Lee on Twitter: @annlee')).toBe(true);
		expect(isPublisherLine('Sign up for our morning newsletter here.')).toBe(true);
		expect(isPublisherLine('Copyright 2019 Daily A. All rights reserved.')).toBe(true);
		expect(
			isPublisherLine('Editor’s note: The mayor is a candidate in the race this newspaper covers.')
		).toBe(true);
		expect(isPublisherLine('The editor’s note on page two named the mayor.')).toBe(false);
	});

	it('reporters’ credits at the foot of the article', () => {
		expect(isPublisherLine('Contributing: Ann Lee and Bo Chen, Daily A.')).toBe(true);
		expect(isPublisherLine('Bo Chen contributed reporting from Harlow.')).toBe(true);
		expect(isPublisherLine('Lee reported from Harlow, N.H.; Chen, from Riverton.')).toBe(true);
		// A report of where someone reported is a sentence of the story.
		expect(
			isPublisherLine('The correspondent reported from Harlow for a week before the vote.')
		).toBe(false);
		expect(
			isPublisherLine('Ann Lee reported from Harlow that the ferry had sunk with 40 people aboard.')
		).toBe(false);
	});

	it('notes about the article itself: updated, corrected, an earlier version', () => {
		expect(isPublisherLine('This post has been updated with comment from the mayor.')).toBe(true);
		expect(isPublisherLine('This story was corrected to give the right date of the vote.')).toBe(
			true
		);
		expect(
			isPublisherLine('An earlier version of this article misstated the size of the levy.')
		).toBe(true);
		expect(isPublisherLine('Correction: The levy is 2 percent, not 3 percent.')).toBe(true);
		// What follows an "Update:" label is often new reporting of the event.
		expect(isPublisherLine('Update: Police said on Tuesday that the ferry captain was held.')).toBe(
			false
		);
		expect(isPublisherLine('The mayor has updated the plan twice since May.')).toBe(false);
	});

	it('an opinion writer’s disclaimer', () => {
		expect(isPublisherLine('Ann Lee’s opinions are her own.')).toBe(true);
		expect(
			isPublisherLine('The views expressed in this commentary are solely those of the author.')
		).toBe(true);
		expect(isPublisherLine('The mayor said the opinions of the voters are her guide.')).toBe(false);
	});

	it('leaves the report’s own sentences alone, even about print and pages', () => {
		expect(isPublisherLine('The mayor said the harbour office would reopen on Monday.')).toBe(
			false
		);
		expect(
			isPublisherLine('Lee said she would follow the committee’s advice on the levy vote.')
		).toBe(false);
		expect(isPublisherLine('The printing plant employs 300 people in the town.')).toBe(false);
		expect(isPublisherLine('The report runs to 40 pages and names six officials.')).toBe(false);
	});
});
