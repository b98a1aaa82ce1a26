/**
 * Finding the LMS's SCORM 1.2 API object, as the SCORM 1.2 Run-Time Environment (section 3.3.6.1)
 * tells a SCO to: look for `API` in each parent frame up to the top, then in the window that
 * opened ours (and its parents), since LMSs launch SCOs both in frames and in pop-ups.
 *
 * Written here rather than taken from a wrapper library: the search is a dozen lines, and the
 * common wrappers (pipwerks' SCORM API wrapper and its forks) are unmaintained global scripts
 * that would add more code than they save.
 */

/** The SCORM 1.2 API an LMS provides (RTE 3.3.4); every call takes and returns strings. */
export interface Scorm12Api {
	LMSInitialize(arg: ''): string;
	LMSFinish(arg: ''): string;
	LMSGetValue(element: string): string;
	LMSSetValue(element: string, value: string): string;
	LMSCommit(arg: ''): string;
	LMSGetLastError(): string;
	LMSGetErrorString(code: string): string;
	LMSGetDiagnostic(code: string): string;
}

/** The RTE's advice: give up after this many parent frames (a runaway frame chain). */
const MAX_PARENTS = 500;

function isApi(candidate: unknown): candidate is Scorm12Api {
	return (
		typeof candidate === 'object' &&
		candidate !== null &&
		typeof (candidate as Scorm12Api).LMSInitialize === 'function' &&
		typeof (candidate as Scorm12Api).LMSSetValue === 'function'
	);
}

/** `API` on this window or one of its parents; a frame from another origin ends the search. */
function searchParents(start: Window): Scorm12Api | null {
	let win: Window = start;
	for (let depth = 0; depth <= MAX_PARENTS; depth++) {
		try {
			const api = (win as Window & { API?: unknown }).API;
			if (isApi(api)) return api;
		} catch {
			return null; // another origin's frame: its properties cannot be read
		}
		if (win.parent === win || !win.parent) return null;
		win = win.parent;
	}
	return null;
}

/** The LMS's API, or null when the package runs outside an LMS (opened on its own to preview). */
export function findScormApi(win: Window): Scorm12Api | null {
	const found = searchParents(win);
	if (found) return found;
	try {
		const opener = win.top?.opener as Window | null | undefined;
		return opener ? searchParents(opener) : null;
	} catch {
		return null;
	}
}
