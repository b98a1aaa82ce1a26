/**
 * A lower-case ASCII slug for file names and ids: accents dropped ("Café" -> "cafe"), every
 * other run of characters that is not a letter or digit one dash, no dash at either end, at
 * most `maxLength` characters. Empty when the text has no letter or digit, so each caller
 * picks its own fallback ("story", "article", an id).
 */
export function slug(text: string, maxLength = 60): string {
	return text
		.normalize('NFKD')
		.replace(/\p{M}/gu, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '')
		.slice(0, maxLength)
		.replace(/-+$/, '');
}
