/**
 * The grades CSV: one row per student (their latest attempt), with the score and each skill as
 * whole percentages, the way gradebooks (Moodle's grade import, Canvas, Google Classroom via a
 * sheet) map a column to an activity. Text cells that a spreadsheet would run as a formula
 * (= + - @ tab CR at the start) get a leading apostrophe; numbers are written bare so they import
 * as numbers.
 */
import type { Skill } from '$lib/bank/model';
import { SKILL_LABELS } from '$lib/bank/skill-labels';
import { defuseFormula, writeCsv } from '$lib/formats/csv-text';
import { slug } from '$lib/text/format';
import type { StudentScores } from './item-stats';

export function gradesCsv(scores: readonly StudentScores[], skills: readonly Skill[]): string {
	const header = [
		'Student',
		'Class',
		'Score (%)',
		'Points',
		'Out of',
		...skills.map((s) => `${SKILL_LABELS[s]} (%)`),
		'Finished'
	];
	const rows = scores.map((s) => [
		defuseFormula(s.record.name),
		defuseFormula(s.record.className),
		String(s.percent),
		String(s.credit),
		String(s.asked),
		...skills.map((skill) => {
			const v = s.bySkill[skill];
			return v ? String(v.percent) : '';
		}),
		s.record.latest.attempt.finishedAt
	]);
	return writeCsv([header, ...rows]);
}

export function gradesFileName(storyTitle: string, className: string): string {
	return (
		[slug(storyTitle, 40) || 'story', slug(className, 40), 'grades'].filter(Boolean).join('-') +
		'.csv'
	);
}
