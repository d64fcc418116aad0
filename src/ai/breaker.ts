/**
 * A circuit breaker: after `failures` failures in a row the model is skipped for `coolDownMs`;
 * then one call is let through to try again. Kept per app instance; nothing depends on it for
 * correctness, only for not making callers wait on a service that is down.
 */
export interface Breaker {
  /** True when a call may go out now; in the half-open state, only one at a time. */
  allow(now: number): boolean;
  succeeded(): void;
  failed(now: number): void;
  state(now: number): "closed" | "open" | "half-open";
}

export function createBreaker(options: { failures?: number; coolDownMs?: number } = {}): Breaker {
  const limit = options.failures ?? 3;
  const coolDownMs = options.coolDownMs ?? 30_000;
  let failures = 0;
  let openUntil = 0;
  let probing = false;
  return {
    allow(now) {
      if (failures < limit) return true;
      if (now < openUntil || probing) return false;
      probing = true;
      return true;
    },
    succeeded() {
      failures = 0;
      probing = false;
    },
    failed(now) {
      failures += 1;
      probing = false;
      if (failures >= limit) openUntil = now + coolDownMs;
    },
    state(now) {
      if (failures < limit) return "closed";
      return now < openUntil ? "open" : "half-open";
    },
  };
}
