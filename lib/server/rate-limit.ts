/**
 * How often one client may post feedback, held in memory only: the key is the socket's remote address, which is
 * never stored or logged and is forgotten once its bucket is full again.
 * A token bucket: a burst of `burst` reports, then `perMinute` more each minute. A reader sends one or two per
 * page; an office behind one address still has room, a script filling the table does not.
 */
export const FEEDBACK_RATE_LIMIT = { burst: 10, perMinute: 10 } as const;

export type RateLimit = { burst: number; perMinute: number };

/** How many clients' buckets are kept before the full ones are dropped. */
const MAX_CLIENTS = 10_000;

export type RateDecision = { ok: true } | { ok: false; retryAfterSeconds: number };

export class RateLimiter {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();

  constructor(
    private readonly limit: RateLimit = FEEDBACK_RATE_LIMIT,
    private readonly now: () => number = Date.now,
  ) {}

  take(client: string): RateDecision {
    const now = this.now();
    const perMs = this.limit.perMinute / 60_000;
    const bucket = this.buckets.get(client);
    const tokens = bucket ? Math.min(this.limit.burst, bucket.tokens + (now - bucket.at) * perMs) : this.limit.burst;
    if (tokens < 1) {
      this.buckets.set(client, { tokens, at: now });
      return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil((1 - tokens) / perMs / 1000)) };
    }
    if (!bucket && this.buckets.size >= MAX_CLIENTS) this.forgetFull(now, perMs);
    this.buckets.set(client, { tokens: tokens - 1, at: now });
    return { ok: true };
  }

  private forgetFull(now: number, perMs: number) {
    for (const [client, bucket] of this.buckets) {
      if (bucket.tokens + (now - bucket.at) * perMs >= this.limit.burst) this.buckets.delete(client);
    }
    // Still full (many addresses at once): drop the longest-kept, so memory stays bounded.
    for (const client of this.buckets.keys()) {
      if (this.buckets.size < MAX_CLIENTS) break;
      this.buckets.delete(client);
    }
  }
}
