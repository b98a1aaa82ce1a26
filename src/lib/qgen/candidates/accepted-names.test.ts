import { describe, expect, it } from 'vitest';
import { clozeMatches } from '$lib/quiz/grade';
import {
	buildingForms,
	departmentForms,
	givenNameForms,
	lastWordForms,
	onePlaceWordForms,
	middleNameForms,
	namedForPersonForms,
	placePrefixForms,
	schoolNameForms,
	shortPersonForms,
	withoutLegalSuffix
} from './accepted-names';
import { acceptedForms } from './cloze';

describe('departmentForms', () => {
	it('gives a department its abbreviated head noun and its initials', () => {
		expect(departmentForms('Department of Harbours', '')).toEqual(['Harbours Dept.', 'DOH']);
		expect(departmentForms('Department of the Interior', '')).toEqual(['Interior Dept.', 'DOI']);
		// A longer field drops the letter of "of": "DHS" for Homeland Security.
		expect(departmentForms('Department of Coastal Safety', '')).toEqual([
			'Coastal Safety Dept.',
			'DCS'
		]);
		// "Harbours Department": the initials only where the story writes "Department of Harbours".
		expect(departmentForms('Harbours Department', 'The Department of Harbours met.')).toEqual([
			'Harbours Dept.',
			'DOH'
		]);
		expect(departmentForms('Riverton Fire Department', 'The fire was out.')).toEqual([
			'Riverton Fire Dept.'
		]);
		expect(departmentForms('Harbour Safety Board', '')).toEqual([]);
	});
	it('lets a typed gap keyed on a department take its short forms', () => {
		const view = { canon: (n: string) => n, people: [] };
		const text = 'The Department of Harbours opened an inquiry on Monday.';
		const accepted = acceptedForms('Department of Harbours', 'org', view, text);
		for (const typed of ['DOH', 'Harbours Dept.', 'Dept. of Harbours', 'the Harbours Department'])
			expect(clozeMatches(accepted, typed)).toBe(true);
		expect(clozeMatches(accepted, 'Harbour Board')).toBe(false);
	});
});

describe('middleNameForms', () => {
	it('takes the middle name or initial the story writes between the key’s first and last names', () => {
		const text =
			'Jane Holloway spoke first. Later, Jane Marsh Holloway and Sam T. Okafor left the hall.';
		expect(middleNameForms('Jane Holloway', text)).toEqual(['Jane Marsh Holloway']);
		expect(middleNameForms('Sam Okafor', text)).toEqual(['Sam T. Okafor']);
		// Nothing the story does not write, and no other person's words between the names.
		expect(middleNameForms('Ann Okafor', text)).toEqual([]);
		expect(middleNameForms('Jane Holloway', 'Jane and Tom Holloway left.')).toEqual([]);
	});
	it('lets a typed gap keyed on a person take the story’s fuller name and its given name alone', () => {
		const view = { canon: (n: string) => n, people: ['Jane Holloway', 'Sam Okafor'] };
		const text =
			'Jane Marsh Holloway won the vote. Jane said she would serve a full term. Sam Okafor lost.';
		const accepted = acceptedForms('Jane Holloway', 'person', view, text);
		for (const typed of ['Jane Holloway', 'Holloway', 'Jane Marsh Holloway', 'Jane'])
			expect(clozeMatches(accepted, typed)).toBe(true);
		// A given name the story never writes alone is not offered.
		expect(acceptedForms('Sam Okafor', 'person', view, text)).not.toContain('Sam');
	});
});

describe('buildingForms', () => {
	it('calls a hill or a building named for a building by that building, where the story does', () => {
		const text = 'Lawmakers met at the Statehouse before the vote. The Statehouse Police stood by.';
		expect(buildingForms('Statehouse Hill', text)).toEqual(['the Statehouse']);
		expect(buildingForms('the Statehouse Building', text)).toEqual(['the Statehouse']);
		// Only "the Statehouse Police": the word alone is the first word of another name.
		expect(buildingForms('Statehouse Hill', 'The Statehouse Police stood by.')).toEqual([]);
		// A hill not named for a building the story writes alone keeps its own name only.
		expect(buildingForms('Signal Hill', text)).toEqual([]);
		expect(buildingForms('Statehouse Square', text)).toEqual([]);
	});
	it('lets a typed gap keyed on the hill take the building', () => {
		const view = { canon: (n: string) => n, people: [] };
		const text = 'Lawmakers met at the Statehouse before the vote on Statehouse Hill.';
		const accepted = acceptedForms('Statehouse Hill', 'place', view, text);
		expect(clozeMatches(accepted, 'the Statehouse')).toBe(true);
		expect(clozeMatches(accepted, 'Statehouse')).toBe(true);
	});
});

describe('acceptedForms: a lawmaker’s state is no short form', () => {
	it('takes no "S.C." from "R-S.C." as the initials of a body the story names', () => {
		const view = { canon: (n: string) => n, people: [] };
		const text =
			'Sen. Ann Roe (R-S.C.) said the Supreme Court would rule. Rep. Tom Poe, D-SC, agreed.';
		const accepted = acceptedForms('Supreme Court', 'org', view, text);
		expect(accepted).not.toContain('S.C.');
		expect(accepted).not.toContain('SC');
		// Written as a short form of its own, the initials still count.
		expect(
			acceptedForms('United Nations', 'org', view, 'The U.N. met. The United Nations voted.')
		).toContain('U.N.');
	});
});

describe('shorter forms a reader types for a long name', () => {
	it('drops a company’s legal form', () => {
		expect(withoutLegalSuffix('Harbour Widget Inc.')).toEqual(['Harbour Widget']);
		expect(withoutLegalSuffix('Harbour Widget Corp')).toEqual(['Harbour Widget']);
		expect(withoutLegalSuffix('Harbour Widget Group')).toEqual([]);
	});
	it('gives a person of three names by first name and surname, without a leading initial', () => {
		expect(shortPersonForms('Dana Lorne Whitfield')).toEqual(['Dana Whitfield']);
		expect(shortPersonForms('T. Dana Whitfield')).toEqual(['Dana Whitfield']);
		expect(shortPersonForms('Dana Whitfield III')).toEqual(['Dana Whitfield']);
		// A particle belongs to the surname: "Ana de Souza" is no "Ana Souza".
		expect(shortPersonForms('Ana de Souza')).toEqual([]);
		expect(shortPersonForms('Dana Whitfield')).toEqual([]);
	});
	it('takes a team’s plural last word only where the story writes it alone', () => {
		const text = 'The Riverton Rovers won again. Fans said the Rovers deserved it.';
		expect(lastWordForms('Riverton Rovers', text)).toEqual(['Rovers', 'the Rovers']);
		expect(lastWordForms('Riverton Rovers', 'The Riverton Rovers won again.')).toEqual([]);
		// "the House" in a story that also names the White House is another body.
		expect(lastWordForms('White House', 'The White House and the House met.')).toEqual([]);
	});
	it('lets a typed gap take them, and never a word of the name as its short form', () => {
		const view = { canon: (s: string) => s, people: ['Dana Lorne Whitfield'] };
		const text =
			'The U.S. Shipyard hired. Harbour Widget Inc. paid. Dana Lorne Whitfield spoke; the Riverton Rovers and the Rovers’ fans cheered.';
		const board = acceptedForms('U.S. Shipyard', 'org', view, text);
		expect(board).not.toContain('U.S.');
		expect(board).not.toContain('US');
		expect(
			clozeMatches(acceptedForms('Harbour Widget Inc.', 'org', view, text), 'Harbour Widget')
		).toBe(true);
		expect(
			clozeMatches(acceptedForms('Dana Lorne Whitfield', 'person', view, text), 'Dana Whitfield')
		).toBe(true);
	});
});

describe('placePrefixForms', () => {
	const view = { canon: (n: string) => n, people: ['Ann Roe'] };
	it('lets a body named after a country or state be typed with its initials or its own word', () => {
		const text =
			'Ms. Roe, a teacher now running for the United States Senate, spoke first. The race for the Senate is close.';
		// Read as a place or as a body, the key takes the forms a reader types.
		for (const kind of ['place', 'org'] as const) {
			const accepted = acceptedForms('United States Senate', kind, view, text);
			for (const typed of ['Senate', 'the Senate', 'U.S. Senate', 'US Senate'])
				expect(clozeMatches(accepted, typed)).toBe(true);
			// Never a form cut inside the place's own name.
			expect(clozeMatches(accepted, 'States Senate')).toBe(false);
		}
		const dotted = acceptedForms('U.S. Senate', 'org', view, text);
		for (const typed of ['Senate', 'US Senate']) expect(clozeMatches(dotted, typed)).toBe(true);
	});
	it('gives a state’s body its own word alone, even where the story never writes it so', () => {
		const text = 'She joined the New Hampshire Senate in May. The Senate Finance Committee met.';
		expect(placePrefixForms('New Hampshire Senate', text)).toEqual([
			'N.H. Senate',
			'NH Senate',
			'Senate',
			'the Senate'
		]);
		expect(placePrefixForms('Riverton Senate', text)).toEqual([]);
		// No made-up initials of the place and the one word ("NHS"; "USS" for the U.S. Senate).
		const view = { canon: (n: string) => n, people: [] };
		expect(acceptedForms('New Hampshire Senate', 'org', view, text)).not.toContain('NHS');
	});
});

describe('onePlaceWordForms', () => {
	const view = { canon: (n: string) => n, people: [] };
	it('accepts a team of a one-word place by its own plural name, which any reader types', () => {
		const text = 'The Ohio Otters lost their third game in a row on Sunday night.';
		const accepted = acceptedForms('Ohio Otters', 'org', view, text);
		for (const typed of ['Otters', 'the Otters']) expect(clozeMatches(accepted, typed)).toBe(true);
		// Never the place's initial before the own word.
		expect(clozeMatches(accepted, 'O. Otters')).toBe(false);
	});
	it('accepts a state’s chamber by its own word and other bodies only where the story says so', () => {
		expect(onePlaceWordForms('Ohio Senate', 'She won a seat in the Ohio Senate.')).toEqual([
			'Senate',
			'the Senate'
		]);
		// A common English word after the place is no name of the body unless the story uses it.
		expect(onePlaceWordForms('Ohio Daily', 'The Ohio Daily printed the letter.')).toEqual([]);
		expect(
			onePlaceWordForms('Ohio Daily', 'The Ohio Daily printed it, and Daily editors were split.')
		).toEqual(['Daily', 'the Daily']);
		// A word opening a sentence is not the story writing the name alone.
		expect(
			onePlaceWordForms('Ohio Daily', 'The Ohio Daily printed it. Daily editors were split.')
		).toEqual([]);
		// Two-word places are placePrefixForms' own.
		expect(onePlaceWordForms('New Hampshire Senate', 'The New Hampshire Senate met.')).toEqual([]);
	});
});

describe('namedForPersonForms', () => {
	it('types a place named for a person by the surname and the place’s word', () => {
		expect(namedForPersonForms('Lena Okafor Park')).toEqual(['Okafor Park']);
		expect(namedForPersonForms('the Lena Okafor Airport')).toEqual(['Okafor Airport']);
		// Not a place named for a place, nor a head word standing where the surname would.
		expect(namedForPersonForms('New Hampshire Park')).toEqual([]);
		expect(namedForPersonForms('Union Square Park')).toEqual([]);
		expect(namedForPersonForms('Lena Okafor Foundation')).toEqual([]);
	});
	it('lets the gap take that form and no made-up initials', () => {
		const view = { canon: (n: string) => n, people: ['Lena Okafor'] };
		const text = 'Crowds gathered in Lena Okafor Park on Sunday.';
		const accepted = acceptedForms('Lena Okafor Park', 'place', view, text);
		expect(clozeMatches(accepted, 'Okafor Park')).toBe(true);
		// The list a teacher reads and an export matches: no initials the story never writes.
		expect(accepted).not.toContain('LOP');
	});
});

describe('givenNameForms', () => {
	it('takes another outlet’s form of the given name the story writes', () => {
		const text = 'Zachary Roe was hurt.\n\nThe attack injured Zack Roe, an aide.';
		expect(givenNameForms('Zachary Roe', text)).toEqual(['Zack Roe']);
		expect(givenNameForms('Zack Roe', text)).toEqual(['Zachary Roe']);
		// Another given name is another person; a form the story never writes is not offered.
		expect(givenNameForms('Zachary Roe', 'Zachary Roe and Zoe Roe were hurt.')).toEqual([]);
	});
});

describe('schoolNameForms', () => {
	it('gives a school named for a person its name alone, not one named for a place', () => {
		expect(schoolNameForms('Okafor University')).toEqual(['Okafor']);
		expect(schoolNameForms('Lena Okafor College')).toEqual(['Lena Okafor']);
		expect(schoolNameForms('Boston University')).toEqual([]);
		expect(schoolNameForms('Okafor Institute')).toEqual([]);
	});
	it('lets the gap take it', () => {
		const view = { canon: (n: string) => n, people: [] };
		const text = 'She teaches at Okafor University in the city.';
		expect(clozeMatches(acceptedForms('Okafor University', 'org', view, text), 'Okafor')).toBe(
			true
		);
	});
	it('gives a place’s state school “X State”, and a name of two words that is no place', () => {
		expect(schoolNameForms('Exeter State University')).toEqual(['Exeter State']);
		expect(schoolNameForms('Mount Vale University')).toEqual(['Mount Vale']);
		expect(schoolNameForms('New York University')).toEqual([]);
		const view = { canon: (n: string) => n, people: [] };
		const text = 'The rally was held at Mount Vale University on Friday.';
		// Read as a place too, the school keeps its own name.
		expect(
			clozeMatches(acceptedForms('Mount Vale University', 'place', view, text), 'Mount Vale')
		).toBe(true);
	});
});

describe('a body’s head noun alone', () => {
	const view = { canon: (n: string) => n, people: [] };
	it('is no answer unless the story calls the body so (“Service” for a revenue service)', () => {
		const text = 'Officials at the Internal Levy Service declined to comment on Monday.';
		const forms = acceptedForms('Internal Levy Service', 'org', view, text);
		expect(clozeMatches(forms, 'Service')).toBe(false);
		expect(clozeMatches(forms, 'Levy Service')).toBe(true);
		const written = `${text} The Service later said it would review the files.`;
		expect(
			clozeMatches(acceptedForms('Internal Levy Service', 'org', view, written), 'Service')
		).toBe(true);
	});
});
