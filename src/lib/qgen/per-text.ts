/**
 * A verdict about one key in one article's text, kept for the texts of the story at hand: the
 * checks that use it are asked for every gap or quote, and each asking scans the whole text.
 * At most `TEXTS` texts are held, so a Worker generating story after story does not grow.
 */
const TEXTS = 16;

export function perText<T>(read: (key: string, text: string) => T) {
	const byText = new Map<string, Map<string, T>>();
	return (key: string, text: string): T => {
		let known = byText.get(text);
		if (!known) {
			if (byText.size >= TEXTS) byText.clear();
			byText.set(text, (known = new Map()));
		}
		if (!known.has(key)) known.set(key, read(key, text));
		return known.get(key)!;
	};
}

/**
 * A verdict about one name in one story view, kept while the view lives (a WeakMap, so a
 * finished story's verdicts go with it): person checks are asked for every choice of every
 * "who" question, and each asking scans the story.
 */
export function perStory<V extends object, T>(read: (key: string, view: V) => T) {
	const byView = new WeakMap<V, Map<string, T>>();
	return (key: string, view: V): T => {
		let known = byView.get(view);
		if (!known) byView.set(view, (known = new Map()));
		if (!known.has(key)) known.set(key, read(key, view));
		return known.get(key)!;
	};
}
