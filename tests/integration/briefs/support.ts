import crypto from "node:crypto";
import { db } from "@/lib/db";
import { toDbDate, type BriefDate } from "@/lib/briefs/schedule";

// Readers and briefs for the Daily Brief's integration tests, written in bulk with SQL. Every
// test starts from empty brief tables; readers are in their own domain so they can be cleared.

export const READER_DOMAIN = "brief.test";

export async function resetBriefs(): Promise<void> {
  await db.$executeRawUnsafe(`TRUNCATE "BriefDelivery", "BriefItem", "Brief", "BriefPreference", "Pick" CASCADE`);
  await db.user.deleteMany({ where: { email: { endsWith: `@${READER_DOMAIN}` } } });
}

async function planId(): Promise<string> {
  const plan = await db.plan.upsert({
    where: { slug: "brief-test-monthly" },
    create: { slug: "brief-test-monthly", name: "Monthly", interval: "month", amount: 800 },
    update: {},
  });
  return plan.id;
}

export interface ReaderOptions {
  /** An active subscription (full edition) or none (free edition). */
  subscribed?: boolean;
  timing?: "PUBLICATION" | "LOCAL";
  timeZone?: string;
  nextLocalSendAt?: Date;
  enabled?: boolean;
}

/** `count` readers who asked for the brief; returns their ids in creation order. */
export async function createReaders(count: number, options: ReaderOptions = {}): Promise<string[]> {
  const batch = crypto.randomBytes(4).toString("hex");
  const ids = Array.from({ length: count }, (_, i) => `r${batch}${String(i).padStart(6, "0")}`);
  await db.$executeRaw`
    INSERT INTO "User" (id, email, "emailVerified", "updatedAt")
    SELECT id, id || ${`@${READER_DOMAIN}`}, now(), now() FROM unnest(${ids}::text[]) AS id`;
  await db.$executeRaw`
    INSERT INTO "BriefPreference" ("userId", enabled, timing, "timeZone", "nextLocalSendAt", "updatedAt")
    SELECT id, ${options.enabled ?? true}, ${options.timing ?? "PUBLICATION"}::"BriefTiming", ${options.timeZone ?? null},
      ${options.nextLocalSendAt ?? null}::timestamp, now()
    FROM unnest(${ids}::text[]) AS id`;
  if (options.subscribed) {
    const plan = await planId();
    await db.$executeRaw`
      INSERT INTO "Subscription" (id, "userId", "planId", status, "currentPeriodEnd", "stripeSubscriptionId", "stripeCustomerId", "updatedAt")
      SELECT 'sub_' || id, id, ${plan}, 'active', now() + interval '30 days', 'sub_' || id, 'cus_' || id, now()
      FROM unnest(${ids}::text[]) AS id`;
  }
  return ids;
}

export interface StoryInput {
  headline: string;
  summary: string;
  url?: string;
  sourceName?: string;
  language?: string;
  articleId?: string;
}

/** A brief scheduled to go out at `sendAt`. */
export async function scheduledBrief(date: BriefDate, sendAt: Date, stories: StoryInput[], intro = "Good morning.") {
  return db.brief.create({
    data: {
      date: toDbDate(date),
      intro,
      status: "SCHEDULED",
      sendAt,
      items: { create: stories.map((story, position) => ({ position, ...story })) },
    },
  });
}

export const SAMPLE_STORIES: StoryInput[] = [
  {
    headline: "Port deal signed in Mombasa",
    summary: "A summary only subscribers read.",
    url: "https://example.org/a",
    sourceName: "Daily Nation",
    language: "en",
  },
  {
    headline: "Lithium talks resume",
    summary: "Another summary in our words.",
    url: "https://example.org/b",
    sourceName: "El País",
    language: "es",
  },
];

export const deliveriesOf = (briefId: string) => db.briefDelivery.findMany({ where: { briefId } });
