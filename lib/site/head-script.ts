import { SHORTCUT_SCRIPT } from '@/lib/search/shortcut';
import { PREFS_SCRIPT } from './reading-prefs';

/**
 * The one inline script of every page, in <head>: the reader's 长辈模式 attributes before first paint
 * (lib/site/reading-prefs.ts) and the search shortcut from first paint (lib/search/shortcut.ts). One
 * text everywhere, so it is one hash in every page's Content-Security-Policy.
 */
export const HEAD_SCRIPT = `${PREFS_SCRIPT};${SHORTCUT_SCRIPT}`;
