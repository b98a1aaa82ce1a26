/**
 * What the first ten ask about how the outlets differ, beyond finding a string in a headline:
 * per story, each comparison in the first ten (its answer key and prompt), each headline as the
 * generator parses it (subject, verb, form), the word-choice, scare-quote and credit questions
 * headline-wording.ts makes, and at the end how many stories get a comparison
 * other than a headline look-up ("Which outlet's headline says '…'?", or any candidate marked
 * `lookup`: what only one headline mentions or says, answered by finding its words).
 *   node scripts/cli/bundled.js scripts/qgen-eval/headline-debug.ts <story folder>... [--quiet]
 * Prompts are printed: use on tuning stories only (basil 00-19, newswcl50).
 */
import { loadFolder } from './dev-print';
import { runPipelineDetailed } from '../../src/lib/qgen/pipeline';
import { kindOf } from '../../src/lib/qgen/select';
import { headlineCandidates } from '../../src/lib/qgen/candidates/headline';
import { headlineLookupCandidates } from '../../src/lib/qgen/candidates/headline-lookup';
import { headlineClaimCandidates } from '../../src/lib/qgen/candidates/headline-claim';
import { headlineWordingCandidates } from '../../src/lib/qgen/candidates/headline-wording';
import { headlineStressCandidates } from '../../src/lib/qgen/candidates/headline-stress';
import { nameTest, parseHeadline } from '../../src/lib/qgen/headline-grammar';
import { analyzeArticle, viewStory } from '../../src/lib/qgen/analyze';

const args = process.argv.slice(2);
const quiet = args.includes('--quiet');
const folders = args.filter((a) => !a.startsWith('--'));
/** The string look-up the blind readers asked to replace. */
const LOOKUP = /^Compare the headlines\. (?:Which outlet's headline says|One of them says)/;
/** The look-up's replacement: the verb or the few words only one headline chooses. */
const OWN_WORDS =
	/^Compare the headlines' (?:verbs|word choices)\.|tells the story with its own verb/;
/** The kind of a headline question (answer key "headline") in the first ten. */
const headlineKind = (prompt: string) =>
	LOOKUP.test(prompt)
		? 'look-up'
		: OWN_WORDS.test(prompt)
			? 'own verb or words (look-up fallback)'
			: /^Which outlet's headline says that /.test(prompt)
				? 'claim (what only one says)'
				: /headline mention that the other headlines do not/.test(prompt)
					? 'stresses (what only one mentions)'
					: /role or title/.test(prompt)
						? 'naming (name or role)'
						: /someone else's report|whose claim/.test(prompt)
							? 'credited source'
							: /differently|where another|quotation marks|different verbs|another verb|verb its headline uses/.test(
										prompt
								  )
								? 'word choice'
								: /headline put what .* did\?|with a different act\?/.test(prompt)
									? 'act (what each headline credits its actor with)'
									: 'grammar (subject, preview, speaker, question, bare)';
const kinds = new Map<string, number>();
/** How one outlet sources one sentence: a sourcing question, not a difference between outlets. */
const ONE_OUTLET = /^.{0,60} writes: “.*” How does .* source this information\?$/s;

let beyond = 0;
let between = 0;
let lookups = 0;
for (const dir of folders) {
	const articles = loadFolder(dir);
	const r = runPipelineDetailed({ storyId: 'dev', articles }, { max: 10 });
	const compares = r.picked.filter((p) => kindOf(p) === 'compare');
	// A look-up: the old string match, or a question found by copying words (candidate.lookup:
	// what only one headline mentions or says), which waits for any other comparison.
	const other = compares.filter((p) => !LOOKUP.test(p.question.prompt) && !p.candidate.lookup);
	if (other.length) beyond++;
	if (other.some((p) => !ONE_OUTLET.test(p.question.prompt))) between++;
	if (compares.length > other.length) lookups++;
	for (const p of r.picked.filter((x) => x.candidate.answerKey === 'headline')) {
		const k = headlineKind(p.question.prompt);
		kinds.set(k, (kinds.get(k) ?? 0) + 1);
	}
	console.log(
		`${dir.split('/').slice(-1)[0]}: ${compares.length} comparisons, ${other.length} beyond a headline look-up`
	);
	if (quiet) continue;
	const isName = nameTest(articles.map((a) => a.text));
	for (const a of articles)
		console.log(
			`  ${a.outlet}: “${a.title}”\n    ${JSON.stringify(parseHeadline(a.title, isName) ?? null)}`
		);
	const picked = new Set(r.picked.map((p) => p.question.prompt));
	const view = viewStory('dev', articles.map(analyzeArticle));
	for (const c of headlineCandidates(view))
		console.log(
			`  headline candidate ${c.quality} ${picked.has(c.draft.prompt) ? 'FIRST TEN' : 'not picked'}: ${c.draft.prompt}`
		);
	// Word choice beside a shared word, scare quotes, a credited report (headline-wording.ts).
	for (const c of headlineWordingCandidates(view))
		console.log(
			`  wording candidate ${c.quality} ${picked.has(c.draft.prompt) ? 'FIRST TEN' : 'not picked'}: ${c.draft.prompt}`
		);
	// What only one headline mentions (headline-stress.ts), with its choices.
	for (const c of headlineStressCandidates(view))
		console.log(
			`  stress candidate ${c.quality.toFixed(2)} ${picked.has(c.draft.prompt) ? 'FIRST TEN' : 'not picked'}: ${c.draft.prompt} [${c.draft.type === 'single' ? c.draft.choices.map((x) => (c.draft.type === 'single' && c.draft.correct.includes(x.id) ? '*' : '') + x.text).join(' | ') : ''}]`
		);
	// A headline's own claim as a that-clause (headline-claim.ts); the look-ups only without one.
	const claims = headlineClaimCandidates(view);
	for (const c of claims)
		console.log(
			`  claim candidate ${c.quality.toFixed(2)} ${picked.has(c.draft.prompt) ? 'FIRST TEN' : 'not picked'}: ${c.draft.prompt}`
		);
	// The look-ups: one per backing sentence, so the same prompt may come twice. Printed even
	// where a claim stands in for them (`unproposed`), since unseen headlines fall back to them
	// far more often than the tuning ones; with the key, the pairs and the feedback.
	for (const c of headlineLookupCandidates(view)) {
		const d = c.draft;
		const key =
			d.type === 'single'
				? d.choices.find((x) => d.correct.includes(x.id))?.text
				: d.type === 'matching'
					? d.pairs.map((p) => `${p.left} → ${p.right}`).join('; ')
					: '';
		const state = claims.length ? 'unproposed' : picked.has(d.prompt) ? 'FIRST TEN' : 'not picked';
		console.log(`  look-up candidate ${c.quality.toFixed(2)} ${state}: ${d.prompt} [${key}]`);
		console.log(`      feedback: ${d.explanation}`);
	}
	for (const p of compares)
		console.log(`  [${p.candidate.answerKey.slice(0, 30)}] ${p.question.prompt.slice(0, 200)}`);
}
console.log(
	`\nstories (${folders.length}) with a comparison other than a headline look-up in the first ten: ${beyond} (between outlets, not one outlet's sourcing: ${between}); with a headline look-up: ${lookups}`
);
console.log(
	`stories with a headline question in the first ten, by kind: ${[...kinds].map(([k, n]) => `${k} ${n}`).join('; ')}`
);
