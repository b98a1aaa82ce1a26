import { describe, expect, it } from 'vitest';
import { readCsv } from '$lib/formats/csv-text';
import { latestPerStudent } from './class-merge';
import { approvedClassQuestions, makeHandIn } from '$test-data';
import { gradesCsv } from './grades-csv';
import { skillsAsked, studentScores } from './item-stats';

describe('gradesCsv', () => {
	it('writes one row per student with score and skills, formula cells defused', () => {
		const records = latestPerStudent([
			makeHandIn({ q1: 'a', q2: 'post', q3: 'mayor', q4: '300' }, { name: 'Ana' }),
			makeHandIn({ q1: 'b' }, { name: '=HYPERLINK("http://x")', className: '@risk' }),
			makeHandIn({ q1: 'a' }, { name: '-Ben', className: '+8B' })
		]);
		const scores = studentScores(records, approvedClassQuestions());
		const csv = gradesCsv(scores, skillsAsked(scores));
		const parsed = readCsv(csv);
		expect(parsed.ok).toBe(true);
		if (!parsed.ok) return;
		expect(parsed.rows[0]).toEqual([
			'Student',
			'Class',
			'Score (%)',
			'Points',
			'Out of',
			'Facts (%)',
			'Quotes (%)',
			'Sources (%)',
			'Finished'
		]);
		const byName = new Map(parsed.rows.slice(1).map((r) => [r[0], r]));
		// Ana: all four right.
		expect(byName.get('Ana')!.slice(1, 8)).toEqual(['8B', '100', '4', '4', '100', '100', '100']);
		// q1 wrong, nothing else answered: 0 of 4.
		expect(byName.get(`'=HYPERLINK("http://x")`)!.slice(1, 5)).toEqual(["'@risk", '0', '0', '4']);
		// q1 right only: 1 of 4 = 25%; facts 1 of 2 = 50%.
		expect(byName.get("'-Ben")!.slice(1, 6)).toEqual(["'+8B", '25', '1', '4', '50']);
		expect(csv.endsWith('\r\n')).toBe(true);
	});
});
