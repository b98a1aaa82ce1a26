import { describe, expect, it } from 'vitest';
import {
	anBeforeNumber,
	bareAnaphor,
	commonOpening,
	cutBeforeAs,
	cutInList,
	endsCut,
	mereCircumstance,
	opensAsFragment,
	pointsBack,
	surnameSpeaks,
	unresolvedSubject,
	withoutOpeningAdverb
} from './cause-whole';

describe('withoutOpeningAdverb', () => {
	it('drops a linking adverb that opens the reported clause', () => {
		expect(withoutOpeningAdverb('More importantly, the ferry union is worried')).toBe(
			'the ferry union is worried'
		);
		expect(withoutOpeningAdverb('Not long ago, the mill closed its gates')).toBe(
			'the mill closed its gates'
		);
		expect(withoutOpeningAdverb('However, Ana Ruiz stayed on the board')).toBe(
			'Ana Ruiz stayed on the board'
		);
	});
	it('keeps a clause that opens with a subject', () => {
		expect(withoutOpeningAdverb('Meadows closed the mill')).toBe('Meadows closed the mill');
	});
});

describe('surnameSpeaks', () => {
	it('reads a capitalised plural that says something as a surname', () => {
		expect(surnameSpeaks('Banks said the pier was unsafe')).toBe(true);
		expect(surnameSpeaks('Fields told reporters the vote was close')).toBe(true);
	});
	it('leaves a plural noun that does something else', () => {
		expect(surnameSpeaks('Ferries stopped running at noon')).toBe(false);
	});
});

describe('endsCut', () => {
	it('finds a phrase cut before its noun or its verb', () => {
		expect(endsCut('the worst storm on the dangerous')).toBe(true);
		expect(endsCut('the years they had spent at the low-roofed')).toBe(true);
		expect(endsCut('the plans that towns offered in the spring would')).toBe(true);
		expect(endsCut('current rules allow only those')).toBe(true);
		expect(endsCut('this was one of the last')).toBe(true);
		// Cut at a dash before what the provisions do, or before a list's last item.
		expect(endsCut('spending cuts in the harbour bill and provisions to')).toBe(true);
		expect(endsCut('the pilots, the dock crews and')).toBe(true);
		expect(endsCut('the board met with')).toBe(true);
	});
	it('keeps whole phrases and predicate adjectives', () => {
		expect(endsCut('the talks between the two unions were tense')).toBe(false);
		expect(endsCut('the village mourned the dead')).toBe(false);
		expect(endsCut('a storm flooded the harbour road')).toBe(false);
	});
});

describe('cutInList', () => {
	const s = 'The town mourned after the worst flood on the northern, eastern and western shores.';
	it('finds a phrase that stops at the first item of a list', () => {
		expect(cutInList(s, 'the worst flood on the northern')).toBe(true);
	});
	it('leaves a phrase followed by a clause', () => {
		expect(cutInList('The mill closed after the storm, which flooded the road.', 'the storm')).toBe(
			false
		);
	});
});

describe('opensAsFragment', () => {
	it('finds a question word or a conjunction opening the phrase', () => {
		expect(opensAsFragment('What pumps are used to clear the flooded road')).toBe(true);
		expect(opensAsFragment('Or just two weeks to rebuild the pier')).toBe(true);
		expect(opensAsFragment('Of the three harbour towns')).toBe(true);
		expect(opensAsFragment('the council voted to rebuild the pier')).toBe(false);
	});
});

describe('bareAnaphor', () => {
	it('finds a key that only points back to an act', () => {
		expect(bareAnaphor('the move')).toBe(true);
		expect(bareAnaphor('the decision')).toBe(true);
		expect(bareAnaphor('it')).toBe(true);
	});
	it('keeps a key that names the act', () => {
		expect(bareAnaphor('the decision to close the ferry terminal')).toBe(false);
		expect(bareAnaphor('the storm')).toBe(false);
	});
});

describe('mereCircumstance', () => {
	it('finds an occasion as the cause after "amid"', () => {
		expect(mereCircumstance('the celebration')).toBe(true);
		expect(mereCircumstance("the town's harvest festival")).toBe(true);
	});
	it('finds an occasion told with what it is of or where, and the pomp of one', () => {
		expect(mereCircumstance('the solemn pomp of a royal wedding')).toBe(true);
		expect(mereCircumstance('the ceremony at the new harbour')).toBe(true);
		expect(mereCircumstance('the festivities marking the bridge opening')).toBe(true);
	});
	it('keeps an event that can cause one', () => {
		expect(mereCircumstance('growing anger over the closures')).toBe(false);
		// An act at an occasion is an event of its own.
		expect(mereCircumstance('the shooting at the harbour festival')).toBe(false);
		expect(mereCircumstance('a walkout during the ceremony')).toBe(false);
	});
});

describe('unresolvedSubject', () => {
	it('finds a quantifier or pronoun standing as the subject', () => {
		expect(unresolvedSubject('both were leaving the race')).toBe(true);
		expect(unresolvedSubject('many have left the port')).toBe(true);
		expect(unresolvedSubject('they closed the pier')).toBe(true);
	});
	it('keeps a quantifier before its noun', () => {
		expect(unresolvedSubject('both unions were leaving the talks')).toBe(false);
	});
});

describe('endsCut and object pronouns', () => {
	it('keeps a phrase ending on "her" or "this" as an object', () => {
		expect(endsCut('the board asked whether the pilot had pushed her')).toBe(false);
		expect(endsCut('nobody on the council expected this')).toBe(false);
	});
});

describe('pointsBack', () => {
	it('finds a key that names an earlier act by a pointer', () => {
		expect(pointsBack('the appeals court refused to reconsider the decision')).toBe(true);
		expect(pointsBack('the appeals court refused to hear the levy case')).toBe(false);
	});
});

describe('commonOpening', () => {
	const text =
		'Big ships left the harbour. The board said big storms were coming. Reporter Ana Banks said the pier was closed. ' +
		'Banks left early. A reporter asked why. Farmers worked the banks of the river.';
	it('lowercases a common word the article writes in lower case inside sentences', () => {
		expect(commonOpening('Big ships left the harbour', text)).toBe('big ships left the harbour');
	});
	it('keeps a name the article capitalises inside a sentence, and a title before a name', () => {
		expect(commonOpening('Banks left early', text)).toBe('Banks left early');
		expect(commonOpening('Reporter Ana Banks said', text)).toBe('Reporter Ana Banks said');
	});
	it('keeps a word the article never writes in lower case', () => {
		expect(commonOpening('Farmers worked the banks', 'Farmers worked the banks.')).toBe(
			'Farmers worked the banks'
		);
	});
});

describe('cutBeforeAs', () => {
	const s = 'The union is worried because the new rota has been interpreted as a cut in pay.';
	it('finds a passive verb cut before its "as"', () => {
		expect(cutBeforeAs(s, 'the new rota has been interpreted')).toBe(true);
	});
	it('finds a verb of describing cut before its "as"', () => {
		const d =
			'Mayor Ruiz last year explained that she refuses to describe the strikers as a criminal gang.';
		expect(
			cutBeforeAs(d, 'Mayor Ruiz last year explained that she refuses to describe the strikers')
		).toBe(true);
		expect(cutBeforeAs(d, 'she refuses to describe the strikers as a criminal gang')).toBe(false);
		// "as" after another verb ("resigned as chair") is the phrase's own.
		expect(cutBeforeAs('Ruiz resigned as chair of the board.', 'Ruiz resigned')).toBe(false);
	});
	it('leaves the phrase that keeps its "as", or a passive with no "as" after it', () => {
		expect(cutBeforeAs(s, 'the new rota has been interpreted as a cut in pay')).toBe(false);
		expect(
			cutBeforeAs('The pier closed because the wall was damaged.', 'the wall was damaged')
		).toBe(false);
	});
});

describe('anBeforeNumber', () => {
	it('writes "an" before a number said with a vowel first', () => {
		expect(anBeforeNumber('a 1898 court ruling held that Roe was a resident')).toBe(
			'an 1898 court ruling held that Roe was a resident'
		);
		expect(anBeforeNumber('a 8 percent rise in fares')).toBe('an 8 percent rise in fares');
		expect(anBeforeNumber('a 11-day strike closed the pier')).toBe(
			'an 11-day strike closed the pier'
		);
	});
	it('leaves "a" before other numbers', () => {
		expect(anBeforeNumber('a 1952 court ruling')).toBe('a 1952 court ruling');
		expect(anBeforeNumber('a 110-page report')).toBe('a 110-page report');
		expect(anBeforeNumber('a 1,800-ton ferry')).toBe('a 1,800-ton ferry');
	});
});
