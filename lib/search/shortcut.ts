/**
 * `/` and Ctrl/⌘+K move focus to the search box, as on most documentation and Q&A sites.
 * `/` is left alone while someone is typing somewhere else.
 */
export function isSearchShortcut(event: KeyboardEvent): boolean {
  if (event.altKey) return false;
  if ((event.ctrlKey || event.metaKey) && !event.shiftKey && event.key.toLowerCase() === 'k') return true;
  return event.key === '/' && !event.ctrlKey && !event.metaKey && !isEditable(event.target);
}

function isEditable(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement;
}

/** The page's main search box (home hero, search page) takes the shortcut; the header's box only when there is none. */
export const PRIMARY_BOX_SELECTOR = '[data-search-box="hero"], [data-search-box="page"]';
