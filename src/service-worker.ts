/// <reference types="@sveltejs/kit" />
/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
/*
 * Byline's offline worker. SvelteKit's built-in service worker rather than a
 * plugin (Workbox, vite-plugin-pwa): it adds no dependency, `$service-worker`
 * hands us the exact lists of built assets, static files and prerendered pages
 * for this version, and we keep full control of the update flow: a new worker
 * waits until the page asks it to take over (after saving any answer in flight).
 */
import { base, build, files, prerendered, version } from '$service-worker';
import {
	cacheName,
	isSkipWaitingMessage,
	planRequest,
	precacheList,
	staleCaches
} from '$lib/pwa/offline-cache';
import { PLAYER_PATHS } from '$lib/scorm/files';

const sw = self as unknown as ServiceWorkerGlobalScope;
const CACHE = cacheName(version);
// The SCORM player is built beside the app rather than by SvelteKit, so `build` does not list
// it; it is precached too, so a teacher can make a SCORM package offline.
const PRECACHE = precacheList(
	build,
	[...files, ...PLAYER_PATHS.map((p) => `${base}/${p}`)],
	prerendered
);
const PRECACHED = new Set(PRECACHE);
/** After this long a slow network loses to the cached page (students on school Wi-Fi). */
const NAVIGATION_TIMEOUT_MS = 3000;

sw.addEventListener('install', (event) => {
	// addAll is all-or-nothing: a half-filled cache never becomes a version.
	event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(PRECACHE)));
});

sw.addEventListener('activate', (event) => {
	event.waitUntil(
		(async () => {
			const names = await caches.keys();
			await Promise.all(staleCaches(names, version).map((name) => caches.delete(name)));
			await sw.clients.claim();
		})()
	);
});

sw.addEventListener('message', (event) => {
	if (isSkipWaitingMessage(event.data)) void sw.skipWaiting();
});

/** The network's answer, or null if it failed or took longer than `ms`. */
async function fetchWithin(request: Request, ms: number): Promise<Response | null> {
	const controller = new AbortController();
	const timer = setTimeout(() => controller.abort(), ms);
	try {
		// A navigation request cannot be re-sent with a new signal; copy its URL instead.
		const response = await fetch(request.url, {
			signal: controller.signal,
			credentials: 'same-origin',
			redirect: 'follow'
		});
		return response.ok ? response : null;
	} catch {
		return null;
	} finally {
		clearTimeout(timer);
	}
}

async function fromCache(key: string): Promise<Response | undefined> {
	const cache = await caches.open(CACHE);
	return cache.match(key);
}

async function navigate(request: Request, cached: string | null, shell: string) {
	const network = await fetchWithin(request, NAVIGATION_TIMEOUT_MS);
	if (network) return network;
	const page = (cached && (await fromCache(cached))) || (await fromCache(shell));
	return page ?? Response.error();
}

async function cacheFirst(request: Request, key: string): Promise<Response> {
	return (await fromCache(key)) ?? fetch(request);
}

async function networkFirst(request: Request): Promise<Response> {
	try {
		return await fetch(request);
	} catch (error) {
		const cached = await caches.match(request);
		if (cached) return cached;
		throw error;
	}
}

sw.addEventListener('fetch', (event) => {
	const { request } = event;
	const plan = planRequest(
		{ method: request.method, url: new URL(request.url), mode: request.mode },
		sw.location.origin,
		PRECACHED
	);
	switch (plan.kind) {
		case 'passthrough':
			return;
		case 'navigate':
			event.respondWith(navigate(request, plan.cached, plan.shell));
			return;
		case 'cache-first':
			event.respondWith(cacheFirst(request, plan.key));
			return;
		case 'network-first':
			event.respondWith(networkFirst(request));
			return;
	}
});
