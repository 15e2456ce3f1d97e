/**
 * The feedback contract, decided once: what a reader may send about an answer, and how it is checked.
 * The form and its island (browser), the service worker's offline queue and the server (`POST /api/feedback`)
 * all read it from here, so a field or a reason is named in one place. No dependency: it ships in the island.
 *
 * What is kept is exactly these fields and the time it arrived; no IP address, user agent or cookie (the
 * privacy page, /privacy/, says so and must change with this file).
 */

/** The path the site's own server answers; a static build points elsewhere with FEEDBACK_URL (lib/core/config.ts). */
export const FEEDBACK_API_PATH = '/api/feedback';

/** The reasons a reader can pick after 「没有」, in the order shown. Keys are stored; labels are shown. */
export const FEEDBACK_REASONS = {
  outdated: '内容过时',
  wrong: '说法有误',
  'not-answered': '没回答我的问题',
  unclear: '看不懂',
} as const;

export type FeedbackReason = keyof typeof FEEDBACK_REASONS;

export const FEEDBACK_LIMITS = {
  /** The optional note, in characters (code points, so a CJK character or an emoji counts once). */
  noteChars: 500,
  /** A page path: `/q/<slug>/`, ASCII. */
  pathChars: 300,
  /** The whole request body, in bytes; a form post of a 500-character CJK note is well under it. */
  bodyBytes: 8 * 1024,
} as const;

/** One report, as the reader sends it. */
export type Feedback = {
  /** The page the report is about: an answer's path, `/q/<slug>/`. */
  page: string;
  helpful: boolean;
  reason?: FeedbackReason;
  note?: string;
};

export type FeedbackFieldError = { field: keyof Feedback | 'body'; message: string };

export type FeedbackCheck = { ok: true; value: Feedback } | { ok: false; errors: FeedbackFieldError[] };

const PAGE_PATH = /^\/q\/[A-Za-z0-9-]+\/$/;

/**
 * Checks a report from either a JSON body or a posted form (strings: `helpful` is `yes`/`no`/`true`/`false`).
 * Every field in error is named, in Chinese, so the form can show it and a 400 can say it.
 * Unknown fields are refused rather than ignored: nothing unexpected is ever stored.
 */
export function checkFeedback(input: unknown): FeedbackCheck {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return { ok: false, errors: [{ field: 'body', message: '请求内容应是一个对象（JSON 或表单）。' }] };
  }
  const record = input as Record<string, unknown>;
  const errors: FeedbackFieldError[] = [];
  for (const key of Object.keys(record)) {
    if (!['page', 'helpful', 'reason', 'note'].includes(key)) errors.push({ field: 'body', message: `不认识的字段：${key.slice(0, 40)}` });
  }

  const page = record.page;
  if (typeof page !== 'string' || page === '') errors.push({ field: 'page', message: '缺少 page（回答页面的路径）。' });
  else if (page.length > FEEDBACK_LIMITS.pathChars || !PAGE_PATH.test(page)) errors.push({ field: 'page', message: 'page 应是回答页面的路径，例如 /q/some-answer/。' });

  const helpful = readBoolean(record.helpful);
  if (helpful === undefined) errors.push({ field: 'helpful', message: 'helpful 应是“有”或“没有”（yes / no）。' });

  let reason: FeedbackReason | undefined;
  const rawReason = record.reason;
  if (rawReason !== undefined && rawReason !== null && rawReason !== '') {
    if (typeof rawReason === 'string' && Object.hasOwn(FEEDBACK_REASONS, rawReason)) reason = rawReason as FeedbackReason;
    else errors.push({ field: 'reason', message: `reason 只能是：${Object.keys(FEEDBACK_REASONS).join('、')}。` });
  }

  let note: string | undefined;
  const rawNote = record.note;
  if (rawNote !== undefined && rawNote !== null) {
    if (typeof rawNote !== 'string') errors.push({ field: 'note', message: 'note 应是文字。' });
    else {
      const trimmed = rawNote.replace(/\r\n?/g, '\n').trim();
      if ([...trimmed].length > FEEDBACK_LIMITS.noteChars) errors.push({ field: 'note', message: `补充说明最多 ${FEEDBACK_LIMITS.noteChars} 个字。` });
      else if (/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/.test(trimmed)) errors.push({ field: 'note', message: '补充说明里有无法显示的控制字符。' });
      else if (trimmed !== '') note = trimmed;
    }
  }

  if (errors.length > 0 || helpful === undefined || typeof page !== 'string') return { ok: false, errors };
  return { ok: true, value: { page, helpful, ...(reason ? { reason } : {}), ...(note ? { note } : {}) } };
}

function readBoolean(value: unknown): boolean | undefined {
  if (typeof value === 'boolean') return value;
  if (value === 'yes' || value === 'true') return true;
  if (value === 'no' || value === 'false') return false;
  return undefined;
}
