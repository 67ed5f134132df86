import pg from "pg";
import { CONTENT_CHANNEL } from "@/lib/content/content-channel";

/** Collects content-change notifications, as an app instance's page cache would receive them. */
export async function listenForContentChanges() {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  const received: unknown[] = [];
  client.on("notification", (message) => received.push(JSON.parse(message.payload ?? "null")));
  await client.query(`LISTEN ${CONTENT_CHANNEL}`);
  return {
    received,
    /** Waits until `count` notifications arrived (PostgreSQL delivers them after commit). */
    async waitFor(count: number) {
      for (let i = 0; i < 100 && received.length < count; i++) await new Promise((resolve) => setTimeout(resolve, 20));
      return received;
    },
    close: () => client.end(),
  };
}
