/**
 * The part of jsdom's API this project uses. @types/jsdom is not installed and dependencies
 * are fixed, so this minimal declaration keeps Node-side DOM code type-checked.
 */
declare module 'jsdom' {
	export interface JSDOMOptions {
		url?: string;
		contentType?: string;
		runScripts?: 'dangerously' | 'outside-only';
		resources?: 'usable';
	}
	export class JSDOM {
		constructor(html?: string, options?: JSDOMOptions);
		readonly window: Window & typeof globalThis;
		serialize(): string;
	}
}
