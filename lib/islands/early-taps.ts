import { EARLY_TAPS, READY_ATTRIBUTE } from '@/lib/site/early-taps';

/**
 * The loader's side of taps that come before their island (the head script's side, and why: lib/site/early-taps.ts).
 * Marks `root` ready and hands back the buttons in it tapped before, in tap order, taking them off the list.
 */
export function readyForTaps(root: HTMLElement): HTMLButtonElement[] {
  root.setAttribute(READY_ATTRIBUTE, '');
  const taps = (window as unknown as Record<string, HTMLButtonElement[] | undefined>)[EARLY_TAPS];
  if (!taps) return [];
  const mine = taps.filter((button) => root.contains(button));
  taps.splice(0, taps.length, ...taps.filter((button) => !mine.includes(button)));
  return mine.filter((button) => button.isConnected);
}
