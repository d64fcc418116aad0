/**
 * A small least-recently-used cache with an age limit, for identical utterances. Per app
 * instance (a Workers isolate keeps its own): a miss only costs a model call.
 */
export interface Cache<T> {
  get(key: string, now: number): T | undefined;
  set(key: string, value: T, now: number): void;
  readonly size: number;
}

export function createCache<T>(options: { entries?: number; ttlMs?: number } = {}): Cache<T> {
  const limit = options.entries ?? 256;
  const ttlMs = options.ttlMs ?? 10 * 60_000;
  const items = new Map<string, { value: T; at: number }>();
  return {
    get(key, now) {
      const item = items.get(key);
      if (!item) return undefined;
      items.delete(key);
      if (now - item.at > ttlMs || now < item.at) return undefined;
      items.set(key, item);
      return item.value;
    },
    set(key, value, now) {
      items.delete(key);
      items.set(key, { value, at: now });
      while (items.size > limit) {
        const oldest = items.keys().next().value;
        if (oldest === undefined) break;
        items.delete(oldest);
      }
    },
    get size() {
      return items.size;
    },
  };
}
