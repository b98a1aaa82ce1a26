/**
 * Summing up an attempt: overall and per skill, so a student (and teacher) can see
 * whether facts, sources or comparisons are the weak spot.
 */
import { answerFor } from './answers';
import { SKILLS, type Question, type Skill } from '$lib/bank/model';
import type { Attempt } from './types';

export interface SkillScore {
	asked: number;
	credit: number;
	percent: number;
}

export interface AttemptScore {
	/** Questions in the attempt that still exist in the bank. */
	asked: number;
	answered: number;
	/** Sum of per-question credit (0..1 each). */
	credit: number;
	/** credit / asked as a whole percentage; 0 when nothing was asked. */
	percent: number;
	/** Only skills that were asked appear, so a report never shows an empty "0 of 0" row. */
	bySkill: Partial<Record<Skill, SkillScore>>;
}

function percentOf(credit: number, asked: number): number {
	return asked === 0 ? 0 : Math.round((credit / asked) * 100);
}

function roundCredit(credit: number): number {
	return Math.round(credit * 1000) / 1000;
}

/**
 * Scores an attempt from its stored answer records. Unanswered questions count as asked
 * with no credit. Questions the teacher has since deleted are left out, because there is
 * no longer anything to report them under.
 */
export function scoreAttempt(attempt: Attempt, questions: Question[]): AttemptScore {
	const byId = new Map(questions.map((q) => [q.id, q]));
	const skills = new Map<Skill, { asked: number; credit: number }>();
	let asked = 0;
	let answered = 0;
	let credit = 0;
	for (const id of new Set(attempt.questionIds)) {
		const question = byId.get(id);
		if (!question) continue;
		asked++;
		const record = answerFor(attempt.answers, id);
		const earned = record ? Math.min(1, Math.max(0, record.credit)) : 0;
		if (record) answered++;
		credit += earned;
		const tally = skills.get(question.skill) ?? { asked: 0, credit: 0 };
		tally.asked++;
		tally.credit += earned;
		skills.set(question.skill, tally);
	}
	const bySkill: Partial<Record<Skill, SkillScore>> = {};
	// SKILLS order keeps the report in a stable, meaningful order.
	for (const skill of SKILLS) {
		const tally = skills.get(skill);
		if (tally) {
			bySkill[skill] = {
				asked: tally.asked,
				credit: roundCredit(tally.credit),
				percent: percentOf(tally.credit, tally.asked)
			};
		}
	}
	return {
		asked,
		answered,
		credit: roundCredit(credit),
		percent: percentOf(credit, asked),
		bySkill
	};
}
