import "server-only";
import crypto from "node:crypto";
import { compileMessageTemplate, fillMessageTemplate, fitsHeader, type MessageTemplate } from "@/lib/email/message-template";
import type { Mailer, OutgoingMail, PreparedMail } from "@/lib/email/transport";
import { escapeHtml } from "@/lib/escape-html";
import type { BriefEditionName } from "./emails/brief-email";
import { personalise, type EncodedEditions } from "./editions";
import { listHeaders } from "./reader-links";

// Each edition of a brief composed once per sender run as a whole message (lib/email/message-template.ts)
// with slots for what differs per reader: the To address, the Message-ID, the List-Unsubscribe
// header and the two links in each body part. A reader's message is then a copy with their values
// joined in. An address that cannot go into a header as is (one outside plain ASCII) takes the
// ordinary path: nodemailer composes that reader's message whole.

type Slot = "to" | "reader" | "listUnsubscribe" | "htmlUnsubscribe" | "htmlBrowser" | "textUnsubscribe" | "textBrowser";

export interface BriefMessageInput {
  briefId: string;
  subject: string;
  encoded: EncodedEditions;
  messageDomain: string;
}

export interface ReaderLinks {
  unsubscribe: string;
  browser: string;
}

export type BriefMessages = (
  edition: BriefEditionName,
  reader: { id: string; email: string },
  links: ReaderLinks,
) => OutgoingMail | PreparedMail;

const messageId = (brief: BriefMessageInput, readerId: string) => `<brief.${brief.briefId}.${readerId}@${brief.messageDomain}>`;
// A bare address (dot-atom local part and domain) can stand in the To header without quoting or encoding.
const PLAIN_ADDRESS = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~.-]+@[A-Za-z0-9.-]+$/;

/** How each reader's message is built for this brief: composed once per edition, copied per reader. */
export async function briefMessages(mailer: Mailer, brief: BriefMessageInput): Promise<BriefMessages> {
  // Markers with a random part, so no text of the brief can collide with them; plain word
  // characters, so quoted-printable encoding and HTML escaping leave them as they are; no longer
  // than a reader's id, so nodemailer folds the headers around them as it would the real values.
  const nonce = crypto.randomBytes(8).toString("hex");
  const marker = (code: string) => `x${code}${nonce}`;
  const slots = {
    to: { marker: `${marker("t")}@placeholder.invalid`, encoding: "header" },
    reader: { marker: marker("r"), encoding: "header" },
    listUnsubscribe: { marker: marker("l"), encoding: "header" },
    htmlUnsubscribe: { marker: marker("h"), encoding: "quoted-printable" },
    htmlBrowser: { marker: marker("b"), encoding: "quoted-printable" },
    textUnsubscribe: { marker: marker("u"), encoding: "quoted-printable" },
    textBrowser: { marker: marker("w"), encoding: "quoted-printable" },
  } as const;

  const compose = async (edition: BriefEditionName): Promise<MessageTemplate<Slot>> => {
    const { html } = personalise(brief.encoded, edition, { unsubscribe: slots.htmlUnsubscribe.marker, browser: slots.htmlBrowser.marker });
    const { text } = personalise(brief.encoded, edition, { unsubscribe: slots.textUnsubscribe.marker, browser: slots.textBrowser.marker });
    const message = await mailer.compose({
      to: slots.to.marker,
      subject: brief.subject,
      html,
      text,
      headers: { ...listHeaders("https://placeholder.invalid/?token=x"), "List-Unsubscribe": slots.listUnsubscribe.marker },
      messageId: messageId(brief, slots.reader.marker),
    });
    return compileMessageTemplate(message, slots);
  };
  const templates = { full: await compose("full"), free: await compose("free") };

  return (edition, reader, links) => {
    const listUnsubscribe = listHeaders(links.unsubscribe)["List-Unsubscribe"]!;
    if (!PLAIN_ADDRESS.test(reader.email) || !fitsHeader(listUnsubscribe)) {
      const bodies = personalise(brief.encoded, edition, links);
      return {
        to: reader.email,
        subject: brief.subject,
        ...bodies,
        headers: listHeaders(links.unsubscribe),
        messageId: messageId(brief, reader.id),
      };
    }
    const raw = fillMessageTemplate(templates[edition], {
      to: reader.email,
      reader: reader.id,
      listUnsubscribe,
      htmlUnsubscribe: escapeHtml(links.unsubscribe),
      htmlBrowser: escapeHtml(links.browser),
      textUnsubscribe: links.unsubscribe,
      textBrowser: links.browser,
    });
    return { to: reader.email, raw };
  };
}
