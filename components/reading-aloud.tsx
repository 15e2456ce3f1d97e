'use client';

import { useEffect, useRef, useState } from 'react';
import { LOCALE } from '@/lib/site/config';

type Props = {
  /** Elements marked with this attribute are read, in page order. */
  selector: string;
};

type Status = 'unsupported' | 'idle' | 'speaking' | 'paused';

/** Blocks read one at a time: short utterances keep each highlight honest and dodge engines that stop long ones. */
const BLOCKS = 'h1, h2, h3, h4, p, li, blockquote, dt, dd, th, td';

const HIGHLIGHT = 'reading-now';

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

const LABELS: Record<Exclude<Status, 'unsupported'>, string> = { idle: '已停止朗读', speaking: '正在朗读', paused: '已暂停朗读' };

/**
 * 「朗读」: reads the question and the answer with the browser's own speech synthesis, one block at a
 * time, highlighting and scrolling to the block being read. Rendered hidden and revealed once the
 * browser shows it can speak; the row's height is reserved, so nothing below it moves.
 */
export function ReadingAloud({ selector }: Props) {
  const [status, setStatus] = useState<Status>('unsupported');
  const [announcement, setAnnouncement] = useState('');
  // Bumped on every start and stop: a cancelled utterance's late `end` event must not advance the reading.
  const run = useRef(0);
  const current = useRef<HTMLElement | null>(null);
  // The pressed button is replaced by the next control; focus moves to it instead of falling to <body>.
  const primary = useRef<HTMLButtonElement>(null);
  const keepFocus = useRef(false);

  useEffect(() => {
    if (!keepFocus.current) return;
    keepFocus.current = false;
    primary.current?.focus();
  }, [status]);

  const mark = (element: HTMLElement | null) => {
    current.current?.classList.remove(HIGHLIGHT);
    current.current = element;
    if (!element) return;
    element.classList.add(HIGHLIGHT);
    const smooth = !window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    element.scrollIntoView({ block: 'center', behavior: smooth ? 'smooth' : 'auto' });
  };

  const stop = (message: string) => {
    keepFocus.current = document.activeElement instanceof HTMLButtonElement && document.activeElement.closest('[data-reading-controls]') !== null;
    run.current += 1;
    window.speechSynthesis.cancel();
    mark(null);
    setStatus('idle');
    setAnnouncement(message);
  };

  useEffect(() => {
    if (!('speechSynthesis' in window) || typeof window.SpeechSynthesisUtterance !== 'function') return;
    const synth = window.speechSynthesis;
    // Revealing after the support check is the point of this effect.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setStatus('idle');
    // Leaving the page (or the back/forward cache) stops the voice, or it would talk over the next page.
    const onLeave = () => {
      run.current += 1;
      synth.cancel();
    };
    window.addEventListener('pagehide', onLeave);
    return () => {
      window.removeEventListener('pagehide', onLeave);
      onLeave();
    };
  }, []);

  const start = () => {
    const synth = window.speechSynthesis;
    const blocks = readingBlocks(selector);
    if (blocks.length === 0) return;
    synth.cancel();
    run.current += 1;
    const thisRun = run.current;
    const voice = chineseVoice(synth);

    const speak = (index: number) => {
      if (run.current !== thisRun) return;
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
        if (run.current === thisRun && event.error !== 'interrupted' && event.error !== 'canceled') stop('朗读出错，已停止');
      };
      mark(block);
      synth.speak(utterance);
    };

    keepFocus.current = true;
    setStatus('speaking');
    setAnnouncement(LABELS.speaking);
    speak(0);
  };

  const pause = () => {
    window.speechSynthesis.pause();
    keepFocus.current = true;
    setStatus('paused');
    setAnnouncement(LABELS.paused);
  };

  const resume = () => {
    window.speechSynthesis.resume();
    keepFocus.current = true;
    setStatus('speaking');
    setAnnouncement('继续朗读');
  };

  const button =
    'inline-flex min-h-11 items-center gap-1.5 rounded-md border-2 border-accent px-4 font-bold text-accent hover:bg-accent-soft';
  const icon = 'size-5 shrink-0';

  return (
    <div data-reading-controls className="flex min-h-11 flex-wrap items-center gap-2 print-hidden">
      {status === 'unsupported' ? null : status === 'idle' ? (
        <button ref={primary} type="button" className={button} onClick={start}>
          <svg aria-hidden="true" viewBox="0 0 24 24" className={icon} fill="currentColor">
            <path d="M4 9v6h4l5 4V5L8 9zm12.5 3A4.5 4.5 0 0 0 14 8v8a4.5 4.5 0 0 0 2.5-4M14 3.2v2.1a7 7 0 0 1 0 13.4v2.1a9 9 0 0 0 0-17.6" />
          </svg>
          朗读
        </button>
      ) : (
        <>
          {status === 'speaking' ? (
            <button ref={primary} type="button" className={button} onClick={pause}>
              <svg aria-hidden="true" viewBox="0 0 24 24" className={icon} fill="currentColor">
                <path d="M6 5h4v14H6zm8 0h4v14h-4z" />
              </svg>
              暂停
            </button>
          ) : (
            <button ref={primary} type="button" className={button} onClick={resume}>
              <svg aria-hidden="true" viewBox="0 0 24 24" className={icon} fill="currentColor">
                <path d="M7 4v16l13-8z" />
              </svg>
              继续
            </button>
          )}
          <button type="button" className={button} onClick={() => stop(LABELS.idle)}>
            <svg aria-hidden="true" viewBox="0 0 24 24" className={icon} fill="currentColor">
              <path d="M6 6h12v12H6z" />
            </svg>
            停止
          </button>
        </>
      )}
      <p role="status" className="sr-only">
        {announcement}
      </p>
    </div>
  );
}
