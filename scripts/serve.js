// Serves the built app the way a static host does, including the SPA fallback
// (200.html) for routes that exist only in the browser, such as teacher stories,
// the precompressed .br/.gz files, and the Content-Security-Policy as a header.
// `vite preview` does not apply adapter-static's fallback (the service worker's
// precache of /200.html then fails), so `npm run preview` and the tests use this.
import { readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join, relative, sep } from 'node:path';
import sirv from 'sirv';
import { cspDirectives, serializeCsp } from '../csp.config.js';

const dir = process.env.BYLINE_BUILD_DIR ?? 'build';
const port = Number(process.env.PORT ?? 4173);
const host = process.env.HOST ?? '127.0.0.1';

// frame-ancestors works only in a header: no other site may frame Byline (clickjacking).
const HEADER_ONLY = "; frame-ancestors 'none'";
/** For scripts (the service worker and the generator Worker take their policy from here). */
const basePolicy = serializeCsp(cspDirectives()) + HEADER_ONLY;

/** Each prerendered page's own policy, with the hashes of its inline scripts, from its <meta>. */
function pagePolicies(root) {
	const policies = new Map();
	const walk = (folder) => {
		for (const entry of readdirSync(folder, { withFileTypes: true })) {
			const path = join(folder, entry.name);
			if (entry.isDirectory()) walk(path);
			else if (entry.name.endsWith('.html')) {
				const meta = /<meta http-equiv="content-security-policy" content="([^"]*)"/i.exec(
					readFileSync(path, 'utf8')
				);
				if (!meta) continue;
				// Requests name pages without .html ("/settings"), and folders' index pages by folder.
				const file = '/' + relative(root, path).split(sep).join('/');
				const page = file.replace(/\.html$/, '').replace(/(^|\/)index$/, '$1');
				for (const key of [file, page, page.replace(/\/$/, '') || '/']) policies.set(key, meta[1]);
			}
		}
	};
	walk(root);
	return policies;
}
const policies = pagePolicies(dir);

const assets = sirv(dir, {
	single: '200.html',
	etag: true,
	// Serve adapter-static's precompressed .br/.gz files when the browser accepts them,
	// as a real static host does; tests and Lighthouse then see production-like transfer sizes.
	gzip: true,
	brotli: true,
	setHeaders(res, pathname) {
		// sirv passes the request's path. A path with no file extension is a page: its own
		// prerendered file, or else the SPA fallback (200.html) that sirv serves for it.
		const path = decodeURIComponent(pathname).replace(/\/$/, '') || '/';
		const isPage = path.endsWith('.html') || !/\.[^/]+$/.test(path);
		const page = isPage ? (policies.get(path) ?? policies.get('/200.html')) : undefined;
		res.setHeader('Content-Security-Policy', page ? page + HEADER_ONLY : basePolicy);
		if (pathname.startsWith('/_app/immutable/')) {
			res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
		} else {
			res.setHeader('Cache-Control', 'no-cache');
		}
	}
});

createServer((req, res) => assets(req, res)).listen(port, host, () => {
	console.log(`Byline build (${dir}) at http://${host}:${port}`);
});
