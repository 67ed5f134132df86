import crypto from "node:crypto";
import type { User } from "@prisma/client";
import { syncSubscription } from "@/lib/billing/sync-subscription";
import { db } from "@/lib/db";
import { issueAcademicCode } from "@/lib/discounts/issue-code";
import { readOutbox } from "@/lib/email/outbox";
import { outboxDir } from "@/lib/email/transport";
import { enqueue } from "@/lib/jobs/enqueue";
import type { Harness } from "@dispatch/stripe-standin/testing";
import { subscribeMonthly } from "../support/app-with-stripe";
import { runDueJobs, stopJobs } from "../../support/jobs";

// Readers, sign-ins and mail for the academic discount tests. Every mailbox is unique to its
// test, because one academic inbox may back only one account's discount in the whole database.

/** A local part no other test uses. */
export const uniqueLocal = (label: string) => `${label}-${crypto.randomBytes(5).toString("hex")}`;

export const newReader = (email: string, verified = true) =>
  db.user.create({ data: { email, emailVerified: verified ? new Date() : null } });

export const newAdmin = () => db.user.create({ data: { email: `${uniqueLocal("admin")}@example.org`, role: "ADMIN" } });

/** What a magic-link sign-in leaves behind: a verified reader and the after-sign-in job, run by the worker. */
export async function signIn(email: string): Promise<User> {
  const user = (await db.user.findUnique({ where: { email } })) ?? (await newReader(email));
  await enqueue("discounts.after-sign-in", { userId: user.id });
  await runDueJobs(["discounts.after-sign-in"]);
  return user;
}

export const codesOf = (userId: string) => db.discountCode.findMany({ where: { userId }, orderBy: { issuedAt: "asc" } });

/** Emails queued for a reader (sent or not), by kind. */
export const emailsOf = (userId: string, kind: string) => db.emailMessage.findMany({ where: { userId, kind } });

/** The token in the newest emailed link to `to` whose subject matches, after the worker sent it. */
export async function linkTokenFor(to: string, subject: RegExp): Promise<string> {
  await runDueJobs(["email.send"]);
  const mail = (await readOutbox(outboxDir())).find((m) => m.to.includes(to) && subject.test(m.subject));
  const link = mail?.links.find((l) => l.includes("token="));
  if (!link) throw new Error(`no link emailed to ${to} matching ${subject}`);
  return new URL(link).searchParams.get("token")!;
}

/** A reader subscribed to the monthly plan at Stripe and in our mirror, with an optional promotion code. */
export async function subscribed(h: Harness, user: User, promotionCodeId?: string) {
  const { subscription } = await subscribeMonthly(h, user, promotionCodeId ? { discounts: [{ promotion_code: promotionCodeId }] } : {});
  await syncSubscription(subscription.id);
  return subscription.id;
}

/** Issues a code for `email` as the reader's qualifying mailbox, and insists that one came out. */
export async function issueCode(userId: string, email: string, now?: Date) {
  const result = await issueAcademicCode(userId, { email, domain: email.split("@")[1]! }, now);
  if (!("code" in result)) throw new Error(`no code for ${email}: ${result.outcome}`);
  return result;
}

/** Ends a test file: the worker finishes what is queued, so no mail is left for the next file's SMTP sink. */
export async function finish(h: Harness): Promise<void> {
  await runDueJobs();
  await stopJobs();
  await h.close();
  await db.$disconnect();
}
