import "server-only";
import crypto from "node:crypto";
import { createElement } from "react";
import { compileQpTemplate, fillQpTemplate, type QpTemplate } from "@/lib/email/qp-template";
import { renderEmail } from "@/lib/email/render";
import type { EncodedBody } from "@/lib/email/transport";
import { escapeHtml } from "@/lib/escape-html";
import type { BriefContent } from "./brief-content";
import { BriefEmail, type BriefEditionName } from "./emails/brief-email";
import { formatBriefDate } from "./schedule";

// Each edition of a brief is rendered once, at release, with placeholders where each reader's
// own links go, and encoded for the wire once per sender run (lib/email/qp-template.ts); a
// message then costs encoding two short links instead of rendering a React tree and encoding
// 20 KB per reader (20,000 renders would cost minutes of CPU, filling slots milliseconds).

export interface RenderedEdition {
  html: string;
  text: string;
}

/** Stored in Brief.editions: both editions, the subject and the placeholders to fill in. */
export interface BriefEditions {
  subject: string;
  placeholders: { unsubscribe: string; browser: string };
  full: RenderedEdition;
  free: RenderedEdition;
}

export interface EditionPublication {
  name: string;
  url: string;
  language: string;
}

export function briefSubject(content: Pick<BriefContent, "date">, publication: EditionPublication): string {
  return `${publication.name} Daily Brief · ${formatBriefDate(content.date, publication.language)}`;
}

/** Renders one edition with the given links (placeholders at release, real links for a test send). */
export function renderEdition(
  content: BriefContent,
  publication: EditionPublication,
  edition: BriefEditionName,
  links: { unsubscribe: string; browser: string },
): Promise<RenderedEdition> {
  return renderEmail(
    createElement(BriefEmail, {
      edition,
      publication,
      dateLabel: formatBriefDate(content.date, publication.language),
      intro: content.intro,
      stories: content.stories,
      links: { ...links, subscribe: `${publication.url}/pricing`, account: `${publication.url}/account` },
    }),
  );
}

/**
 * Both editions with placeholders. The placeholders carry a random part, so nothing an editor
 * types into the brief can collide with them.
 */
export async function renderBriefEditions(content: BriefContent, publication: EditionPublication): Promise<BriefEditions> {
  const nonce = crypto.randomBytes(9).toString("base64url");
  const placeholders = {
    unsubscribe: `https://placeholder.invalid/unsubscribe/${nonce}`,
    browser: `https://placeholder.invalid/browser/${nonce}`,
  };
  const [full, free] = await Promise.all([
    renderEdition(content, publication, "full", placeholders),
    renderEdition(content, publication, "free", placeholders),
  ]);
  return { subject: briefSubject(content, publication), placeholders, full, free };
}

type LinkSlot = keyof BriefEditions["placeholders"];
export type EncodedEditions = Record<BriefEditionName, { html: QpTemplate<LinkSlot>; text: QpTemplate<LinkSlot> }>;

/** Both editions encoded for the wire once per sender run, each reader's links left as slots. */
export function encodeEditions(editions: BriefEditions): EncodedEditions {
  const encode = ({ html, text }: RenderedEdition) => ({
    html: compileQpTemplate(html, editions.placeholders),
    text: compileQpTemplate(text, editions.placeholders),
  });
  return { full: encode(editions.full), free: encode(editions.free) };
}

/** One reader's copy of an edition: their own links in the slots (escaped in the HTML part). */
export function personalise(
  encoded: EncodedEditions,
  edition: BriefEditionName,
  links: Record<LinkSlot, string>,
): { html: EncodedBody; text: EncodedBody } {
  const { html, text } = encoded[edition];
  const escaped = { unsubscribe: escapeHtml(links.unsubscribe), browser: escapeHtml(links.browser) };
  return { html: { quotedPrintable: fillQpTemplate(html, escaped) }, text: { quotedPrintable: fillQpTemplate(text, links) } };
}
