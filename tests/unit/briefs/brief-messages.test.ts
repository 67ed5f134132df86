import { describe, expect, it } from "vitest";
import { simpleParser } from "mailparser";
import type { BriefContent } from "@/lib/briefs/brief-content";
import { briefMessages } from "@/lib/briefs/brief-messages";
import { encodeEditions, personalise, renderBriefEditions } from "@/lib/briefs/editions";
import { listHeaders } from "@/lib/briefs/reader-links";
import { createMailer } from "@/lib/email/transport";

// A reader's brief copied from a message composed once per edition must read, in a real MIME
// parser, exactly like the message nodemailer composes for that reader alone.

const publication = { name: "Southbound", url: "https://news.example.org", language: "en" };
const content: BriefContent = {
  id: "b1",
  date: "2026-03-09",
  intro: "Good morning = bonjour. ".repeat(30),
  stories: [
    {
      headline: "Elecciones en Perú",
      summary: "Résumé.",
      href: "https://example.pe/x",
      sourceName: "El Comercio",
      language: "es",
      access: null,
    },
  ],
};
const mailer = createMailer({ from: "Southbound <brief@news.example.org>", maxConnections: 1, outbox: "/nonexistent" });
const encoded = encodeEditions(await renderBriefEditions(content, publication));
const brief = {
  briefId: "cmbrief0001",
  subject: "Southbound Daily Brief · Monday 9 March 2026",
  encoded,
  messageDomain: "news.example.org",
};
const reader = { id: "cmreader00000000000000001", email: "ana.lima@example.org" };
const links = {
  unsubscribe: "https://news.example.org/briefs/unsubscribe?token=C3A9YWJj.ZGVm&x=1",
  browser: "https://news.example.org/briefs/2026-03-09?reader=cmVhZGVy.c2ln",
};

async function read(raw: string | Buffer) {
  const mail = await simpleParser(raw);
  const text = raw.toString();
  // Headers unfolded: nodemailer folds a long header the copy may carry on one line (both are valid).
  const headers = text.split("\r\n\r\n")[0]!.replace(/\r\n[ \t]+/g, " ");
  return {
    to: mail.to && "text" in mail.to ? mail.to.text : "",
    subject: mail.subject,
    messageId: mail.messageId,
    html: mail.html,
    text: mail.text,
    listUnsubscribe: /^List-Unsubscribe: (.+)$/m.exec(headers)?.[1]?.trim(),
    oneClick: /^List-Unsubscribe-Post: (.+)$/m.exec(headers)?.[1]?.trim(),
    longestLine: Math.max(...text.split("\r\n").map((line) => line.length)),
  };
}

describe("brief messages copied from a template", () => {
  it.each(["full", "free"] as const)("read like the message composed for the reader alone (%s edition)", async (edition) => {
    const copy = (await briefMessages(mailer, brief))(edition, reader, links);
    if (!("raw" in copy)) throw new Error("expected a copy of the template");
    expect(copy.to).toBe(reader.email);
    const alone = await mailer.compose({
      to: reader.email,
      subject: brief.subject,
      ...personalise(encoded, edition, links),
      headers: listHeaders(links.unsubscribe),
      messageId: `<brief.${brief.briefId}.${reader.id}@news.example.org>`,
    });
    const [fromCopy, expected] = await Promise.all([read(copy.raw), read(alone)]);
    expect(fromCopy).toEqual({ ...expected, longestLine: fromCopy.longestLine });
    expect(fromCopy.html).toContain('href="https://news.example.org/briefs/unsubscribe?token=C3A9YWJj.ZGVm&amp;x=1"');
    expect(fromCopy.oneClick).toBe("List-Unsubscribe=One-Click");
    expect(fromCopy.longestLine).toBeLessThanOrEqual(998);
    expect(copy.raw.toString()).not.toMatch(/placeholder\.invalid|x[tr][0-9a-f]{16}/);
  });

  it("leaves an address that cannot go into the header as is to nodemailer", async () => {
    const message = (await briefMessages(mailer, brief))("full", { ...reader, email: "josé@example.org" }, links);
    expect(message).not.toHaveProperty("raw");
    expect(message).toMatchObject({ to: "josé@example.org", headers: listHeaders(links.unsubscribe) });
  });
});
