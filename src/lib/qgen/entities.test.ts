import { describe, expect, it } from 'vitest';
import type { Article } from '$lib/bank/schema';
import { findMentions, tokenize } from './entities';
import { segmentArticle } from './segment';

function mentions(text: string) {
	const a = { id: 'a', storyId: 's', title: 't', outlet: 'o', date: '2019-12-31', text } as Article;
	return findMentions(a, segmentArticle(a), tokenize(text));
}
const of = (text: string, kind: string) =>
	mentions(text)
		.filter((m) => m.kind === kind)
		.map((m) => text.slice(m.start, m.end));

const text = (t: string, m: { start: number; end: number }) => t.slice(m.start, m.end);

describe('findMentions', () => {
	it('finds people after titles, with their role, and later surname mentions', () => {
		const t =
			'Secretary of State Mike Pompeo met Defense Secretary Mark Esper in Baghdad. Esper said no.';
		expect(of(t, 'person')).toEqual(['Mike Pompeo', 'Mark Esper', 'Esper']);
		const roles = mentions(t)
			.filter((m) => m.kind === 'person' && m.role)
			.map((m) => m.role);
		expect(roles).toEqual(['Secretary of State', 'Defense Secretary']);
		expect(of(t, 'place')).toEqual(['Baghdad']);
	});
	it('keeps Arabic name particles and strips possessives', () => {
		const t =
			'Iraqi Prime Minister Adil Abd al-Mahdi spoke. The Kataib Hezbollah militia’s leaders left.';
		expect(of(t, 'person')).toEqual(['Adil Abd al-Mahdi']);
		expect(of(t, 'org')).toContain('Kataib Hezbollah');
	});
	it('never takes a sentence-opening function word into a name', () => {
		const t = 'Kim Jong-un spoke. So Kim is close to a weapon. Has Trump asked Jim Mattis?';
		const people = of(t, 'person');
		expect(people).not.toContain('So Kim');
		expect(people).not.toContain('Has Trump');
		expect(people).toContain('Jim Mattis');
	});
	it('never starts a name with a sentence-opening gerund or preposition', () => {
		const t =
			'Jim Mattis spoke. Following Mattis’s remarks, aides left. Despite Mattis’s plea, they went.';
		const people = of(t, 'person');
		expect(people.some((p) => /^(Following|Despite)\b/.test(p))).toBe(false);
		const greeted = 'Receiving French President Emmanuel Macron, Trump smiled.';
		expect(mentions(greeted).find((m) => m.kind === 'person')?.role).toBe('French President');
	});
	it('does not treat a bare honorific as a role', () => {
		const t = 'Mr. John Bolton spoke. Secretary of State Mike Pompeo agreed.';
		const roles = mentions(t)
			.filter((m) => m.kind === 'person')
			.map((m) => [text(t, m), m.role]);
		expect(roles).toEqual([
			['John Bolton', undefined],
			['Mike Pompeo', 'Secretary of State']
		]);
	});
	it('keeps outlets and watchdogs out of people, and reads "Agent" as a title', () => {
		const t =
			'The Wall Street Journal reported it first. KCNA Watch did not carry it. Chief Patrol Agent Rodney S. Scott spoke.';
		expect(of(t, 'person')).toEqual(['Rodney S. Scott']);
		expect(of(t, 'org')).toEqual(expect.arrayContaining(['Wall Street Journal', 'KCNA Watch']));
	});
	it('keeps title-case ordinary words out of people, but not unknown names', () => {
		const t =
			'He said Pyongyang will suspend all Nuclear Tests now. A reply came on Special Report today. A spokesman, Yoon Young-chan, welcomed it.';
		expect(of(t, 'person')).toEqual(['Yoon Young-chan']);
	});
	it('tells bodies from people by kind of name, not by a list of particular ones', () => {
		const t =
			'The Velmoran Brotherhood militia’s leaders met the VLDF and the Ministry of Tides. Jane Roe of the Roe campaign spoke.';
		expect(of(t, 'org')).toEqual(
			expect.arrayContaining(['Velmoran Brotherhood', 'VLDF', 'Ministry of Tides'])
		);
		expect(of(t, 'person')).toContain('Jane Roe');
		expect(of(t, 'person')).not.toContain('VLDF');
	});
	it('keeps an office named after "of" out of the name, and a possession out of the person', () => {
		const t =
			'Secretary of the Interior Jane Roe visited the dam. Director of National Intelligence Tom Hale spoke. Jane Roe’s Thanksgiving dinner was cancelled.';
		expect(of(t, 'person')).toEqual(['Jane Roe', 'Tom Hale', 'Jane Roe']);
		const roles = mentions(t)
			.filter((m) => m.kind === 'person' && m.role)
			.map((m) => m.role);
		expect(roles).toEqual(['Secretary of the Interior', 'Director of National Intelligence']);
		const staff =
			'White House Chief of Staff Rahm Okafor spoke. Then Assistant Secretary for Diplomatic Security Charlene Vale testified.';
		expect(of(staff, 'person')).toEqual(['Rahm Okafor', 'Charlene Vale']);
	});
	it('reads a street’s name as a place, never a person', () => {
		const t = 'Police said the shots were fired on Second Avenue near the Harbour Road bridge.';
		expect(of(t, 'person')).toEqual([]);
		expect(of(t, 'place')).toEqual(['Second Avenue', 'Harbour Road']);
	});
	it('never joins two names across a dash', () => {
		const t = 'The deal between Ann Hale -- Tom Vale and Lee Marsh - Jane Roe fell apart.';
		expect(of(t, 'person')).toEqual(['Ann Hale', 'Tom Vale', 'Lee Marsh', 'Jane Roe']);
	});
	it('finds quantities and dates together', () => {
		const t = 'On Sunday, at least 25 fighters were killed.';
		expect(of(t, 'date')).toEqual(['Sunday']);
		expect(of(t, 'quantity')).toEqual(['at least 25']);
	});
});

describe('findMentions: a body whose name has "and" in it', () => {
	it('keeps the whole name, not the part after "and"', () => {
		expect(
			of('The city said the Parks and Transport Authority would close the pier.', 'org')
		).toEqual(['Parks and Transport Authority']);
		expect(of('The Department of Parks and Recreation closed the pier on Monday.', 'org')).toEqual([
			'Department of Parks and Recreation'
		]);
	});
	it('keeps a department’s two closing words ("Health and Human Services")', () => {
		expect(
			of('The Department of Health and Human Services and the city met on Monday.', 'org')
		).toEqual(['Department of Health and Human Services']);
		// Unless the text names those words as a body of their own.
		expect(
			of(
				'Department of Justice and Homeland Security officials met. The Department of Homeland Security declined.',
				'org'
			)
		).toEqual(['Department of Justice', 'Department of Homeland Security']);
	});
	it('keeps two bodies, or a body and a person, apart', () => {
		expect(of('The Department of Justice and Congress clashed on Monday.', 'org')).toEqual([
			'Department of Justice',
			'Congress'
		]);
		expect(of('Roe thanked Fox News and Harbour Ferries Company staff.', 'org')).toEqual([
			'Fox News',
			'Harbour Ferries Company'
		]);
		expect(of('The Senate and House Intelligence Committee met on Monday.', 'org')).toEqual([
			'Senate',
			'House Intelligence Committee'
		]);
	});
});

describe('findMentions: a body whose name runs on after "of the" or "on"', () => {
	it('keeps "of the …" and a panel’s "on …" in the name', () => {
		expect(
			of(
				'The U.S. Department of the Interior and the Joint Committee on Taxation disagreed.',
				'org'
			)
		).toEqual(['U.S. Department of the Interior', 'Joint Committee on Taxation']);
		expect(of('The Council on Harbour Relations met in the town hall.', 'org')).toEqual([
			'Council on Harbour Relations'
		]);
	});
	it('stops at a day, a month, a place or a possessive after "on"', () => {
		expect(of('The Harbour Committee on Monday closed the pier.', 'org')).toEqual([
			'Harbour Committee'
		]);
		expect(of('The Harbour Committee on March 3 closed the pier.', 'org')).toEqual([
			'Harbour Committee'
		]);
		expect(of('The Harbour Committee on Roe’s plan met again.', 'org')).toEqual([
			'Harbour Committee'
		]);
		// Not after a body that is no panel: "the Senate on Capitol Hill".
		expect(of('The vote in the Harbour Senate on Capitol Hill was close.', 'org')).toEqual([
			'Harbour Senate'
		]);
	});
});

describe('findMentions and datelines', () => {
	it('reads the town a dateline names as a place wherever the text names it', () => {
		const t =
			'\nPORT HALEY, Maine — The council met on Monday.\n\nOn Tuesday, Ann Poe spoke at a breakfast in Port Haley.';
		expect(of(t, 'person')).toEqual(['Ann Poe']);
		expect(of(t, 'place')).toContain('Port Haley');
	});
});
