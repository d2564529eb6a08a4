// lab04's timing rules for the browser: full-jitter exponential backoff between reconnect attempts, and the
// client side of lab03's token bucket, so that the page never sends faster than the server accepts.

/** The contract's backoff: base 250 ms, cap 8 s. */
export const BACKOFF_BASE_MS = 250;
export const BACKOFF_CAP_MS = 8000;

/**
 * The delay before reconnect attempt `attempt` (counted from 0): random(0, min(cap, base * 2^attempt)).
 * Full jitter spreads the clients of a restarted server over the whole window instead of letting them
 * all come back at the same instant.
 */
export function backoffDelay(attempt, random = Math.random) {
  const ceiling = Math.min(BACKOFF_CAP_MS, BACKOFF_BASE_MS * 2 ** Math.min(attempt, 30));
  return random() * ceiling;
}

/** lab03's token bucket on the client's side: `rate` tokens per second, at most `burst`, starting full. */
export class TokenBucket {
  constructor(rate = 10, burst = 20, now = () => performance.now()) {
    this.rate = rate;
    this.burst = burst;
    this.now = now;
    this.tokens = burst;
    this.last = now();
  }

  /** Takes a token if one is there; returns whether it did. */
  tryTake() {
    const now = this.now();
    this.tokens = Math.min(this.burst, this.tokens + ((now - this.last) / 1000) * this.rate);
    this.last = now;
    if (this.tokens >= 1) {
      this.tokens -= 1;
      return true;
    }
    return false;
  }
}
