import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { GET, POST } from "@/app/(site)/briefs/unsubscribe/route";
import { db } from "@/lib/db";
import { signLinkToken, viewSubject } from "@/lib/briefs/link-token";
import { signBriefToken, unsubscribeUrl } from "@/lib/briefs/reader-links";
import { stopJobs } from "../../support/jobs";
import { createReaders, resetBriefs } from "./support";

// The one-click unsubscribe link works without signing in, for the reader it names only.

const post = (url: string) =>
  POST(
    new Request(url, {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded" },
      body: "List-Unsubscribe=One-Click",
    }),
  );
const enabled = async (userId: string) => (await db.briefPreference.findUniqueOrThrow({ where: { userId } })).enabled;

beforeEach(resetBriefs);
afterAll(stopJobs);

describe("one-click unsubscribe", () => {
  it("unsubscribes on a mail client's POST, idempotently; a GET only asks", async () => {
    const [reader, other] = await createReaders(2);
    const url = unsubscribeUrl(reader!);

    const page = await GET(new Request(url));
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<button type="submit">Unsubscribe</button>');
    expect(await enabled(reader!)).toBe(true);

    expect((await post(url)).status).toBe(200);
    expect(await enabled(reader!)).toBe(false);
    expect((await post(url)).status).toBe(200);
    expect(await enabled(reader!)).toBe(false);
    expect(await enabled(other!)).toBe(true);
  });

  it("refuses forged, altered and wrong-purpose tokens and changes nothing", async () => {
    const [reader] = await createReaders(1);
    const base = "http://localhost:3000/briefs/unsubscribe?token=";
    const genuine = signBriefToken("brief-unsubscribe", reader!);
    const forged = [
      signLinkToken("brief-unsubscribe", reader!, "a guessed secret"),
      `${Buffer.from("someone-else").toString("base64url")}.${genuine.split(".")[1]}`,
      signBriefToken("brief-view", viewSubject(reader!, "brief")),
      signBriefToken("brief-view", reader!),
      genuine.slice(0, -1),
      "",
      "%00",
    ];
    for (const token of forged) {
      const response = await post(base + encodeURIComponent(token));
      expect(response.status, token).toBe(400);
      expect(await response.text()).toContain("This link does not work");
      expect((await GET(new Request(base + encodeURIComponent(token)))).status).toBe(400);
    }
    expect((await POST(new Request("http://localhost:3000/briefs/unsubscribe", { method: "POST" }))).status).toBe(400);
    expect(await enabled(reader!)).toBe(true);
  });
});
