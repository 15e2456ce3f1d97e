/**
 * 「这个回答有帮助吗？」 (components/feedback.tsx): sends the report as JSON to the form's own action and says what came
 * of it, in the status line, which replaces the form once the report is in (or kept by the service worker to send
 * when there is a connection again, lib/offline/sw.ts). Refused fields get their message beside them; anything else
 * that fails says the report was not sent and leaves the form to try again. Never a word of the server's as HTML.
 *
 * With `@media (scripting: enabled)` the markup shows only 有 and 没有 from the first paint: 有 sends at once (every
 * reason is about what went wrong, and one tap is what most readers give); 没有 opens the reason, the note and 提交
 * below the buttons. A browser that does not know that media feature shows everything, as without script: 有 and 没有
 * then send the reason and the note with them.
 */
import { checkFeedback, FEEDBACK_LIMITS, type FeedbackFieldError } from '@/lib/core/feedback';
import { part } from './dom';
import { noAnswerOutcome, replyOutcome, type FeedbackOutcome } from './feedback-reply';

/** How long a report waits for an answer before the reader is told it may not have gone. */
const SEND_TIMEOUT_MS = 20_000;

async function post(endpoint: string, body: string): Promise<FeedbackOutcome> {
  const abort = new AbortController();
  const timer = setTimeout(() => abort.abort(), SEND_TIMEOUT_MS);
  try {
    const response = await fetch(endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body,
      credentials: 'omit',
      signal: abort.signal,
    });
    const json: unknown = (response.headers.get('content-type') ?? '').includes('json') ? await response.json().catch(() => undefined) : undefined;
    return replyOutcome(response.status, json, response.headers.get('retry-after'));
  } catch {
    return noAnswerOutcome(abort.signal.aborted);
  } finally {
    clearTimeout(timer);
  }
}

export function start(root: HTMLElement): void {
  const form = part<HTMLFormElement>(root, 'form');
  const more = part(form, '[data-feedback-more]');
  const choices = part(form, '[data-feedback-choices]');
  const send = part<HTMLButtonElement>(form, '[data-feedback-send]');
  const page = part<HTMLInputElement>(form, 'input[name="page"]').value;
  const note = part<HTMLTextAreaElement>(form, 'textarea[name="note"]');
  const count = part(form, '[data-note-count]');
  const status = part(root, '[data-feedback-status]');
  const buttons = [...form.querySelectorAll<HTMLButtonElement>('button')];
  // Only the buttons show until 没有: the stylesheet hid the rest from the first paint (components/feedback.tsx).
  const stepwise = window.matchMedia('(scripting: enabled)').matches;
  let sending = false;

  const say = (text: string, state: 'working' | 'failed' | 'done' | '') => {
    status.textContent = text;
    if (state) status.dataset.state = state;
    else delete status.dataset.state;
  };

  const showErrors = (errors: readonly FeedbackFieldError[]) => {
    const general: string[] = [];
    for (const field of form.querySelectorAll<HTMLElement>('[data-error-for]')) field.textContent = '';
    for (const input of form.querySelectorAll('[aria-invalid]')) input.removeAttribute('aria-invalid');
    for (const { field, message } of errors) {
      const place = form.querySelector<HTMLElement>(`[data-error-for="${field}"]`);
      if (!place) {
        general.push(message);
        continue;
      }
      place.textContent = place.textContent ? `${place.textContent} ${message}` : message;
      for (const input of form.querySelectorAll(`[name="${field}"]`)) input.setAttribute('aria-invalid', 'true');
    }
    return general;
  };

  const countLeft = () => {
    const left = FEEDBACK_LIMITS.noteChars - [...note.value].length;
    count.textContent = left >= 0 ? `还可以写 ${left} 字` : `超出 ${-left} 字`;
  };
  countLeft();
  note.addEventListener('input', () => {
    countLeft();
    showErrors([]);
  });

  const open = (noButton: HTMLButtonElement) => {
    noButton.dataset.chosen = '';
    if (more.dataset.open !== undefined) return;
    // Below the buttons, so the button just tapped stays where it was.
    choices.after(more);
    more.after(send);
    more.dataset.open = '';
    send.hidden = false;
    say('', '');
  };

  const submit = async (helpful: boolean) => {
    const reason = helpful ? undefined : form.querySelector<HTMLInputElement>('input[name="reason"]:checked')?.value;
    const checked = checkFeedback({ page, helpful, ...(reason ? { reason } : {}), note: note.value });
    if (!checked.ok) {
      const general = showErrors(checked.errors);
      say(['没有发出去：请按提示修改后再提交。', ...general].join(' '), 'failed');
      return;
    }
    sending = true;
    for (const button of buttons) button.disabled = true;
    say('正在发送…', 'working');
    const outcome = await post(form.action, JSON.stringify(checked.value));
    sending = false;
    for (const button of buttons) button.disabled = false;
    if (outcome.kind === 'sent' || outcome.kind === 'queued') {
      form.remove();
      say(outcome.message, 'done');
      status.focus();
      return;
    }
    const general = outcome.kind === 'invalid' ? showErrors(outcome.errors) : [];
    say([outcome.message, ...general].join(' '), 'failed');
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (sending) return;
    const submitter = event.submitter instanceof HTMLButtonElement ? event.submitter : undefined;
    if (!submitter) return;
    if (submitter.value === 'yes') void submit(true);
    else if (submitter.value === 'no' && stepwise) open(submitter);
    else if (submitter.value === 'no' || submitter === send) void submit(false);
  });

  // Enter on a reason would submit through the form's first button, 有: with the reason open it means nothing.
  more.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && event.target instanceof HTMLInputElement && event.target.type === 'radio') event.preventDefault();
  });
}
