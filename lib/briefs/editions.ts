import "server-only";
import crypto from "node:crypto";
import { createElement } from "react";
import { renderEmail } from "@/lib/email/render";
import { escapeHtml } from "@/lib/escape-html";
import type { BriefContent } from "./brief-content";
import { BriefEmail, type BriefEditionName } from "./emails/brief-email";
import { formatBriefDate } from "./schedule";

// Each edition of a brief is rendered once, at release, with placeholders where each reader's
// own links go; sending then only substitutes two strings per message instead of rendering a
// React tree per reader (20,000 renders would cost minutes of CPU, substitutions milliseconds).

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

/** One reader's copy of an edition: the placeholders replaced by their own links. */
export function personalise(
  editions: Pick<BriefEditions, "placeholders" | "full" | "free">,
  edition: BriefEditionName,
  links: { unsubscribe: string; browser: string },
): RenderedEdition {
  const { html, text } = editions[edition];
  const { placeholders } = editions;
  return {
    html: html
      .replaceAll(placeholders.unsubscribe, escapeHtml(links.unsubscribe))
      .replaceAll(placeholders.browser, escapeHtml(links.browser)),
    text: text.replaceAll(placeholders.unsubscribe, links.unsubscribe).replaceAll(placeholders.browser, links.browser),
  };
}
