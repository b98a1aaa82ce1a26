// @vitest-environment jsdom
/**
 * HTML import as the browser runs it: no injected deps, so the module must find DOMParser
 * and window on its own (here provided by vitest's jsdom environment).
 */
import { describe, expect, it } from 'vitest';
import { parseArticleSource } from './import';

const BODY =
	'The council voted on Monday to close the old bridge, officials said. The decision followed months of debate about safety, costs and the daily inconvenience to commuters.';

describe('HTML import with the global DOM', () => {
	it('uses DOMParser and window when no deps are given', () => {
		const page = `<html><head><meta property="og:title" content="Council closes the bridge">
<meta property="og:site_name" content="Springfield Times"></head>
<body><article><p>${BODY}</p><p onclick="alert(1)">${BODY.replace('Monday', 'Tuesday')}</p></article></body></html>`;
		const a = parseArticleSource({ name: 'page.html', content: page });
		expect(a.title).toBe('Council closes the bridge');
		expect(a.outlet).toBe('Springfield Times');
		expect(a.text.split('\n\n')).toEqual([BODY, BODY.replace('Monday', 'Tuesday')]);
	});
});
