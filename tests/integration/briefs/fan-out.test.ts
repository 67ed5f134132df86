import crypto from "node:crypto";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { simpleParser } from "mailparser";
import { dkimVerify } from "mailauth";
import { db } from "@/lib/db";
import { sendDueDeliveries } from "@/lib/briefs/send-deliveries";
import { runBriefTick } from "@/lib/briefs/tick";
import { createMailer, type Mailer } from "@/lib/email/transport";
import { startSmtpSink, type SmtpSink } from "../support/smtp-sink";
import { runDueJobs, stopJobs } from "../../support/jobs";
import { createReaders, deliveriesOf, resetBriefs, SAMPLE_STORIES, scheduledBrief } from "./support";

// A release to 500 readers over real SMTP: one message per reader, RFC 8058 headers, a DKIM
// signature that verifies, and the edition each reader is entitled to.

const RELEASE = new Date("2026-03-09T10:00:00Z"); // 06:00 in New York (EDT)
const clock = () => RELEASE;
const { publicKey, privateKey } = crypto.generateKeyPairSync("rsa", { modulusLength: 2048 });
const dnsRecord = `v=DKIM1; k=rsa; p=${publicKey.export({ type: "spki", format: "der" }).toString("base64")}`;

let sink: SmtpSink;
let mailer: Mailer;

beforeAll(async () => {
  sink = await startSmtpSink();
  mailer = createMailer({
    smtpUrl: sink.url,
    from: "Southbound <brief@news.example.org>",
    maxConnections: 5,
    outbox: "/nonexistent",
    dkim: {
      domainName: "news.example.org",
      keySelector: "brief",
      privateKey: privateKey.export({ type: "pkcs8", format: "pem" }) as string,
    },
  });
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

describe("a brief released to 500 readers", () => {
  it("delivers 500 distinct messages, one per reader, and records each as sent", async () => {
    const subscribers = await createReaders(300, { subscribed: true });
    const free = await createReaders(200);
    const brief = await scheduledBrief("2026-03-09", RELEASE, SAMPLE_STORIES);

    expect(await runBriefTick(RELEASE)).toMatchObject({ released: 1 });
    expect(await deliveriesOf(brief.id)).toHaveLength(500);
    const report = await sendDueDeliveries({ clock, mailer });
    expect(report).toEqual({ sent: 500, retrying: 0, failed: 0, canceled: 0 });

    const recipients = sink.accepted.flatMap((m) => m.to);
    expect(recipients).toHaveLength(500);
    expect(new Set(recipients).size).toBe(500);
    expect(new Set(sink.accepted.map((m) => /^Message-ID: (.+)$/im.exec(m.raw)![1])).size).toBe(500);

    const rows = await deliveriesOf(brief.id);
    expect(rows.every((r) => r.status === "sent" && r.sentAt)).toBe(true);
    expect(
      rows
        .filter((r) => r.edition === "full")
        .map((r) => r.userId)
        .sort(),
    ).toEqual([...subscribers].sort());
    expect(
      rows
        .filter((r) => r.edition === "free")
        .map((r) => r.userId)
        .sort(),
    ).toEqual([...free].sort());

    // Nothing left: the next tick completes the brief, and a second run sends nothing.
    expect(await runBriefTick(new Date(RELEASE.getTime() + 60_000))).toMatchObject({ completed: 1 });
    expect(await sendDueDeliveries({ clock, mailer })).toEqual({ sent: 0, retrying: 0, failed: 0, canceled: 0 });
    expect(sink.accepted).toHaveLength(500);
    expect(await db.brief.findUniqueOrThrow({ where: { id: brief.id } })).toMatchObject({ status: "SENT" });
    // 500 real SMTP deliveries: well over the default minute on a loaded, shared machine.
  }, 240_000);

  it("is marked sent as soon as its last message went out: the sender wakes the tick", async () => {
    await createReaders(3, { subscribed: true });
    const brief = await scheduledBrief("2026-03-09", RELEASE, SAMPLE_STORIES);
    await runBriefTick(RELEASE);
    await runDueJobs(["briefs.tick"]); // ticks other tests left queued
    expect(await sendDueDeliveries({ clock, mailer })).toMatchObject({ sent: 3 });
    expect(await db.brief.findUniqueOrThrow({ where: { id: brief.id } })).toMatchObject({ status: "SENDING" });
    // The worker runs the tick the sender queued, not the one a minute later.
    expect(await runDueJobs(["briefs.tick"])).toBe(1);
    expect(await db.brief.findUniqueOrThrow({ where: { id: brief.id } })).toMatchObject({ status: "SENT" });
  });

  it("carries RFC 8058 one-click headers and a DKIM signature covering them", async () => {
    const [reader] = await createReaders(1, { subscribed: true });
    await scheduledBrief("2026-03-09", RELEASE, SAMPLE_STORIES);
    await runBriefTick(RELEASE);
    await sendDueDeliveries({ clock, mailer });

    const raw = sink.accepted[0]!.raw;
    const mail = await simpleParser(raw);
    // mailparser folds the List-* headers into one object: read them from the raw message.
    expect(raw).toMatch(/^List-Unsubscribe-Post: List-Unsubscribe=One-Click\r?$/m);
    const listUnsubscribe = /^List-Unsubscribe:\s*<([^>]+)>/m.exec(raw)![1];
    expect(listUnsubscribe).toMatch(/^https?:\/\/[^/]+\/briefs\/unsubscribe\?token=[\w-]+\.[\w-]{43}$/);
    expect(raw).toMatch(/^List-ID: Daily Brief <daily-brief\.[^>]+>\r?$/m);
    expect(mail.to && "text" in mail.to ? mail.to.text : "").toBe(`${reader}@brief.test`);

    const result = await dkimVerify(raw, {
      resolver: async (name: string, type: string) => {
        if (type === "TXT" && name === "brief._domainkey.news.example.org") return [[dnsRecord]];
        throw Object.assign(new Error("not found"), { code: "ENOTFOUND" });
      },
    });
    expect(result.results[0]?.status.result).toBe("pass");
    const signed = /\bh=([^;]+);/
      .exec(raw.replace(/\r?\n\s+/g, " "))![1]!
      .toLowerCase()
      .split(":")
      .map((h) => h.trim());
    expect(signed).toEqual(expect.arrayContaining(["list-unsubscribe", "list-unsubscribe-post", "from", "subject"]));
  });
});
