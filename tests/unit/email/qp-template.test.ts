import { describe, expect, it } from "vitest";
import { simpleParser } from "mailparser";
import { compileQpTemplate, fillQpTemplate } from "@/lib/email/qp-template";

// A body encoded once with slots must decode, in a real MIME parser, to exactly the text with the
// values in place, and stay within quoted-printable's line limit.

const decode = async (quotedPrintable: string) =>
  (await simpleParser(`Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n${quotedPrintable}`))
    .text;

const markers = { a: "https://placeholder.invalid/a/Xy9", b: "https://placeholder.invalid/b/Xy9" };
const long = "Ein längerer Absatz über Müll = Abfall, mit Leerzeichen am Zeilenende \nund ".repeat(8);

describe("a quoted-printable template", () => {
  it.each([
    ["slots inside long lines", `${long}<a href="${markers.a}">stop</a> then ${markers.b} and ${markers.a} again.\n${long}`],
    ["slots at both ends, side by side", `${markers.a}${markers.b} middle \n${markers.b}`],
    ["a space right before a slot and a line break right after", `trailing space ${markers.a}\r\nnext line`],
    ["no slot at all", "Elecciones en Perú: 1 = 1.\n"],
  ])("decodes to the filled text: %s", async (_case, body) => {
    const values = { a: "https://news.example.org/briefs/unsubscribe?token=41.c2ln_-", b: "https://news.example.org/b?reader=x&y=ü" };
    const encoded = fillQpTemplate(compileQpTemplate(body, markers), values);
    const expected = body.replaceAll(markers.a, values.a).replaceAll(markers.b, values.b).replace(/\r?\n/g, "\n");
    expect(await decode(encoded)).toBe(expected);
    for (const line of encoded.split("\r\n")) expect(line.length).toBeLessThanOrEqual(76);
    expect(encoded).not.toMatch(/(^|[^\r])\n/);
    expect(encoded).not.toContain("placeholder.invalid");
  });
});
