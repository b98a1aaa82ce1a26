import { describe, expect, it } from 'vitest';
import {
	dateTense,
	dayInStyleOf,
	findDates,
	resolveDate,
	trustedDate,
	weekBefore,
	otherTimeFrame,
	yearlessInAnotherYear
} from './dates';

describe('resolveDate', () => {
	// 2019-12-31 was a Tuesday.
	it('resolves weekdays to the latest such day on or before publication', () => {
		expect(resolveDate('Sunday', '2019-12-31')).toBe('2019-12-29');
		expect(resolveDate('Friday', '2019-12-31')).toBe('2019-12-27');
		expect(resolveDate('Tuesday', '2019-12-31')).toBe('2019-12-31');
		expect(resolveDate('last Tuesday', '2019-12-31')).toBe('2019-12-24');
	});
	it('resolves month-day forms, rolling back a year when needed', () => {
		expect(resolveDate('December 27', '2019-12-31')).toBe('2019-12-27');
		expect(resolveDate('Dec 29', '2019-12-31')).toBe('2019-12-29');
		expect(resolveDate('Dec 29', '2020-01-02')).toBe('2019-12-29');
		expect(resolveDate('March 13, 2018', '2019-01-01')).toBe('2018-03-13');
	});
	it('leaves vague expressions unresolved', () => {
		expect(resolveDate('last week', '2019-12-31')).toBeUndefined();
		expect(resolveDate('yesterday', '2019-12-31')).toBe('2019-12-30');
	});
});

describe('resolveDate: weekdays that are ahead, or cannot be placed', () => {
	// 2019-12-06 was a Friday.
	it('reads a weekday in a clause still to come as the next such day, today for the day itself', () => {
		expect(resolveDate('Friday', '2019-12-04', 'ahead')).toBe('2019-12-06');
		expect(resolveDate('Tuesday', '2019-12-04', 'ahead')).toBe('2019-12-10');
		expect(resolveDate('Friday', '2019-12-06', 'ahead')).toBe('2019-12-06');
		// "last Friday" is past whatever the clause says.
		expect(resolveDate('last Friday', '2019-12-04', 'ahead')).toBe('2019-11-29');
	});
	it('leaves unplaced a bare weekday six days back, and one whose tense leaves past and next open', () => {
		// "early Saturday" in a Friday paper: the next morning, not last week's Saturday.
		expect(resolveDate('Saturday', '2019-12-06')).toBeUndefined();
		expect(resolveDate('last Saturday', '2019-12-06')).toBe('2019-11-30');
		expect(resolveDate('Thursday', '2019-12-06')).toBe('2019-12-05');
		expect(resolveDate('Monday', '2019-12-06', 'unsure')).toBeUndefined();
		// The weekday of publication is that day whichever way the clause looks.
		expect(resolveDate('Friday', '2019-12-06', 'unsure')).toBe('2019-12-06');
		// Calendar dates do not depend on the tense.
		expect(resolveDate('Dec. 2', '2019-12-06', 'unsure')).toBe('2019-12-02');
	});
});

describe('dateTense', () => {
	it('reads the clause before the date, or after it when the date opens the sentence', () => {
		expect(dateTense('The board will meet on ', '.')).toBe('ahead');
		expect(dateTense('The debate is scheduled for ', ' at the university.')).toBe('ahead');
		expect(dateTense('On ', ', the board will vote on the plan.')).toBe('ahead');
		expect(dateTense('The board, which will vote next month, met on ', '.')).toBe('past');
		expect(dateTense('The board met in private, on ', ', and will vote next week.')).toBe('past');
		expect(dateTense('He said he would sign the bill on ', '.')).toBe('unsure');
		// The date's own clause ends where a clause of its own begins.
		expect(dateTense('On ', ', the premier said that his country would win an exemption.')).toBe(
			'past'
		);
		expect(dateTense('She was set to testify ', ' before the panel.')).toBe('unsure');
		// "a rally set for Wednesday" may be still to come or have been called off since.
		expect(dateTense('A joint rally set for ', ' in the city has been postponed.')).toBe('unsure');
		// "the plan to close" is a noun, not a plan still to come.
		expect(dateTense('On ', ', the council voted on the plan to close the bridge.')).toBe('past');
	});

	it('reads a present frame of plan or readiness as still to come', () => {
		expect(dateTense('Striking dockworkers are poised on ', ' to return to the piers.')).toBe(
			'ahead'
		);
		expect(dateTense('The ferry union plans to walk out on ', '.')).toBe('ahead');
		expect(dateTense('Both chambers intend to vote ', ' on the budget.')).toBe('ahead');
		expect(dateTense('The mayor is expected ', ' to name a new fire chief.')).toBe('ahead');
		// Told in the past, the plan may have happened or been dropped.
		expect(dateTense('The dockworkers were poised on ', ' to return to the piers.')).toBe('unsure');
	});

	it('reads a bare passive infinitive ("to be shown on Tuesday") as still to come', () => {
		expect(dateTense('In an interview with a radio station, to be aired on ', '.')).toBe('ahead');
		expect(dateTense('The jury’s verdict, to be read ', ', may end the trial.')).toBe('ahead');
		expect(dateTense('The hearing, to be held on ', ', is open.')).toBe('ahead');
		// A past frame, or a verb of belief or report, may tell of what has happened since.
		expect(dateTense('The verdict was to be read on ', '.')).toBe('unsure');
		expect(dateTense('The tape, said to be recorded on ', ', surfaced online.')).toBe('past');
		expect(dateTense('The ballots had to be counted by ', '.')).toBe('past');
	});

	it('does not read a plan named as a noun as still to come', () => {
		expect(dateTense('The mayor has no plans to attend the gala on ', '.')).toBe('past');
		expect(dateTense('The senator dropped plans to speak at the rally on ', '.')).toBe('past');
		expect(dateTense("The governor's plans to reopen the school on ", ' fell through.')).toBe(
			'past'
		);
	});
});

describe('findDates: a weekday in a present frame of plan', () => {
	it('places the weekday on the next such day, not the last', () => {
		// 2021-06-12 was a Saturday: the coming Sunday is 06-13, the last one 06-06.
		const t =
			'Striking dockworkers are poised on Sunday to return to the piers. The ferry union plans to walk out Monday.';
		expect(findDates(t, '2021-06-12', () => 0, 'a').map((d) => d.iso)).toEqual([
			'2021-06-13',
			'2021-06-14'
		]);
	});
});

describe('findDates: a weekday in a clause "to be shown"', () => {
	it('places the weekday on the next such day, not the last', () => {
		// 2021-06-14 was a Monday: the coming Tuesday is 06-15, the last one 06-08.
		const t = 'In an interview with a radio station, to be aired on Tuesday, Dana Pell spoke.';
		expect(findDates(t, '2021-06-14', () => 0, 'a').map((d) => d.iso)).toEqual(['2021-06-15']);
	});
});

describe('findDates', () => {
	it('resolves a weekday by the tense of its clause', () => {
		const t =
			'The board will meet on Friday. It met on Monday. Officials were to decide on Tuesday. Police said the blast came early Saturday.';
		// 2019-12-04 was a Wednesday.
		expect(findDates(t, '2019-12-04', () => 0, 'a').map((d) => d.iso)).toEqual([
			'2019-12-06',
			'2019-12-02',
			undefined,
			'2019-11-30'
		]);
		// In a Friday paper "early Saturday" cannot be placed.
		expect(
			findDates('Police said the blast came early Saturday.', '2019-12-06', () => 0, 'a')[0]!.iso
		).toBeUndefined();
	});

	it('finds dates with offsets and ignores the verb "may"', () => {
		const t = 'On Friday, Dec. 27, a rocket hit. It may rain last week.';
		const d = findDates(t, '2019-12-31', () => 0, 'a');
		expect(d.map((x) => t.slice(x.start, x.end))).toEqual(['Friday', 'Dec. 27', 'last week']);
		expect(d.map((x) => x.iso)).toEqual(['2019-12-27', '2019-12-27', undefined]);
	});
});

describe('findDates: a yearless calendar date told as still to come', () => {
	const isos = (t: string, published = '2019-12-04') =>
		findDates(t, published, () => 0, 'a').map((d) => d.iso);
	it('places it after publication, the present of a scheduled start like "will"', () => {
		expect(isos('The board will leave the harbour on Jan. 1 for good.')).toEqual(['2020-01-01']);
		expect(isos('The new rule takes effect Jan. 1 in every state.')).toEqual(['2020-01-01']);
		expect(isos('On March 6, the new rule will take effect in every state.')).toEqual([
			'2020-03-06'
		]);
		expect(isos('The lease expires March 16, the council said.')).toEqual(['2020-03-16']);
	});
	it('keeps the publication year for a date told as past, or only a few weeks back', () => {
		expect(isos('The new rule took effect Jan. 1 in every state.')).toEqual(['2019-01-01']);
		expect(isos('The rule, which took effect Jan. 1, will be reviewed.')).toEqual(['2019-01-01']);
		expect(isos('The board will review the contract it signed on Nov. 20.')).toEqual([
			'2019-11-20'
		]);
		expect(isos('The new rule will take effect on Jan. 1, 2019.')).toEqual(['2019-01-01']);
	});
});

describe('findDates: a day written before its month', () => {
	it('reads "the 13th of July" as July 13', () => {
		const t =
			'The mayor will visit the harbour on the 13th of July. It reopened on the 2nd of May, 2018.';
		const d = findDates(t, '2019-04-26', () => 0, 'a');
		expect(d.map((x) => t.slice(x.start, x.end))).toEqual(['13th of July', '2nd of May, 2018']);
		expect(d.map((x) => x.iso)).toEqual(['2019-07-13', '2018-05-02']);
	});
	it('reads "13 July" as July 13, not "13 may" (a number and a verb)', () => {
		const t = 'The visit on 13 July was confirmed. Some 13 may come to the harbour.';
		const d = findDates(t, '2019-04-26', () => 0, 'a');
		expect(d.map((x) => t.slice(x.start, x.end))).toEqual(['13 July']);
		expect(d.map((x) => x.iso)).toEqual(['2019-07-13']);
	});
});

describe('weekdays that are not days', () => {
	it('skips a weekday closing a name, keeps AP-style "Macron Tuesday urged"', () => {
		const t =
			'In an interview with Fox News Sunday, Macron warned Trump. Macron Tuesday urged calm. On Monday, he left.';
		const d = findDates(t, '2018-04-24', () => 0, 'a');
		expect(d.map((x) => x.text)).toEqual(['Tuesday', 'Monday']);
	});
	it('keeps a weekday owned by an event after a capitalised preposition ("During Tuesday’s debate")', () => {
		const t = 'During Tuesday’s debate, the mayor spoke. In Sunday’s interview, she said more.';
		expect(findDates(t, '2018-04-24', () => 0, 'a').map((x) => x.text)).toEqual([
			'Tuesday',
			'Sunday'
		]);
	});
});

describe('trustedDate', () => {
	// 2019-12-31 was a Tuesday.
	it('trusts calendar dates and weekdays just past, not a bare weekday nearly a week back', () => {
		expect(trustedDate('Dec. 5', '2019-12-05', '2019-12-31')).toBe(true);
		expect(trustedDate('Monday', '2019-12-30', '2019-12-31')).toBe(true);
		expect(trustedDate('Wednesday', '2019-12-25', '2019-12-31')).toBe(false);
		expect(trustedDate('last Wednesday', '2019-12-25', '2019-12-31')).toBe(true);
		expect(trustedDate('last week', '2019-12-24', '2019-12-31')).toBe(false);
	});
});

describe('dayInStyleOf', () => {
	it('writes a day the way the model date is written', () => {
		expect(dayInStyleOf('Tuesday', '2019-12-05')).toBe('Thursday');
		expect(dayInStyleOf('last Tuesday', '2019-12-05')).toBe('Thursday');
		expect(dayInStyleOf('Dec. 29', '2020-01-02')).toBe('Jan. 2');
		expect(dayInStyleOf('December 29', '2019-12-05')).toBe('December 5');
		expect(dayInStyleOf('Sept. 3', '2019-03-05')).toBe('March 5');
		expect(dayInStyleOf('Aug. 3', '2019-09-05')).toBe('Sept. 5');
		expect(dayInStyleOf('March 13, 2018', '2018-03-14')).toBe('March 14, 2018');
		expect(dayInStyleOf('yesterday', '2019-12-05')).toBeUndefined();
	});
});

describe('weekBefore', () => {
	it('gives the Monday-to-Sunday week before the week of publication', () => {
		// 2019-12-04 was a Wednesday; 2019-12-02 a Monday; 2019-12-08 a Sunday.
		expect(weekBefore('2019-12-04')).toEqual({ from: '2019-11-25', to: '2019-12-01' });
		expect(weekBefore('2019-12-02')).toEqual({ from: '2019-11-25', to: '2019-12-01' });
		expect(weekBefore('2019-12-08')).toEqual({ from: '2019-11-25', to: '2019-12-01' });
		expect(weekBefore('not a date')).toBeUndefined();
	});
});

describe('otherTimeFrame', () => {
	const at = (s: string, date: string) => [s.indexOf(date), s.indexOf(date) + date.length] as const;
	it('finds a timing year, a relative time or a month without a day beside the date', () => {
		const cases: [string, string, string][] = [
			[
				'In October 2016, the council on Tuesday voted to close the plant.',
				'Tuesday',
				'2018-05-01'
			],
			['The mill, which closed two years ago, reopened on Friday.', 'Friday', '2018-05-04'],
			['The board met on March 8 and fired the chief later that month.', 'March 8', '2018-03-08'],
			['In March of last year the firm was fined, and on Monday it paid.', 'Monday', '2018-04-30'],
			['The mayor resigned on Friday after a vote in 2015.', 'Friday', '2018-05-04']
		];
		for (const [s, d, iso] of cases) expect(otherTimeFrame(s, ...at(s, d), iso), s).toBe(true);
	});
	it('leaves a year that names a thing, the date’s own year and quoted words alone', () => {
		const cases: [string, string, string][] = [
			['The firm lost the 2016 contest and appealed on Friday.', 'Friday', '2018-05-04'],
			['Flynn was fired Feb. 13, 2017, after a review.', 'Feb. 13, 2017', '2017-02-13'],
			['The agency said on Tuesday it saw “no activity after 2009.”', 'Tuesday', '2018-05-01'],
			['Crews in 2018 rebuilt the bridge on April 3 at night.', 'April 3', '2018-04-03'],
			// "the same day" is the date's own day.
			[
				'The plan was filed Thursday, the same day the firm hired a lawyer.',
				'Thursday',
				'2018-05-03'
			]
		];
		for (const [s, d, iso] of cases) expect(otherTimeFrame(s, ...at(s, d), iso), s).toBe(false);
	});
});

describe('yearlessInAnotherYear', () => {
	it('doubts a date without a year when the text just before sets another year', () => {
		expect(
			yearlessInAnotherYear('Oct. 28', '2018-10-28', 'The inquiry reopened in 2016. On ')
		).toBe(true);
		expect(
			yearlessInAnotherYear('Oct. 28', '2018-10-28', 'The inquiry reopened in 2018. On ')
		).toBe(false);
		// A story told in its own time ("two months later") earlier in the article; "later this
		// year" is the publication's year and sets no other.
		const chain =
			'The two met at a dinner. Two months later, the mayor wrote to him. He called again on ';
		expect(yearlessInAnotherYear('April 11', '2018-04-11', chain)).toBe(true);
		const ahead = 'The two are to meet later this year. The mayor called him on ';
		expect(yearlessInAnotherYear('April 11', '2018-04-11', ahead)).toBe(false);
		// A weekday or a date with its own year is not placed by the year before it.
		expect(yearlessInAnotherYear('Friday', '2018-10-26', 'The inquiry reopened in 2016. On ')).toBe(
			false
		);
		expect(
			yearlessInAnotherYear('Oct. 28, 2016', '2016-10-28', 'The inquiry reopened in 2016. On ')
		).toBe(false);
	});
});
