/**
 * `/` and Ctrl/⌘+K move focus to the search box, as on most documentation and Q&A sites; `/` is left
 * alone while someone is typing somewhere else. The page's main box (home hero, search page:
 * `data-search-input="primary"`) takes it, the header's box where there is none.
 *
 * An inline script in <head> (app/layout.tsx), not an island: the key works from the first paint, before
 * any module has loaded. The same text on every page, so the build hashes it into the CSP once;
 * tests/unit/search/shortcut.test.ts runs it against key events.
 */
export const SHORTCUT_SCRIPT =
  `document.addEventListener("keydown",function(e){if(e.altKey||e.defaultPrevented)return;` +
  `var t=e.target,k=(e.key||"").toLowerCase(),c=e.ctrlKey||e.metaKey;` +
  `if(!(c&&!e.shiftKey&&k==="k")&&!(e.key==="/"&&!c&&!(t&&(t.isContentEditable||/^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName)))))return;` +
  `var b=document.querySelector('[data-search-input="primary"]')||document.querySelector("[data-search-input]");` +
  `if(!b)return;e.preventDefault();b.focus();b.select()})`;
