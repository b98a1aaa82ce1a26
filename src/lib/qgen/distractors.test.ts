import { describe, expect, it, vi } from 'vitest';
import {
	boundsBoth,
	figureBounds,
	hedgeBounds,
	figuresWithin,
	inStyleOf,
	isPercent,
	nameWithinName,
	nearFigures,
	normalise,
	partOfWhole,
	pickDistractors,
	plausibleFigure,
	sameBodyName,
	totalOfPart,
	untitled,
	wholeName,
	withinBounds
} from './distractors';

describe('nearFigures', () => {
	it('keeps the hedge and stays near the number', () => {
		// 25 ends in 5: wrong figures on steps of five, at uneven distances on both sides
		// (0.6, 0.8, 1.2, 1.4 and 1.6 times it), none its half, double or one and a half times.
		expect(nearFigures('at least 25', 25, false)).toEqual([
			'at least 20',
			'at least 30',
			'at least 15',
			'at least 35',
			'at least 40'
		]);
		// Written as the key writes it: a lone word among digits would give the key away.
		expect(nearFigures('three', 3, false)).toEqual(['four', 'five', 'two', 'six']);
		const words = nearFigures('twenty', 20, false);
		expect(words.length).toBeGreaterThanOrEqual(4);
		expect(words.every((w) => /^[a-z]+$/.test(w))).toBe(true);
	});
	it('writes a story figure in the key’s form', () => {
		expect(inStyleOf('six', '4')).toBe('four');
		expect(inStyleOf('6', 'four')).toBe('4');
		// A tens word and a unit are one number, never "60-two".
		expect(inStyleOf('74', 'sixty-two')).toBe('62');
		expect(inStyleOf('74 percent', 'sixty-two percent')).toBe('62 percent');
		expect(inStyleOf('at least six', 'at least 150')).toBeUndefined();
		expect(inStyleOf('25', '30')).toBe('30');
		expect(inStyleOf('over a dozen', '90')).toBeUndefined();
		expect(inStyleOf('a dozen', 'two dozen')).toBe('two dozen');
		// Thousands commas as the key has them, or not.
		expect(inStyleOf('1,500', '2250')).toBe('2,250');
		expect(inStyleOf('1500', '1,692')).toBe('1692');
		expect(inStyleOf('at least 1,500', 'about 12000 people')).toBe('about 12,000 people');
		expect(inStyleOf('150', '1,692')).toBe('1,692');
	});
	it('climbs the ladder of vague amounts', () => {
		expect(nearFigures('Thousands', 3000, true)).toEqual([
			'dozens',
			'hundreds',
			'tens of thousands',
			'millions'
		]);
	});
});

describe('nearFigures in dozens and on the vague ladder', () => {
	it('answers a figure in dozens with other dozens, keeping the hedge', () => {
		expect(nearFigures('almost four dozen', 48, false)).toEqual([
			'almost five dozen',
			'almost eight dozen',
			'almost three dozen',
			'almost six dozen',
			'almost seven dozen'
		]);
	});
	it('answers "a dozen" with a smaller amount too, and three others', () => {
		expect(nearFigures('over a dozen', 12, false)).toEqual([
			'over half a dozen',
			'over two dozen',
			'over three dozen',
			'over four dozen'
		]);
	});
	it('never offers "dozens" against "several dozen"', () => {
		expect(nearFigures('several dozen', 48, true)).toEqual(['hundreds', 'thousands']);
	});
});

describe('pickDistractors', () => {
	it('drops options equal to the key once normalised and other spellings of the same name', () => {
		expect(
			pickDistractors(
				'Mark Esper',
				['mark esper', 'Esper', 'Mike Pompeo', 'Nancy Pelosi', 'Mike Pompeo'],
				3,
				true
			)
		).toEqual(['Mike Pompeo', 'Nancy Pelosi']);
		expect(normalise('Adél, Mahdi!')).toBe('adel mahdi');
	});
	it('drops a person named again with a title: "President Roe" beside "Ann Roe"', () => {
		expect(
			pickDistractors('Ann Roe', ['President Roe', 'Sen. Bo Chen', 'Bo Chen', 'Ida Park'], 3, true)
		).toEqual(['Sen. Bo Chen', 'Ida Park']);
		expect(untitled('President Roe')).toBe('Roe');
		expect(untitled('Sen. Bo Chen')).toBe('Bo Chen');
		// A title alone stays a name: nothing is left to compare.
		expect(untitled('President')).toBe('President');
	});
	it('drops a name’s suffix or initials left alone', () => {
		expect(
			pickDistractors('Ann Roe', ['Sr.', 'Jr', 'F. Sr.', 'Bo Chen', 'Ida Park III'], 3, true)
		).toEqual(['Bo Chen', 'Ida Park III']);
	});
	it('drops a wrong name that another wrong name holds word for word', () => {
		expect(
			pickDistractors(
				'Harbour Trade Office',
				['U.S. Supreme Court', 'Supreme Court', 'Fisheries Ministry', 'Port Board'],
				3
			)
		).toEqual(['U.S. Supreme Court', 'Fisheries Ministry', 'Port Board']);
		expect(nameWithinName('Ethics Committee', 'House Ethics Committee')).toBe(true);
		// Not a word cut in two, not amounts, not the same name.
		expect(nameWithinName('Port Board', 'Riverport Board')).toBe(false);
		expect(nameWithinName('a dozen', 'half a dozen')).toBe(false);
		expect(nameWithinName('Route 9', 'Route 9 North')).toBe(false);
		expect(nameWithinName('Port Board', 'port board')).toBe(false);
	});
	it('drops a body’s name in other words: initials for some words, or swapped around "of"', () => {
		expect(
			pickDistractors(
				'Harbour Trade Office',
				['H.T. Office', 'Riverton Port Board', 'Fisheries Ministry', 'Ministry of Fisheries'],
				3
			)
		).toEqual(['Riverton Port Board', 'Fisheries Ministry']);
		expect(sameBodyName('R.P. Board', 'Riverton Port Board')).toBe(true);
		expect(sameBodyName('Department of Harbours', 'Harbours Department')).toBe(true);
		expect(sameBodyName('RPB', 'Riverton Port Board')).toBe(true);
		expect(sameBodyName('Riverton Port Board', 'Riverton Fish Board')).toBe(false);
		expect(sameBodyName('RFB', 'Riverton Port Board')).toBe(false);
		// One word in the plural: the same body spelt two ways.
		expect(sameBodyName('Harbour Elections Board', 'Harbour Election Board')).toBe(true);
		expect(
			pickDistractors(
				'Harbour Elections Board',
				['Harbour Election Board', 'Fisheries Ministry'],
				3
			)
		).toEqual(['Fisheries Ministry']);
	});
});

describe('nearFigures for shares and years', () => {
	it('answers a share with close shares inside 0–100, never double or half of it', () => {
		// The gap leaves "percent" outside the key ("his district is ____ percent Latino").
		expect(nearFigures('35', 35, false, 'percent Latino')).toEqual(['40', '30', '45', '25']);
		expect(nearFigures('65 percent', 65, false)).toEqual([
			'75 percent',
			'55 percent',
			'85 percent',
			'45 percent'
		]);
		expect(nearFigures('46', 46, false, 'percent')).toEqual(['53', '39', '60', '32']);
		// Near the top, only what stays under 100.
		expect(nearFigures('90%', 90, false)).toEqual(['75%', '60%']);
		expect(nearFigures('about 4 percent', 4, false)).toEqual([
			'about 5 percent',
			'about 3 percent',
			'about 6 percent',
			'about 2 percent'
		]);
	});
	it('answers a share with a decimal in tenths, each written with the key’s decimals', () => {
		// An unemployment rate of 2.8 moves by tenths: not 0.8 and 1.8, and not "2" among them.
		expect(nearFigures('2.8 percent', 2.8, false)).toEqual([
			'3.2 percent',
			'2.4 percent',
			'3.6 percent',
			'2.0 percent'
		]);
		// A vote share of 24.6 gets neighbours that differ in the tenths too, not 16.6, 18.6, 20.6.
		expect(nearFigures('24.6', 24.6, false, 'percent')).toEqual(['28.3', '20.9', '32.0', '17.2']);
	});
	it('answers a year with the years around it', () => {
		expect(nearFigures('2016', 2016, false)).toEqual(['2015', '2017', '2014', '2018']);
	});
	it('answers a count with figures that form no pattern around it', () => {
		const value = (t: string) => Number(t.replace(/[^\d.]/g, ''));
		// "11, 33, 44" beside 22: the key is the one the others are multiples of.
		const simple = [1 / 3, 0.5, 2 / 3, 0.75, 4 / 3, 1.5, 2, 2.5, 3];
		for (const [key, v] of [
			['22', 22],
			['14', 14],
			['84,000', 84000],
			['750,000', 750000],
			['48', 48]
		] as const) {
			const wrong = nearFigures(key, v, false, 'months');
			const below = wrong.filter((w) => value(w) < value(key)).length;
			expect(below).toBeGreaterThanOrEqual(2);
			expect(wrong.length - below).toBeGreaterThanOrEqual(2);
			const atRatio = wrong.filter((w) =>
				simple.some((q) => Math.abs(value(w) / value(key) - q) < 1e-9)
			);
			expect(atRatio.length).toBeLessThanOrEqual(1);
			// Never within a tenth of the key: that would be a second right answer.
			expect(wrong.every((w) => Math.abs(value(w) - v) > 0.1 * v)).toBe(true);
		}
		expect(nearFigures('14', 14, false, 'months')).not.toContain('7');
		expect(nearFigures('14', 14, false, 'months')).not.toContain('28');
	});
	it('keeps made-up counts a step or two from the key, nearest first', () => {
		const value = (t: string) => Number(t.replace(/[^\d.]/g, ''));
		// "265, 305, 335" beside 195, "35, 45, 50" beside 20: a key the spread leaves smallest
		// was answered by figures implausible for what is counted.
		for (const [key, v] of [
			['195', 195],
			['20', 20],
			['250,000', 250000],
			['19', 19],
			['2.3 million', 2.3e6]
		] as const) {
			const wrong = nearFigures(key, v, false).map(value);
			const k = value(key);
			expect(wrong.every((w) => w >= 0.5 * k && w <= 1.65 * k)).toBe(true);
			// The first above and the first below are the nearest on their side.
			const above = wrong.filter((w) => w > k);
			const below = wrong.filter((w) => w < k);
			expect(above[0]).toBe(Math.min(...above));
			expect(below[0]).toBe(Math.max(...below));
		}
		// "1,500" is three steps of 500: its neighbours on those steps, 2,000 among them.
		expect(nearFigures('1,500', 1500, false)).toEqual(['2,000', '1,000', '2,500']);
		// A round key starting with 1 gets its next digits up as well as down.
		expect(nearFigures('1,000', 1000, false)).toContain('1,200');
	});
	it('rounds and writes a made-up count as the key is written', () => {
		// Two significant digits with thousands commas, as "84,000" has.
		const round = nearFigures('84,000', 84000, false);
		expect(
			round.every((f) => /^\d{2,3},000$/.test(f) && /^\d[1-9]?0*$/.test(f.replace(/,/g, '')))
		).toBe(true);
		// "1692" without a comma: "2,471" beside it would stand out.
		expect(nearFigures('1692', 1692, false).every((f) => /^\d+$/.test(f))).toBe(true);
		// "1.8 million": one decimal and the scale word, never "1,001.6" or "2,700,000".
		expect(nearFigures('1.8 million', 1.8e6, false).every((f) => /^\d+\.\d million$/.test(f))).toBe(
			true
		);
		// A whole figure beside "1.5 million" is "1 million", never "1.0 million".
		expect(nearFigures('1.5 million', 1.5e6, false).some((f) => /\.0\b/.test(f))).toBe(false);
		// A round key's wrong figures are round: 60, 70, 80 under 100, not 56 or 63.
		expect(nearFigures('100', 100, false).every((f) => Number(f) % 10 === 0)).toBe(true);
	});
	it('tells a share by its text or by the noun it counts', () => {
		expect(isPercent('35 percent')).toBe(true);
		expect(isPercent('35%')).toBe(true);
		expect(isPercent('35', 'per cent of voters')).toBe(true);
		expect(isPercent('35', 'seats')).toBe(false);
	});
});

describe('plausibleFigure', () => {
	it('keeps a share near the key and under 100', () => {
		expect(plausibleFigure(30, 35, true)).toBe(true);
		// Within about a fifth of the key, three points at least: 46 beside 89 (a share of
		// another group) or 60 beside 44 stand apart from any share the poll could give.
		expect(plausibleFigure(30, 41, true)).toBe(false);
		expect(plausibleFigure(89, 46, true)).toBe(false);
		expect(plausibleFigure(44, 60, true)).toBe(false);
		expect(plausibleFigure(89, 80, true)).toBe(true);
		expect(plausibleFigure(5, 7.8, true)).toBe(true);
		expect(plausibleFigure(30, 4, true)).toBe(false);
		expect(plausibleFigure(30, 61, true)).toBe(false);
		expect(plausibleFigure(65, 130, true)).toBe(false);
		expect(plausibleFigure(30, 30, true)).toBe(false);
	});
	it('keeps a count of the same order', () => {
		expect(plausibleFigure(25, 33, false)).toBe(true);
		expect(plausibleFigure(25, 12, false)).toBe(true);
		expect(plausibleFigure(25, 435, false)).toBe(false);
		expect(plausibleFigure(25, 2, false)).toBe(false);
	});
});

describe('figures the sentence allows, in the key’s case', () => {
	it('writes a number word with the key’s capital or without it', () => {
		expect(inStyleOf('Six', '7')).toBe('Seven');
		expect(inStyleOf('six', 'Seven')).toBe('seven');
		expect(inStyleOf('Six', 'eight')).toBe('Eight');
		expect(inStyleOf('25', '30')).toBe('30');
	});
	it('reads the second figure of a score, and a majority or minority, as bounded', () => {
		// The leader's rival has less: 52, 55 or 60 beside "leads 49 to" are ruled out.
		const rival = figureBounds('Roe leads Poe 49 to ', ' among likely voters.');
		expect(rival).toEqual({ max: 49 });
		expect(withinBounds('52', rival)).toBe(false);
		expect(withinBounds('44', rival)).toBe(true);
		// The trailer's rival has more, and two shares of one poll add up to 100 at most.
		expect(figureBounds('Roe trails Poe 44 percent to ', ' percent.')).toEqual({
			min: 44,
			max: 56.5
		});
		expect(figureBounds('Roe, who lost in 2012, leads Poe 44 percent to ', ' percent.')).toEqual({
			max: 44
		});
		expect(figureBounds('Roe, who won in 2012, trails Poe 44 percent to ', ' percent.')).toEqual({
			min: 44,
			max: 56.5
		});
		// "Edging" leaves the rival a few points below.
		const edged = figureBounds('Roe won the state, edging Poe, 46 to ', ' percent.');
		expect(edged).toEqual({ min: 40.5, max: 46 });
		expect(withinBounds('50', edged)).toBe(false);
		expect(withinBounds('55', edged)).toBe(false);
		expect(withinBounds('44', edged)).toBe(true);
		// A score written with a dash between two shares is a score too: "leads Poe, ____%-35%".
		const dashed = figureBounds('Roe leads Poe, ', '%-35%, among young voters.');
		expect(dashed).toEqual({ min: 35, max: 65.5 });
		expect(withinBounds('69%', dashed)).toBe(false);
		expect(figureBounds('Roe trails Poe, 44%-', '%, among women.')).toEqual({
			min: 44,
			max: 56.5
		});
		// A range of shares with no verb of leading stays unbounded.
		expect(figureBounds('Rates rose ', '%-15% last year.')).toEqual({});
		// A score with no verb of winning or losing says nothing about the order.
		expect(figureBounds('The vote was 44 to ', ' in the end.')).toEqual({});
		// A majority is above half, a minority below; a Majority Leader is a title.
		expect(figureBounds('A majority (', '%) backed the plan.')).toEqual({ min: 50 });
		expect(figureBounds('Voters backed it, ', ' percent, a clear majority.')).toEqual({ min: 50 });
		expect(figureBounds('A minority, ', ' percent, opposed it.')).toEqual({ max: 50 });
		expect(figureBounds('Majority Leader Ann Roe said ', ' percent backed it.')).toEqual({});
	});
	it('reads a rival’s share after its name, and a lead written as a noun', () => {
		// "60 percent to Poe's 41 percent" adds up to more than a whole poll.
		const named = figureBounds(
			'The poll showed Roe leading with ',
			" percent to Poe's 41 percent."
		);
		expect(named).toEqual({ min: 41, max: 59.5 });
		expect(withinBounds('60', named)).toBe(false);
		expect(withinBounds('46', named)).toBe(true);
		// "a four-point lead": the leader's share is above the rival's, so 37.2 beside 42.1 is out.
		const lead = figureBounds(
			'The poll gives Roe a four-point lead, with ',
			' percent to Ann Poe’s 42.1 percent.'
		);
		expect(lead).toEqual({ min: 42.1, max: 58.4 });
		expect(withinBounds('37.2', lead)).toBe(false);
		expect(withinBounds('50.2', lead)).toBe(true);
		// "to lead" is no lead; "from 40 percent to 46 percent" is a change, not two shares.
		expect(figureBounds('Roe, hoping to lead, got ', " percent to Poe's 41 percent.")).toEqual({});
		expect(figureBounds('Her share rose from ', ' percent to 46 percent.')).toEqual({});
	});
	it('keeps a clock hour at 12 or under', () => {
		const hour = figureBounds('She wrote at about ', ' p.m. Friday.');
		expect(hour).toEqual({ max: 12.5 });
		expect(withinBounds('14', hour)).toBe(false);
		expect(withinBounds('9', hour)).toBe(true);
		expect(figureBounds('The count starts at ', " o'clock.")).toEqual({ max: 12.5 });
		// A count of p.m. shifts is no hour.
		expect(figureBounds('She worked ', ' shifts after 5 p.m.')).toEqual({});
	});
	it('keeps a total the sentence breaks down above the part it names', () => {
		const total = figureBounds('The poll surveyed ', ' adults nationwide, including 848 voters.');
		expect(total).toEqual({ min: 848 });
		expect(withinBounds('602', total)).toBe(false);
		expect(withinBounds('1,250', total)).toBe(true);
		expect(totalOfPart(' people, among them 12 children')).toEqual({ min: 12 });
		// A share names no part of a whole; nor does a later clause.
		expect(totalOfPart(' percent, including 12 percent of men')).toEqual({});
		expect(totalOfPart(' people came; including 12 children')).toEqual({});
	});
	it('reads a floor or a ceiling in the hedge right before the gap', () => {
		// "more than ____ volunteers" keyed 12: a smaller figure follows from the key.
		expect(hedgeBounds('The drive drew more than ', 12)).toEqual({ min: 12 });
		expect(hedgeBounds('Signing the letter were well over ', 12)).toEqual({ min: 12 });
		expect(hedgeBounds('The fund needs at least $', 5e6)).toEqual({ min: 5e6 });
		// "no more than" is a ceiling, though it ends in "more than".
		expect(hedgeBounds('The clinic saw no more than ', 30)).toEqual({ max: 30 });
		expect(hedgeBounds('Fewer than ', 40)).toEqual({ max: 40 });
		// An estimate, a top the count reaches, or a word that only ends in a hedge: no bound.
		// Words that qualify the figure leave the hedge on it.
		expect(hedgeBounds('He has given more than a combined $', 23e6)).toEqual({ min: 23e6 });
		expect(hedgeBounds('The fair drew over an estimated ', 500)).toEqual({ min: 500 });
		expect(hedgeBounds('The fund holds more than the $', 5)).toEqual({ min: 5 });
		expect(hedgeBounds('More than doubled to ', 12)).toEqual({});
		expect(hedgeBounds('The drive drew about ', 12)).toEqual({});
		expect(hedgeBounds('The drive drew up to ', 12)).toEqual({});
		expect(hedgeBounds('The rally was moved over ', 12)).toEqual({ min: 12 });
		expect(hedgeBounds('The crowd took the Rover ', 12)).toEqual({});
	});
	it('reads a figure in dozens at its value, and joins two sets of bounds', () => {
		expect(withinBounds('half a dozen', { min: 12 })).toBe(false);
		expect(withinBounds('two dozen', { min: 12 })).toBe(true);
		expect(withinBounds('two dozen', { max: 12 })).toBe(false);
		expect(boundsBoth({ min: 41, max: 59.5 }, { min: 46 })).toEqual({ min: 46, max: 59.5 });
		expect(boundsBoth({}, { max: 30 })).toEqual({ max: 30 });
		expect(boundsBoth({}, {})).toEqual({});
	});
	it('reads bounds a comparison in the sentence sets', () => {
		const led = figureBounds('Voters favored the party ', ' percent to 41 percent, the poll said.');
		// Two shares of one poll: above 41, and at most 59 beside it.
		expect(led).toEqual({ min: 41, max: 59.5 });
		expect(withinBounds('39', led)).toBe(false);
		expect(withinBounds('46', led)).toBe(true);
		expect(withinBounds('59', led)).toBe(true);
		expect(withinBounds('60', led)).toBe(false);
		expect(withinBounds('70', led)).toBe(false);
		// Seats, not shares, need not add up to anything.
		expect(figureBounds('The party won ', ' seats to 41 for its rival.')).toEqual({});
		expect(figureBounds('The party beat its rival ', ' to 41 in the vote.')).toEqual({ min: 41 });
		// "Edging" leads by a little: above 45, and not by 10 points.
		const edging = figureBounds('Roe had ', " percent, edging Poe's 45 percent.");
		expect(edging).toEqual({ min: 45, max: 50.5 });
		expect(figureBounds('Roe had ', " percent, beating Poe's 45 percent.")).toEqual({ min: 45 });
		expect(figureBounds('Roe narrowly led ', ' percent to 44 percent.')).toEqual({
			min: 44,
			max: 49.5
		});
		// A share of a whole the sentence names: "nearly half of its $1.1 billion" is at most
		// 550 million, so "1,001.6 million" (double a key of 500.8 million) is ruled out.
		const part = figureBounds(
			'The agency spent $',
			' million, nearly half of its $1.1 billion budget, on ads.'
		);
		expect(part).toEqual({ min: 330e6, max: 550e6 });
		expect(withinBounds('1,001.6 million', part)).toBe(false);
		expect(withinBounds('420.5 million', part)).toBe(true);
		const inWindow = figuresWithin('500.8 million', 500.8e6, part);
		expect(inWindow.length).toBeGreaterThanOrEqual(2);
		expect(inWindow.every((f) => /^\d+\.\d million$/.test(f) && withinBounds(f, part))).toBe(true);
		expect(partOfWhole('a third of the 90 seats')).toEqual({ min: 21, max: 39 });
		expect(partOfWhole('of the seats')).toEqual({});
		// Bounds with a scale word are in units, as the choices are read.
		const beat = figureBounds('Roe beat Poe ', ' to 900,000.');
		expect(beat).toEqual({ min: 900000 });
		expect(withinBounds('1.2 million', beat)).toBe(true);
		expect(withinBounds('800,000', beat)).toBe(false);
		expect(figureBounds('Roe beat Poe ', ' to 9 million.')).toEqual({ min: 9e6 });
		// In so narrow a window every whole figure is a choice the word allows.
		expect(figuresWithin('48', 48, edging)).toEqual(['47', '49', '46', '50']);
		// Trailing 52 percent of one poll leaves at most 48.
		expect(figureBounds('Roe trailed ', ' percent to 52 percent.')).toEqual({ max: 48.5 });
		expect(figureBounds('Roe trailed with ', ' to 52 in the count.')).toEqual({ max: 52 });
		const states = figureBounds('Laws passed in ', ' of the 50 states.');
		expect(withinBounds('fifty', states)).toBe(true);
		expect(withinBounds('56', states)).toBe(false);
		// A whole in words, after "past" or "last": more of six than six cannot be right.
		const cycles = figureBounds('The poll has called the winner in ', ' of the past six races.');
		expect(cycles).toEqual({ max: 6.5 });
		expect(['four', 'six', 'seven', 'ten'].filter((f) => withinBounds(f, cycles))).toEqual([
			'four',
			'six'
		]);
		expect(figureBounds('Roe won ', ' of her last 12 appeals.')).toEqual({ max: 12.5 });
		// Each count up to the whole, nearest the key first, in the key's style.
		expect(figuresWithin('five', 5, cycles)).toEqual(['six', 'four', 'three', 'two', 'one']);
		expect(figureBounds('Prices rose ', ' percent in May.')).toEqual({});
		// More figures on the allowed side make up for those the bounds rule out.
		const more = figuresWithin('53', 53, led);
		expect(more.length).toBeGreaterThan(1);
		expect(more.every((f) => Number(f) > 41)).toBe(true);
		expect(figuresWithin('53', 53, {})).toEqual([]);
		// "spent over $____" keyed "$2 million": only figures above it are wrong, three of them
		// and none past two and a half times the key.
		const floor = figuresWithin('$2 million', 2e6, hedgeBounds('spent over $', 2e6));
		const millions = [...new Set(floor)].map((f) => Number(f.replace(/[^\d.]/g, '')));
		expect(millions.length).toBeGreaterThanOrEqual(3);
		expect(millions.every((m) => m > 2 && m <= 5)).toBe(true);
		// Between two bounds the window's own neighbours: 46 against 41 gets 43, 49, 53 …, never 70.
		const window = figuresWithin('46', 46, led);
		expect(window.length).toBeGreaterThanOrEqual(3);
		expect(window.every((f) => Number(f) > 41 && Number(f) < 60 && f !== '46')).toBe(true);
	});
});

describe('choices that are whole names', () => {
	it('drops a piece of a longer name, a fused adjective and a list line', () => {
		const text = 'The National Economic Council met. A Republican said the Oval Office would call.';
		expect(wholeName('Economic Council', text)).toBe(false);
		expect(wholeName('National Economic Council', text)).toBe(true);
		expect(wholeName('Republican Oval Office', text)).toBe(false);
		expect(wholeName('Economic Council', 'The Economic Council met.')).toBe(true);
		// A body's name "of" a list in capitals, cut at its first comma.
		const agency = 'The Bureau of Salt, Pepper, Mustard and Spices traced the shipment.';
		expect(wholeName('Bureau of Salt', agency)).toBe(false);
		expect(wholeName('Bureau of Salt', 'The Bureau of Salt, officials said, traced it.')).toBe(
			true
		);
		expect(pickDistractors('Ann Roe', ['- Dick has been…', 'Sam Poe'], 3)).toEqual(['Sam Poe']);
	});
	it('reads the story for a name once, however many gaps offer it', () => {
		const text = 'The National Economic Council met. A Republican said the Oval Office would call.';
		expect(wholeName('Economic Council', text)).toBe(false);
		const matchAll = vi.spyOn(String.prototype, 'matchAll');
		expect(wholeName('Economic Council', text)).toBe(false);
		const searched = matchAll.mock.calls.length;
		matchAll.mockRestore();
		expect(searched).toBe(0);
	});
	it('drops a body’s name the story always runs on after "of", "of the" or "on"', () => {
		const text =
			'The Joint Committee on Taxation scored the bill. The U.S. Department of the Treasury agreed. The Harbour Board on Monday agreed.';
		expect(wholeName('Joint Committee', text)).toBe(false);
		expect(wholeName('U.S. Department', text)).toBe(false);
		expect(wholeName('Joint Committee on Taxation', text)).toBe(true);
		// A day after "on" is no part of the name.
		expect(wholeName('Harbour Board', text)).toBe(true);
		// Once alone is enough: the story uses the short name itself.
		expect(wholeName('Joint Committee', `${text} The Joint Committee later agreed.`)).toBe(true);
	});
	it('drops a name the story always runs on in a number: a bill’s name without its number', () => {
		const text = 'Senate Bill 1062 passed on Tuesday. The governor vetoed Senate Bill 1062 later.';
		expect(wholeName('Senate Bill', text)).toBe(false);
		expect(wholeName('Senate Bill 1062', text)).toBe(true);
		expect(wholeName('Senate Bill', `${text} Senate Bill No. 3 failed.`)).toBe(false);
		// A year after a comma is no part of it.
		expect(wholeName('Harbour Board', 'The Harbour Board, 2019 and after, grew.')).toBe(true);
	});
});
