import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadBriefAudience, type BriefAudience } from "@/lib/business/brief-audience";
import { db } from "@/lib/db";
import { getAccessPolicy } from "@/lib/viewer";

// The Daily Brief's audience on the business view, counted from our own tables. The database is
// shared with other test files, so counts are compared with a baseline taken first.

const TAG = `aud${Date.now()}`;
const DAY_MS = 24 * 60 * 60 * 1000;
const now = new Date();
const ago = (days: number) => new Date(now.getTime() - days * DAY_MS);
let before: BriefAudience;

async function reader(name: string, options: { role?: "READER" | "EDITOR"; enabled?: boolean; unsubscribedAt?: Date; sub?: object } = {}) {
  const user = await db.user.create({ data: { email: `${name}@${TAG}.example`, role: options.role ?? "READER" } });
  if (options.enabled !== undefined) {
    await db.briefPreference.create({ data: { userId: user.id, enabled: options.enabled, unsubscribedAt: options.unsubscribedAt } });
  }
  if (options.sub) {
    const plan = await db.plan.findFirstOrThrow();
    await db.subscription.create({
      data: {
        userId: user.id,
        planId: plan.id,
        status: "active",
        currentPeriodEnd: new Date(now.getTime() + 20 * DAY_MS),
        stripeSubscriptionId: `sub_${name}_${TAG}`,
        stripeCustomerId: `cus_${name}_${TAG}`,
        ...options.sub,
      },
    });
  }
  return user.id;
}

async function brief(daysAgo: number, deliveries: Array<[string, "sent" | "failed" | "queued" | "canceled"]>) {
  const date = new Date(Date.UTC(2090, 0, 1) + Math.floor(Math.random() * 3000) * DAY_MS);
  await db.brief.create({
    data: {
      date,
      status: "SENT",
      releasedAt: ago(daysAgo),
      deliveries: { create: deliveries.map(([userId, status]) => ({ userId, status, dueAt: ago(daysAgo) })) },
    },
  });
  return date;
}

beforeAll(async () => {
  await db.plan.upsert({
    where: { slug: "monthly" },
    update: {},
    create: { slug: "monthly", name: "Monthly", interval: "month", amount: 1000 },
  });
  before = await loadBriefAudience(getAccessPolicy(now));
  const subscriber = await reader("subscriber", { enabled: true, sub: {} });
  const editor = await reader("editor", { enabled: true, role: "EDITOR" });
  const free = await reader("free", { enabled: true });
  const lapsed = await reader("lapsed", { enabled: true, sub: { status: "past_due", pastDueSince: ago(30) } });
  const recentlyLeft = await reader("left-3", { enabled: false, unsubscribedAt: ago(3) });
  await reader("left-20", { enabled: false, unsubscribedAt: ago(20) });
  await reader("left-40", { enabled: false, unsubscribedAt: ago(40) });
  await reader("never");
  await brief(20, [
    [subscriber, "sent"],
    [free, "failed"],
  ]);
  await brief(0.01, [
    [subscriber, "sent"],
    [editor, "sent"],
    [free, "failed"],
    [lapsed, "queued"],
    [recentlyLeft, "canceled"],
  ]);
});

afterAll(async () => {
  await db.user.deleteMany({ where: { email: { endsWith: `@${TAG}.example` } } });
  await db.brief.deleteMany({ where: { date: { gte: new Date(Date.UTC(2090, 0, 1)) } } });
  await db.$disconnect();
});

describe("brief audience", () => {
  it("counts opted-in readers by edition, deliveries of the last brief and of recent weeks, and unsubscribes", async () => {
    const after = await loadBriefAudience(getAccessPolicy(now));
    // Full: the subscriber and the editor. Free: the free reader and the one past due beyond grace.
    expect(after.optedIn.full - before.optedIn.full).toBe(2);
    expect(after.optedIn.free - before.optedIn.free).toBe(2);
    expect(after.lastBrief).toMatchObject({ sent: 2, failed: 1, pending: 1, canceled: 1 });

    const delta = (days: number) => {
      const [a, b] = [after, before].map((x) => x.windows.find((w) => w.days === days)!);
      return {
        sent: a!.sent - b!.sent,
        failed: a!.failed - b!.failed,
        pending: a!.pending - b!.pending,
        unsubscribed: a!.unsubscribed - b!.unsubscribed,
      };
    };
    expect(delta(7)).toEqual({ sent: 2, failed: 1, pending: 1, unsubscribed: 1 });
    expect(delta(30)).toEqual({ sent: 3, failed: 2, pending: 1, unsubscribed: 2 });
  });
});
