import { describe, expect, it } from 'vitest';
import { isFeedbackUrl, keepQueued } from '@/lib/offline/policy';

describe('the offline feedback queue', () => {
  it('keeps a report through no connection, 429 and 5xx, and drops one the server refuses for good', () => {
    expect(keepQueued(undefined)).toBe(true);
    expect(keepQueued(429)).toBe(true);
    expect(keepQueued(500)).toBe(true);
    expect(keepQueued(503)).toBe(true);
    for (const status of [200, 201, 400, 403, 404, 413]) expect(keepQueued(status), String(status)).toBe(false);
  });

  it('knows the endpoint, relative or absolute, whatever the query', () => {
    const origin = 'https://yibao.example';
    expect(isFeedbackUrl(new URL('https://yibao.example/api/feedback'), '/api/feedback', origin)).toBe(true);
    expect(isFeedbackUrl(new URL('https://yibao.example/api/feedback?x=1'), '/api/feedback', origin)).toBe(true);
    expect(isFeedbackUrl(new URL('https://other.example/api/feedback'), '/api/feedback', origin)).toBe(false);
    expect(isFeedbackUrl(new URL('https://fb.example/api/feedback'), 'https://fb.example/api/feedback', origin)).toBe(true);
    expect(isFeedbackUrl(new URL('https://yibao.example/api/feedback'), 'https://fb.example/api/feedback', origin)).toBe(false);
    expect(isFeedbackUrl(new URL('https://yibao.example/api/feedback'), null, origin)).toBe(false);
  });
});
