// Teacher pages are static shells: ids come from the query string, read in the browser.
export const prerender = true;
