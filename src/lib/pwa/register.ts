/**
 * Browser glue: registers the service worker (svelte.config.js turns off
 * SvelteKit's own registration so the update flow is ours) and wires the one
 * shared UpdateState to it.
 */
import { dev } from '$app/environment';
import { base } from '$app/paths';
import { UpdateState } from './update.svelte';

let shared: UpdateState | null = null;

/** How often an open tab asks the server for a new version (a lesson can last hours). */
const UPDATE_CHECK_MS = 30 * 60 * 1000;

/** The app's update state, or null where service workers are unavailable (or during prerender). */
export function registerServiceWorker(): UpdateState | null {
	if (shared) return shared;
	if (typeof navigator === 'undefined' || !('serviceWorker' in navigator)) return null;
	const container = navigator.serviceWorker;
	const state = new UpdateState({ container, reload: () => location.reload() });
	shared = state;
	// The worker precaches the whole app; starting after load keeps that download
	// from competing with the first visit's own page and scripts.
	if (document.readyState === 'complete') start(container, state);
	else addEventListener('load', () => start(container, state), { once: true });
	return state;
}

function start(container: ServiceWorkerContainer, state: UpdateState): void {
	container
		// In dev, Vite serves the worker as an ES module; the build is a classic script.
		.register(`${base}/service-worker.js`, { type: dev ? 'module' : 'classic' })
		.then((registration) => {
			state.watch(registration);
			const check = () => void registration.update().catch(() => {});
			setInterval(check, UPDATE_CHECK_MS);
			document.addEventListener('visibilitychange', () => {
				if (document.visibilityState === 'visible') check();
			});
		})
		.catch((cause: unknown) => {
			// The app still works online without a worker; offline use is what is lost.
			console.warn('Byline: the offline service worker could not be registered', cause);
		});
}
