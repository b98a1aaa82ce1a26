/**
 * Where the SCORM player's built files live in the app (under the app's base path), and the
 * names they take inside a package. The Vite plugin in scripts/vite-scorm-player.ts writes
 * them, the service worker precaches them (a teacher can build a package offline), and the
 * packager copies them into the zip.
 */
export const PLAYER_DIR = 'scorm-player';
export const PLAYER_SCRIPT = 'player.js';
export const PLAYER_STYLES = 'player.css';
export const PLAYER_FILES = [PLAYER_SCRIPT, PLAYER_STYLES] as const;

/** Paths relative to the app's root, e.g. `scorm-player/player.js`. */
export const PLAYER_PATHS = PLAYER_FILES.map((file) => `${PLAYER_DIR}/${file}`);

/** The package's own files. */
export const LAUNCH_FILE = 'index.html';
export const DATA_FILE = 'story.js';
/** The global the data file sets and the player reads. */
export const DATA_GLOBAL = '__BYLINE_SCORM_PACKAGE__';
