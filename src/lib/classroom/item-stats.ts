/**
 * Classical item analysis for one class's latest attempts.
 *
 * - Facility: the mean credit on a question (0..1) among the students who were asked it.
 * - Discrimination: the corrected item-total correlation, i.e. Pearson's r between a student's
 *   credit on the question and their total credit on every OTHER question ("rest score").
 *   For right/wrong questions this is the point-biserial coefficient; leaving the item out of
 *   the total stops it correlating with itself, which inflates r badly in small classes.
 *   It is null when fewer than MIN_STUDENTS_FOR_DISCRIMINATION students took the question, or
 *   when either side has no spread (everyone right, or everyone with the same rest score).
 *
 * Credit is re-worked from the teacher's own key (grade()), never taken from the file, so an
 * edited results file cannot change the report.
 */
import type { Question, Skill } from '$lib/bank/model';
import { SKILLS } from '$lib/bank/model';
import { grade } from '$lib/quiz/grade';
import { responseText } from '$lib/quiz/response-text';
import type { Response } from '$lib/quiz/types';
import type { StudentRecord } from './class-merge';

export const MIN_STUDENTS_FOR_DISCRIMINATION = 3;
/** "Almost no correct answers": fewer than one in five students got it right. */
export const LOW_FACILITY = 0.2;

export interface ChoiceCount {
	id: string;
	text: string;
	correct: boolean;
	count: number;
}

export interface ItemStats {
	question: Question;
	/** Students who were asked the question. */
	takers: number;
	/** Of those, how many answered it fully right. */
	correctCount: number;
	unanswered: number;
	facility: number | null;
	discrimination: number | null;
	/** For choice questions: every choice with how many picked it (part A for two-part ones). */
	choices: ChoiceCount[] | null;
	/** For other questions: the wrong answers given, most common first. */
	wrongAnswers: { text: string; count: number }[];
	flags: { negativeDiscrimination: boolean; fewCorrect: boolean };
}

export interface StudentScores {
	record: StudentRecord;
	asked: number;
	credit: number;
	percent: number;
	bySkill: Partial<Record<Skill, { asked: number; credit: number; percent: number }>>;
}

export function pearson(xs: readonly number[], ys: readonly number[]): number | null {
	const n = xs.length;
	if (n !== ys.length || n === 0) return null;
	const mx = xs.reduce((a, b) => a + b, 0) / n;
	const my = ys.reduce((a, b) => a + b, 0) / n;
	let sxy = 0;
	let sxx = 0;
	let syy = 0;
	for (let i = 0; i < n; i++) {
		const dx = xs[i]! - mx;
		const dy = ys[i]! - my;
		sxy += dx * dy;
		sxx += dx * dx;
		syy += dy * dy;
	}
	// No spread on one side: the correlation is undefined, not zero.
	if (sxx < 1e-12 || syy < 1e-12) return null;
	return sxy / Math.sqrt(sxx * syy);
}

interface Graded {
	record: StudentRecord;
	/** question id -> credit re-worked from the teacher's key; absent when not asked. */
	credit: Map<string, number>;
	responses: Map<string, Response>;
	total: number;
}

function gradeStudents(
	records: readonly StudentRecord[],
	questions: readonly Question[]
): Graded[] {
	const byId = new Map(questions.map((q) => [q.id, q]));
	return records.map((record) => {
		const responses = new Map(record.latest.responses.map((r) => [r.questionId, r.response]));
		const credit = new Map<string, number>();
		for (const qid of new Set(record.latest.attempt.questionIds)) {
			const question = byId.get(qid);
			if (!question) continue;
			const response = responses.get(qid);
			let earned = 0;
			if (response && response.type === question.type) {
				earned = Math.min(1, Math.max(0, grade(question, response).credit));
			}
			credit.set(qid, earned);
		}
		const total = [...credit.values()].reduce((a, b) => a + b, 0);
		return { record, credit, responses, total };
	});
}

function choiceCounts(
	question: Question,
	responses: (Response | undefined)[]
): ChoiceCount[] | null {
	if (
		question.type !== 'single' &&
		question.type !== 'multi' &&
		question.type !== 'truefalse' &&
		question.type !== 'evidence'
	) {
		return null;
	}
	const counts = new Map<string, number>(question.choices.map((c) => [c.id, 0]));
	for (const r of responses) {
		if (!r) continue;
		const picked =
			r.type === 'multi'
				? r.choiceIds
				: r.type === 'single' || r.type === 'truefalse' || r.type === 'evidence'
					? r.choiceId === null
						? []
						: [r.choiceId]
					: [];
		for (const id of new Set(picked)) {
			if (counts.has(id)) counts.set(id, counts.get(id)! + 1);
		}
	}
	const correct = new Set<string>(question.correct);
	return question.choices.map((c) => ({
		id: c.id,
		text: c.text,
		correct: correct.has(c.id),
		count: counts.get(c.id) ?? 0
	}));
}

export function itemStats(
	records: readonly StudentRecord[],
	questions: readonly Question[]
): ItemStats[] {
	const graded = gradeStudents(records, questions);
	return questions.map((question) => {
		const takers = graded.filter((g) => g.credit.has(question.id));
		const xs = takers.map((g) => g.credit.get(question.id)!);
		const rest = takers.map((g, i) => g.total - xs[i]!);
		const responses = takers.map((g) => g.responses.get(question.id));
		const facility = takers.length ? xs.reduce((a, b) => a + b, 0) / takers.length : null;
		const discrimination =
			takers.length >= MIN_STUDENTS_FOR_DISCRIMINATION ? pearson(xs, rest) : null;
		const wrong = new Map<string, number>();
		if (question.type === 'cloze' || question.type === 'numeric') {
			takers.forEach((g, i) => {
				const r = responses[i];
				if (r && xs[i]! < 1) {
					const shown = responseText(question, r).trim() || '(blank)';
					wrong.set(shown, (wrong.get(shown) ?? 0) + 1);
				}
			});
		}
		return {
			question,
			takers: takers.length,
			correctCount: xs.filter((x) => x >= 1).length,
			unanswered: responses.filter((r) => !r).length,
			facility,
			discrimination,
			choices: choiceCounts(question, responses),
			wrongAnswers: [...wrong.entries()]
				.map(([text, count]) => ({ text, count }))
				.sort((a, b) => b.count - a.count || a.text.localeCompare(b.text)),
			flags: {
				negativeDiscrimination: discrimination !== null && discrimination < 0,
				fewCorrect: facility !== null && takers.length > 0 && facility < LOW_FACILITY
			}
		};
	});
}

/** Each student's score and per-skill scores, re-worked from the teacher's key. */
export function studentScores(
	records: readonly StudentRecord[],
	questions: readonly Question[]
): StudentScores[] {
	const skillOf = new Map(questions.map((q) => [q.id, q.skill]));
	return gradeStudents(records, questions).map((g) => {
		const tallies = new Map<Skill, { asked: number; credit: number }>();
		for (const [qid, earned] of g.credit) {
			const skill = skillOf.get(qid)!;
			const t = tallies.get(skill) ?? { asked: 0, credit: 0 };
			t.asked++;
			t.credit += earned;
			tallies.set(skill, t);
		}
		const bySkill: StudentScores['bySkill'] = {};
		for (const skill of SKILLS) {
			const t = tallies.get(skill);
			if (t) bySkill[skill] = { ...t, percent: Math.round((t.credit / t.asked) * 100) };
		}
		const asked = g.credit.size;
		return {
			record: g.record,
			asked,
			credit: Math.round(g.total * 1000) / 1000,
			percent: asked ? Math.round((g.total / asked) * 100) : 0,
			bySkill
		};
	});
}

/** The skills any student was asked, in the app's usual order. */
export function skillsAsked(scores: readonly StudentScores[]): Skill[] {
	return SKILLS.filter((s) => scores.some((sc) => sc.bySkill[s]));
}
