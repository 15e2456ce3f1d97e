/**
 * 长辈模式: the switch in the header and, while it is on, the text size and contrast row under it
 * (components/elder-settings.tsx renders both, each `data-island="elder-settings"`). <html>'s attributes
 * are the truth: the inline script in <head> set them before first paint and CSS draws every state from
 * them, so this island only handles clicks and keys, saves the choice and keeps the ARIA states in step.
 */
import { DEFAULT_PREFS, ELDER_PREFS, parsePrefs, PREFS_KEY, prefsAttributes, TEXT_SIZES, type ReadingPrefs, type TextSize } from '@/lib/site/reading-prefs';

const syncs = new Set<(prefs: ReadingPrefs) => void>();

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
  syncs.forEach((sync) => sync(prefs));
}

function savePrefs(prefs: ReadingPrefs) {
  applyPrefs(prefs);
  try {
    localStorage.setItem(PREFS_KEY, JSON.stringify(prefs));
  } catch {
    // Storage can be off (private windows, full disk): the choice still holds for this page.
  }
}

const sizeLabel = (size: TextSize) => TEXT_SIZES.find((s) => s.value === size)?.label ?? '';

let followingOtherTabs = false;

export function start(root: HTMLElement): void {
  if (!followingOtherTabs) {
    followingOtherTabs = true;
    // Another tab changed the choice: follow it here too.
    window.addEventListener('storage', (event) => {
      if (event.key === PREFS_KEY) applyPrefs(parsePrefs(event.newValue));
    });
  }
  const status = root.querySelector<HTMLElement>('[role="status"]');
  const update = (next: ReadingPrefs, message: string) => {
    savePrefs(next);
    if (status) status.textContent = message;
  };

  const elderSwitch = root.querySelector<HTMLButtonElement>('button[data-elder-switch]');
  const radios = [...root.querySelectorAll<HTMLButtonElement>('button[data-size-option]')];
  const contrast = root.querySelector<HTMLButtonElement>('button[data-contrast-toggle]');

  const sync = (prefs: ReadingPrefs) => {
    elderSwitch?.setAttribute('aria-pressed', String(prefs.elder));
    for (const radio of radios) {
      const checked = radio.dataset.sizeOption === prefs.size;
      radio.setAttribute('aria-checked', String(checked));
      radio.tabIndex = checked ? 0 : -1;
    }
    contrast?.setAttribute('aria-pressed', String(prefs.highContrast));
  };
  syncs.add(sync);
  sync(readPrefs());

  elderSwitch?.addEventListener('click', () =>
    readPrefs().elder
      ? update(DEFAULT_PREFS, '已关闭长辈模式，恢复标准字号')
      : update(ELDER_PREFS, `已开启长辈模式，字号：${sizeLabel(ELDER_PREFS.size)}。字号和高对比度在页面顶部调整`),
  );

  const chooseSize = (size: TextSize) => update({ ...readPrefs(), size }, `字号：${sizeLabel(size)}`);
  radios.forEach((radio, index) => {
    const size = TEXT_SIZES.find((s) => s.value === radio.dataset.sizeOption)?.value;
    if (!size) return;
    radio.addEventListener('click', () => chooseSize(size));
    // A radio group is one tab stop; the arrow keys move and choose, as in a native one.
    radio.addEventListener('keydown', (event) => {
      const step = ({ ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 } as Record<string, number>)[event.key];
      if (step === undefined) return;
      event.preventDefault();
      const next = radios[(index + step + radios.length) % radios.length];
      const nextSize = TEXT_SIZES.find((s) => s.value === next?.dataset.sizeOption)?.value;
      if (!next || !nextSize) return;
      chooseSize(nextSize);
      next.focus();
    });
  });

  contrast?.addEventListener('click', () => {
    const prefs = readPrefs();
    update({ ...prefs, highContrast: !prefs.highContrast }, prefs.highContrast ? '已关闭高对比度' : '已开启高对比度');
  });
}
