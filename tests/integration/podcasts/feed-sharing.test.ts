import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as privateFeedRoute } from "@/app/podcasts/private/[token]/feed.xml/route";
import { db } from "@/lib/db";
import { getEnv } from "@/lib/env";
import { CLIENT_IP_HEADER } from "@/lib/http/client-ip";
import { getFeedSharingReport } from "@/lib/podcasts/feed-sharing-report";
import { rotateFeedToken } from "@/lib/podcasts/feed-tokens";
import { runDueJobs, stopJobs } from "../../support/jobs";
import { ensureDemoContent } from "../support/demo-content";
import { createTestReader } from "../support/readers";

// A private feed used from more addresses than PODCAST_FEED_SHARING_ADDRESSES within the window
// is replaced once, however many requests cross the line at once, and its subscriber gets one email.

const site = getEnv().APP_URL;
const threshold = getEnv().PODCAST_FEED_SHARING_ADDRESSES;

function poll(token: string, ip: string) {
  const request = new Request(`${site}/podcasts/private/${token}/feed.xml`, {
    headers: { [CLIENT_IP_HEADER]: ip, "User-Agent": "TestCasts/1.0" },
  });
  return privateFeedRoute(request, { params: Promise.resolve({ token }) });
}

beforeAll(ensureDemoContent);
afterAll(stopJobs);

describe("private feed sharing", () => {
  it("lets one household poll all day, and counts the addresses of one IPv6 line once", async () => {
    const reader = await createTestReader({ subscription: "active" });
    const token = await rotateFeedToken(reader.id);
    for (let i = 0; i < 3 * threshold; i++) expect((await poll(token, "203.0.113.7")).status).toBe(200);
    for (let i = 0; i < 2 * threshold; i++) expect((await poll(token, `2001:db8:1:2::${(i + 1).toString(16)}`)).status).toBe(200);
    const rows = await db.podcastFeedAccess.findMany({ where: { token: { userId: reader.id } } });
    expect(rows.map((r) => [r.ip, r.requests, r.userAgent]).sort()).toEqual([
      ["2001:db8:1:2::/64", 2 * threshold, "TestCasts/1.0"],
      ["203.0.113.7", 3 * threshold, "TestCasts/1.0"],
    ]);
  });

  it("replaces a token used from too many addresses once, with one email, even when they arrive together", async () => {
    const reader = await createTestReader({ subscription: "active" });
    const token = await rotateFeedToken(reader.id);
    for (let i = 1; i <= threshold; i++) expect((await poll(token, `198.51.100.${i}`)).status).toBe(200);
    const crowd = await Promise.all(Array.from({ length: 10 }, (_, i) => poll(token, `192.0.2.${i + 1}`)));
    expect(crowd.every((response) => response.status === 410)).toBe(true);
    expect((await poll(token, "198.51.100.1")).status).toBe(410);

    const tokens = await db.podcastFeedToken.findMany({ where: { userId: reader.id }, orderBy: { createdAt: "asc" } });
    expect(tokens.map((t) => [t.revokedReason, t.revokedAt === null])).toEqual([
      ["shared", false],
      [null, true],
    ]);
    const emails = await db.emailMessage.findMany({ where: { userId: reader.id, kind: "podcast-feed-replaced" } });
    expect(emails).toHaveLength(1);
    await runDueJobs(["email.send"]);
    expect((await db.emailMessage.findUniqueOrThrow({ where: { id: emails[0]!.id } })).status).toBe("sent");

    const report = await getFeedSharingReport();
    const row = report.rows.find((r) => r.email === reader.email)!;
    expect(row).toMatchObject({ addresses: threshold + 10, revokedReason: "shared" });
  });
});
