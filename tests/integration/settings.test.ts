import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { getSettings, SETTINGS_CACHE_TTL_MS } from "@/lib/settings/get-settings";
import { saveSettings } from "@/lib/settings/save-settings";

const valid = {
  name: "The Harbour Post",
  tagline: "Ports and the people in them",
  description: "News from the waterfront.",
  timeZone: "Asia/Kolkata",
  language: "pt-br",
  logoUrl: "/media/logo.svg",
  socialLinks: [{ label: "Mastodon", url: "https://example.social/@harbour" }],
};

// Only the clock is fake, and it only moves forward: each test starts past any value the one
// before left in the cache.
beforeAll(() => vi.useFakeTimers({ toFake: ["Date"] }));
beforeEach(async () => {
  await db.publicationSettings.deleteMany();
  vi.setSystemTime(Date.now() + 10 * SETTINGS_CACHE_TTL_MS);
});
afterAll(async () => {
  vi.useRealTimers();
  // Later test files share this database and expect the publication as the environment names it.
  await db.publicationSettings.deleteMany();
  await db.$disconnect();
});

describe("publication settings", () => {
  it("before the first start has created them: the name from PUBLICATION_NAME, and defaults", async () => {
    expect(await getSettings()).toEqual({
      name: "Southbound",
      tagline: "",
      description: "",
      timeZone: "America/New_York",
      language: "en",
      logoUrl: null,
      socialLinks: [],
    });
  });

  it("are saved when valid, canonicalised, and seen by this process at once", async () => {
    await getSettings();
    const result = await saveSettings(valid);
    expect(result.ok).toBe(true);
    expect(await getSettings()).toEqual({ ...valid, language: "pt-BR" });
  });

  it.each([
    [{ timeZone: "Mars/Olympus_Mons" }, "timeZone"],
    [{ timeZone: "+05:30" }, "timeZone"],
    [{ timeZone: "" }, "timeZone"],
    [{ language: "not a language" }, "language"],
    [{ name: "   " }, "name"],
    [{ logoUrl: "//evil.example/logo.png" }, "logoUrl"],
    [{ logoUrl: "javascript:alert(1)" }, "logoUrl"],
    [{ socialLinks: [{ label: "X", url: "ftp://example.org" }] }, "socialLinks.0.url"],
    [{ socialLinks: [{ label: "X", url: "http://example.org" }] }, "socialLinks.0.url"],
    [{ socialLinks: [{ label: " ", url: "https://example.org" }] }, "socialLinks.0.label"],
  ])("refuse %j with an error on %s, and store nothing", async (change, field) => {
    const result = await saveSettings({ ...valid, ...change });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.issues.map((i) => i.path.join("."))).toEqual([field]);
    expect(await db.publicationSettings.count()).toBe(0);
  });

  it("reach every instance within the cache's lifetime, without a query per request", async () => {
    await saveSettings(valid);
    expect((await getSettings()).name).toBe("The Harbour Post");
    // Another instance (or an admin's SQL) changes them.
    await db.publicationSettings.update({ where: { id: 1 }, data: { name: "The Harbour Times" } });
    vi.setSystemTime(Date.now() + SETTINGS_CACHE_TTL_MS - 1);
    expect((await getSettings()).name).toBe("The Harbour Post");
    vi.setSystemTime(Date.now() + 1);
    expect((await getSettings()).name).toBe("The Harbour Times");
  });

  it("fall back to the defaults (keeping the name) when the stored row is invalid", async () => {
    await db.publicationSettings.create({ data: { id: 1, ...valid, timeZone: "Nowhere/Special" } });
    const errors = vi.spyOn(console, "error").mockImplementation(() => {});
    expect(await getSettings()).toMatchObject({ name: "The Harbour Post", timeZone: "America/New_York" });
    expect(errors).toHaveBeenCalledOnce();
  });

  it("allow one row only", async () => {
    await saveSettings(valid);
    await expect(db.publicationSettings.create({ data: { id: 2, name: "Second" } })).rejects.toThrow();
  });
});
