/**
 * A headline's own claim in a story of two outlets: "Which headline says that mass protests are
 * planned?" headline-claim.ts asks "which outlet's headline …?", which needs three headlines:
 * with two, once the claim is found in one headline the other outlet is ruled out unread. Here
 * a third choice is "both headlines", so a student who finds the claim in one headline must
 * still read the other to tell "only this one" from "both". The claim is the one headlineClaim
 * reads (its verb and most content words in no form in the other headline), so the other
 * headline does not say it in other words either. A teacher who imports two reports of one
 * event often had no comparison at all: what one headline adds to the news both tell is the
 * first difference a reader sees.
 */
import type { StoryView } from '../analyze';
import { choiceId, makeChoices, spanOf } from '../build';
import { notBodyProse } from '../caption';
import { nameTest } from '../headline-grammar';
import { normaliseSpace } from '$lib/content/space';
import { draftBase, type Candidate } from './candidate';
import { headlineLike, headlineQuestion } from './headline';
import { headlineClaim } from './headline-claim';
import { backingSentences } from './headline-lookup';
import { FUNCTION } from './headline-lookup-words';

const BOTH = 'Both headlines';
export const onlyChoice = (outlet: string) => `Only ${outlet}'s headline`;

export function pairClaimCandidates(view: StoryView): Candidate[] {
	const arts = view.analyses;
	const outlets = [...new Set(view.label.values())];
	if (arts.length !== 2 || outlets.length !== 2) return [];
	if (arts.some((a) => !headlineLike(a.article.title))) return [];
	const isName = nameTest(arts.map((a) => a.article.text));
	const titles = arts.map((a) => normaliseSpace(a.article.title));
	const names = [...view.people, ...view.names.place, ...view.names.org];
	const leads = arts.map((a) => a.sentences.find((s) => !notBodyProse(s, a.sentences)));
	const words = (s: string) =>
		s
			.toLowerCase()
			.split(/\s+/)
			.map((w) => w.replace(/[^a-z0-9]/g, ''))
			.filter((w) => w && !FUNCTION.test(w));
	const plain = (s: string) => s.toLowerCase().replace(/[^a-z0-9]/g, '');
	const out: Candidate[] = [];
	arts.forEach((a, i) => {
		const j = 1 - i;
		const other = titles[j]!;
		const found = headlineClaim(titles[i]!, [other], isName, names);
		if (!found) return;
		// As headline-claim.ts: a claim that holds every word of its headline prints it whole, and
		// one that names its own outlet gives itself away.
		const said = new Set(words(found.claim));
		if (words(titles[i]!).every((w) => said.has(w))) return;
		if (plain(found.claim).includes(plain(a.article.outlet.replace(/^the\s+/i, '')))) return;
		const lead = leads[j];
		const cited = backingSentences(a.sentences, found.claim, [other])[0] ?? leads[i];
		if (!cited || !lead) return;
		const outlet = view.label.get(a.article.id)!;
		const rival = view.label.get(arts[j]!.article.id)!;
		const key = onlyChoice(outlet);
		const choices = makeChoices([key, onlyChoice(rival), BOTH], `pair-claim:${titles[i]}`);
		const quoted = (t: string) => `“${t.replace(/(?<![A-Z])\.$/, '')}”`;
		out.push({
			...headlineQuestion(
				{
					...draftBase(
						'compare',
						`Which of the two headlines says that ${found.claim}?`,
						[spanOf(cited), spanOf(lead)],
						`Only ${outlet}'s headline says so: ${quoted(titles[i]!)}. ${rival}'s headline says instead: ${quoted(other)}.`,
						2
					),
					type: 'single',
					choices,
					correct: [choiceId(choices, key)]
				},
				// As a three-outlet headline claim (headline-claim.ts), a look-up of one headline's words.
				0.34 + (found.main ? 0 : 0.01)
			),
			lookup: true
		});
	});
	return out;
}
