/**
 * Where reading settings are stored, in a module of their own so the layout can check for
 * them without loading the settings code.
 */

/** The localStorage copy the app.html script reads before the first paint. */
export const READING_KEY = 'byline:reading';
/** The setting's name in IndexedDB (and in backups). */
export const READING_SETTING = 'reading';
