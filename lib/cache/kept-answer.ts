import { LRUCache } from "lru-cache";

const KEY = "answer";

/**
 * An answer that is costly to find and may be a little stale: loaded on first use and kept for
 * `ttlMs`. lru-cache's fetch shares one load between concurrent callers and keeps no failure;
 * `keep` may refuse an answer that must be asked again next time.
 */
export function keptAnswer<V extends NonNullable<unknown>>(
  ttlMs: number,
  load: () => Promise<V>,
  keep: (answer: V) => boolean = () => true,
): () => Promise<V> {
  const cache = new LRUCache<typeof KEY, V>({ max: 1, ttl: ttlMs, fetchMethod: () => load() });
  return async () => {
    const answer = (await cache.fetch(KEY))!;
    if (!keep(answer)) cache.delete(KEY);
    return answer;
  };
}
