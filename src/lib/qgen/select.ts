/**
 * Choosing the questions as a set. The first ten are what `--max 10` writes and what
 * the teacher reviews first, so they are judged together:
 * - each quote, fact and evidence sentence is used once, and no two source questions
 *   are about the same person (no mirror pairs such as "which outlet quotes X" beside
 *   "which outlet does not mention X");
 * - recall (who said it, which outlet quoted it) fills at most four of ten, vocabulary two;
 * - the mix is reserved: a comparison, a why question, a fact, a timeline and a
 *   vocabulary item each get a slot when the story yields one, picked first;
 * - the rest go greedily by score, each pick lowering the appeal of more of the same
 *   family, type and article.
 * The first ten are then shown by score; later picks keep their order.
 *
 * This file runs the picks; the rules live beside it: select-kinds.ts (what kind a question
 * is, the caps per ten), select-entry.ts (what each question keys and cites),
 * select-answers.ts (one answer in one spelling), select-pairs.ts (two questions that ask one
 * thing or give each other away) and select-misfit.ts (which rule keeps a question out now).
 */
import type { Question } from '$lib/bank/schema';
import { answersItself, promptNames, revealsItself } from './giveaway';
import { isPublisherLine } from './boilerplate';
import { factAnswer } from './select-answers';
import { type Entry, toEntry } from './select-entry';
import {
	fillWord,
	type Kind,
	type Ranked,
	RESERVED,
	SET,
	SINGLE_FIRST,
	slotOf
} from './select-kinds';
import { misfit, recordPick, type SetState } from './select-misfit';
import { leavesRoom, SPARED, standsIn } from './select-reserve';
import { asksAgain, givesAway, outranks } from './select-pairs';

// Importers (pipeline.ts, the eval scripts, tests) read the set rules' public parts from here.
export {
	kindOf,
	RECALL_PER_TEN,
	SINGLE_FIRST,
	STRAY_DETAIL,
	VOCABULARY_PER_TEN,
	type Kind,
	type Ranked
} from './select-kinds';
export { normaliseAnswer, sameAnswer } from './select-answers';

/**
 * How much each earlier pick of the same family, type, article or explanation lowers a
 * question's appeal (`value`), so the set mixes. The same explanation means the same
 * underlying fact: three outlets' figures for one count, or two adjacent quotes that only one
 * outlet carries. Asked once is enough near the top.
 */
const PENALTY = { family: 0.06, type: 0.05, article: 0.03, explanation: 0.2, fill: 1 };

/**
 * The questions chosen as a set (see above), at most `max`: the first ten by score, then
 * later picks in the order taken. `why`, when given, is filled with the reason each question
 * left out was not picked (the last rule that kept it out): for the debug scripts, which read
 * why a first ten runs short.
 */
export function selectDiverse(
	ranked: Ranked[],
	max: number,
	why?: Map<Question, string>,
	stages?: Map<Question, string>
): Question[] {
	const first = new Map<Question, string>();
	const firstStages = new Map<Question, string>();
	const set = selectOnce(ranked, max, why && first, stages && firstStages);
	const limit = Math.min(max, SET);
	// A matching item uses up every quote and sentence it pairs, so the one-by-one questions
	// on them can no longer join; when that leaves the first ten short, they fill it better.
	const matching = new Set<Question>(set.slice(0, limit).filter((q) => q.type === 'matching'));
	const keep = (out: Question[], reasons: Map<Question, string>, passes: Map<Question, string>) => {
		for (const [q, reason] of reasons) if (!out.includes(q)) why?.set(q, reason);
		// The rerun without the matching items never saw them: say why they are out.
		if (out !== set) for (const q of matching) why?.set(q, 'its quotes asked one by one fill more');
		for (const [q, pass] of passes) stages?.set(q, pass);
		return out;
	};
	if (set.length >= limit || !matching.size) return keep(set, first, firstStages);
	const second = new Map<Question, string>();
	const secondStages = new Map<Question, string>();
	const without = selectOnce(
		ranked.filter((r) => !matching.has(r.question)),
		max,
		why && second,
		stages && secondStages
	);
	return without.slice(0, limit).length > set.slice(0, limit).length
		? keep(without, second, secondStages)
		: keep(set, first, firstStages);
}

/**
 * `stages`, when given, is filled with the pass that picked each question (`reserved`, `main`,
 * `side`, `stray`, `relaxed`): for the debug scripts, which read what the late passes add.
 */
function selectOnce(
	ranked: Ranked[],
	max: number,
	why?: Map<Question, string>,
	stages?: Map<Question, string>
): Question[] {
	const chosen: Entry[] = [];
	const usedSpans = new Set<string>();
	const subjects = new Set<string>();
	const answers = new Set<string>();
	const count = new Map<string, number>();
	const seen = (k: string) => count.get(k) ?? 0;
	let pool: Entry[] = ranked.map(toEntry);
	// A part B that prints the asked quote with its speaker answers part A beside it.
	// So does a gap or who-question whose own words print its key ("all ____ judges … the three judges").
	// A print edition's date line or a follow-us line is no part of the report: nothing to ask.
	// Each is recorded in `why`, so the debug scripts never read these as lost without a reason.
	pool = pool.filter((e) => {
		const no = revealsItself(e.question)
			? 'part B prints the quote with its speaker'
			: answersItself(e.question)
				? 'its own words print its key'
				: (e.evidenceText ?? []).some(isPublisherLine)
					? 'cites a date line or follow-us line'
					: undefined;
		if (no) why?.set(e.question, no);
		return !no;
	});
	for (const e of pool)
		if (
			e.kind === 'fact' ||
			e.kind === 'vocabulary' ||
			(e.kind === 'recall' && e.candidate.family === 'quote')
		)
			e.answer = factAnswer(e.question);

	const several =
		new Set(ranked.flatMap((r) => r.question.evidence.map((e) => e.articleId))).size >= 2;
	// The questions read together as a set: a story's first ten, a single article's first twelve.
	const readTogether = several ? SET : SINGLE_FIRST;
	// Read by the rules (select-misfit.ts); `sideWaits` is lowered for one pick when nothing else fits.
	const state: SetState = {
		chosen,
		several,
		readTogether,
		sideWaits: true,
		usedSpans,
		subjects,
		answers
	};
	const value = (e: Entry) =>
		(e.question.score ?? 0) -
		PENALTY.family * seen(`f:${e.candidate.family}`) -
		PENALTY.type * seen(`t:${e.question.type}`) -
		PENALTY.article * seen(`a:${e.question.evidence[0]!.articleId}`) -
		PENALTY.explanation * seen(`e:${e.question.explanation}`) -
		// The fill (one article read through) only takes places the story's own questions leave,
		// and a word from below the leads only those the fill's facts leave too.
		PENALTY.fill * Number(!!e.candidate.fill) -
		PENALTY.fill * Number(fillWord(e));

	const counted = (e: Entry) => [
		`f:${e.candidate.family}`,
		`t:${e.question.type}`,
		`a:${e.question.evidence[0]!.articleId}`,
		`e:${e.question.explanation}`
	];
	const removedBy = new Map<Entry, Entry[]>();
	// The picks each pick made give way (take): when that pick gives way in turn, they may come
	// back, once each (so two picks that give each other away cannot trade places for ever).
	const forgottenBy = new Map<Entry, Entry[]>();
	const cameBack = new Set<Entry>();
	// A who-question that gives way frees what it used: its sentence may be asked another way,
	// and the questions it kept out (the same sentence as a gap) come back.
	const forget = (gone: Entry, by: Entry) => {
		chosen.splice(chosen.indexOf(gone), 1);
		// It leaves the set for good (the later pick still gives it away): say why.
		why?.set(gone.question, `gave way to “${by.question.prompt}”`);
		pool.push(
			...(removedBy.get(gone) ?? []).filter(
				(r) => r !== gone && !chosen.some((c) => asksAgain(c, r))
			)
		);
		// What gave way to it only: the set rules (misfit) judge it afresh against the picks left.
		const back = (forgottenBy.get(gone) ?? []).filter(
			(f) => !cameBack.has(f) && !chosen.some((c) => asksAgain(c, f))
		);
		for (const f of back) cameBack.add(f);
		pool.push(...back);
		for (const s of gone.spans) usedSpans.delete(s);
		if (gone.candidate.subject) subjects.delete(gone.candidate.subject.toLowerCase());
		if (gone.answer && gone.kind !== 'recall') answers.delete(gone.answer);
		for (const k of counted(gone)) count.set(k, seen(k) - 1);
	};
	const take = (pick: Entry) => {
		if (chosen.length < readTogether)
			for (const c of chosen.filter(
				(c) =>
					promptNames(pick.question, c.whoKey) ||
					(givesAway(pick, c) && outranks(pick, c, !several))
			)) {
				forget(c, pick);
				forgottenBy.set(pick, [...(forgottenBy.get(pick) ?? []), c]);
			}
		recordPick(state, pick);
		for (const k of counted(pick)) count.set(k, seen(k) + 1);
		const removed = pool.filter((r) => r === pick || asksAgain(pick, r));
		for (const r of removed)
			if (r !== pick) why?.set(r.question, `asks again what “${pick.question.prompt}” asks`);
		pool = pool.filter((r) => !removed.includes(r));
		removedBy.set(pick, removed);
	};
	const best = (
		allowed: (e: Entry) => boolean,
		capRecall = true,
		strictSpans = true,
		apart = true,
		oneQuotePerSpeaker = true,
		distinctAnswers = true
	): Entry | undefined => {
		let top: Entry | undefined;
		let topValue = -Infinity;
		for (const e of pool) {
			if (!allowed(e)) continue;
			const no = misfit(
				state,
				e,
				capRecall,
				strictSpans,
				apart,
				oneQuotePerSpeaker,
				distinctAnswers
			);
			if (no) {
				why?.set(e.question, no);
				continue;
			}
			const v = value(e);
			if (v > topValue) {
				topValue = v;
				top = e;
			}
		}
		return top;
	};

	const limit = Math.min(max, SET);
	const firstTwelveOfOne = () => !several && chosen.length < readTogether;
	const slot = (e: Entry) => slotOf(e.kind, several);
	const reserved = RESERVED.filter((k) => pool.some((e) => slot(e) === k));
	while (chosen.length < max && pool.length) {
		let pick: Entry | undefined;
		let stage = 'reserved';
		state.sideWaits = true;
		if (chosen.length < limit) {
			// Kinds still missing from the first ten go in first, before other picks use up
			// the sentences they would cite.
			const missing = reserved.filter((k) => !chosen.some((c) => slot(c) === k));
			// A comparison first (every story must have one, and the best says how the outlets
			// differ), then the scarcest kind: a story's one timeline cites sentences that its
			// many facts could leave free, but not the other way round.
			const scarcity = (k: Kind) =>
				k === 'compare' ? -1 : pool.filter((e) => slot(e) === k).length;
			// A word from below the leads (the fill, vocabulary.ts bodySenses) only takes a place
			// the story's own questions leave: it never claims the reserved slot before them.
			for (const k of [...missing].sort((a, b) => scarcity(a) - scarcity(b))) {
				// The questions that fit a missing why slot now: when this kind's best would leave
				// none of them free, the best of its kind that does stands in (select-reserve.ts).
				const rivals = SPARED.filter((o) => o !== k && missing.includes(o))
					.map((o) => pool.filter((e) => slot(e) === o && !fillWord(e) && !misfit(state, e)))
					.filter((list) => list.length);
				const spares = (e: Entry) => rivals.every((list) => leavesRoom(state, e, list));
				const sparing = (allowed: (e: Entry) => boolean) => {
					const top = best(allowed);
					if (!top || spares(top)) return top;
					return (
						best((e) => allowed(e) && spares(e) && (standsIn(e, k) || !standsIn(top, k))) ?? top
					);
				};
				// A headline verb spotted (Candidate.verbSpot) takes the slot only after the rest.
				pick =
					sparing(
						(e) => slot(e) === k && !fillWord(e) && !e.headlineCopied && !e.candidate.verbSpot
					) ??
					sparing((e) => slot(e) === k && !fillWord(e) && !e.headlineCopied) ??
					sparing((e) => slot(e) === k && !fillWord(e));
				if (pick) break;
			}
		}
		if (!pick) stage = 'main';
		pick ??= best(() => true);
		// Nothing on the main events fits: a side detail is better than a shorter ten (and may
		// join the relaxed passes below).
		if (!pick && chosen.length < SET) {
			state.sideWaits = false;
			stage = 'side';
			pick = best(() => true);
		}
		// Still nothing: a fact ranked below the line for its place, not its matter, before any
		// relaxed pass (a second quote of one speaker, a sentence asked twice).
		if (!pick && several && chosen.length < SET) {
			state.strayFills = true;
			stage = 'stray';
			pick = best(() => true);
			state.strayFills = false;
		}
		// Then one word more than a ten's two, before any relaxed pass asks a sentence or a
		// speaker twice.
		if (!pick && several && chosen.length < SET) {
			state.wordsFill = true;
			stage = 'words';
			pick = best(() => true);
			state.wordsFill = false;
		}
		// Only recall is left, or only facts from sentences already asked about: better than a
		// short quiz for one article, but they come after every pick that keeps the rules.
		let relaxed = false;
		if (!pick) {
			// A story told by several outlets has comparisons to offer: a set of ten that is
			// mostly "who said" teaches recall, and one that cites a sentence twice asks one fact
			// twice, so a short set of ten is written instead (the pipeline fills it first).
			// Two quotes of one speaker, each asked "which outlet quoted …", are no mirror pair:
			// a short set may hold both (the recall cap still holds).
			if (several && max <= SET) pick = best(() => true, true, true, true, false);
			else
				pick =
					best(() => true, false) ??
					// One article has fewer facts to spread: two facts of different sentences may
					// share their answer ("who …?" twice keyed to its one main person), before any
					// sentence is asked twice.
					(several ? undefined : best(() => true, false, true, true, true, false)) ??
					// One article's first twelve never ask one sentence twice, nor a question another
					// gives away: a teacher reads them as a set, and the second asks nothing new
					// (a quotation's second half, the same official, a name another prompt prints).
					(firstTwelveOfOne() ? undefined : best(() => true, false, false)) ??
					// A bank longer than ten may hold a question another gives away; it goes after the
					// ten that are read as a set (relaxed picks sort last), never into `--max 10`.
					(max > SET && !firstTwelveOfOne() ? best(() => true, false, false, false) : undefined);
			relaxed = true;
			stage = 'relaxed';
		}
		if (!pick) break;
		pick.relaxed = relaxed;
		stages?.set(pick.question, stage);
		take(pick);
	}
	// The first ten read best by score: the reserved picks were made first, not because they lead.
	const head = chosen
		.slice(0, limit)
		.sort(
			(a, b) =>
				Number(!!a.relaxed) - Number(!!b.relaxed) ||
				(b.question.score ?? 0) - (a.question.score ?? 0)
		);
	return [...head, ...chosen.slice(limit)].map((c) => c.question);
}
