/**
 * How the outlets word the same story: the words each chooses for a person (describe.ts),
 * how their headlines differ in grammar (headline.ts; a look-up of one headline's own words
 * as the last resort, headline-lookup.ts), and the same quote transcribed in
 * different words, aligned by align.groupQuotes (same speaker, most words shared).
 */
import type { StoryView } from '../analyze';
import { choiceId, listWords, makeChoices, spanOf } from '../build';
import type { Quote } from '../types';
import { draftBase, type Candidate } from './candidate';
import { describeCandidates } from './describe';
import { headlineCandidates } from './headline';
import { actVerbCandidates } from './headline-acts';
import { headlineWordingCandidates } from './headline-wording';
import { FUNCTION, headlineLookupCandidates } from './headline-lookup';

export function framingCandidates(view: StoryView): Candidate[] {
	return [
		...describeCandidates(view),
		...headlineCandidates(view),
		...headlineWordingCandidates(view),
		...actVerbCandidates(view),
		...headlineLookupCandidates(view),
		...quoteVersionCandidates(view)
	];
}

/** Quote words without punctuation or case, for seeing whether two transcriptions differ. */
const bare = (s: string) =>
	s
		.toLowerCase()
		.replace(/[’‘]/g, "'")
		.replace(/\./g, '')
		.replace(/[^a-z0-9' ]+/g, ' ')
		.replace(/\s+/g, ' ')
		.trim();

/**
 * The words of `a` that `b` words differently: within the stretch both quotes cover (a
 * quote cut shorter is not a different transcription), from the first to the last word
 * of `a` that `b` lacks, with two words of context either side.
 */
export function differingStretch(a: string, b: string): string | undefined {
	const wa = a.split(/\s+/);
	const wb = new Set(bare(b).split(' '));
	const shared = wa.map((w) => wb.has(bare(w)) || bare(w) === '');
	const lo = shared.indexOf(true);
	const hi = shared.lastIndexOf(true);
	if (lo < 0) return undefined;
	const missing = wa.map((w, i) => i > lo && i < hi && !shared[i] && !FUNCTION.test(bare(w)));
	const first = missing.indexOf(true);
	const last = missing.lastIndexOf(true);
	if (first < 0 || last - first > 8) return undefined;
	return wa
		.slice(Math.max(lo, first - 2), Math.min(hi, last + 2) + 1)
		.join(' ')
		.replace(/^[^\w']+|[^\w'.!?]+$/g, '');
}

function quoteVersionCandidates(view: StoryView): Candidate[] {
	const out: Candidate[] = [];
	const outlets = [...new Set(view.label.values())];
	if (outlets.length < 3) return out;
	for (const g of view.quoteGroups) {
		const byOutlet = new Map<string, Quote>();
		for (const q of g.quotes)
			if (!q.partial && !byOutlet.has(view.label.get(q.articleId)!))
				byOutlet.set(view.label.get(q.articleId)!, q);
		if (byOutlet.size < 2) continue;
		const [[la, qa], [lb, qb]] = [...byOutlet.entries()] as [[string, Quote], [string, Quote]];
		// The same words in another order or with other punctuation is no difference to teach.
		if (bare(qa.text) === bare(qb.text)) continue;
		const stretch = differingStretch(qa.text, qb.text);
		if (!stretch || stretch.split(/\s+/).length < 3) continue;
		// A stretch across a sentence break ("restarting anything. They restart") reads as a fragment.
		if (/[.!?]\s/.test(stretch)) continue;
		const other = differingStretch(qb.text, qa.text);
		// Both must word the shared part differently; one quoting more of it is no difference in wording.
		if (!other || bare(other).includes(bare(stretch)) || bare(stretch).includes(bare(other)))
			continue;
		const choices = makeChoices(outlets.slice(0, 6), stretch);
		if (!choices.some((c) => c.text === la)) continue;
		out.push({
			family: 'compare',
			draft: {
				...draftBase(
					'compare',
					`${listWords([la, lb])} quote the same words from ${g.speaker}, but not word for word alike. Which outlet's version has “${stretch}”?`,
					[spanOf(qa.context), spanOf(qb.context)],
					`${la} prints “${stretch}”; ${lb} prints “${other}”.`,
					3
				),
				type: 'single',
				choices,
				correct: [choiceId(choices, la)]
			},
			keyTexts: [stretch.slice(0, 30)],
			hidden: [],
			answerKey: `quote-version:${bare(stretch)}`,
			excerpt: `“${stretch}”`,
			quality: 0.85,
			position: Math.min(qa.sentence, qb.sentence)
		});
	}
	return out;
}
