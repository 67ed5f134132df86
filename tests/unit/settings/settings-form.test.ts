import { describe, expect, it } from "vitest";
import { settingsSchema } from "@/lib/settings/publication-settings";
import { settingsFromForm } from "@/lib/settings/settings-form";

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.append(name, value);
  return data;
}

const base = { name: "The Harbour Post", tagline: "", description: "", timeZone: "Africa/Nairobi", language: "en", logoUrl: "" };

describe("the settings form", () => {
  it("reads numbered social link rows in order and drops empty ones", () => {
    const input = settingsFromForm(
      form({
        ...base,
        "socialLinks.1.label": "Mastodon",
        "socialLinks.1.url": " https://example.social/@harbour ",
        "socialLinks.0.label": "Bluesky",
        "socialLinks.0.url": "https://bsky.app/profile/harbour",
        "socialLinks.2.label": "",
        "socialLinks.2.url": "",
      }),
    );
    expect(input.socialLinks).toEqual([
      { label: "Bluesky", url: "https://bsky.app/profile/harbour" },
      { label: "Mastodon", url: "https://example.social/@harbour" },
    ]);
    expect(input.logoUrl).toBeNull();
    expect(settingsSchema.safeParse(input).success).toBe(true);
  });

  it("keeps a half-filled row so validation can point at its empty half", () => {
    const input = settingsFromForm(form({ ...base, "socialLinks.0.label": "", "socialLinks.0.url": "https://example.org" }));
    const result = settingsSchema.safeParse(input);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path.join("."))).toEqual(["socialLinks.0.label"]);
  });

  it("ignores fields it does not know and files in place of text", () => {
    const data = form({ ...base, "socialLinks.999.label": "x", role: "ADMIN" });
    data.append("name", "second name");
    data.set("tagline", new File(["x"], "x.txt"));
    const input = settingsFromForm(data);
    expect(input).not.toHaveProperty("role");
    expect(input.socialLinks).toEqual([]);
    expect(input.tagline).toBe("");
    expect(input.name).toBe("The Harbour Post");
  });
});

describe("settings validation", () => {
  const valid = { ...base, logoUrl: null, socialLinks: [] };
  it.each([
    [{ socialLinks: [{ label: "X", url: "http://example.org" }] }, "socialLinks.0.url"],
    [{ socialLinks: [{ label: "X", url: "javascript:alert(1)" }] }, "socialLinks.0.url"],
    [{ socialLinks: Array.from({ length: 13 }, () => ({ label: "X", url: "https://example.org" })) }, "socialLinks"],
    [{ timeZone: "Europe/Atlantis" }, "timeZone"],
    [{ logoUrl: "//evil.example/logo.png" }, "logoUrl"],
    [{ name: "x".repeat(101) }, "name"],
  ])("refuses %j on %s", (change, field) => {
    const result = settingsSchema.safeParse({ ...valid, ...change });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path.join("."))).toEqual([field]);
  });

  it("accepts https profiles, a path or https logo, and any IANA zone", () => {
    for (const change of [
      { socialLinks: [{ label: "Site", url: "https://example.org/a?b=c" }] },
      { logoUrl: "/media/logos/abc.png" },
      { logoUrl: "https://cdn.example.org/logo.png" },
      { timeZone: "Asia/Kathmandu" },
      { timeZone: "UTC" },
    ])
      expect(settingsSchema.safeParse({ ...valid, ...change }).success).toBe(true);
  });
});
