import { describe, expect, it } from 'vitest';
import {
	APP_SHELL,
	cacheName,
	isSkipWaitingMessage,
	pageKey,
	planRequest,
	precacheList,
	staleCaches
} from './offline-cache';

const ORIGIN = 'https://byline.example';
const precached = new Set(['/', '/story/s1', '/story/s1/quiz', '/_app/immutable/a.js', APP_SHELL]);
const req = (path: string, mode = 'cors', method = 'GET', origin = ORIGIN) => ({
	method,
	mode,
	url: new URL(path, origin)
});

describe('caches', () => {
	it('names a cache per version and finds only our other versions as stale', () => {
		expect(cacheName('v2')).toBe('byline-offline-v2');
		expect(
			staleCaches(
				['byline-offline-v1', 'byline-offline-v2', 'someone-else', 'byline-offline-v0'],
				'v2'
			)
		).toEqual(['byline-offline-v1', 'byline-offline-v0']);
	});

	it('precaches build, files, pages and the app shell once each', () => {
		const list = precacheList(['/_app/a.js', '/x'], ['/favicon.svg', '/x'], ['/', '/story/s1']);
		expect(list).toEqual(['/_app/a.js', '/x', '/favicon.svg', '/', '/story/s1', APP_SHELL]);
	});
});

describe('pageKey', () => {
	it('drops trailing slashes but keeps the root', () => {
		expect(pageKey('/')).toBe('/');
		expect(pageKey('/story/s1/')).toBe('/story/s1');
		expect(pageKey('/story/s1//')).toBe('/story/s1');
		expect(pageKey('/story/s1')).toBe('/story/s1');
	});
});

describe('planRequest', () => {
	it('answers prerendered pages from their own cache entry, ignoring the query', () => {
		expect(planRequest(req('/story/s1/quiz?x=1', 'navigate'), ORIGIN, precached)).toEqual({
			kind: 'navigate',
			cached: '/story/s1/quiz',
			shell: APP_SHELL
		});
	});

	it('falls back to the app shell for pages that were never prerendered', () => {
		expect(planRequest(req('/story/teacher-made/quiz', 'navigate'), ORIGIN, precached)).toEqual({
			kind: 'navigate',
			cached: null,
			shell: APP_SHELL
		});
	});

	it('serves precached assets cache-first and other same-origin GETs network-first', () => {
		expect(planRequest(req('/_app/immutable/a.js'), ORIGIN, precached)).toEqual({
			kind: 'cache-first',
			key: '/_app/immutable/a.js'
		});
		expect(planRequest(req('/_app/version.json'), ORIGIN, precached)).toEqual({
			kind: 'network-first'
		});
	});

	it('leaves other origins and non-GET requests to the browser', () => {
		expect(planRequest(req('/a', 'cors', 'POST'), ORIGIN, precached)).toEqual({
			kind: 'passthrough'
		});
		expect(
			planRequest(
				req('/_app/immutable/a.js', 'cors', 'GET', 'https://cdn.example'),
				ORIGIN,
				precached
			)
		).toEqual({ kind: 'passthrough' });
	});
});

it('recognises only the skip-waiting message', () => {
	expect(isSkipWaitingMessage({ type: 'SKIP_WAITING' })).toBe(true);
	expect(isSkipWaitingMessage({ type: 'OTHER' })).toBe(false);
	expect(isSkipWaitingMessage('SKIP_WAITING')).toBe(false);
	expect(isSkipWaitingMessage(null)).toBe(false);
});
