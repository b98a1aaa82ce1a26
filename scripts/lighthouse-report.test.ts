import { describe, expect, it } from 'vitest';
import {
	formatReport,
	losingAudits,
	reportPage,
	type LighthouseResultLike
} from './lighthouse-report';

function result(
	overrides: { performance?: number; accessibility?: number } = {}
): LighthouseResultLike {
	return {
		categories: {
			performance: {
				score: overrides.performance ?? 0.99,
				auditRefs: [
					{ id: 'first-contentful-paint', weight: 10 },
					{ id: 'cumulative-layout-shift', weight: 25 },
					{ id: 'diagnostics', weight: 0 }
				]
			},
			accessibility: {
				score: overrides.accessibility ?? 1,
				auditRefs: [
					{ id: 'color-contrast', weight: 7 },
					{ id: 'label', weight: 7 }
				]
			},
			'best-practices': { score: 1, auditRefs: [] },
			seo: { score: 0.92, auditRefs: [] }
		},
		audits: {
			'first-contentful-paint': {
				title: 'First Contentful Paint',
				score: 0.66,
				numericValue: 2534.6,
				displayValue: '2.5 s'
			},
			'largest-contentful-paint': { title: 'LCP', score: 0.9, numericValue: 2687 },
			'total-blocking-time': { title: 'TBT', score: 1, numericValue: 0 },
			'cumulative-layout-shift': {
				title: 'Cumulative Layout Shift',
				score: 1,
				numericValue: 0.1484
			},
			diagnostics: { title: 'Diagnostics', score: 0 },
			'color-contrast': { title: 'Contrast', score: 0 },
			label: { title: 'Labels', score: null, scoreDisplayMode: 'notApplicable' }
		}
	};
}

describe('reportPage', () => {
	it('turns scores into percentages and formats the key metrics', () => {
		const report = reportPage('library', '/', result());
		expect(report.scores).toEqual({
			performance: 99,
			accessibility: 100,
			'best-practices': 100,
			seo: 92
		});
		expect(report.metrics).toEqual([
			{ label: 'FCP', value: '2535 ms' },
			{ label: 'LCP', value: '2687 ms' },
			{ label: 'TBT', value: '0 ms' },
			{ label: 'CLS', value: '0.148' }
		]);
		// SEO has no target, so 92 is not a shortfall.
		expect(report.shortfalls).toEqual([]);
	});

	it('lists each category below target with the weighted audits that lost points', () => {
		const report = reportPage('quiz', '/q', result({ performance: 0.79, accessibility: 0.93 }));
		expect(report.shortfalls).toEqual([
			{
				category: 'performance',
				score: 79,
				target: 95,
				audits: ['first-contentful-paint (First Contentful Paint; score 66, 2.5 s)']
			},
			{
				category: 'accessibility',
				score: 93,
				target: 100,
				audits: ['color-contrast (Contrast; score 0)']
			}
		]);
		const lines = formatReport(report);
		expect(lines[0]).toBe('quiz (/q)');
		expect(lines).toContain('  ✗ accessibility 93 < 100');
	});
});

it('ignores unweighted and not-applicable audits', () => {
	expect(losingAudits(result(), 'accessibility')).toEqual(['color-contrast (Contrast; score 0)']);
	expect(losingAudits(result(), 'performance')).toEqual([
		'first-contentful-paint (First Contentful Paint; score 66, 2.5 s)'
	]);
});
