import { describe, expect, it } from 'vitest';
import { fieldErrors, noAnswerOutcome, QUEUED_MESSAGE, replyOutcome, SENT_MESSAGE, waitText } from '@/lib/islands/feedback-reply';

describe('what the feedback island says about an answer', () => {
  it('201 is received; the worker’s 202 with queued is kept on the device', () => {
    expect(replyOutcome(201, { ok: true, id: 7 })).toEqual({ kind: 'sent', message: SENT_MESSAGE });
    expect(replyOutcome(202, { ok: true, queued: true })).toEqual({ kind: 'queued', message: QUEUED_MESSAGE });
    expect(QUEUED_MESSAGE).toBe('现在没有网络，反馈已保存在本机，联网后会自动发送。');
    expect(SENT_MESSAGE).toBe('谢谢，已收到。');
  });

  it('400 names each field the server named, and nothing of another shape', () => {
    const outcome = replyOutcome(400, {
      ok: false,
      errors: [
        { field: 'note', message: '补充说明最多 500 个字。' },
        { field: 'reason', message: 'reason 只能是：outdated。' },
        { field: 'style', message: '<b>x</b>' },
        { field: 'note' },
        'oops',
      ],
    });
    expect(outcome.kind).toBe('invalid');
    expect(outcome.message).toMatch(/^没有发出去/);
    expect(outcome.kind === 'invalid' && outcome.errors).toEqual([
      { field: 'note', message: '补充说明最多 500 个字。' },
      { field: 'reason', message: 'reason 只能是：outdated。' },
    ]);
    expect(fieldErrors('not json')).toEqual([]);
    expect(fieldErrors({ errors: 'x' })).toEqual([]);
  });

  it('every refusal and failure says it was not sent and can be tried again', () => {
    for (const status of [403, 404, 413, 429, 500, 502, 503]) {
      const outcome = replyOutcome(status, undefined);
      expect(outcome.kind === 'failed' || outcome.kind === 'invalid', String(status)).toBe(true);
      expect(outcome.message, String(status)).toMatch(/^没有发出去：/);
    }
    expect(replyOutcome(503, { ok: false }).message).toContain('暂时停用');
    expect(replyOutcome(500, undefined).message).toContain('（500）');
    expect(noAnswerOutcome(false).message).toBe('没有发出去：连不上网络。请检查网络后再点「提交」。');
    expect(noAnswerOutcome(true).message).toMatch(/^不确定发出去没有/);
  });

  it('429 says how long to wait when Retry-After says', () => {
    const now = new Date('2026-12-07T12:00:00Z');
    expect(replyOutcome(429, undefined, '30', now).message).toBe('没有发出去：提交得太频繁了，请等 30 秒再点「提交」。');
    expect(replyOutcome(429, undefined, null, now).message).toBe('没有发出去：提交得太频繁了，请过一会儿再点「提交」。');
    expect(waitText('Mon, 07 Dec 2026 12:02:00 GMT', now)).toBe('2 分钟');
    expect(waitText('0', now)).toBe('1 秒');
    expect(waitText('soon', now)).toBeUndefined();
    expect(waitText('86400', now)).toBeUndefined();
  });
});
