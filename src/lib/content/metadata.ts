/**
 * Normalising the loose metadata that comes with imported articles: publication dates,
 * links, outlet names from links, and ids made from titles. Pure string work, no DOM.
 */
import { monthIndex } from '$lib/qgen/lexicon';

/** Month 1..12 of a month name or AP abbreviation ("Sept."), or null: the lexicon's one reading. */
function monthNumber(name: string): number | null {
	const index = monthIndex(name);
	return index >= 0 ? index + 1 : null;
}

/** `YYYY-MM-DD` when the numbers form a real calendar day, else null (rejects 2019-02-30). */
function calendarDate(year: number, month: number, day: number): string | null {
	const d = new Date(Date.UTC(year, month - 1, day));
	if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) {
		return null;
	}
	return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * Reads the common ways pages and front matter write a publication date and returns
 * `YYYY-MM-DD`, or null when it cannot be read without guessing. ISO timestamps keep the
 * date as written: shifting "2019-12-31T23:30:00-05:00" to UTC would move it to another day
 * than the one the outlet printed. Purely numeric day/month orders (12/11/2019) are ambiguous
 * between US and other conventions, so they are refused rather than guessed.
 */
export function normaliseDate(input: unknown): string | null {
	if (input instanceof Date) {
		return Number.isNaN(input.getTime())
			? null
			: calendarDate(input.getUTCFullYear(), input.getUTCMonth() + 1, input.getUTCDate());
	}
	if (typeof input !== 'string') return null;
	const text = input.trim().replace(/\s+/g, ' ');
	const iso = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:$|[T ]\d)/.exec(text);
	if (iso) return calendarDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
	// Optional weekday, then "December 31, 2019" / "Dec. 31 2019" / "31 December 2019".
	const withoutWeekday = text.replace(/^[A-Za-z]+day,? /, '');
	const monthFirst = /^([A-Za-z]+\.?) (\d{1,2})(?:st|nd|rd|th)?,? (\d{4})\b/.exec(withoutWeekday);
	if (monthFirst) {
		const month = monthNumber(monthFirst[1] as string);
		return month ? calendarDate(Number(monthFirst[3]), month, Number(monthFirst[2])) : null;
	}
	const dayFirst = /^(\d{1,2})(?:st|nd|rd|th)? ([A-Za-z]+\.?),? (\d{4})\b/.exec(withoutWeekday);
	if (dayFirst) {
		const month = monthNumber(dayFirst[2] as string);
		return month ? calendarDate(Number(dayFirst[3]), month, Number(dayFirst[1])) : null;
	}
	return null;
}

/** The link when it is an absolute http(s) URL, else null (javascript:, data:, relative...). */
export function safeHttpUrl(input: unknown): string | null {
	if (typeof input !== 'string') return null;
	const text = input.trim();
	if (!/^https?:\/\//i.test(text)) return null;
	try {
		const url = new URL(text);
		return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
	} catch {
		return null;
	}
}

/**
 * A readable outlet guess from a link: the host without "www."/"m."/"amp." prefixes,
 * e.g. "nbcnews.com". Deliberately no table of outlet names: the teacher can rename it,
 * and a host name is never wrong.
 */
export function outletFromUrl(url: string): string {
	const safe = safeHttpUrl(url);
	if (!safe) return '';
	return new URL(safe).hostname.replace(/^(www\d*|m|amp|mobile)\./i, '');
}

/** Letters and digits only, lower case: "The New York Times" and "nytimes.com" compare as "nytimes…". */
const squash = (s: string) =>
	s
		.toLowerCase()
		.replace(/^the\s+/, '')
		.replace(/\.(com|org|net|co\.uk|co|news)$/, '')
		.replace(/[^a-z0-9]/g, '');

/** A segment that names a site: a domain, or a few capitalised words with no verb-like lower-case word. */
function looksLikeSiteName(segment: string): boolean {
	if (/^[\w-]+(\.[\w-]+)*\.(com|org|net|co\.uk|news|info)$/i.test(segment)) return true;
	const words = segment.split(/\s+/);
	return (
		words.length <= 4 &&
		words.every((w) => /^(?:[A-Z0-9][\w.&'’-]*|of|the|and|on|&)$/.test(w)) &&
		/[A-Z]/.test(segment)
	);
}

/**
 * Scraped titles often carry the site's name ("Senate passes the budget | Daily Planet",
 * "Daily Planet - Senate passes the budget"); left in, a question about headlines gives
 * its answer away. A leading or trailing segment is dropped when it matches the outlet
 * (or the link's host) or, after a "|", looks like a site name. Separators inside a
 * headline ("Trump - Kim summit") are kept unless the segment names the outlet.
 */
export function stripSiteName(title: string, outlet = '', url = ''): string {
	const names = [outlet, url ? outletFromUrl(url) : ''].map(squash).filter((n) => n.length >= 2);
	const named = (segment: string) => {
		const s = squash(segment);
		return (
			s.length >= 2 &&
			names.some((n) => n === s || (s.length >= 4 && (n.startsWith(s) || s.startsWith(n))))
		);
	};
	let out = title.trim();
	for (let i = 0; i < 2; i++) {
		const tail = /\s+([|–—-]|::|·)\s+([^|–—]+)$/.exec(out);
		const head = /^([^|–—]+?)\s+([|–—-]|::|·)\s+/.exec(out);
		if (tail && (named(tail[2]!) || (tail[1] === '|' && looksLikeSiteName(tail[2]!.trim()))))
			out = out.slice(0, tail.index).trim();
		else if (head && (named(head[1]!) || (head[2] === '|' && looksLikeSiteName(head[1]!.trim()))))
			out = out.slice(head[0].length).trim();
		else break;
	}
	// Never strip a title down to nothing or to a stub.
	return out.split(/\s+/).length >= 2 ? out : title.trim();
}
