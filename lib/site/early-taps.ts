/**
 * A tap that comes before its island: on a slow phone the page is painted, and its buttons look ready, a moment before
 * the islands' module has run. A tap on 长辈模式 or a text size in that moment would meet no handler and be lost.
 * The inline head script (./head-script.ts) notes each click on a `type="button"` inside an island that is not
 * ready yet; the loader (lib/islands/start.ts) marks an island ready once it has started and then clicks those buttons again, in
 * the order they were tapped. Submit buttons are left alone: their forms work without script.
 *
 * tests/unit/islands/early-taps.test.ts runs the script; tests/e2e/islands.spec.ts taps before the module arrives.
 */

/** Set on an island's element once its `start` has run: from then on its buttons answer for themselves. */
export const READY_ATTRIBUTE = 'data-island-ready';
/** Where the head script keeps the buttons tapped too early, in tap order. */
export const EARLY_TAPS = '__earlyTaps';

export const EARLY_TAPS_SCRIPT =
  `(function(){var q=window[${JSON.stringify(EARLY_TAPS)}]=[];document.addEventListener("click",function(e){` +
  `var t=e.target,b=t&&t.closest&&t.closest('button[type="button"]'),r=b&&b.closest("[data-island]");` +
  `if(r&&!r.hasAttribute(${JSON.stringify(READY_ATTRIBUTE)}))q.push(b)},true)})()`;
