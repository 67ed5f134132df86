import { LRUCache } from "lru-cache";

// In-process memos of published content that every reader shares (an article's row with its
// stored HTML), so a signed-in reader's page costs one query, for who is reading. They follow
// the same rule as the page cache: used only while this process hears content-change notices
// (lib/http/content-listener.ts, started by server.ts), dropped at every notice, and never
// holding a read that overlapped one. Anything else (tests, `next dev`, a lost listener
// connection) reads the database every time.
//
// The state lives on globalThis: server.ts and the Next.js bundle each load their own copy of
// this module, and the listener runs in the former while pages read in the latter.

interface ContentState {
  listening: boolean;
  /** Counts notices heard; a memo is valid only for the count it was read under. */
  generation: number;
}

const holder = globalThis as unknown as { dispatchContentState?: ContentState };
const state: ContentState = (holder.dispatchContentState ??= { listening: false, generation: 0 });

/** Whether content-change notices are being heard (memos are used only while they are). */
export function noteContentListening(listening: boolean): void {
  state.listening = listening;
  state.generation++;
}

/** A content change was announced: every memo is stale. */
export function noteContentChanged(): void {
  state.generation++;
}

/** Counts the notices heard so far: anything read under another count may be stale. */
export function contentGeneration(): number {
  return state.generation;
}

/** A safety net for a change whose notice was sent but lost; the page cache's default TTL. */
const TTL_MS = 60_000;

/**
 * Wraps a read of published content by key. Only found items are kept: "not found" may turn
 * into "found" by time alone (a scheduled article), which sends no notice.
 */
export function memoisePublished<T extends object>(max: number, load: (key: string) => Promise<T | null>) {
  const memos = new LRUCache<string, { generation: number; value: T }>({ max, ttl: TTL_MS });
  return async (key: string): Promise<T | null> => {
    if (!state.listening) return load(key);
    const generation = state.generation;
    const memo = memos.get(key);
    if (memo?.generation === generation) return memo.value;
    const value = await load(key);
    // Kept under the count from before the read: a notice during it makes the memo stale at once.
    if (value) memos.set(key, { generation, value });
    return value;
  };
}
