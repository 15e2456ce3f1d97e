import { runInNewContext } from 'node:vm';
import { afterEach, describe, expect, it } from 'vitest';
import { readyForTaps } from '@/lib/islands/early-taps';
import { EARLY_TAPS, EARLY_TAPS_SCRIPT, READY_ATTRIBUTE } from '@/lib/site/early-taps';

/** A button of `type`, inside an island element or not, with just what the script and the loader ask of it. */
type FakeButton = { type: string; island?: FakeIsland; isConnected: boolean; closest(selector: string): unknown };
type FakeIsland = { attributes: Set<string>; buttons: FakeButton[]; hasAttribute(name: string): boolean; setAttribute(name: string, value: string): void; contains(node: unknown): boolean };

function island(): FakeIsland {
  const attributes = new Set<string>();
  const self: FakeIsland = {
    attributes,
    buttons: [],
    hasAttribute: (name) => attributes.has(name),
    setAttribute: (name) => void attributes.add(name),
    contains: (node) => self.buttons.includes(node as FakeButton),
  };
  return self;
}

function button(type: string, inside?: FakeIsland): FakeButton {
  const made: FakeButton = {
    type,
    island: inside,
    isConnected: true,
    closest(selector) {
      if (selector === 'button[type="button"]') return type === 'button' ? made : null;
      if (selector === '[data-island]') return inside ?? null;
      throw new Error(`unexpected selector ${selector}`);
    },
  };
  inside?.buttons.push(made);
  return made;
}

/** Runs the head script on a fake page and returns a way to click, and the list it keeps. */
function page() {
  let onClick: ((event: unknown) => void) | undefined;
  const window: Record<string, unknown> = {};
  runInNewContext(EARLY_TAPS_SCRIPT, {
    window,
    document: {
      addEventListener: (type: string, listener: (event: unknown) => void, capture: boolean) => {
        if (type === 'click' && capture) onClick = listener;
      },
    },
  });
  return { click: (target: unknown) => onClick?.({ target }), taps: window[EARLY_TAPS] as unknown[] };
}

describe('taps before their island', () => {
  afterEach(() => {
    delete (globalThis as Record<string, unknown>).window;
  });

  it('the head script notes clicks on plain buttons of islands not ready yet, in order', () => {
    const { click, taps } = page();
    const settings = island();
    const [elder, contrast] = [button('button', settings), button('button', settings)];
    click(contrast);
    click(elder);
    expect(taps).toEqual([contrast, elder]);
  });

  it('leaves alone ready islands, submit buttons, buttons outside islands and clicks on no element', () => {
    const { click, taps } = page();
    const ready = island();
    ready.setAttribute(READY_ATTRIBUTE, '');
    click(button('button', ready));
    click(button('submit', island()));
    click(button('button'));
    click(null);
    click({});
    expect(taps).toEqual([]);
  });

  it('the loader marks an island ready and takes back its own taps, still on the page, in order', () => {
    const [settings, save] = [island(), island()];
    const [elder, size, gone] = [button('button', settings), button('button', settings), button('button', settings)];
    const saveButton = button('button', save);
    gone.isConnected = false;
    const taps = [size, saveButton, gone, elder];
    (globalThis as Record<string, unknown>).window = { [EARLY_TAPS]: taps };
    expect(readyForTaps(settings as unknown as HTMLElement)).toEqual([size, elder]);
    expect(settings.hasAttribute(READY_ATTRIBUTE)).toBe(true);
    expect(taps).toEqual([saveButton]);
  });

  it('the loader marks an island ready where the head script never ran (npm run dev before it, old saved copies)', () => {
    (globalThis as Record<string, unknown>).window = {};
    const settings = island();
    expect(readyForTaps(settings as unknown as HTMLElement)).toEqual([]);
    expect(settings.hasAttribute(READY_ATTRIBUTE)).toBe(true);
  });
});
