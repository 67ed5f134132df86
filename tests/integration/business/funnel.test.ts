import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startCheckout } from "@/lib/billing/checkout";
import { syncSubscription } from "@/lib/billing/sync-subscription";
import { funnelDay } from "@/lib/business/funnel";
import { countFunnelEvent, funnelSource } from "@/lib/business/record-funnel";
import { db } from "@/lib/db";
import { cardFields, postForm, type Harness } from "@dispatch/stripe-standin/testing";
import { startAppWithStripe } from "../support/app-with-stripe";

// The paywall funnel: counts are aggregate and never lost under concurrency, and a checkout
// started from an article's paywall ends up as a subscription attributed to that article.

let h: Harness;
let articleId: string;

beforeAll(async () => {
  h = await startAppWithStripe();
  const tag = Date.now();
  const section = await db.section.create({ data: { slug: `funnel-${tag}`, label: `Funnel ${tag}`, position: 900 } });
  const article = await db.article.create({
    data: {
      slug: `funnel-${tag}`,
      title: "Funnel article",
      dek: "Dek",
      body: "Body",
      sectionId: section.id,
      status: "PUBLISHED",
      publishedAt: new Date(),
    },
  });
  articleId = article.id;
});

afterAll(async () => {
  await h.close();
  await db.$disconnect();
});

const today = () => db.paywallFunnelDay.findUnique({ where: { articleId_day: { articleId, day: funnelDay(new Date()) } } });

describe("the paywall funnel", () => {
  it("counts every one of many simultaneous beacons, per article and day", async () => {
    await Promise.all(Array.from({ length: 40 }, () => countFunnelEvent(articleId, "impressions")));
    await Promise.all(Array.from({ length: 3 }, () => countFunnelEvent(articleId, "pricingClicks")));
    expect(await today()).toMatchObject({ impressions: 40, pricingClicks: 3, checkoutStarts: 0 });
  });

  it("stores nothing for an article that does not exist", async () => {
    await countFunnelEvent("cm0doesnotexist000000", "impressions");
    expect(await db.paywallFunnelDay.count({ where: { articleId: "cm0doesnotexist000000" } })).toBe(0);
  });

  it("attributes a checkout only to a real article, and not for readers asking not to be tracked", async () => {
    expect(await funnelSource(articleId, new Headers())).toBe(articleId);
    expect(await funnelSource(articleId, new Headers({ "Sec-GPC": "1" }))).toBeUndefined();
    expect(await funnelSource("cm0doesnotexist000000", new Headers())).toBeUndefined();
    expect(await funnelSource("../../etc", new Headers())).toBeUndefined();
  });

  it("keeps the article a checkout came from on the mirrored subscription", async () => {
    const user = await db.user.create({ data: { email: `funnel-${Date.now()}@example.org`, emailVerified: new Date() } });
    const monthly = await db.plan.findUniqueOrThrow({ where: { slug: "monthly" } });
    const start = await startCheckout(user, monthly, { returnTo: "/", fromArticleId: articleId });
    if (start.outcome !== "checkout") throw new Error("expected a checkout");
    const paid = await postForm(start.url, cardFields("4242 4242 4242 4242", { email: user.email }));
    expect(paid.status).toBe(303);
    const [session] = (
      await h.stripe.checkout.sessions.list({
        customer: (await db.user.findUniqueOrThrow({ where: { id: user.id } })).stripeCustomerId!,
        limit: 1,
      })
    ).data;
    await syncSubscription(session!.subscription as string);
    expect(await db.subscription.findFirstOrThrow({ where: { userId: user.id } })).toMatchObject({
      sourceArticleId: articleId,
      endedAt: null,
    });
  });
});
