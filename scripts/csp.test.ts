import { createHash } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { appHtmlScriptHashes, cspDirectives, serializeCsp } from '../csp.config.js';

describe('the Content-Security-Policy', () => {
	it('hashes every inline script in app.html, and no script with a src', () => {
		const dir = mkdtempSync(join(tmpdir(), 'csp-'));
		const file = join(dir, 'app.html');
		const body = "document.documentElement.dataset.size = localStorage.getItem('size') ?? '';";
		writeFileSync(
			file,
			`<head><script>${body}</script><script src="/x.js"></script><script type="module">1</script></head>`
		);
		const sha = (text: string) => `sha256-${createHash('sha256').update(text).digest('base64')}`;
		expect(appHtmlScriptHashes(file)).toEqual([sha(body), sha('1')]);
	});

	it('allows no inline script or eval, and quotes keywords and hashes in a header', () => {
		const directives = cspDirectives();
		expect(directives['script-src']).not.toContain('unsafe-inline');
		expect(directives['script-src']).not.toContain('unsafe-eval');
		expect(serializeCsp({ 'script-src': ['self', 'sha256-abc='], 'img-src': ['data:'] })).toBe(
			"script-src 'self' 'sha256-abc='; img-src data:"
		);
	});
});
