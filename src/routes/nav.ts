/**
 * Top-level sections linked from the header. Teach and Settings are built separately;
 * the glob's keys say at build time which of them exist, so the header never links to a
 * page that is not there. (The glob's lazy importers are never called.)
 */
const optionalSections = import.meta.glob([
	'/src/routes/teach/+page.svelte',
	'/src/routes/settings/+page.svelte'
]);

import { resolve } from '$app/paths';

export interface Section {
	path: '/' | '/review' | '/progress' | '/teach' | '/settings';
	label: string;
}

const SECTIONS: Section[] = [
	{ path: '/', label: 'Library' },
	{ path: '/review', label: 'Review' },
	{ path: '/progress', label: 'My progress' },
	{ path: '/teach', label: 'Teach' },
	{ path: '/settings', label: 'Settings' }
];

/** Student sections, always built. */
const CORE = new Set<Section['path']>(['/', '/review', '/progress']);

/** The header's links: the student sections, plus each optional section that was built. */
export function navLinks(): { href: string; label: string }[] {
	return SECTIONS.filter(
		(s) => CORE.has(s.path) || `/src/routes${s.path}/+page.svelte` in optionalSections
	).map(
		// The cast is needed while a section is absent: route types list only routes that exist.
		(s) => ({ href: resolve(s.path as '/'), label: s.label })
	);
}
