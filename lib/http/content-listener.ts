import pg from "pg";
import { CONTENT_CHANNEL } from "@/lib/content/content-channel";

// Keeps one PostgreSQL connection listening for content changes (lib/content/content-changed.ts)
// and tells the page cache. While the connection is down a change could be missed, so the cache
// is switched off until it is back: a stale page is never served because a notice was lost.

export interface ContentListener {
  stop(): Promise<void>;
}

export function listenForContentChanges(
  databaseUrl: string,
  handlers: { onChange: () => void; onListening: (listening: boolean) => void },
): ContentListener {
  let client: pg.Client | null = null;
  let stopped = false;
  let delayMs = 500;

  const connect = async () => {
    if (stopped) return;
    const next = new pg.Client({ connectionString: databaseUrl, application_name: "dispatch-content-listener" });
    next.on("notification", () => handlers.onChange());
    next.on("error", () => retry(next));
    next.on("end", () => retry(next));
    try {
      await next.connect();
      await next.query(`LISTEN ${CONTENT_CHANNEL}`);
      client = next;
      delayMs = 500;
      // Anything may have changed while nobody listened.
      handlers.onChange();
      handlers.onListening(true);
    } catch {
      retry(next);
    }
  };

  const failedClients = new WeakSet<pg.Client>();
  const retry = (failed: pg.Client) => {
    // "error" and "end" both arrive for one failure: reconnect once.
    if (failedClients.has(failed)) return;
    failedClients.add(failed);
    handlers.onListening(false);
    failed.removeAllListeners();
    failed.end().catch(() => {});
    if (client === failed) client = null;
    if (stopped) return;
    setTimeout(() => void connect(), delayMs).unref();
    delayMs = Math.min(delayMs * 2, 10_000);
  };

  handlers.onListening(false);
  void connect();
  return {
    async stop() {
      stopped = true;
      await client?.end().catch(() => {});
    },
  };
}
