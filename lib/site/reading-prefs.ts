/**
 * The reader's display preferences (elder-friendly mode, issue 9), decided once: what can be chosen,
 * how it is stored, and how it shows on <html>. The inline script in the layout and the header switch
 * both follow this file, so a page painted before hydration looks exactly like one after it.
 */

export type TextSize = 'standard' | 'large' | 'xlarge';

export type ReadingPrefs = {
  /** 长辈模式: bigger targets, simpler chrome, stronger colours; the size and contrast choices live inside it. */
  elder: boolean;
  size: TextSize;
  highContrast: boolean;
};

export const TEXT_SIZES: readonly { value: TextSize; label: string }[] = [
  { value: 'standard', label: '标准' },
  { value: 'large', label: '大' },
  { value: 'xlarge', label: '特大' },
];

export const DEFAULT_PREFS: ReadingPrefs = { elder: false, size: 'standard', highContrast: false };

/** Switching the mode on starts at the size that gives 20 px body text on a phone. */
export const ELDER_PREFS: ReadingPrefs = { elder: true, size: 'large', highContrast: false };

export const PREFS_KEY = 'yibao-reading';

function isTextSize(value: unknown): value is TextSize {
  return TEXT_SIZES.some((s) => s.value === value);
}

/**
 * Reads what localStorage held. Anything unreadable is the standard site; without the mode, size and
 * contrast are the standard ones too, because their controls are only shown inside it.
 */
export function parsePrefs(raw: string | null): ReadingPrefs {
  let value: unknown;
  try {
    value = JSON.parse(raw ?? '{}');
  } catch {
    return DEFAULT_PREFS;
  }
  if (typeof value !== 'object' || value === null || !('elder' in value) || value.elder !== true) return DEFAULT_PREFS;
  const size = 'size' in value && isTextSize(value.size) ? value.size : 'standard';
  const highContrast = 'highContrast' in value && value.highContrast === true;
  return { elder: true, size, highContrast };
}

/** The attributes on <html> that globals.css styles the modes by; `undefined` means absent. */
export function prefsAttributes(prefs: ReadingPrefs): Record<'data-elder' | 'data-size' | 'data-contrast', string | undefined> {
  return {
    'data-elder': prefs.elder ? 'on' : undefined,
    'data-size': prefs.elder && prefs.size !== 'standard' ? prefs.size : undefined,
    'data-contrast': prefs.elder && prefs.highContrast ? 'high' : undefined,
  };
}

/**
 * Runs in <head> before the body is parsed, so the first paint already has the reader's size and
 * colours. It is the same text on every page (the build hashes it into each page's CSP) and mirrors
 * `parsePrefs` + `prefsAttributes`; tests/unit/site/reading-prefs.test.ts runs it to prove they agree.
 */
export const PREFS_SCRIPT =
  `(function(){try{var p=JSON.parse(localStorage.getItem(${JSON.stringify(PREFS_KEY)})||"{}"),d=document.documentElement;` +
  `if(!p||p.elder!==true)return;d.setAttribute("data-elder","on");` +
  `if(p.size==="large"||p.size==="xlarge")d.setAttribute("data-size",p.size);` +
  `if(p.highContrast===true)d.setAttribute("data-contrast","high")}catch(e){}})()`;
