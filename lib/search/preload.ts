import { INDEX_BASE } from './client';
import { searchPath } from '@/lib/site/urls';

/** The head script's attribute naming the engine's bundle (app/layout.tsx writes it, this script reads it). */
export const ENGINE_ATTRIBUTE = 'data-engine';

/**
 * A shared link to results (`/search/?q=…`): the engine's bundle and meta.json start downloading while the page
 * is still arriving, instead of one after the other once the islands have run. Only there: on `/search/` without
 * a query, as on every other page, nothing of search loads before the reader starts to search.
 *
 * Part of the one inline head script (lib/site/head-script.ts), so it adds no hash to the CSP; the bundle's name
 * changes with its content, so it comes from the script's own attribute. tests/unit/search/preload.test.ts runs it.
 */
export const SEARCH_PRELOAD_SCRIPT =
  `(function(){var s=document.currentScript,e=s&&s.getAttribute(${JSON.stringify(ENGINE_ATTRIBUTE)});` +
  `if(!e||location.pathname!==${JSON.stringify(searchPath())}||!/[?&]q=[^&]/.test(location.search))return;` +
  `function l(r,h,a){var k=document.createElement("link");k.rel=r;k.href=h;if(a){k.as=a;k.crossOrigin="anonymous"}document.head.appendChild(k)}` +
  `l("modulepreload",e);l("preload",${JSON.stringify(`${INDEX_BASE}meta.json`)},"fetch")})()`;
