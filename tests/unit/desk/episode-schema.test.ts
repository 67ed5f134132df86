import { describe, expect, it } from "vitest";
import { episodeFormSchema, externalAudioSchema } from "@/lib/desk/episodes/episode-schema";
import { authorFormSchema } from "@/lib/desk/authors/author-schema";

const valid = { number: "12", title: " Rail to the sea ", slug: "", summary: "Freight.", season: "", episodeType: "full", explicit: "" };
const messagesFor = (result: { success: boolean; error?: { issues: Array<{ path: PropertyKey[]; message: string }> } }, field: string) =>
  result.error?.issues.filter((issue) => issue.path[0] === field).map((issue) => issue.message) ?? [];

describe("episodeFormSchema", () => {
  it("reads a filled-in form", () => {
    expect(episodeFormSchema.parse({ ...valid, season: "2", explicit: "on", episodeType: "bonus", slug: "Rail-To-Sea" })).toEqual({
      number: 12,
      title: "Rail to the sea",
      slug: "rail-to-sea",
      summary: "Freight.",
      season: 2,
      episodeType: "bonus",
      explicit: true,
    });
    expect(episodeFormSchema.parse(valid)).toMatchObject({ season: null, explicit: false, slug: "" });
  });

  it.each([
    ["number", "0", "starts at 1"],
    ["number", "1.5", "whole number"],
    ["number", "-3", "whole number"],
    ["number", "999999999", "at most"],
    ["title", "   ", "Enter a title"],
    ["title", "x".repeat(201), "under 200"],
    ["slug", "no spaces here", "lowercase letters"],
    ["slug", "trailing-", "lowercase letters"],
    ["slug", "x".repeat(81), "under 80"],
    ["summary", "", "Enter a summary"],
    ["season", "zero", "whole number"],
    ["episodeType", "movie", "full, trailer or bonus"],
    ["explicit", "yes please", "Tick the box"],
  ])("says what is wrong with %s = %j", (field, value, message) => {
    const result = episodeFormSchema.safeParse({ ...valid, [field]: value });
    expect(messagesFor(result, field).join(" ")).toContain(message);
  });

  it("answers missing fields with messages, not exceptions", () => {
    const result = episodeFormSchema.safeParse({});
    expect(messagesFor(result, "number")).toEqual(["Enter the episode number."]);
    expect(messagesFor(result, "title")).toEqual(["Enter a title."]);
  });
});

describe("externalAudioSchema", () => {
  it("takes an https MP3 or M4A address and a typed length", () => {
    expect(externalAudioSchema.parse({ audioUrl: "https://cdn.example.org/ep/12.mp3?x=1", duration: "1:02:03", audioBytes: "" })).toEqual({
      audioUrl: "https://cdn.example.org/ep/12.mp3?x=1",
      duration: 3723,
      audioBytes: 0,
    });
    expect(externalAudioSchema.parse({ audioUrl: "https://cdn.example.org/12.M4A", duration: "42:07", audioBytes: "1234" }).duration).toBe(
      2527,
    );
  });

  it.each([
    ["audioUrl", "http://cdn.example.org/12.mp3", "https://"],
    ["audioUrl", "javascript:alert(1)//.mp3", "https://"],
    ["audioUrl", "https://user:pw@cdn.example.org/12.mp3", "https://"],
    ["audioUrl", "https://cdn.example.org/12.ogg", ".mp3 or .m4a"],
    ["duration", "forty minutes", "minutes:seconds"],
    ["duration", "0:00", "longer"],
    ["audioBytes", "-5", "whole number"],
  ])("refuses %s = %j", (field, value, message) => {
    const input = { audioUrl: "https://cdn.example.org/12.mp3", duration: "42:07", audioBytes: "", [field]: value };
    expect(messagesFor(externalAudioSchema.safeParse(input), field).join(" ")).toContain(message);
  });
});

describe("authorFormSchema", () => {
  it("keeps the bio's paragraphs and drops stray whitespace", () => {
    expect(authorFormSchema.parse({ name: " Halima ", bio: "  First   line\nsame paragraph.\n\n\n\n  Second.  " })).toEqual({
      name: "Halima",
      slug: "",
      location: "",
      bio: "First line same paragraph.\n\nSecond.",
    });
  });

  it("says what is wrong", () => {
    expect(messagesFor(authorFormSchema.safeParse({ name: "" }), "name")).toEqual(["Enter the author's name."]);
    expect(messagesFor(authorFormSchema.safeParse({ name: "A", slug: "Has Spaces" }), "slug").join()).toContain("lowercase");
    expect(messagesFor(authorFormSchema.safeParse({ name: "A", bio: "x".repeat(3001) }), "bio").join()).toContain("under 3000");
  });
});
