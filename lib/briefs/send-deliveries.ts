import "server-only";
import { db } from "@/lib/db";
import { getMailer, type Mailer } from "@/lib/email/transport";
import { getEnv } from "@/lib/env";
import { enqueue } from "@/lib/jobs/enqueue";
import { getAccessPolicy } from "@/lib/viewer";
import { afterFailure, CLAIM_TIMEOUT_MS } from "./delivery-policy";
import { editionFor } from "./edition-for";
import { outcomeRecorder } from "./delivery-outcomes";
import { briefMessages, type BriefMessages } from "./brief-messages";
import { encodeEditions, type BriefEditions } from "./editions";
import { browserUrl, unsubscribeUrl } from "./reader-links";
import { fromDbDate, type BriefDate } from "./schedule";

// The Daily Brief's sender, run by the `briefs.send` job on any number of workers at once.
//
// Exactly once: every (brief, reader) pair has one BriefDelivery row. A worker claims a batch
// (status `sending`, claimedAt) in one UPDATE … FOR UPDATE SKIP LOCKED, so workers never share a
// row; it sends the batch over pooled SMTP connections, several messages in flight, claiming the
// next batch meanwhile (so a worker holds at most two batches), and records outcomes in batches (lib/briefs/delivery-outcomes.ts): a row becomes `sent` only after the mail
// server accepted its message, within OUTCOME_DELAY_MS or OUTCOMES_PER_WRITE messages of it. A
// worker that dies leaves its claims behind; once older than CLAIM_TIMEOUT_MS another worker takes
// them over. What remains is the gap between the server's "250 OK" and the write that records it:
// a worker killed in it sends at most that many messages again on takeover (at-least-once at the
// SMTP boundary). Each message carries a stable Message-ID per (brief, reader), so such a resend
// is recognisable (Gmail folds it away).

/** Outcomes written at once: bounds the messages a crash can resend. */
const OUTCOMES_PER_WRITE = 50;
/** …and how long an accepted message may wait to be recorded. */
const OUTCOME_DELAY_MS = 100;

export interface SendOptions {
  /** The time: real time by default; tests pass a fixed one. */
  clock?: () => Date;
  mailer?: Mailer;
  /** Rows one claim takes. */
  batchSize?: number;
  /** Messages in flight at once from this run (the pool holds SMTP_MAX_CONNECTIONS connections). */
  concurrency?: number;
  /** Stop claiming new batches after this long, so one job never runs for hours; the tick starts another. */
  budgetMs?: number;
}

export interface SendReport {
  sent: number;
  retrying: number;
  failed: number;
  canceled: number;
}

interface Claimed {
  id: bigint;
  briefId: string;
  userId: string;
  attempts: number;
}

function claimBatch(now: Date, batchSize: number): Promise<Claimed[]> {
  const staleBefore = new Date(now.getTime() - CLAIM_TIMEOUT_MS);
  return db.$queryRaw<Claimed[]>`
    UPDATE "BriefDelivery" SET status = 'sending', "claimedAt" = ${now}
    WHERE id IN (
      SELECT id FROM "BriefDelivery"
      WHERE (status = 'queued' AND "dueAt" <= ${now}) OR (status = 'sending' AND "claimedAt" < ${staleBefore})
      ORDER BY "dueAt", id
      LIMIT ${batchSize}
      FOR UPDATE SKIP LOCKED
    )
    RETURNING id, "briefId", "userId", attempts`;
}

interface BriefInHand {
  date: BriefDate;
  messages: BriefMessages;
}

/** The editions of each brief in hand, read, encoded and composed as messages once per run. */
function editionsCache(mailer: Mailer, messageDomain: string) {
  const cache = new Map<string, Promise<BriefInHand | null>>();
  const load = async (briefId: string): Promise<BriefInHand | null> => {
    const brief = await db.brief.findUnique({ where: { id: briefId }, select: { date: true, editions: true } });
    if (!brief?.editions) return null;
    const editions = brief.editions as unknown as BriefEditions;
    const encoded = encodeEditions(editions);
    return {
      date: fromDbDate(brief.date),
      messages: await briefMessages(mailer, { briefId, subject: editions.subject, encoded, messageDomain }),
    };
  };
  return (briefId: string) => {
    let entry = cache.get(briefId);
    if (!entry) cache.set(briefId, (entry = load(briefId)));
    return entry;
  };
}

async function recipientsOf(batch: Claimed[]) {
  const users = await db.user.findMany({
    where: { id: { in: [...new Set(batch.map((d) => d.userId))] } },
    select: { id: true, email: true, role: true, subscriptions: true, briefPreference: { select: { enabled: true } } },
  });
  return new Map(users.map((u) => [u.id, u]));
}

type Recipient = Awaited<ReturnType<typeof recipientsOf>> extends Map<string, infer R> ? R : never;
type Edition = ReturnType<typeof editionFor>;

/** A claimed delivery with what sending it needs: the reader and the edition they get (null: none). */
interface Ready extends Claimed {
  reader: Recipient | undefined;
  edition: Edition;
}

/**
 * Claimed deliveries one at a time, with the next batch claimed (and its readers read) while the
 * current one is being sent, so the SMTP connections never wait for the database between batches.
 */
async function* claimAhead(claim: () => Promise<Ready[]>, more: () => boolean): AsyncGenerator<Ready> {
  let next: Promise<Ready[]> | null = claim();
  while (next) {
    const batch = await next;
    if (batch.length === 0) return;
    next = more() ? claim() : null;
    // Its failure surfaces when awaited above; until then it must not count as unhandled.
    next?.catch(() => {});
    yield* batch;
  }
}

/**
 * Messages in flight at once: a small pool of loops taking items from one shared source. Waits
 * for every loop even when one fails, so no message is still in flight when the caller records
 * outcomes for the last time.
 */
async function eachWithConcurrency<T>(items: AsyncIterator<T>, concurrency: number, work: (item: T) => Promise<void>): Promise<void> {
  const loop = async () => {
    for (let item = await items.next(); !item.done; item = await items.next()) await work(item.value);
  };
  const failure = (await Promise.allSettled(Array.from({ length: concurrency }, loop))).find((r) => r.status === "rejected");
  if (failure) throw failure.reason;
}

/** Sends every delivery that is due, batch by batch, until none is left (or the budget is spent). */
export async function sendDueDeliveries(options: SendOptions = {}): Promise<SendReport> {
  const clock = options.clock ?? (() => new Date());
  const mailer = options.mailer ?? getMailer();
  const batchSize = options.batchSize ?? 200;
  const concurrency = options.concurrency ?? 2 * getEnv().SMTP_MAX_CONNECTIONS;
  const startedAt = Date.now();
  const report: SendReport = { sent: 0, retrying: 0, failed: 0, canceled: 0 };
  const editionsOf = editionsCache(mailer, new URL(getEnv().APP_URL).hostname);
  const recorder = outcomeRecorder({ size: OUTCOMES_PER_WRITE, delayMs: OUTCOME_DELAY_MS, now: clock });

  const claim = async (): Promise<Ready[]> => {
    // Outcomes not written yet are written first, and a failed write stops the run here.
    await recorder.flush();
    const batch = await claimBatch(clock(), batchSize);
    if (batch.length === 0) return [];
    const recipients = await recipientsOf(batch);
    const policy = getAccessPolicy(clock());
    return batch.map((delivery) => {
      const reader = recipients.get(delivery.userId);
      // The one access decision picks the edition; null: unsubscribed since the delivery was queued.
      return { ...delivery, reader, edition: reader ? editionFor(reader, policy) : null };
    });
  };
  const deliveries = claimAhead(claim, () => Date.now() - startedAt < (options.budgetMs ?? 4 * 60_000));

  try {
    await eachWithConcurrency(deliveries, concurrency, async ({ id, briefId, attempts, reader, edition }) => {
      const brief = await editionsOf(briefId);
      if (!reader || !edition || !brief) {
        recorder.add({ id, status: "canceled" });
        report.canceled += 1;
        return;
      }
      const links = { unsubscribe: unsubscribeUrl(reader.id), browser: browserUrl(reader.id, { id: briefId, date: brief.date }) };
      try {
        await mailer.send(brief.messages(edition, reader, links));
      } catch (error) {
        const outcome = afterFailure(attempts + 1, error, clock());
        const message = error instanceof Error ? error.message : String(error);
        recorder.add({ id, ...outcome, error: message });
        report[outcome.status === "queued" ? "retrying" : "failed"] += 1;
        return;
      }
      recorder.add({ id, status: "sent", edition });
      report.sent += 1;
    });
  } finally {
    // Even when something else failed, what the server accepted is recorded.
    await recorder.flush();
  }
  // The tick marks a brief with nothing left to send as sent: wake it now rather than at the
  // next minute, so the desk says "sent" as soon as the last message went out.
  if (report.sent + report.failed + report.canceled > 0) await enqueue("briefs.tick", {}, { singletonKey: "after-send" });
  return report;
}
