'use client';

import { useRef, useState, useSyncExternalStore, type KeyboardEvent } from 'react';
import {
  DEFAULT_PREFS,
  ELDER_PREFS,
  parsePrefs,
  PREFS_KEY,
  prefsAttributes,
  TEXT_SIZES,
  type ReadingPrefs,
  type TextSize,
} from '@/lib/site/reading-prefs';

type Props = {
  /** Where the switch sits in the header; the size and contrast row goes under the header's first row. */
  part: 'switch' | 'panel';
};

// <html>'s attributes are the truth (the inline script set them before first paint); this mirrors them.
const listeners = new Set<() => void>();

function readPrefs(): ReadingPrefs {
  const html = document.documentElement;
  if (html.getAttribute('data-elder') !== 'on') return DEFAULT_PREFS;
  const size = TEXT_SIZES.find((s) => s.value === html.getAttribute('data-size'))?.value ?? 'standard';
  return { elder: true, size, highContrast: html.getAttribute('data-contrast') === 'high' };
}

function applyPrefs(prefs: ReadingPrefs) {
  const html = document.documentElement;
  for (const [name, value] of Object.entries(prefsAttributes(prefs))) {
    if (value === undefined) html.removeAttribute(name);
    else html.setAttribute(name, value);
  }
  listeners.forEach((notify) => notify());
}

function savePrefs(prefs: ReadingPrefs) {
  applyPrefs(prefs);
  try {
    localStorage.setItem(PREFS_KEY, JSON.stringify(prefs));
  } catch {
    // Storage can be off (private windows, full disk): the choice still holds for this page.
  }
}

function subscribe(notify: () => void) {
  listeners.add(notify);
  // Another tab changed the choice: follow it here too.
  const onStorage = (event: StorageEvent) => {
    if (event.key === PREFS_KEY) applyPrefs(parsePrefs(event.newValue));
  };
  window.addEventListener('storage', onStorage);
  return () => {
    listeners.delete(notify);
    window.removeEventListener('storage', onStorage);
  };
}

const snapshotKey = (p: ReadingPrefs) => `${p.elder}|${p.size}|${p.highContrast}`;
const getSnapshot = () => snapshotKey(readPrefs());
const getServerSnapshot = () => snapshotKey(DEFAULT_PREFS);

function usePrefs(): ReadingPrefs {
  const key = useSyncExternalStore(subscribe, getSnapshot, getServerSnapshot);
  const [elder, size, highContrast] = key.split('|');
  return {
    elder: elder === 'true',
    size: TEXT_SIZES.find((s) => s.value === size)?.value ?? 'standard',
    highContrast: highContrast === 'true',
  };
}

const sizeLabel = (size: TextSize) => TEXT_SIZES.find((s) => s.value === size)?.label ?? '';

/**
 * The 长辈模式 switch and, while it is on, the text size and contrast choices. Their pressed/checked
 * look comes from CSS on <html>'s attributes (globals.css), so it is right from the first paint;
 * the ARIA states follow once this island hydrates.
 */
export function ElderSettings({ part }: Props) {
  const prefs = usePrefs();
  const [announcement, setAnnouncement] = useState('');
  const radios = useRef<(HTMLButtonElement | null)[]>([]);

  const update = (next: ReadingPrefs, message: string) => {
    savePrefs(next);
    setAnnouncement(message);
  };

  if (part === 'switch') {
    return (
      <>
        <button
          type="button"
          aria-pressed={prefs.elder}
          className="elder-switch"
          onClick={() =>
            prefs.elder
              ? update(DEFAULT_PREFS, '已关闭长辈模式，恢复标准字号')
              : update(ELDER_PREFS, `已开启长辈模式，字号：${sizeLabel(ELDER_PREFS.size)}。字号和高对比度在页面顶部调整`)
          }
        >
          <svg aria-hidden="true" viewBox="0 0 24 24" className="size-6 shrink-0" fill="none" stroke="currentColor" strokeWidth="2">
            <path d="M4 19 9.5 5h1L16 19M6.2 14h7.6M17 19l2.5-7h.5l2.5 7M18 16.8h4" />
          </svg>
          长辈模式
          {/* The on/off word, shown by CSS from <html>, so the state is not told by colour alone. */}
          <span aria-hidden="true" className="elder-switch-state" />
        </button>
        <p role="status" className="sr-only">
          {announcement}
        </p>
      </>
    );
  }

  const chooseSize = (size: TextSize) => update({ ...prefs, size }, `字号：${sizeLabel(size)}`);

  // A radio group is one tab stop; the arrow keys move and choose, as in a native one.
  const onRadioKey = (event: KeyboardEvent<HTMLButtonElement>, index: number) => {
    const step = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 }[event.key];
    if (step === undefined) return;
    event.preventDefault();
    const nextIndex = (index + step + TEXT_SIZES.length) % TEXT_SIZES.length;
    const next = TEXT_SIZES[nextIndex];
    if (!next) return;
    chooseSize(next.value);
    radios.current[nextIndex]?.focus();
  };

  return (
    <div className="elder-panel print-hidden">
      <div role="radiogroup" aria-label="字号" className="flex flex-wrap items-center gap-2">
        <span aria-hidden="true" className="font-bold">
          字号
        </span>
        {TEXT_SIZES.map((option, index) => {
          const checked = prefs.size === option.value;
          return (
            <button
              key={option.value}
              ref={(element) => {
                radios.current[index] = element;
              }}
              type="button"
              role="radio"
              aria-checked={checked}
              tabIndex={checked ? 0 : -1}
              data-size-option={option.value}
              className="elder-choice"
              onClick={() => chooseSize(option.value)}
              onKeyDown={(event) => onRadioKey(event, index)}
            >
              <span aria-hidden="true" className="elder-tick" />
              {option.label}
            </button>
          );
        })}
      </div>
      <button
        type="button"
        aria-pressed={prefs.highContrast}
        className="elder-choice elder-contrast"
        onClick={() =>
          update({ ...prefs, highContrast: !prefs.highContrast }, prefs.highContrast ? '已关闭高对比度' : '已开启高对比度')
        }
      >
        <span aria-hidden="true" className="elder-tick" />
        高对比度
      </button>
      <p role="status" className="sr-only">
        {announcement}
      </p>
    </div>
  );
}
