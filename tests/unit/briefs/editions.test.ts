import { describe, expect, it } from "vitest";
import type { BriefContent } from "@/lib/briefs/brief-content";
import { simpleParser } from "mailparser";
import { encodeEditions, personalise, renderBriefEditions } from "@/lib/briefs/editions";
import type { EncodedBody } from "@/lib/email/transport";

// The two editions, rendered once with placeholders, encoded for the wire once, and then filled
// in per reader (read back here through a real MIME parser).

const publication = { name: "Southbound", url: "https://news.example.org", language: "en" };
const content: BriefContent = {
  id: "b1",
  date: "2026-03-09",
  intro: "INTRO-FOR-SUBSCRIBERS first paragraph.\n\nSecond paragraph.",
  stories: [
    {
      headline: "Port deal signed in Mombasa",
      summary: "SUMMARY-FOR-SUBSCRIBERS of an outside story.",
      href: "https://example.org/a",
      sourceName: "Daily Nation",
      language: "en",
      access: null,
    },
    {
      headline: "What the lithium talks mean",
      summary: "SUMMARY-OF-GATED-ANALYSIS in our words.",
      href: "https://news.example.org/articles/lithium",
      sourceName: null,
      language: null,
      access: "SUBSCRIBER",
    },
    {
      headline: "Elecciones en Perú",
      summary: "Another summary.",
      href: "https://example.pe/x",
      sourceName: "El Comercio",
      language: "es",
      access: null,
    },
  ],
};
const links = {
  unsubscribe: "https://news.example.org/briefs/unsubscribe?token=abc.def&x=1",
  browser: "https://news.example.org/briefs/2026-03-09?reader=r.s",
};

/** One reader's copy, decoded as a mail client would. */
async function readersCopy(edition: "full" | "free", readerLinks: typeof links) {
  const { html, text } = personalise(encodeEditions(editions), edition, readerLinks);
  const part = (type: string, body: EncodedBody) =>
    `--b\r\nContent-Type: ${type}; charset=utf-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n${body.quotedPrintable}\r\n`;
  const mail = await simpleParser(
    `Content-Type: multipart/alternative; boundary=b\r\n\r\n${part("text/plain", text)}${part("text/html", html)}--b--\r\n`,
  );
  return { html: mail.html || "", text: mail.text ?? "" };
}

const editions = await renderBriefEditions(content, publication);

describe("brief editions", () => {
  it("has the intro and every summary in the full edition", async () => {
    const full = await readersCopy("full", links);
    for (const text of ["INTRO-FOR-SUBSCRIBERS", "Second paragraph.", "SUMMARY-FOR-SUBSCRIBERS", "SUMMARY-OF-GATED-ANALYSIS"]) {
      expect(full.html).toContain(text);
      expect(full.text).toContain(text);
    }
  });

  it("has headlines and links only in the free edition, with a call to subscribe", async () => {
    const free = await readersCopy("free", links);
    for (const part of [free.html, free.text]) {
      expect(part).not.toMatch(/INTRO-FOR-SUBSCRIBERS|SUMMARY-FOR-SUBSCRIBERS|SUMMARY-OF-GATED-ANALYSIS|Another summary/);
      for (const story of content.stories) expect(part).toContain(story.headline);
      expect(part).toContain("https://news.example.org/pricing");
    }
    expect(free.html).toContain('href="https://news.example.org/articles/lithium"');
    expect(free.text).toContain("Southbound analysis · for subscribers");
    expect(free.text).toContain("El Comercio · in Spanish");
  });

  it("fills in each reader's own links, escaped for HTML, and leaves no placeholder behind", async () => {
    const mine = await readersCopy("full", links);
    expect(mine.html).toContain('href="https://news.example.org/briefs/unsubscribe?token=abc.def&amp;x=1"');
    expect(mine.html).toContain('href="https://news.example.org/briefs/2026-03-09?reader=r.s"');
    expect(mine.text).toContain(links.unsubscribe);
    expect(mine.html + mine.text).not.toContain("placeholder.invalid");
    const theirs = await readersCopy("full", { unsubscribe: "https://news.example.org/u2", browser: "https://news.example.org/b2" });
    expect(theirs.html).not.toContain("abc.def");
  });

  it("reads on a phone and in dark mode", () => {
    const { html } = editions.full;
    expect(html).toContain('name="viewport"');
    expect(html).toContain('content="light dark"');
    expect(html).toContain("prefers-color-scheme: dark");
    expect(editions.subject).toBe("Southbound Daily Brief · Monday 9 March 2026");
  });
});
