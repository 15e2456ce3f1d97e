import { describe, expect, it } from 'vitest';
import { RateLimiter } from '@/lib/server/rate-limit';

describe('RateLimiter', () => {
  it('allows a burst, then one more per refill interval, per client', () => {
    let now = 0;
    const limiter = new RateLimiter({ burst: 2, perMinute: 6 }, () => now);
    expect([limiter.take('a'), limiter.take('a'), limiter.take('a')].map((d) => d.ok)).toEqual([true, true, false]);
    expect(limiter.take('a')).toEqual({ ok: false, retryAfterSeconds: 10 });
    expect(limiter.take('b').ok).toBe(true);
    now += 10_000;
    expect(limiter.take('a').ok).toBe(true);
    expect(limiter.take('a').ok).toBe(false);
    now += 600_000;
    expect([limiter.take('a'), limiter.take('a'), limiter.take('a')].map((d) => d.ok)).toEqual([true, true, false]);
  });
});
