import "server-only";
import { db } from "@/lib/db";
import type { BriefEditionName } from "./emails/brief-email";

// What became of claimed deliveries, written in batches: one UPDATE … FROM unnest(…) for many
// rows instead of one round trip per message, the difference between a sender bound by its
// database and one bound by its mail server.

export type DeliveryOutcome =
  | { id: bigint; status: "sent"; edition: BriefEditionName }
  | { id: bigint; status: "queued"; dueAt: Date; error: string }
  | { id: bigint; status: "failed"; error: string }
  /** The reader stopped the brief after it was queued: nothing was attempted. */
  | { id: bigint; status: "canceled" };

/** Writes outcomes in one statement. Only rows still claimed change: a sent row never goes back. */
export async function recordOutcomes(outcomes: DeliveryOutcome[], now: Date): Promise<void> {
  if (outcomes.length === 0) return;
  const ids = outcomes.map((o) => o.id.toString());
  const statuses = outcomes.map((o) => o.status);
  const editions = outcomes.map((o) => (o.status === "sent" ? o.edition : null));
  const dueAts = outcomes.map((o) => (o.status === "queued" ? o.dueAt.toISOString() : null));
  const errors = outcomes.map((o) => ("error" in o ? o.error.slice(0, 500) : null));
  await db.$executeRaw`
    UPDATE "BriefDelivery" AS d SET
      status = o.status::"BriefDeliveryStatus",
      edition = COALESCE(o.edition::"BriefEdition", d.edition),
      "dueAt" = COALESCE(o.due_at, d."dueAt"),
      "sentAt" = CASE WHEN o.status = 'sent' THEN ${now} ELSE d."sentAt" END,
      attempts = d.attempts + CASE WHEN o.status = 'canceled' THEN 0 ELSE 1 END,
      "lastError" = CASE WHEN o.status = 'canceled' THEN d."lastError" ELSE o.error END
    FROM unnest(${ids}::bigint[], ${statuses}::text[], ${editions}::text[], ${dueAts}::timestamp(3)[], ${errors}::text[])
      AS o(id, status, edition, due_at, error)
    WHERE d.id = o.id AND d.status = 'sending'`;
}

export interface OutcomeRecorder {
  add(outcome: DeliveryOutcome): void;
  /** Writes what is pending and waits for every write; rejects if any write failed. */
  flush(): Promise<void>;
}

/**
 * Collects outcomes and writes them `size` at a time, or `delayMs` after the oldest unwritten
 * one, one write after another. What a crash can lose is bounded by that: at most `size`
 * messages (or `delayMs` of sending) accepted by the mail server but not yet recorded, which a
 * takeover sends again.
 */
export function outcomeRecorder(options: { size: number; delayMs: number; now: () => Date }): OutcomeRecorder {
  let pending: DeliveryOutcome[] = [];
  let timer: NodeJS.Timeout | undefined;
  let writing = Promise.resolve();
  let failure: { error: unknown } | undefined;

  const flush = (): Promise<void> => {
    clearTimeout(timer);
    timer = undefined;
    const rows = pending;
    pending = [];
    if (rows.length) {
      writing = writing.then(() => recordOutcomes(rows, options.now())).catch((error: unknown) => void (failure ??= { error }));
    }
    return writing.then(() => {
      if (failure) throw failure.error;
    });
  };
  // Writes started by size or time are awaited by the next flush(), which reports their failure.
  const flushInBackground = () => void flush().catch(() => {});

  return {
    add(outcome) {
      pending.push(outcome);
      if (pending.length >= options.size) flushInBackground();
      else timer ??= setTimeout(flushInBackground, options.delayMs);
    },
    flush,
  };
}
