/**
 * Every "how many / what share / how much" item a quiz keeps whose choices are figures (`--max
 * 10` for story folders; the app's default for a PolNeAR train article read alone), with its key
 * (`*`), its wrong figures and the article's other figures of the key's kind (same counted
 * noun, "percent" for a share). Flags: `1side` every wrong figure on one side of the key, `wide`
 * the nearest wrong figure more than a third of the key away, `lone` the key the only choice
 * inside the span of the article's comparable figures (two or more of them), `far` a wrong figure
 * more than twice the key or under half of it. Tuning data only.
 * With `--shares`, only shares and percentages, flagged against the shares printed near the key
 * (within 300 characters: the same poll or measure, as near as a script can tell): `outside`
 * every wrong figure outside the span of the key and two or more such shares, `fifth` the
 * nearest wrong figure more than a fifth of the key away, `dec` a wrong figure with other
 * decimals than the key's, `sum` a wrong share that with the share the sentence pairs the gap
 * with ("____%-35%", "46 percent to ____ percent") passes 100.
 *   node scripts/cli/bundled.js scripts/qgen-eval/number-choices.ts --shares <story folder>...
 *   node scripts/cli/bundled.js scripts/qgen-eval/number-choices.ts <story folder>... [--quiet]
 *   node scripts/cli/bundled.js scripts/qgen-eval/number-choices.ts --polnear <train> [--every N]
 */
import { analyzeArticle } from '../../src/lib/qgen/analyze';
import { withQuoteMarks } from '../../src/lib/qgen/archive-quotes';
import { figureValue } from '../../src/lib/qgen/figure-rank';
import { runPipelineDetailed } from '../../src/lib/qgen/pipeline';
import type { Mention } from '../../src/lib/qgen/types';
import { storiesFromArgs } from './polnear';

const args = process.argv.slice(2);
const quiet = args.includes('--quiet');
const shares = args.includes('--shares');
const DATE = /\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d|day\b/;
const kindOf = (m: Mention) =>
	/%|per\s?cent/i.test(m.text) || /^per\s?cent/i.test(m.noun ?? '')
		? 'percent'
		: (m.noun ?? '').toLowerCase().split(/\s+/)[0]!.replace(/s$/, '') +
			(/\$/.test(m.text) ? '$' : '');
const counts = { items: 0, oneSide: 0, wide: 0, lone: 0, far: 0, any: 0 };
const shareCounts = { outside: 0, fifth: 0, dec: 0, sum: 0, any: 0 };
const decimalsOf = (t: string) => /\d\.(\d+)/.exec(t)?.[1]!.length ?? 0;
/** The share the prompt pairs the gap with: "____%-35%", "____ percent to 39", "50% to ____%". */
function pairedShare(prompt: string): number | undefined {
	const after =
		/____\s*(?:%|\s?percent)?\s*(?:-|–|to)\s*(?:just\s+)?(\d+(?:\.\d+)?)\s*(?:%|percent)/i.exec(
			prompt
		);
	const before = /(\d+(?:\.\d+)?)\s*(?:%|\s?percent)?\s*(?:-|–|to)\s*____\s*(?:%|\s?percent)/i.exec(
		prompt
	);
	const m = after ?? before;
	return m ? Number(m[1]) : undefined;
}

for (const { name, articles, alone } of storiesFromArgs(args)) {
	const r = runPipelineDetailed({ storyId: 's', articles }, alone ? {} : { max: 10 });
	let analyses: ReturnType<typeof analyzeArticle>[] | undefined;
	for (const q of r.questions) {
		if (q.type !== 'single' || q.choices.length < 3) continue;
		const values = q.choices.map((c) => figureValue(c.text));
		if (values.some((v) => v === undefined) || q.choices.some((c) => DATE.test(c.text))) continue;
		const keyChoice = q.choices.find((c) => q.correct.includes(c.id))!;
		const key = figureValue(keyChoice.text)!;
		const wrong = q.choices.filter((c) => c !== keyChoice).map((c) => figureValue(c.text)!);
		analyses ??= articles.map((a) => analyzeArticle(withQuoteMarks(a)));
		// The key's mention in its evidence article: its kind picks the comparable figures.
		const ev = q.evidence[0]!;
		const a = analyses.find((x) => x.article.id === ev.articleId) ?? analyses[0]!;
		const quantities = a.mentions.filter((m) => m.kind === 'quantity' && !m.vague);
		const keyMention =
			quantities.find((m) => m.value === key && m.start >= ev.start && m.end <= ev.end) ??
			quantities.find((m) => m.value === key);
		const kind = keyMention ? kindOf(keyMention) : undefined;
		if (shares) {
			if (kind !== 'percent') continue;
			const near = [
				...new Set(
					quantities
						.filter(
							(m) =>
								kindOf(m) === 'percent' &&
								m.value !== key &&
								Math.abs(m.start - keyMention!.start) <= 300
						)
						.map((m) => m.value!)
				)
			];
			const lo = Math.min(key, ...near);
			const hi = Math.max(key, ...near);
			const outside = near.length >= 2 && wrong.every((w) => w < lo || w > hi);
			const fifth = Math.min(...wrong.map((w) => Math.abs(w - key))) > key / 5;
			const dec = q.choices.some((c) => decimalsOf(c.text) !== decimalsOf(keyChoice.text));
			const other = pairedShare(q.prompt);
			const sum = other !== undefined && wrong.some((w) => w + other > 100);
			counts.items++;
			if (outside) shareCounts.outside++;
			if (fifth) shareCounts.fifth++;
			if (dec) shareCounts.dec++;
			if (sum) shareCounts.sum++;
			if (outside || fifth || dec || sum) shareCounts.any++;
			if (quiet) continue;
			const flags = [outside && 'outside', fifth && 'fifth', dec && 'dec', sum && 'sum']
				.filter(Boolean)
				.join(',');
			console.log(`${name}\t${flags || 'ok'}\t${q.prompt.slice(0, 260)}`);
			console.log(
				`\t${q.choices.map((c) => (c === keyChoice ? `*${c.text}` : c.text)).join(' | ')}` +
					`\t[near: ${near.sort((x, y) => x - y).join(', ')}]`
			);
			continue;
		}
		const comparable = [
			...new Set(
				quantities.filter((m) => kind && kindOf(m) === kind && m.value !== key).map((m) => m.value!)
			)
		].sort((x, y) => x - y);
		const oneSide = wrong.every((w) => w < key) || wrong.every((w) => w > key);
		const wide = Math.min(...wrong.map((w) => Math.abs(w - key))) > key / 3;
		const lo = Math.min(key, ...comparable);
		const hi = Math.max(key, ...comparable);
		const far = wrong.some((w) => w > 2 * key || w < key / 2);
		const lone = comparable.length >= 2 && !wrong.some((w) => w >= lo && w <= hi);
		counts.items++;
		if (oneSide) counts.oneSide++;
		if (wide) counts.wide++;
		if (lone) counts.lone++;
		if (far) counts.far++;
		if (oneSide || wide || lone) counts.any++;
		if (quiet) continue;
		const flags = [oneSide && '1side', wide && 'wide', lone && 'lone', far && 'far']
			.filter(Boolean)
			.join(',');
		console.log(`${name}\t${flags || 'ok'}\t${q.prompt.slice(0, 220)}`);
		console.log(
			`\t${q.choices.map((c) => (c === keyChoice ? `*${c.text}` : c.text)).join(' | ')}` +
				`\t[${kind ?? '?'}: ${comparable.join(', ')}]`
		);
	}
}
if (shares)
	console.log(
		`share items ${counts.items}: wrong figures all outside the nearby shares' span ` +
			`${shareCounts.outside}, nearest wrong over a fifth of the key away ${shareCounts.fifth}, ` +
			`decimals unlike the key's ${shareCounts.dec}, a wrong share past 100 with its pair ` +
			`${shareCounts.sum}, any ${shareCounts.any}`
	);
else
	console.log(
		`number items ${counts.items}: one side ${counts.oneSide}, step over a third ${counts.wide}, ` +
			`key alone in the article's span ${counts.lone}, any ${counts.any}; ` +
			`a wrong figure over twice or under half the key ${counts.far}`
	);
