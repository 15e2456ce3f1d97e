import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { SHORTCUT_SCRIPT } from '@/lib/search/shortcut';

type Key = { key: string; ctrlKey?: boolean; metaKey?: boolean; shiftKey?: boolean; altKey?: boolean; target?: { tagName: string; isContentEditable?: boolean } };

/** Runs the <head> script on a page with the given boxes, presses a key, and says which box got focus. */
function press(boxes: string[], key: Key): { focused: string | undefined; prevented: boolean } {
  let listener: ((e: unknown) => void) | undefined;
  let focused: string | undefined;
  let prevented = false;
  const box = (name: string) => ({ focus: () => (focused = name), select: () => undefined });
  runInNewContext(SHORTCUT_SCRIPT, {
    document: {
      addEventListener: (type: string, fn: (e: unknown) => void) => {
        if (type === 'keydown') listener = fn;
      },
      querySelector: (selector: string) => {
        if (selector === '[data-search-input="primary"]') return boxes.includes('primary') ? box('primary') : null;
        return boxes.length > 0 ? box(boxes[0] ?? '') : null;
      },
    },
  });
  listener?.({ ctrlKey: false, metaKey: false, shiftKey: false, altKey: false, defaultPrevented: false, target: { tagName: 'BODY' }, ...key, preventDefault: () => (prevented = true) });
  return { focused, prevented };
}

describe('the search shortcut in <head>', () => {
  it('sends / and Ctrl/⌘+K to the page’s main box, or to the header’s where there is none', () => {
    expect(press(['header', 'primary'], { key: '/' })).toEqual({ focused: 'primary', prevented: true });
    expect(press(['header'], { key: '/' })).toEqual({ focused: 'header', prevented: true });
    expect(press(['header'], { key: 'k', ctrlKey: true })).toEqual({ focused: 'header', prevented: true });
    expect(press(['header'], { key: 'K', metaKey: true })).toEqual({ focused: 'header', prevented: true });
  });

  it('leaves / alone while someone types elsewhere, and other keys always', () => {
    for (const tagName of ['INPUT', 'TEXTAREA', 'SELECT']) expect(press(['header'], { key: '/', target: { tagName } }).focused).toBeUndefined();
    expect(press(['header'], { key: '/', target: { tagName: 'DIV', isContentEditable: true } }).focused).toBeUndefined();
    expect(press(['header'], { key: 'k' }).focused).toBeUndefined();
    expect(press(['header'], { key: 'k', ctrlKey: true, shiftKey: true }).focused).toBeUndefined();
    expect(press(['header'], { key: '/', altKey: true }).focused).toBeUndefined();
    expect(press([], { key: '/' })).toEqual({ focused: undefined, prevented: false });
  });
});
