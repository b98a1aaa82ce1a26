/**
 * Why single PolNeAR articles of 250+ words get no main-idea item (candidates/main-idea-single.ts):
 * per article, the first test that stops each of its three opening sentences as the key, or,
 * when a key is found, how many side details it gets; with `--details`, the first test that
 * stops each later sentence as a wrong answer. Counts per test over the split: which tests keep
 * most articles out. `--show` prints sentences (train only; counts are safe on dev).
 * The tests are restated here in order, with their labels, from singleKey and sideDetails (whose
 * regexes are private there): keep them in step when those change. The verdict per article
 * (`CANDIDATE`, `details<3`) comes from the real functions.
 *   node scripts/cli/bundled.js scripts/qgen-eval/main-idea-single-why.ts <polnear split> [--every N] [--show] [--details]
 */
import { analyzeArticle, viewStory } from '../../src/lib/qgen/analyze';
import { notBodyProse } from '../../src/lib/qgen/caption';
import { NUMBER_WORD_PATTERN, ROUNDUP_LABELS } from '../../src/lib/qgen/lexicon';
import { datedBefore, pronounsResolved } from '../../src/lib/qgen/candidates/cause';
import {
	ADDS_TO_EARLIER,
	CUT_BEFORE_POINT,
	NEGATION,
	clean,
	contentWords,
	fittedParts,
	selfContained,
	standsAlone,
	withoutAdditiveAlso
} from '../../src/lib/qgen/candidates/main-idea';
import {
	setsUpTurn,
	sideDetails,
	singleKey,
	singleMainIdeaCandidates
} from '../../src/lib/qgen/candidates/main-idea-single';
import {
	cutBeforeVerb,
	mainClauseParts,
	subordinateOnly
} from '../../src/lib/qgen/candidates/main-clause';
import type { Sentence } from '../../src/lib/qgen/types';
import {
	lastWordsOfNames,
	readsAloneInArticle
} from '../../src/lib/qgen/candidates/main-idea-single-names';
import { trailCut } from '../../src/lib/qgen/candidates/main-idea-single-cut';
import { loadSplit } from './polnear';

const args = process.argv.slice(2);
const root = args[0]!;
const show = args.includes('--show') && !/\bdev\/?$/.test(root);
const i = args.indexOf('--every');
const articles = loadSplit(root, Infinity, i >= 0 ? Number(args[i + 1]) : 1);
const PERSONAL = /\b(?:I|we|us|our|you|your|my)\b/;
const outsideQuotes = (t: string) => t.replace(/“[^”]*”|"[^"]*"/g, ' ');
const LEANS_ON_CONTEXT = /\b(?:it|they|them|though|however|the other|here)\b/i;
const LONG_QUOTE = /[“"][^”"]*(?:\s\S+){3,}[^”"]*[”"]/;
const stems = (ws: Iterable<string>) => new Set([...ws].map((w) => w.slice(0, 5)));

/** Why a sentence of readable length does not stand alone (standsAlone's remaining tests). */
function notAloneWhy(whole: string): string {
	if (!/[a-z0-9”’)]\.$/.test(whole)) return 'sa:ending';
	if (
		/^(?:he|she|they|it|this|that|these|those|his|her|their|its|there|but|and|so|then|also|which|who|however|instead|still|yet|meanwhile|moreover|indeed|the two|both)\b/i.test(
			whole
		)
	)
		return 'sa:leansBack';
	if (!pronounsResolved(whole)) return 'sa:pronouns';
	return 'standsAlone:other';
}
const plainWords = (text: string) => stems(contentWords(text.replace(/\b[A-Z][\p{L}’'-]*/gu, ' ')));
const DENIES = new RegExp(`${NEGATION.source}|\\bcannot\\b`, 'i');

function why(a: ReturnType<typeof analyzeArticle>, s: Sentence, first: boolean): string {
	const headline = a.article.title;
	const year = Number(a.article.date.slice(0, 4));
	const whole = clean(s.text);
	if (/\?/.test(whole)) return 'question';
	if (/^[“"‘']/.test(whole) || LONG_QUOTE.test(whole)) return 'quote';
	if (PERSONAL.test(outsideQuotes(whole))) return 'personal';
	// As singleKey: a lead too long for a choice may be cut before its trail (", saying …").
	const parts = trailCut(fittedParts(mainClauseParts(whole)), headline);
	const text = parts.join(' ');
	if (!standsAlone(a, s, text, 8)) {
		const n = text.split(/\s+/).length;
		if (n > 38 || text.length > 200) return 'standsAlone:long';
		if (n < 8) return 'standsAlone:short';
		return notAloneWhy(whole);
	}
	if (LONG_QUOTE.test(text)) return 'quote';
	if (CUT_BEFORE_POINT.test(text) || cutBeforeVerb(text.replace(/\.$/, '')))
		return 'cutBeforePoint';
	if (subordinateOnly(text)) return 'subordinateOnly';
	if (ADDS_TO_EARLIER.test(text)) return 'addsToEarlier';
	if (LEANS_ON_CONTEXT.test(text)) return 'leansOnContext';
	if (!pronounsResolved(text)) return 'pronouns';
	if (!first && !selfContained(text)) return 'selfContained';
	const head = stems(contentWords(headline));
	const shared = [...stems(contentWords(lastWordsOfNames(text)))].filter((w) => head.has(w));
	const lower = plainWords(text);
	if (shared.length < 2) return `headline<2`;
	if (!shared.some((w) => lower.has(w))) return 'headline:namesOnly';
	if (DENIES.test(headline) && !DENIES.test(text)) return 'denies';
	if (/\b(?:(?:was|were|had been) once|used to)\b/i.test(text)) return 'once';
	if (datedBefore(text, year)) return 'datedBefore';
	return 'OK';
}

/** As main-idea-single.ts FIGURE: "41 percent", "forty-one", "$5 million". */
const FIGURE = new RegExp(String.raw`\d|\bpercent\b|\b${NUMBER_WORD_PATTERN}\b`, 'i');
const detailCount = new Map<string, number>();
function detailWhy(a: ReturnType<typeof analyzeArticle>, s: Sentence, keyText: string): string {
	const headline = stems(contentWords(a.article.title));
	const keyWords = stems(contentWords(keyText));
	const year = Number(a.article.date.slice(0, 4));
	const full = withoutAdditiveAlso(clean(s.text));
	const whole = standsAlone(a, s, full) ? full : fittedParts(mainClauseParts(full)).join(' ');
	if (!standsAlone(a, s, whole)) {
		const n = whole.split(/\s+/).length;
		if (n > 38 || whole.length > 200) return 'long';
		if (n < 10) return 'short';
		if (a.quoted.some((q) => q.start <= s.start + 1 && s.start + 1 <= q.end)) return 'inQuote';
		return notAloneWhy(whole);
	}
	if (!readsAloneInArticle(a, whole, `${a.article.title} ${keyText}`)) {
		if (
			/^(?:since|at the time|among other|by then|even so|when|while|after|as|though|although|if|because|before|until|once|despite|instead|in (?:the|that|this) )\b/i.test(
				whole
			)
		)
			return 'sc:opener';
		if (
			/\b(?:though|however|also|too|again|either|the same|for (?:example|instance))\b/i.test(whole)
		)
			return 'sc:linkword';
		if (/\b(?:him|them|they|their)\b/i.test(whole)) return 'sc:them/they/their';
		if (/\b(?:it|its)\b/i.test(whole)) return 'sc:it/its';
		if (/\b(?:those|these|the (?:two|three|four)|such(?!\s+as\b))\s+[a-z]/i.test(whole))
			return 'sc:those';
		if (/^The\s/.test(whole) && !/[A-Z]/.test(whole.split(/\s+/).slice(1, 5).join(' ')))
			return 'sc:The';
		if (/\b(?:he|she|his|her)\b/i.test(whole))
			return pronounsResolved(whole) ? 'sc:he-afterLoneName' : 'sc:he';
		return 'sc:other';
	}
	if (!pronounsResolved(whole)) return 'pronouns';
	if (CUT_BEFORE_POINT.test(whole) || cutBeforeVerb(whole.replace(/\.$/, ''))) return 'cut';
	if (LONG_QUOTE.test(whole) || /^[“"]/.test(whole) || /[?!:;]/.test(whole)) return 'quote/punct';
	if (PERSONAL.test(outsideQuotes(whole))) return 'personal';
	if (/^(?:Q\b|A\b|Here\b|Number\b|First\b|Second\b|Finally\b)/.test(whole)) return 'furniture';
	if (/\b(?:those|these|such an?)\b|\s(?:there)\b|^(?:None|Neither|Either|Both)\b/i.test(whole))
		return 'pointsBack';
	if (ADDS_TO_EARLIER.test(whole)) return 'adds';
	if (/^(?:[A-Z][a-z]+ing|The other|Another)\b/.test(whole)) return 'noSubject';
	if ([...plainWords(whole)].some((w) => headline.has(w))) return 'headlinePlainWord';
	const named = [...stems(contentWords(whole))].filter((w) => headline.has(w)).length;
	const figure = FIGURE.test(whole);
	if ((named > 1 || (named === 1 && figure)) && !datedBefore(whole, year)) return 'headlineNames';
	if ([...stems(contentWords(whole))].filter((w) => keyWords.has(w)).length > 1) return 'keyWords';
	return 'OK';
}
const count = new Map<string, number>();
const bump = (k: string) => count.set(k, (count.get(k) ?? 0) + 1);
let long = 0;
let got = 0;
for (const [n, p] of articles.entries()) {
	const words = p.article.text.split(/\s+/).length;
	if (words < 250) continue;
	long++;
	const a = analyzeArticle(p.article);
	const body = a.sentences.filter((s) => !notBodyProse(s, a.sentences));
	const headline = a.article.title;
	let verdict: string;
	const lines: string[] = [];
	if (/\?/.test(headline) || ROUNDUP_LABELS.some((l) => headline.toLowerCase().includes(l)))
		verdict = 'headline:question/roundup';
	else if (setsUpTurn(body.slice(1, 4).map((x) => x.text))) {
		verdict = 'turn';
		for (const [j, s] of body.slice(0, 4).entries()) lines.push(`   (${j}) ${clean(s.text)}`);
	} else {
		const rs = body.slice(0, 3).map((s, j) => why(a, s, j === 0));
		for (const [j, s] of body.slice(0, 3).entries()) lines.push(`   [${rs[j]}] ${clean(s.text)}`);
		const key = singleKey(a);
		if (!key) verdict = `nokey:${rs[0]}`;
		else {
			const d = sideDetails(a, key).length;
			const ending = new Set(body.slice(-3));
			for (const s of body) {
				if (s.index < 4 || s.index <= key.s.index + 2 || ending.has(s)) continue;
				const r = detailWhy(a, s, key.text);
				detailCount.set(r, (detailCount.get(r) ?? 0) + 1);
				if (show && args.includes('--details')) lines.push(`     {${r}} ${clean(s.text)}`);
			}
			const c = singleMainIdeaCandidates(viewStory('s', [a])).length;
			verdict = c ? 'CANDIDATE' : d < 3 ? 'details<3' : 'wrong<3/keyLong';
			lines.push(`   key: ${key.text}  (details ${d})`);
		}
	}
	bump(verdict);
	if (verdict === 'CANDIDATE') got++;
	if (show)
		console.log(
			`\n#${n} ${p.name} (${words}) ${verdict}\n HEADLINE: ${headline}\n${lines.join('\n')}`
		);
}
console.log(`\narticles 250+: ${long}; candidate ${got}`);
for (const [k, v] of [...count].sort((x, y) => y[1] - x[1])) console.log(`${v}\t${k}`);
console.log('side-detail sentences by first failing test:');
for (const [k, v] of [...detailCount].sort((x, y) => y[1] - x[1])) console.log(`${v}\t${k}`);
