import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { CLAIM_TIMEOUT_MS } from "@/lib/briefs/delivery-policy";
import { runBriefTick } from "@/lib/briefs/tick";
import { startSmtpSink, type SmtpSink } from "../support/smtp-sink";
import { stopJobs } from "../../support/jobs";
import { startSender } from "./sender-processes";
import { createReaders, resetBriefs, SAMPLE_STORIES, scheduledBrief } from "./support";

// Senders as real processes against a real SMTP server: one killed with SIGKILL halfway through
// its batches and started again, and two running at once. Either way every reader gets the
// brief exactly once.

const RELEASE = new Date("2026-03-09T10:00:00Z");
const READERS = 500;
// Each sender is a fresh Node process compiling the app's modules: slow on a loaded machine.
const PROCESS_TEST_TIMEOUT = 240_000;
let sink: SmtpSink;

beforeAll(async () => {
  sink = await startSmtpSink();
});

afterAll(async () => {
  await sink.close();
  await stopJobs();
});

beforeEach(async () => {
  await resetBriefs();
  sink.accepted.length = 0;
  sink.answer = () => "accept";
  await createReaders(READERS / 2, { subscribed: true });
  await createReaders(READERS / 2);
  await scheduledBrief("2026-03-09", RELEASE, SAMPLE_STORIES);
  await runBriefTick(RELEASE);
});

const countByStatus = async () =>
  Object.fromEntries((await db.briefDelivery.groupBy({ by: ["status"], _count: true })).map((g) => [g.status, g._count]));

function expectEveryReaderOnce() {
  const recipients = sink.accepted.flatMap((m) => m.to);
  expect(recipients).toHaveLength(READERS);
  expect(new Set(recipients).size).toBe(READERS);
}

describe("the brief's sender", () => {
  it(
    "killed midway and started again, ends with exactly one message per reader",
    async () => {
      // The server stops answering after 200 messages, as if the worker's machine froze mid-batch.
      sink.answer = () => (sink.accepted.length >= 200 ? "hold" : "accept");
      const first = await startSender(sink.url, RELEASE);
      first.go();
      // Kill it once every accepted message is recorded: its claimed batch is half done. (The one
      // instant no test can cover, a kill between the server's "OK" and the worker's UPDATE, is
      // explained in lib/briefs/send-deliveries.ts.)
      await expect.poll(async () => (await countByStatus()).sent ?? 0, { timeout: 120_000, interval: 100 }).toBe(200);
      first.child.kill("SIGKILL");
      expect(await first.done).toBeNull();
      const stranded = await countByStatus();
      expect(stranded.sending).toBeGreaterThan(0);
      expect(stranded.queued).toBeGreaterThan(0);

      // A restart before the claim timeout leaves the dead worker's claims alone…
      sink.answer = () => "accept";
      const early = await startSender(sink.url, RELEASE);
      early.go();
      expect(await early.done).toMatchObject({ sent: stranded.queued });
      expect((await countByStatus()).sending).toBe(stranded.sending);
      // …and once they are older than the timeout, takes them over.
      const late = await startSender(sink.url, new Date(RELEASE.getTime() + CLAIM_TIMEOUT_MS + 1_000));
      late.go();
      expect(await late.done).toMatchObject({ sent: stranded.sending });

      expectEveryReaderOnce();
      expect(await countByStatus()).toEqual({ sent: READERS });
    },
    PROCESS_TEST_TIMEOUT,
  );

  it(
    "shares the work between two workers sending at once, one message per reader",
    async () => {
      // Both are loaded and connected before either starts, so they really run side by side.
      const [a, b] = await Promise.all([startSender(sink.url, RELEASE), startSender(sink.url, RELEASE)]);
      a.go();
      b.go();
      const [reportA, reportB] = await Promise.all([a.done, b.done]);
      expect(reportA!.sent + reportB!.sent).toBe(READERS);
      expect(reportA!.sent).toBeGreaterThan(0);
      expect(reportB!.sent).toBeGreaterThan(0);
      expectEveryReaderOnce();
      expect(await countByStatus()).toEqual({ sent: READERS });
    },
    PROCESS_TEST_TIMEOUT,
  );
});
