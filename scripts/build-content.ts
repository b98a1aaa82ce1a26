// `npm run content`: writes the built-in banks and their index to static/content/ as JSON, so
// student pages fetch data instead of cleaning the seed articles in the browser.
// A test (src/lib/content/prebuilt.test.ts) fails when the committed files are stale.
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { STATIC_CONTENT_DIR, builtinContentFiles } from '../src/lib/server/prebuilt-node';

const files = builtinContentFiles();
mkdirSync(STATIC_CONTENT_DIR, { recursive: true });
// A story that is no longer built in must not linger as a file.
for (const old of readdirSync(STATIC_CONTENT_DIR)) {
	if (!files.has(old)) rmSync(join(STATIC_CONTENT_DIR, old));
}
for (const [name, text] of files) {
	writeFileSync(join(STATIC_CONTENT_DIR, name), text);
	console.log(`wrote ${join(STATIC_CONTENT_DIR, name)} (${(text.length / 1024).toFixed(1)} KB)`);
}
