import { describe, expect, it } from 'vitest';
import { storyOf } from '../article.test-helpers';
import { actSubject, criticismActs, describeActCandidates, subjectGap } from './describe-acts';

const acts = (...texts: string[]) => {
	const view = storyOf(...texts);
	return view.analyses.flatMap((a) =>
		criticismActs(a, view).map((x) => `${x.subject} → ${x.object}: ${x.phrase}`)
	);
};

describe('subjectGap', () => {
	it('lets an appositive, a few words or a participle’s own clause stand between name and verb', () => {
		expect(subjectGap(' on Tuesday ')).toBe(true);
		expect(subjectGap(', returning from a trip abroad, posted a short message ')).toBe(true);
		expect(subjectGap(' made his first “Lazy Larry” post of the year on Tuesday, ', true)).toBe(
			true
		);
	});
	it('lets two appositives in a row stand there', () => {
		expect(subjectGap(', the younger sister of Ida Vance, a council candidate, sharply ')).toBe(
			true
		);
	});
	it('refuses a new clause or someone else’s words between them', () => {
		expect(subjectGap(' said that the mayor ')).toBe(false);
		expect(subjectGap(' met the council, which ')).toBe(false);
		// A comma before a finite verb starts another clause, not the participle's.
		expect(subjectGap(' spoke on Tuesday, ')).toBe(false);
	});
});

describe('criticismActs', () => {
	it('reads the named subject, the verb as written and whom it is aimed at', () => {
		expect(
			acts(
				'Governor Ana Ruiz on Monday lashed out at Mayor Tom Baker over the budget. Ruiz spoke for an hour.'
			)
		).toEqual(['Ana Ruiz → Tom Baker: lashed out at Mayor Tom Baker']);
	});
	it('never reads a verb inside a quotation or one whose subject is not named', () => {
		expect(
			acts(
				'Governor Ana Ruiz said: “Mayor Tom Baker blasted the plan, and I blasted him back.”',
				'Critics of Governor Ana Ruiz blasted the plan on Monday.'
			)
		).toEqual([]);
	});
	it('reads "ripped up the deal" as no criticism', () => {
		expect(acts('Governor Ana Ruiz ripped up the deal on Monday.')).toEqual([]);
	});
	it('takes the name that ends the phrase as the one criticised, not a name before it', () => {
		expect(acts('Governor Ana Ruiz went after Baker aide Lucy Hall on Monday.')).toEqual([
			'Ana Ruiz → Lucy Hall: went after Baker aide Lucy Hall'
		]);
	});
});

describe('criticismActs on a held view or a relative', () => {
	it('reads criticism of a person’s remarks as criticism of that person', () => {
		expect(acts('Governor Ana Ruiz on Monday criticized Mayor Tom Baker’s remarks.')).toEqual([
			'Ana Ruiz → Tom Baker: criticized Mayor Tom Baker’s remarks'
		]);
	});
	it('reads "her older sibling" and "her sister’s stance" as one relative', () => {
		expect(
			acts(
				'Nora Vance on Friday blasted her older sibling, Ida, over the zoning vote.',
				'Nora Vance on Friday criticized her sister’s stance on the zoning vote.'
			)
		).toEqual([
			'Nora Vance → kin:sibling: blasted her older sibling',
			'Nora Vance → kin:sibling: criticized her sister’s stance'
		]);
	});
	it('never reads a relative’s relative as the relative', () => {
		expect(acts('Nora Vance on Friday blasted her sister’s husband.')).not.toContain(
			'Nora Vance → kin:sibling: blasted her sister’s husband'
		);
	});
});

describe('describeActCandidates', () => {
	const three = [
		'Governor Ana Ruiz on Monday blasted Mayor Tom Baker over the budget.',
		'Governor Ana Ruiz, back from a trade trip, posted a message lashing out at Mayor Tom Baker.',
		'Governor Ana Ruiz chided Mayor Tom Baker for the budget on Monday.'
	];
	it('matches each outlet to its own verb for one act', () => {
		const [q, ...rest] = describeActCandidates(storyOf(...three));
		expect(rest).toEqual([]);
		expect(q?.draft.type).toBe('matching');
		if (q?.draft.type !== 'matching') return;
		expect(q.draft.prompt).toBe(
			'Each outlet tells in its own words how Ana Ruiz criticized Tom Baker. Match each outlet to its words.'
		);
		expect(q.draft.pairs.map((p) => `${p.left}=${p.right}`)).toEqual([
			'Daily 0=blasted Mayor Tom Baker',
			'Daily 1=lashing out at Mayor Tom Baker',
			'Daily 2=chided Mayor Tom Baker'
		]);
	});
	it('shares its subject with a headline question on the same person’s verbs', () => {
		// headline.ts marks its verb matching actSubject(who): the first ten ask one of the two.
		expect(describeActCandidates(storyOf(...three))[0]?.subject).toBe(actSubject('Ruiz'));
		expect(actSubject('Ana Ruiz')).not.toBe(actSubject('Tom Baker'));
	});
	it('asks nothing when an outlet uses another outlet’s verb too', () => {
		const shared = [three[0]!, `${three[1]!} Later she blasted the council.`];
		expect(describeActCandidates(storyOf(...shared))).toEqual([]);
	});
	it('aligns "a mayoral aide" with the aide another outlet names, and nobody else', () => {
		const view = storyOf(
			'Governor Ana Ruiz went after mayoral aide Lucy Hall on Monday.',
			'Governor Ana Ruiz on Monday accused a mayoral aide of leaking the plan.'
		);
		const q = describeActCandidates(view)[0]?.draft;
		expect(q?.type).toBe('single');
		if (q?.type !== 'single') return;
		expect(q.prompt).toBe(
			'The outlets use different words for how Ana Ruiz criticized Lucy Hall. Which outlet writes “went after mayoral aide Lucy Hall”?'
		);
		expect(q.choices.find((c) => c.id === q.correct[0])?.text).toBe('Daily 0');
	});
	it('asks for one outlet’s own verb where the others share a plainer one', () => {
		const view = storyOf(
			'Nora Vance on Friday blasted her older sibling, Ida, over the zoning vote.',
			'Nora Vance, who runs a bakery, criticized her sister’s opposition to the zoning plan.',
			'Nora Vance, the younger sister of Ida Vance, a council candidate, sharply criticized her sister’s stance on the plan.'
		);
		const [q, ...rest] = describeActCandidates(view);
		expect(rest).toEqual([]);
		const d = q?.draft;
		expect(d?.type).toBe('single');
		if (d?.type !== 'single') return;
		expect(d.prompt).toBe(
			'The outlets use different words for how Nora Vance criticized her sister. Which outlet writes “blasted her older sibling”?'
		);
		expect(d.choices.find((c) => c.id === d.correct[0])?.text).toBe('Daily 0');
		expect(d.evidence).toHaveLength(3);
	});
	it('never asks for a verb whose outlet also writes the others’ plainer one', () => {
		const view = storyOf(
			'Nora Vance on Friday blasted her older sibling, Ida. Others criticized the plan.',
			'Nora Vance on Friday criticized her sister’s stance on the plan.',
			'Nora Vance on Friday criticized her sister’s opposition to the plan.'
		);
		expect(describeActCandidates(view)).toEqual([]);
	});
	it('never pairs criticism of two different people', () => {
		const view = storyOf(
			'Governor Ana Ruiz blasted Mayor Tom Baker on Monday.',
			'Governor Ana Ruiz chided Senator Lucy Hall on Monday.'
		);
		expect(describeActCandidates(view)).toEqual([]);
	});
});
