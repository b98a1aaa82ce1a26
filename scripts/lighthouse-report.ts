/**
 * Reading Lighthouse results: scores, key metrics and the audits that keep a
 * category below its target. Plain data in, plain data out, so it is tested
 * without running a browser.
 */

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type CategoryId = (typeof CATEGORIES)[number];

/** Targets for student pages (scores 0..100). SEO is reported, not enforced. */
export const TARGETS: Partial<Record<CategoryId, number>> = {
	performance: 95,
	accessibility: 100,
	'best-practices': 100
};

export const METRICS = [
	{ id: 'first-contentful-paint', label: 'FCP', unit: 'ms' },
	{ id: 'largest-contentful-paint', label: 'LCP', unit: 'ms' },
	{ id: 'total-blocking-time', label: 'TBT', unit: 'ms' },
	{ id: 'cumulative-layout-shift', label: 'CLS', unit: '' }
] as const;

/** The part of a Lighthouse result (LH.Result) this module reads. */
export interface LighthouseResultLike {
	categories: Record<
		string,
		{ score: number | null; auditRefs: { id: string; weight: number }[] } | undefined
	>;
	audits: Record<
		string,
		| {
				title: string;
				score: number | null;
				scoreDisplayMode?: string;
				numericValue?: number;
				displayValue?: string;
		  }
		| undefined
	>;
}

export interface PageReport {
	label: string;
	url: string;
	scores: Record<CategoryId, number | null>;
	metrics: { label: string; value: string }[];
	/** Categories below target, each with the audits that lost points. */
	shortfalls: { category: CategoryId; score: number | null; target: number; audits: string[] }[];
}

function toPercent(score: number | null | undefined): number | null {
	return typeof score === 'number' ? Math.round(score * 100) : null;
}

function formatMetric(value: number | undefined, unit: string): string {
	if (value === undefined) return 'n/a';
	return unit === 'ms' ? `${Math.round(value)} ms` : value.toFixed(3);
}

/** Audits in a category that count toward its score and did not pass fully. */
export function losingAudits(result: LighthouseResultLike, category: CategoryId): string[] {
	const refs = result.categories[category]?.auditRefs ?? [];
	return refs
		.filter((ref) => ref.weight > 0)
		.map((ref) => ({ id: ref.id, audit: result.audits[ref.id] }))
		.filter(({ audit }) => audit && typeof audit.score === 'number' && audit.score < 1)
		.map(({ id, audit }) => {
			const value = audit!.displayValue ? `, ${audit!.displayValue}` : '';
			return `${id} (${audit!.title}; score ${toPercent(audit!.score)}${value})`;
		});
}

export function reportPage(label: string, url: string, result: LighthouseResultLike): PageReport {
	const scores = Object.fromEntries(
		CATEGORIES.map((id) => [id, toPercent(result.categories[id]?.score)])
	) as Record<CategoryId, number | null>;
	const metrics = METRICS.map((m) => ({
		label: m.label,
		value: formatMetric(result.audits[m.id]?.numericValue, m.unit)
	}));
	const shortfalls: PageReport['shortfalls'] = [];
	for (const [category, target] of Object.entries(TARGETS) as [CategoryId, number][]) {
		const score = scores[category];
		if (score === null || score < target) {
			shortfalls.push({ category, score, target, audits: losingAudits(result, category) });
		}
	}
	return { label, url, scores, metrics, shortfalls };
}

/** Lines for the terminal: one block per page. */
export function formatReport(report: PageReport): string[] {
	const score = (id: CategoryId) => report.scores[id] ?? 'n/a';
	const lines = [
		`${report.label} (${report.url})`,
		`  performance ${score('performance')} · accessibility ${score('accessibility')} · best practices ${score('best-practices')} · SEO ${score('seo')}`,
		`  ${report.metrics.map((m) => `${m.label} ${m.value}`).join(' · ')}`
	];
	for (const s of report.shortfalls) {
		lines.push(`  ✗ ${s.category} ${s.score ?? 'n/a'} < ${s.target}`);
		for (const audit of s.audits) lines.push(`      - ${audit}`);
		if (s.audits.length === 0)
			lines.push('      - (no single audit failed; the score is just under)');
	}
	return lines;
}
