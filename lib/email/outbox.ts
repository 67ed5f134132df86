import fs from "node:fs";
import path from "node:path";
import { simpleParser } from "mailparser";

// Reads the local outbox that the embedded default writes instead of sending over SMTP.
// Used by the development mailbox page and by the end-to-end tests.

export interface OutboxMessage {
  file: string;
  to: string;
  subject: string;
  date: Date;
  text: string;
  html: string;
  /** Links in the text version, minus bare links to the site's front page (header and footer). */
  links: string[];
}

export async function readOutbox(dir: string): Promise<OutboxMessage[]> {
  if (!fs.existsSync(dir)) return [];
  const files = fs
    .readdirSync(dir)
    .filter((f) => f.endsWith(".eml"))
    .sort()
    .reverse();
  return Promise.all(
    files.map(async (file) => {
      const mail = await simpleParser(fs.readFileSync(path.join(dir, file)));
      const text = mail.text ?? "";
      return {
        file,
        to: [mail.to]
          .flat()
          .map((a) => a?.text ?? "")
          .join(", "),
        subject: mail.subject ?? "",
        date: mail.date ?? new Date(0),
        text,
        html: typeof mail.html === "string" ? mail.html : "",
        links: [...new Set(text.match(/https?:\/\/[^\s\]]+/g) ?? [])].filter((link) => !/^https?:\/\/[^/]+\/?$/.test(link)),
      };
    }),
  );
}
