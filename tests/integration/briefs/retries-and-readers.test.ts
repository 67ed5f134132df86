import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { MAX_ATTEMPTS, retryDelayMs } from "@/lib/briefs/delivery-policy";
import { sendDueDeliveries } from "@/lib/briefs/send-deliveries";
import { nextSendTime } from "@/lib/briefs/schedule";
import { runBriefTick } from "@/lib/briefs/tick";
import { createMailer, type Mailer } from "@/lib/email/transport";
import { startSmtpSink, type SmtpSink } from "../support/smtp-sink";
import { stopJobs } from "../../support/jobs";
import { createReaders, deliveriesOf, resetBriefs, SAMPLE_STORIES, scheduledBrief } from "./support";

// Mail servers fail, readers change their minds, and readers live in other time zones.

const RELEASE = new Date("2026-03-09T10:00:00Z");
const later = (ms: number) => new Date(RELEASE.getTime() + ms);
let sink: SmtpSink;
let mailer: Mailer;
const sendAt = (now: Date, via = mailer) => sendDueDeliveries({ clock: () => now, mailer: via });

beforeAll(async () => {
  sink = await startSmtpSink();
  mailer = createMailer({ smtpUrl: sink.url, from: "Southbound <brief@news.example.org>", maxConnections: 2, outbox: "/nonexistent" });
});

afterAll(async () => {
  mailer.close();
  await sink.close();
  await stopJobs();
});

beforeEach(async () => {
  await resetBriefs();
  sink.accepted.length = 0;
  sink.answer = () => "accept";
});

describe("an SMTP outage", () => {
  it("is retried with back-off until the server is back, then every reader gets the brief once", async () => {
    await createReaders(20);
    const brief = await scheduledBrief("2026-03-09", RELEASE, SAMPLE_STORIES);
    await runBriefTick(RELEASE);

    // The server is down: nothing listens on its port.
    const down = createMailer({ smtpUrl: "smtp://127.0.0.1:9", from: "x <x@example.org>", maxConnections: 2, outbox: "/nonexistent" });
    expect(await sendAt(RELEASE, down)).toMatchObject({ sent: 0, retrying: 20 });
    down.close();
    let rows = await deliveriesOf(brief.id);
    expect(rows.every((r) => r.status === "queued" && r.attempts === 1 && r.lastError?.includes("ECONNREFUSED"))).toBe(true);
    expect(rows[0]!.dueAt).toEqual(later(retryDelayMs(1)));

    // Before the back-off is over, nothing is attempted.
    expect(await sendAt(later(10_000))).toMatchObject({ sent: 0, retrying: 0 });
    // Then it answers "try again later".
    sink.answer = () => ({ code: 421, message: "Service not available, try later" });
    expect(await sendAt(later(retryDelayMs(1)))).toMatchObject({ sent: 0, retrying: 20 });
    rows = await deliveriesOf(brief.id);
    expect(rows.every((r) => r.attempts === 2 && r.lastError?.includes("421"))).toBe(true);
    // Back: the retries go out, once each.
    sink.answer = () => "accept";
    expect(await sendAt(later(retryDelayMs(1) + retryDelayMs(2)))).toMatchObject({ sent: 20 });
    expect(new Set(sink.accepted.flatMap((m) => m.to)).size).toBe(20);
    expect(sink.accepted).toHaveLength(20);
    expect(await runBriefTick(later(3_600_000))).toMatchObject({ completed: 1 });
  });

  it("ends as recorded failures: at once for a refused mailbox, after the last attempt for a server that never recovers", async () => {
    const [refused, flaky, fine] = await createReaders(3);
    const brief = await scheduledBrief("2026-03-09", RELEASE, SAMPLE_STORIES);
    await runBriefTick(RELEASE);
    sink.answer = (m) =>
      m.to.includes(`${refused}@brief.test`)
        ? { code: 550, message: "No such mailbox" }
        : m.to.includes(`${flaky}@brief.test`)
          ? { code: 451, message: "Local error" }
          : "accept";
    let now = RELEASE;
    for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
      await sendAt(now);
      now = new Date(now.getTime() + retryDelayMs(attempt));
    }
    const byUser = new Map((await deliveriesOf(brief.id)).map((r) => [r.userId, r]));
    expect(byUser.get(refused!)).toMatchObject({ status: "failed", attempts: 1 });
    expect(byUser.get(refused!)!.lastError).toContain("550");
    expect(byUser.get(flaky!)).toMatchObject({ status: "failed", attempts: MAX_ATTEMPTS });
    expect(byUser.get(fine!)).toMatchObject({ status: "sent", attempts: 1 });
    expect(await runBriefTick(now)).toMatchObject({ completed: 1 });
  });
});

describe("outcomes recorded in batches", () => {
  it("mark the accepted messages sent and the one the server refused for a retry; none is sent twice", async () => {
    const readers = await createReaders(30);
    const brief = await scheduledBrief("2026-03-09", RELEASE, SAMPLE_STORIES);
    await runBriefTick(RELEASE);
    const refused = readers[7]!;
    sink.answer = (m) => (m.to.includes(`${refused}@brief.test`) ? { code: 451, message: "Greylisted, try later" } : "accept");
    // One claim, one write of its 30 outcomes.
    expect(await sendAt(RELEASE)).toEqual({ sent: 29, retrying: 1, failed: 0, canceled: 0 });
    const byUser = new Map((await deliveriesOf(brief.id)).map((r) => [r.userId, r]));
    expect(byUser.get(refused)).toMatchObject({ status: "queued", attempts: 1, sentAt: null, dueAt: later(retryDelayMs(1)) });
    expect(byUser.get(refused)!.lastError).toContain("451");
    const others = readers.filter((id) => id !== refused).map((id) => byUser.get(id)!);
    expect(others.every((r) => r.status === "sent" && r.attempts === 1 && r.edition === "free" && r.lastError === null)).toBe(true);

    sink.answer = () => "accept";
    expect(await sendAt(later(retryDelayMs(1)))).toEqual({ sent: 1, retrying: 0, failed: 0, canceled: 0 });
    const recipients = sink.accepted.flatMap((m) => m.to);
    expect(recipients).toHaveLength(30);
    expect(new Set(recipients).size).toBe(30);
    expect((await deliveriesOf(brief.id)).every((r) => r.status === "sent")).toBe(true);
  });
});

describe("readers", () => {
  it("who stop the brief after it was queued get nothing; lapsed subscribers get the free edition", async () => {
    const [stopped, lapsed] = await createReaders(2, { subscribed: true });
    const brief = await scheduledBrief("2026-03-09", RELEASE, SAMPLE_STORIES);
    await runBriefTick(RELEASE);
    await db.briefPreference.update({ where: { userId: stopped! }, data: { enabled: false } });
    await db.subscription.updateMany({ where: { userId: lapsed! }, data: { status: "canceled" } });
    expect(await sendAt(RELEASE)).toMatchObject({ sent: 1, canceled: 1 });
    const byUser = new Map((await deliveriesOf(brief.id)).map((r) => [r.userId, r]));
    expect(byUser.get(stopped!)).toMatchObject({ status: "canceled" });
    expect(byUser.get(lapsed!)).toMatchObject({ status: "sent", edition: "free" });
    expect(sink.accepted[0]!.raw).not.toContain("A summary only subscribers read.");
  });

  it("who chose their own 6 AM in Asia/Kolkata get the newest brief then, never the same one twice", async () => {
    const zone = "Asia/Kolkata";
    // Saved their choice on the evening of 8 March (New York); their next 6 AM is 9 March 00:30 UTC.
    const local = await createReaders(3, {
      timing: "LOCAL",
      timeZone: zone,
      nextLocalSendAt: nextSendTime(new Date("2026-03-08T23:00:00Z"), zone),
    });
    const [publicationTime] = await createReaders(1);
    const monday = await scheduledBrief("2026-03-09", RELEASE, SAMPLE_STORIES);
    const tuesday = await scheduledBrief("2026-03-10", new Date("2026-03-10T10:00:00Z"), SAMPLE_STORIES);

    // 9 March, 06:00 in Kolkata: no brief released since their previous 6 AM, so nothing.
    expect(await runBriefTick(new Date("2026-03-09T00:30:00Z"))).toMatchObject({ released: 0, localQueued: 0 });
    // Monday's brief goes out in New York; the Kolkata readers wait for their own morning.
    expect(await runBriefTick(RELEASE)).toMatchObject({ released: 1, localQueued: 0 });
    expect((await deliveriesOf(monday.id)).map((d) => d.userId)).toEqual([publicationTime]);
    expect(await runBriefTick(new Date("2026-03-10T00:29:00Z"))).toMatchObject({ localQueued: 0 });
    expect(await runBriefTick(new Date("2026-03-10T00:30:00Z"))).toMatchObject({ localQueued: 3 });
    expect(await runBriefTick(new Date("2026-03-10T00:31:00Z"))).toMatchObject({ localQueued: 0 });
    const prefs = await db.briefPreference.findMany({ where: { userId: { in: local } } });
    expect(prefs.every((p) => p.nextLocalSendAt?.toISOString() === "2026-03-11T00:30:00.000Z")).toBe(true);

    // One of them switches to the publication's time and back: Tuesday once, Monday never again.
    await db.briefPreference.update({
      where: { userId: local[0]! },
      data: { timing: "PUBLICATION", timeZone: null, nextLocalSendAt: null },
    });
    expect(await runBriefTick(new Date("2026-03-10T10:00:00Z"))).toMatchObject({ released: 1 });
    await db.briefPreference.update({
      where: { userId: local[0]! },
      data: { timing: "LOCAL", timeZone: zone, nextLocalSendAt: new Date("2026-03-11T00:30:00Z") },
    });
    expect(await runBriefTick(new Date("2026-03-11T00:30:00Z"))).toMatchObject({ localQueued: 2 });
    const tuesdays = await deliveriesOf(tuesday.id);
    expect(tuesdays.map((d) => d.userId).sort()).toEqual([publicationTime, ...local].sort());
    expect(await db.briefDelivery.count({ where: { userId: local[0]! } })).toBe(2);
  });
});
