import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { subscribersCsv } from "@/lib/business/subscriber-csv";
import { db } from "@/lib/db";
import { ensurePlans } from "../../../prisma/seed/ensure-plans";

// The CSV export streams: 100,000 subscribers go out in batches while memory stays flat.

const COUNT = 100_000;
const DOMAIN = "bulk-csv.example";

beforeAll(async () => {
  await ensurePlans(db);
  const plan = await db.plan.findUniqueOrThrow({ where: { slug: "monthly" } });
  await db.$executeRaw`
    INSERT INTO "User" (id, email, "updatedAt")
    SELECT 'csvuser' || n, 'reader' || n || '@' || ${DOMAIN}, now() FROM generate_series(1, ${COUNT}) AS n`;
  await db.$executeRaw`
    INSERT INTO "Subscription" (id, "userId", "planId", status, "currentPeriodEnd", "stripeSubscriptionId", "stripeCustomerId", "updatedAt")
    SELECT 'csvsub' || n, 'csvuser' || n, ${plan.id}, 'active', now() + interval '20 days', 'sub_csv_' || n, 'cus_csv_' || n, now()
    FROM generate_series(1, ${COUNT}) AS n`;
}, 120_000);

afterAll(async () => {
  await db.user.deleteMany({ where: { email: { endsWith: `@${DOMAIN}` } } });
  await db.$disconnect();
});

describe("subscribers CSV export", () => {
  it(`streams ${COUNT.toLocaleString("en")} rows with bounded memory`, async () => {
    global.gc?.();
    const baseline = process.memoryUsage().rss;
    let peak = baseline;
    let lines = 0;
    let first = "";
    const decoder = new TextDecoder();
    const reader = subscribersCsv({ q: `@${DOMAIN}`, page: 1 }).getReader();
    for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
      const text = decoder.decode(chunk.value, { stream: true });
      if (!first) first = text.slice(0, text.indexOf("\r\n"));
      lines += text.split("\r\n").length - 1;
      peak = Math.max(peak, process.memoryUsage().rss);
    }
    const growthMb = (peak - baseline) / 1024 / 1024;
    console.log(
      `CSV export of ${COUNT} subscribers: peak RSS ${(peak / 1024 / 1024).toFixed(0)} MB (+${growthMb.toFixed(0)} MB over the start)`,
    );
    expect(first).toBe("email,plan,status,cancel_at_period_end,current_period_end,discount_code,discount_percent_off,created_at");
    expect(lines).toBe(COUNT + 1);
    // Holding every row at once would take several hundred MB; batches of 1,000 stay small.
    expect(growthMb).toBeLessThan(120);
  }, 300_000);
});
