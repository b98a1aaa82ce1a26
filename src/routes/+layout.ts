// Every page is prerendered and then hydrated; data comes from the bundle or IndexedDB.
export const prerender = true;
export const trailingSlash = 'never';
