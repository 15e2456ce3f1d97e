import type { ReactNode } from 'react';

type Props = {
  /** Elements marked with this attribute are read, in page order. */
  selector: string;
};

const button = 'inline-flex min-h-11 items-center gap-1.5 rounded-md border-2 border-accent px-4 font-bold text-accent hover:bg-accent-soft';

function Control({ action, icon, label }: { action: 'start' | 'pause' | 'resume' | 'stop'; icon: string; label: string }): ReactNode {
  return (
    <button type="button" className={button} data-action={action} hidden>
      <svg aria-hidden="true" viewBox="0 0 24 24" className="size-5 shrink-0" fill="currentColor">
        <path d={icon} />
      </svg>
      {label}
    </button>
  );
}

/**
 * 「朗读」's controls, all hidden until the island lib/islands/reading-aloud.ts finds that the browser
 * can speak; the row keeps its height either way, so nothing below it moves.
 */
export function ReadingAloud({ selector }: Props) {
  return (
    <div data-island="reading-aloud" data-read={selector} className="flex min-h-11 flex-wrap items-center gap-2 print-hidden">
      <Control action="start" label="朗读" icon="M4 9v6h4l5 4V5L8 9zm12.5 3A4.5 4.5 0 0 0 14 8v8a4.5 4.5 0 0 0 2.5-4M14 3.2v2.1a7 7 0 0 1 0 13.4v2.1a9 9 0 0 0 0-17.6" />
      <Control action="pause" label="暂停" icon="M6 5h4v14H6zm8 0h4v14h-4z" />
      <Control action="resume" label="继续" icon="M7 4v16l13-8z" />
      <Control action="stop" label="停止" icon="M6 6h12v12H6z" />
      <p role="status" className="sr-only" />
    </div>
  );
}
