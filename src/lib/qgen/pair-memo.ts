/**
 * Remembers a pure test of two objects, per pair.
 *
 * Why: set selection (select.ts) looks for the best next question by testing every question
 * left in the pool against every one already chosen, and does so again for each pick; the
 * tests (does one give the other's answer away, do they report one fact) depend only on the
 * two questions, so each pair needs working out once (issue #10). The memo is keyed weakly
 * by the objects, so it goes when they do. Use it only for tests whose answer cannot change
 * while the objects live: the order of the arguments is kept (test(a, b) is not test(b, a)).
 */
export function memoPair<A extends object, B extends object>(
	test: (a: A, b: B) => boolean
): (a: A, b: B) => boolean {
	const memo = new WeakMap<A, WeakMap<B, boolean>>();
	return (a, b) => {
		let byB = memo.get(a);
		if (!byB) {
			byB = new WeakMap();
			memo.set(a, byB);
		}
		let answer = byB.get(b);
		if (answer === undefined) {
			answer = test(a, b);
			byB.set(b, answer);
		}
		return answer;
	};
}
