import { describe, expect, it } from 'vitest';
import { latestPerStudent } from './class-merge';
import { approvedClassQuestions, makeHandIn } from '$test-data';
import { itemStats, pearson, skillsAsked, studentScores } from './item-stats';

/*
 * Four students, keys q1=a, q2=post, q3=mayor, q4=300 (credit 1 right, 0 wrong):
 *        q1     q2         q3      q4        total
 * Ana    a 1    post 1     chief 0 300 1     3
 * Ben    a 1    courier 0  mayor 1 300 1     3
 * Cai    b 0    post 1     mayor 1 250 0     2
 * Dee    c 0    courier 0  mayor 1 (none) 0  1
 */
const classOfFour = () =>
	latestPerStudent([
		makeHandIn({ q1: 'a', q2: 'post', q3: 'chief', q4: '300' }, { name: 'Ana' }),
		makeHandIn({ q1: 'a', q2: 'courier', q3: 'mayor', q4: '300' }, { name: 'Ben' }),
		makeHandIn({ q1: 'b', q2: 'post', q3: 'mayor', q4: '250' }, { name: 'Cai' }),
		makeHandIn({ q1: 'c', q2: 'courier', q3: 'mayor' }, { name: 'Dee' })
	]);

describe('itemStats', () => {
	const stats = itemStats(classOfFour(), approvedClassQuestions());
	const byId = new Map(stats.map((s) => [s.question.id, s]));

	it('works out facility as the mean credit', () => {
		expect(byId.get('q1')!.facility).toBe(0.5); // 2 of 4
		expect(byId.get('q2')!.facility).toBe(0.5); // 2 of 4
		expect(byId.get('q3')!.facility).toBe(0.75); // 3 of 4
		expect(byId.get('q4')!.facility).toBe(0.5); // 2 of 4
	});

	it('works out discrimination as the corrected item-total (item-rest) correlation', () => {
		// q1: x = 1,1,0,0; rest = total - x = 2,2,2,1. Means 0.5 and 1.75.
		// dx = .5,.5,-.5,-.5; dr = .25,.25,.25,-.75; Sxy = .125+.125-.125+.375 = .5;
		// Sxx = 1; Srr = 3(.0625)+.5625 = .75; r = .5/sqrt(.75) = 0.5774
		expect(byId.get('q1')!.discrimination).toBeCloseTo(0.5774, 4);
		// q2: x = 1,0,1,0; rest = 2,3,1,1 (mean 1.75); dr = .25,1.25,-.75,-.75;
		// Sxy = .125-.625-.375+.375 = -.5; Srr = .0625+1.5625+.5625+.5625 = 2.75;
		// r = -.5/sqrt(2.75) = -0.3015
		expect(byId.get('q2')!.discrimination).toBeCloseTo(-0.3015, 4);
		// q3: x = 0,1,1,1 (mean .75); rest = 3,2,1,0 (mean 1.5); dx = -.75,.25,.25,.25;
		// dr = 1.5,.5,-.5,-1.5; Sxy = -1.125+.125-.125-.375 = -1.5; Sxx = .75; Srr = 5;
		// r = -1.5/sqrt(3.75) = -0.7746
		expect(byId.get('q3')!.discrimination).toBeCloseTo(-0.7746, 4);
		// q4 has the same x and rest as q1.
		expect(byId.get('q4')!.discrimination).toBeCloseTo(0.5774, 4);
	});

	it('flags negative discrimination but not a question most students got right for good reason', () => {
		expect(byId.get('q1')!.flags.negativeDiscrimination).toBe(false);
		expect(byId.get('q2')!.flags.negativeDiscrimination).toBe(true);
		expect(byId.get('q3')!.flags.negativeDiscrimination).toBe(true);
		expect(stats.some((s) => s.flags.fewCorrect)).toBe(false);
	});

	it('counts how many picked each choice, wrong ones included', () => {
		expect(byId.get('q1')!.choices!.map((c) => [c.id, c.count, c.correct])).toEqual([
			['a', 2, true],
			['b', 1, false],
			['c', 1, false]
		]);
		expect(byId.get('q3')!.choices!.map((c) => [c.id, c.count])).toEqual([
			['mayor', 3],
			['chief', 1],
			['none', 0]
		]);
	});

	it('lists the wrong typed answers and the unanswered count', () => {
		const q4 = byId.get('q4')!;
		expect(q4.choices).toBeNull();
		expect(q4.wrongAnswers).toEqual([{ text: '250', count: 1 }]);
		expect(q4.unanswered).toBe(1);
		expect(q4.correctCount).toBe(2);
	});

	it('flags a question almost nobody got right', () => {
		// 1 of 6 right: facility 1/6 = 0.167 < 0.2.
		const records = latestPerStudent(
			['A', 'B', 'C', 'D', 'E', 'F'].map((name, i) =>
				makeHandIn({ q1: i === 0 ? 'a' : 'b' }, { name })
			)
		);
		const q1 = itemStats(records, approvedClassQuestions()).find((s) => s.question.id === 'q1')!;
		expect(q1.facility).toBeCloseTo(1 / 6, 6);
		expect(q1.flags.fewCorrect).toBe(true);
	});

	it('re-grades from the teacher key, ignoring credit written into the file', () => {
		const forged = makeHandIn({ q1: 'c' }, { name: 'Eve' });
		forged.responses[0] = { ...forged.responses[0]!, correct: true, credit: 1 };
		const q1 = itemStats(latestPerStudent([forged]), approvedClassQuestions())[0]!;
		expect(q1.facility).toBe(0);
	});

	it('leaves discrimination undefined with fewer than three students or no spread', () => {
		const two = latestPerStudent([
			makeHandIn({ q1: 'a', q2: 'post' }, { name: 'A' }),
			makeHandIn({ q1: 'b', q2: 'post' }, { name: 'B' })
		]);
		expect(itemStats(two, approvedClassQuestions())[0]!.discrimination).toBeNull();
		expect(pearson([1, 1, 1], [0, 1, 2])).toBeNull();
	});
});

describe('studentScores', () => {
	it('scores each student overall and per skill', () => {
		const scores = studentScores(classOfFour(), approvedClassQuestions());
		const ana = scores.find((s) => s.record.name === 'Ana')!;
		// Ana: q1 (fact) 1, q2 (source) 1, q3 (quote) 0, q4 (fact) 1 -> 3 of 4 = 75%.
		expect([ana.credit, ana.asked, ana.percent]).toEqual([3, 4, 75]);
		expect(ana.bySkill).toEqual({
			fact: { asked: 2, credit: 2, percent: 100 },
			quote: { asked: 1, credit: 0, percent: 0 },
			source: { asked: 1, credit: 1, percent: 100 }
		});
		const dee = scores.find((s) => s.record.name === 'Dee')!;
		// Dee: only q3 right -> 1 of 4 = 25%; facts 0 of 2.
		expect([dee.credit, dee.percent, dee.bySkill.fact!.percent]).toEqual([1, 25, 0]);
		expect(skillsAsked(scores)).toEqual(['fact', 'quote', 'source']);
	});
});
