/**
 * Other tools store question text as HTML (Moodle's html and auto formats, QTI's XHTML). Byline
 * shows prompts as plain text, so markup becomes words here, entities are decoded with the
 * `entities` package (every named HTML entity, e.g. `&eacute;`), and anything that cannot come
 * along (images, audio, video, embedded files) is named so the teacher sees what was lost.
 */
import { decodeHTML } from 'entities';

export type TextFormat = 'html' | 'moodle' | 'plain' | 'markdown';

export type PlainText = { text: string; losses: string[] };

/** Tags whose content is media Byline cannot show, with the word a teacher would use. */
const MEDIA: [RegExp, string][] = [
	[/<img\b/gi, 'an image'],
	[/<audio\b/gi, 'an audio clip'],
	[/<video\b/gi, 'a video'],
	[/<(?:iframe|object|embed)\b/gi, 'embedded content'],
	[/<math\b|\$\$|\\\(/gi, 'a formula']
];

/** Text that a Moodle "auto-format" (or GIFT default) field would render as HTML. */
export function looksLikeHtml(text: string): boolean {
	return /<\/?[a-z][^>]*>|&(?:#\d+|#x[0-9a-f]+|[a-z][a-z0-9]{1,31});/i.test(text);
}

export function mediaLosses(htmlText: string): string[] {
	const losses: string[] = [];
	for (const [pattern, what] of MEDIA) {
		const n = htmlText.match(pattern)?.length ?? 0;
		if (n) losses.push(`${n === 1 ? what : `${n} × ${what.replace(/^an? /, '')}`} left out`);
	}
	if (/@@PLUGINFILE@@/.test(htmlText) && losses.length === 0)
		losses.push('an attached file left out');
	return losses;
}

export function htmlToText(htmlText: string): string {
	const withoutPassage = htmlText
		.replace(/<(script|style)\b[\s\S]*?<\/\1\s*>/gi, '')
		.replace(/<blockquote[\s\S]*?<\/blockquote>/gi, '')
		.replace(/<br\s*\/?>/gi, '\n')
		.replace(/<\/(p|div|li|h[1-6]|tr)>\s*/gi, '\n\n')
		.replace(/<[^>]*>/g, '');
	return decodeHTML(withoutPassage)
		.replace(/\u00a0/g, ' ')
		.replace(/[ \t]+/g, ' ')
		.replace(/ *\n */g, '\n')
		.replace(/\n{3,}/g, '\n\n')
		.trim();
}

/**
 * Text in one of Moodle's formats as Byline's plain text. Plain text stays exactly as written
 * (Moodle shows `x &lt; 5` literally); html, auto-format and Markdown lose their markup.
 */
export function toPlainText(text: string, format: TextFormat): PlainText {
	if (format === 'plain') return { text: text.trim(), losses: [] };
	let source = text;
	if (format === 'markdown') source = source.replace(/(\*\*|__)(.+?)\1/g, '$2');
	if (format === 'moodle' || format === 'markdown') {
		if (!looksLikeHtml(source)) return { text: source.trim(), losses: [] };
	}
	return { text: htmlToText(source), losses: mediaLosses(source) };
}
