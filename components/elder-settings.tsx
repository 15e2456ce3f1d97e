import { TEXT_SIZES } from '@/lib/site/reading-prefs';

type Props = {
  /** Where the switch sits in the header; the size and contrast row goes under the header's first row. */
  part: 'switch' | 'panel';
};

/**
 * The 长辈模式 switch and, while it is on, the text size and contrast choices: server markup whose
 * pressed/checked look comes from CSS on <html>'s attributes (globals.css), so it is right from the
 * first paint. The island lib/islands/elder-settings.ts handles the clicks and keeps the ARIA states.
 */
export function ElderSettings({ part }: Props) {
  if (part === 'switch') {
    return (
      <div data-island="elder-settings">
        <button type="button" aria-pressed="false" className="elder-switch" data-elder-switch>
          <svg aria-hidden="true" viewBox="0 0 24 24" className="size-6 shrink-0" fill="none" stroke="currentColor" strokeWidth="2">
            <path d="M4 19 9.5 5h1L16 19M6.2 14h7.6M17 19l2.5-7h.5l2.5 7M18 16.8h4" />
          </svg>
          长辈模式
          {/* The on/off word, shown by CSS from <html>, so the state is not told by colour alone. */}
          <span aria-hidden="true" className="elder-switch-state" />
        </button>
        <p role="status" className="sr-only" />
      </div>
    );
  }

  return (
    <div className="elder-panel print-hidden" data-island="elder-settings">
      <div role="radiogroup" aria-label="字号" className="flex flex-wrap items-center gap-2">
        <span aria-hidden="true" className="font-bold">
          字号
        </span>
        {TEXT_SIZES.map((option) => (
          <button
            key={option.value}
            type="button"
            role="radio"
            aria-checked={option.value === 'standard'}
            tabIndex={option.value === 'standard' ? 0 : -1}
            data-size-option={option.value}
            className="elder-choice"
          >
            <span aria-hidden="true" className="elder-tick" />
            {option.label}
          </button>
        ))}
      </div>
      <button type="button" aria-pressed="false" className="elder-choice elder-contrast" data-contrast-toggle>
        <span aria-hidden="true" className="elder-tick" />
        高对比度
      </button>
      <p role="status" className="sr-only" />
    </div>
  );
}
