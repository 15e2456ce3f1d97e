/**
 * 「朗读」: reads the question and the answer with the browser's own speech synthesis, one block at a
 * time, highlighting and scrolling to the block being read. The controls are server markup, all
 * `hidden` (components/reading-aloud.tsx); this island shows the ones that fit the state once the
 * browser shows it can speak. The row's height is reserved, so nothing below it moves.
 */
import { LOCALE } from '@/lib/core/config';

type Status = 'idle' | 'speaking' | 'paused';
type Action = 'start' | 'pause' | 'resume' | 'stop';

/** Blocks read one at a time: short utterances keep each highlight honest and dodge engines that stop long ones. */
const BLOCKS = 'h1, h2, h3, h4, p, li, blockquote, dt, dd, th, td';
const HIGHLIGHT = 'reading-now';
/** Which buttons each state offers; the first is the one focus moves to. */
const OFFERED: Record<Status, Action[]> = { idle: ['start'], speaking: ['pause', 'stop'], paused: ['resume', 'stop'] };

/** The top-most block elements inside the marked regions, so nested blocks are not read twice. */
function readingBlocks(selector: string): HTMLElement[] {
  const blocks: HTMLElement[] = [];
  for (const region of document.querySelectorAll<HTMLElement>(selector)) {
    const candidates = region.matches(BLOCKS) ? [region] : [...region.querySelectorAll<HTMLElement>(BLOCKS)];
    for (const element of candidates) {
      const parentBlock = element.parentElement?.closest(BLOCKS);
      if (parentBlock && region.contains(parentBlock) && parentBlock !== element) continue;
      if ((element.textContent ?? '').trim()) blocks.push(element);
    }
  }
  return blocks;
}

function chineseVoice(synth: SpeechSynthesis): SpeechSynthesisVoice | undefined {
  const voices = synth.getVoices();
  const lang = (voice: SpeechSynthesisVoice) => voice.lang.replace('_', '-').toLowerCase();
  return voices.find((v) => lang(v) === LOCALE.toLowerCase()) ?? voices.find((v) => lang(v).startsWith('zh'));
}

export function start(root: HTMLElement): void {
  if (!('speechSynthesis' in window) || typeof window.SpeechSynthesisUtterance !== 'function') return;
  const synth = window.speechSynthesis;
  const selector = root.dataset.read ?? '[data-read-aloud]';
  const status = root.querySelector<HTMLElement>('[role="status"]');
  const buttons = new Map<Action, HTMLButtonElement>();
  for (const button of root.querySelectorAll<HTMLButtonElement>('button[data-action]')) buttons.set(button.dataset.action as Action, button);
  // Bumped on every start and stop: a cancelled utterance's late `end` event must not advance the reading.
  let run = 0;
  let current: HTMLElement | null = null;

  const show = (state: Status, message?: string) => {
    // The pressed button is hidden and replaced; focus moves to the replacement instead of falling to <body>.
    const hadFocus = root.contains(document.activeElement) && document.activeElement !== document.body;
    for (const [action, button] of buttons) button.hidden = !OFFERED[state].includes(action);
    if (hadFocus) buttons.get(OFFERED[state][0] ?? 'start')?.focus();
    if (message !== undefined && status) status.textContent = message;
  };

  const mark = (element: HTMLElement | null) => {
    current?.classList.remove(HIGHLIGHT);
    current = element;
    if (!element) return;
    element.classList.add(HIGHLIGHT);
    const smooth = !window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    element.scrollIntoView({ block: 'center', behavior: smooth ? 'smooth' : 'auto' });
  };

  const stop = (message: string) => {
    run += 1;
    synth.cancel();
    mark(null);
    show('idle', message);
  };

  const begin = () => {
    const blocks = readingBlocks(selector);
    if (blocks.length === 0) return;
    synth.cancel();
    run += 1;
    const thisRun = run;
    const voice = chineseVoice(synth);
    const speak = (index: number) => {
      if (run !== thisRun) return;
      const block = blocks[index];
      if (!block) {
        stop('朗读完毕');
        return;
      }
      const utterance = new SpeechSynthesisUtterance((block.textContent ?? '').trim());
      utterance.lang = LOCALE;
      if (voice) utterance.voice = voice;
      utterance.onend = () => speak(index + 1);
      utterance.onerror = (event) => {
        // `interrupted`/`canceled` are our own stop; anything else ends the reading rather than skipping on.
        if (run === thisRun && event.error !== 'interrupted' && event.error !== 'canceled') stop('朗读出错，已停止');
      };
      mark(block);
      synth.speak(utterance);
    };
    show('speaking', '正在朗读');
    speak(0);
  };

  const actions: Record<Action, () => void> = {
    start: begin,
    pause: () => {
      synth.pause();
      show('paused', '已暂停朗读');
    },
    resume: () => {
      synth.resume();
      show('speaking', '继续朗读');
    },
    stop: () => stop('已停止朗读'),
  };
  for (const [action, button] of buttons) button.addEventListener('click', actions[action]);
  // Leaving the page (or the back/forward cache) stops the voice, or it would talk over the next page.
  window.addEventListener('pagehide', () => {
    run += 1;
    synth.cancel();
  });
  show('idle');
}
