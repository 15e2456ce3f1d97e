import { feedbackEndpoint } from '@/lib/core/config';
import { FEEDBACK_LIMITS, FEEDBACK_REASONS } from '@/lib/core/feedback';
import { privacyPath } from '@/lib/core/urls';

type Props = {
  /** The answer the report is about: its path, `/q/<slug>/`. */
  page: string;
};

const button = 'inline-flex min-h-11 min-w-24 items-center justify-center rounded-md border-2 border-accent px-5 font-bold disabled:opacity-60';
const choice = `${button} text-accent hover:bg-accent-soft data-chosen:bg-accent data-chosen:text-on-accent`;

/**
 * 「这个回答有帮助吗？」 under an answer (issue 30): a plain form that posts to the feedback endpoint
 * (FEEDBACK_URL, lib/core/config.ts), so it works without script — the reason and the note are on show and go with
 * the tap on 有 or 没有, in one post. Nothing at all when the build has no endpoint.
 *
 * With script, from the first paint (`@media (scripting: enabled)`, so nothing moves when the island starts) only the
 * two buttons show: lib/islands/feedback.ts sends 有 at once and opens the reason, the note and 提交 after 没有.
 * It sends JSON and says what came of it in the status line, which replaces the form once the report is in.
 */
export function Feedback({ page }: Props) {
  const endpoint = feedbackEndpoint();
  if (endpoint === null) return null;
  return (
    <section aria-labelledby="feedback-heading" data-island="feedback" className="mt-8 max-w-measure rounded-lg border border-line bg-surface p-4 print-hidden">
      {/* Outside the form, which goes once the report is in: the heading still names the section and its thanks. */}
      <h2 id="feedback-heading" className="text-lg font-bold">
        这个回答有帮助吗？
      </h2>
      <form method="post" action={endpoint} className="mt-4 space-y-4">
        <input type="hidden" name="page" value={page} />
        <noscript>
          <p className="mb-4 text-[0.9375rem] text-muted">原因和补充说明都可以不填；填好后点「有」或「没有」，会一起发送。</p>
        </noscript>
        <div data-feedback-more className="space-y-4 [@media(scripting:enabled)]:hidden data-open:block">
          <fieldset>
            <legend className="font-bold">没有帮助的原因（可不选）</legend>
            <div className="mt-1 grid gap-x-4 sm:grid-cols-2">
              {Object.entries(FEEDBACK_REASONS).map(([value, label]) => (
                <label key={value} className="flex min-h-11 cursor-pointer items-center gap-3 rounded-md px-1 hover:bg-accent-soft">
                  <input type="radio" name="reason" value={value} aria-describedby="feedback-reason-error" className="size-5 shrink-0 accent-accent" />
                  {label}
                </label>
              ))}
            </div>
            <p id="feedback-reason-error" data-error-for="reason" className="font-bold text-notice-ink empty:hidden" />
          </fieldset>
          <div>
            <label htmlFor="feedback-note" className="font-bold">
              补充说明（可不填）
            </label>
            <textarea
              id="feedback-note"
              name="note"
              rows={4}
              maxLength={FEEDBACK_LIMITS.noteChars}
              aria-describedby="feedback-note-count feedback-note-error feedback-note-hint"
              className="mt-1 block w-full rounded-md border-2 border-muted bg-paper p-2 text-ink"
            />
            <p id="feedback-note-count" data-note-count className="text-[0.9375rem] text-muted">
              最多 {FEEDBACK_LIMITS.noteChars} 字
            </p>
            <p id="feedback-note-error" data-error-for="note" className="font-bold text-notice-ink empty:hidden" />
            <p id="feedback-note-hint" className="mt-1 text-[0.9375rem] text-muted">
              请不要写姓名、身份证号、电话号码等个人信息。
              <a href={privacyPath()} className="inline-flex min-h-11 items-center px-1 text-accent underline underline-offset-4">
                隐私说明
              </a>
            </p>
          </div>
        </div>
        <div data-feedback-choices className="flex flex-wrap gap-3">
          <button type="submit" name="helpful" value="yes" aria-describedby="feedback-heading" className={choice}>
            有
          </button>
          <button type="submit" name="helpful" value="no" aria-describedby="feedback-heading" className={choice}>
            没有
          </button>
        </div>
        {/* After the choices, so that Enter in a field never picks it as the form's default button; the island shows it. */}
        <button type="submit" data-feedback-send hidden className={`${button} bg-accent text-on-accent hover:bg-accent-strong`}>
          提交
        </button>
      </form>
      <p role="status" tabIndex={-1} data-feedback-status className="font-bold empty:hidden data-[state=failed]:mt-3 data-[state=failed]:border-l-4 data-[state=failed]:border-notice-line data-[state=failed]:bg-notice data-[state=failed]:px-3 data-[state=failed]:py-2 data-[state=failed]:text-notice-ink data-[state=working]:mt-3 data-[state=working]:text-muted data-[state=done]:mt-2 data-[state=done]:text-lg data-[state=done]:text-accent-strong" />
    </section>
  );
}
