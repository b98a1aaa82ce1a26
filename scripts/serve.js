// Serves the built app the way a static host does, including the SPA fallback
// (200.html) for routes that exist only in the browser, such as teacher stories.
// `vite preview` does not apply adapter-static's fallback, so tests use this.
import { createServer } from 'node:http';
import sirv from 'sirv';

const dir = process.env.BYLINE_BUILD_DIR ?? 'build';
const port = Number(process.env.PORT ?? 4173);
const host = process.env.HOST ?? '127.0.0.1';

const assets = sirv(dir, {
	single: '200.html',
	etag: true,
	// Serve adapter-static's precompressed .br/.gz files when the browser accepts them,
	// as a real static host does; tests and Lighthouse then see production-like transfer sizes.
	gzip: true,
	brotli: true,
	setHeaders(res, pathname) {
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
