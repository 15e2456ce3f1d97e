import { EARLY_TAPS_SCRIPT } from './early-taps';
import { SEARCH_PRELOAD_SCRIPT } from '@/lib/search/preload';
import { SHORTCUT_SCRIPT } from '@/lib/search/shortcut';
import { PREFS_SCRIPT } from './reading-prefs';

/**
 * The one inline script of every page, in <head>: the reader's 长辈模式 attributes before first paint
 * (lib/site/reading-prefs.ts), the search shortcut from first paint (lib/search/shortcut.ts), taps on island
 * buttons before their island has started (lib/site/early-taps.ts) and, on a link to search results, the
 * search files' early download (lib/search/preload.ts). One
 * text everywhere, so it is one hash in every page's Content-Security-Policy.
 */
export const HEAD_SCRIPT = `${PREFS_SCRIPT};${SHORTCUT_SCRIPT};${EARLY_TAPS_SCRIPT};${SEARCH_PRELOAD_SCRIPT}`;
