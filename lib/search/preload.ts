import { searchPath } from '@/lib/core/urls';
import { EARLY_WORKER, ENGINE_ATTRIBUTE } from '@/lib/search/engine/protocol';

export { ENGINE_ATTRIBUTE };

/**
 * A shared link to results (`/search/?q=…`): the search worker (lib/search/engine/worker.ts) starts while the page is
 * still arriving, so its script and the index download, and the index opens, alongside the page instead of after
 * the islands have run; the search island takes the worker over (lib/islands/search-engine.ts). Only there: on
 * `/search/` without a query, as on every other page, nothing of search loads before the reader starts to search.
 * A worker that fails to load is let go, and the island starts its own.
 *
 * Part of the one inline head script (lib/site/head-script.ts), so it adds no hash to the CSP; the worker script's
 * name changes with its content, so it comes from the script's own attribute. tests/unit/search/preload.test.ts
 * runs it.
 */
export const SEARCH_PRELOAD_SCRIPT =
  `(function(){var s=document.currentScript,e=s&&s.getAttribute(${JSON.stringify(ENGINE_ATTRIBUTE)}),k=${JSON.stringify(EARLY_WORKER)};` +
  `if(!e||typeof Worker!=="function"||location.pathname!==${JSON.stringify(searchPath())}||!/[?&]q=[^&]/.test(location.search))return;` +
  `try{var w=new Worker(e);w.onerror=function(){if(window[k]===w)window[k]=void 0};window[k]=w}catch(x){}})()`;
