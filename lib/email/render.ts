import { render } from "@react-email/render";
import type { ReactElement } from "react";

/** HTML and plain-text versions of an email template; every email carries both. */
export async function renderEmail(body: ReactElement): Promise<{ html: string; text: string }> {
  const [html, text] = await Promise.all([render(body), render(body, { plainText: true })]);
  return { html, text };
}
