/**
 * Runs work once the page has loaded and the main thread is idle, so optional background
 * work (the question generator's Worker) never competes with the first paint or the
 * student's first interaction.
 */
export function whenIdle(timeoutMs = 4000): Promise<void> {
	if (typeof window === 'undefined') return Promise.resolve();
	const loaded =
		document.readyState === 'complete'
			? Promise.resolve()
			: new Promise<void>((done) => window.addEventListener('load', () => done(), { once: true }));
	return loaded.then(
		() =>
			new Promise<void>((done) => {
				// Safari has no requestIdleCallback; a short timeout still yields to rendering.
				if ('requestIdleCallback' in window) {
					window.requestIdleCallback(() => done(), { timeout: timeoutMs });
				} else {
					setTimeout(done, 200);
				}
			})
	);
}
