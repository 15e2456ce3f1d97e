/**
 * What the feedback island tells the reader about one attempt to send a report: the server's answer (or the service
 * worker's, when it kept the report for later) turned into a sentence, and, for a 400, the message for each field.
 * Pure, so every answer the server may give is tested (tests/unit/islands/feedback-reply.test.ts). The server's
 * words are only ever put in as text.
 */
import type { FeedbackFieldError } from '@/lib/core/feedback';

export type FeedbackOutcome =
  /** The server has it: the form goes, this sentence stays. */
  | { kind: 'sent'; message: string }
  /** No network: the service worker keeps it and sends it later (lib/offline/sw.ts); for the reader, done. */
  | { kind: 'queued'; message: string }
  /** Refused as it stands: the form stays, with a message beside each field named. */
  | { kind: 'invalid'; message: string; errors: FeedbackFieldError[] }
  /** Not sent, and nothing kept: the form stays, to try again. */
  | { kind: 'failed'; message: string };

export const SENT_MESSAGE = '谢谢，已收到。';
export const QUEUED_MESSAGE = '现在没有网络，反馈已保存在本机，联网后会自动发送。';
const NOT_SENT = '没有发出去：';

const FIELDS: readonly string[] = ['page', 'helpful', 'reason', 'note', 'body'] satisfies FeedbackFieldError['field'][];

function isField(field: unknown): field is FeedbackFieldError['field'] {
  return typeof field === 'string' && FIELDS.includes(field);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The `errors` of a 400's body that have the contract's shape (lib/core/feedback.ts); anything else is left out. */
export function fieldErrors(body: unknown): FeedbackFieldError[] {
  if (!isRecord(body) || !Array.isArray(body.errors)) return [];
  return body.errors.flatMap((error: unknown) =>
    isRecord(error) && isField(error.field) && typeof error.message === 'string' && error.message !== ''
      ? [{ field: error.field, message: error.message.slice(0, 200) }]
      : [],
  );
}

/** How long a 429's Retry-After (seconds, or an HTTP date) asks to wait, said plainly; undefined if it says nothing usable. */
export function waitText(retryAfter: string | null, now: Date = new Date()): string | undefined {
  if (!retryAfter) return undefined;
  const trimmed = retryAfter.trim();
  const seconds = /^\d+$/.test(trimmed) ? Number(trimmed) : (Date.parse(trimmed) - now.getTime()) / 1000;
  if (!Number.isFinite(seconds) || seconds < 0) return undefined;
  if (seconds < 60) return `${Math.max(1, Math.ceil(seconds))} 秒`;
  if (seconds < 3600) return `${Math.ceil(seconds / 60)} 分钟`;
  return undefined;
}

/** The outcome of an answer from the server or the worker: its status, its parsed JSON body (if any), its Retry-After. */
export function replyOutcome(status: number, body: unknown, retryAfter: string | null = null, now: Date = new Date()): FeedbackOutcome {
  if (status === 202 && isRecord(body) && body.queued === true) return { kind: 'queued', message: QUEUED_MESSAGE };
  if (status >= 200 && status < 300) return { kind: 'sent', message: SENT_MESSAGE };
  switch (status) {
    case 400:
      return { kind: 'invalid', message: `${NOT_SENT}请按提示修改后再提交。`, errors: fieldErrors(body) };
    case 413:
      return { kind: 'invalid', message: `${NOT_SENT}内容太长了，请把补充说明删短一些再提交。`, errors: [] };
    case 403:
      return { kind: 'failed', message: `${NOT_SENT}服务器拒绝了这次提交。请刷新页面后再试。` };
    case 429: {
      const wait = waitText(retryAfter, now);
      return { kind: 'failed', message: `${NOT_SENT}提交得太频繁了，请${wait ? `等 ${wait}` : '过一会儿'}再点「提交」。` };
    }
    case 503:
      return { kind: 'failed', message: `${NOT_SENT}反馈服务暂时停用，请稍后再点「提交」。` };
    default:
      return { kind: 'failed', message: `${NOT_SENT}服务器出了问题（${status}），请稍后再点「提交」。` };
  }
}

/** The request never got an answer: no connection and no worker to keep it, or it took too long. */
export function noAnswerOutcome(timedOut: boolean): FeedbackOutcome {
  return timedOut
    ? { kind: 'failed', message: '不确定发出去没有：网络太慢，没等到服务器的答复。可以稍后再点「提交」。' }
    : { kind: 'failed', message: `${NOT_SENT}连不上网络。请检查网络后再点「提交」。` };
}
