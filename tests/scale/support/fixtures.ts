import crypto from "node:crypto";
import { simpleParser } from "mailparser";
import PgBoss from "pg-boss";
import { JOB_SCHEMA, type JobName, type JobPayloads } from "@/lib/jobs/queues";
import { createReader, createSessionCookie, giveSubscription } from "../../e2e/support/db";
import type { Stack } from "./stack";

// Data for the scale tests, written straight to the stack's database as the desk or a webhook
// would leave it, and jobs enqueued the way the app enqueues them (pg-boss's own send).

/** A signed-in reader (or staff member, by `role`); `cookie` is the Cookie header of their session. */
export async function signedInReader(
  stack: Stack,
  options: { subscribed?: boolean; email?: string; role?: "READER" | "EDITOR" | "ADMIN" } = {},
) {
  const reader = await createReader({ email: options.email, role: options.role }, stack.sql);
  if (options.subscribed) await giveSubscription(reader.id, "active", "monthly", stack.sql);
  const session = await createSessionCookie(reader.id, stack.sql, stack.url);
  return { ...reader, session, cookie: `${session.name}=${session.value}` };
}

export async function sendJob<N extends JobName>(stack: Stack, name: N, data: JobPayloads[N], options: PgBoss.SendOptions = {}) {
  const boss = new PgBoss({ schema: JOB_SCHEMA, db: { executeSql: (text, values) => stack.sql.query(text, values) } });
  // null: a "short" queue (briefs.tick) already has one waiting, which will do.
  return boss.send(name, data as object, options);
}

export async function jobState(stack: Stack, id: string | null): Promise<string | undefined> {
  const { rows } = await stack.sql.query(`SELECT state FROM pgboss.job WHERE id = $1`, [id]);
  return rows[0]?.state;
}

/** A copy of a published article, scheduled for `at`, with the job the desk enqueues for that time. */
export async function scheduledArticle(stack: Stack, at: Date) {
  const id = `scheduled${crypto.randomBytes(6).toString("hex")}`;
  await stack.sql.query(
    `INSERT INTO "Article" (id, slug, title, dek, body, "bodyHtml", "teaserHtml", access, "sectionId", topics, status, "scheduledFor", "updatedAt")
     SELECT $1, $1, 'Scheduled: ' || title, dek, body, "bodyHtml", "teaserHtml", 'FREE', "sectionId", topics, 'SCHEDULED', $2, now()
     FROM "Article" WHERE status = 'PUBLISHED' LIMIT 1`,
    [id, at],
  );
  const job = await sendJob(stack, "content.publish-due", { kind: "article", id, scheduledFor: at.toISOString() }, { startAfter: at });
  return { id, slug: id, job };
}

export async function articleStatus(stack: Stack, id: string): Promise<string> {
  const { rows } = await stack.sql.query(`SELECT status FROM "Article" WHERE id = $1`, [id]);
  return rows[0].status;
}

/** How many times the schedule published the article (its audit records). */
export async function schedulePublications(stack: Stack, id: string): Promise<number> {
  const { rows } = await stack.sql.query(
    `SELECT count(*)::int AS n FROM "AuditLog" WHERE action = 'article.published-on-schedule' AND subject = $1`,
    [`article:${id}`],
  );
  return rows[0].n;
}

/** `count` readers who asked for the Daily Brief, and a brief for `date` due now; returns their addresses. */
export async function dueBrief(stack: Stack, date: string, count: number): Promise<string[]> {
  const emails: string[] = [];
  for (let i = 0; i < count; i++) {
    const reader = await createReader({ email: `brief-${date}-${i}@example.org` }, stack.sql);
    await stack.sql.query(`INSERT INTO "BriefPreference" ("userId", "updatedAt") VALUES ($1, now())`, [reader.id]);
    emails.push(reader.email);
  }
  const id = `brief${crypto.randomBytes(6).toString("hex")}`;
  await stack.sql.query(
    `INSERT INTO "Brief" (id, date, intro, status, "sendAt", "updatedAt") VALUES ($1, $2, 'Good morning.', 'SCHEDULED', now() - interval '1 second', now())`,
    [id, date],
  );
  await stack.sql.query(
    `INSERT INTO "BriefItem" (id, "briefId", position, headline, summary) VALUES ($1, $2, 0, 'A story', 'What happened.')`,
    [`${id}item`, id],
  );
  return emails;
}

/** Messages the SMTP server accepted for `to`. */
export const mailTo = (stack: Stack, to: string) => stack.mail.filter((m) => m.to.includes(to));

/** The subjects of the messages the SMTP server accepted for `to`, in the order it accepted them. */
export async function subjectsTo(stack: Stack, to: string): Promise<string[]> {
  return Promise.all(mailTo(stack, to).map(async (message) => (await simpleParser(message.raw)).subject ?? ""));
}

/** The text of the newest message to `to` whose subject matches, once it has arrived. */
export async function waitForMail(stack: Stack, to: string, subject: RegExp, timeoutMs = 60_000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    for (const message of mailTo(stack, to).reverse()) {
      const mail = await simpleParser(message.raw);
      if (subject.test(mail.subject ?? "")) return mail.text ?? "";
    }
    if (Date.now() > deadline) {
      const { rows } = await stack.sql.query(`SELECT kind, status, "lastError" FROM "EmailMessage" WHERE "to" = $1`, [to]);
      const workers = stack.workers.map((w) => w.output().slice(-1500)).join("\n");
      throw new Error(`no email to ${to} matching ${subject}; queued: ${JSON.stringify(rows)}\n${workers}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
