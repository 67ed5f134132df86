// Shared frame for every email: the publication's name on top, plain-text twin for every HTML.

import { escapeHtml } from "@/lib/escape-html";

export interface EmailContent {
  publication: string;
  preview: string;
  paragraphs: string[];
  action?: { label: string; url: string };
  footnote?: string;
}

export function renderEmail(content: EmailContent): { html: string; text: string } {
  const { publication, preview, paragraphs, action, footnote } = content;
  const html = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${escapeHtml(preview)}</title></head>
<body style="margin:0;background:#fbfaf7;font-family:Georgia,serif;color:#1b1b1f">
<div style="display:none">${escapeHtml(preview)}</div>
<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:24px">
<table role="presentation" width="560" cellpadding="0" cellspacing="0" style="max-width:560px">
<tr><td style="font-size:24px;font-weight:bold;padding-bottom:16px;border-bottom:2px solid #9f1d20">${escapeHtml(publication)}</td></tr>
${paragraphs.map((p) => `<tr><td style="font-size:16px;line-height:1.5;padding-top:16px">${escapeHtml(p)}</td></tr>`).join("\n")}
${
  action
    ? `<tr><td style="padding:24px 0"><a href="${escapeHtml(action.url)}" style="background:#9f1d20;color:#fff;padding:12px 20px;text-decoration:none;border-radius:4px;font-family:Arial,sans-serif">${escapeHtml(action.label)}</a></td></tr>
<tr><td style="font-size:13px;color:#55555c">Or paste this link into your browser: ${escapeHtml(action.url)}</td></tr>`
    : ""
}
${footnote ? `<tr><td style="font-size:13px;color:#55555c;padding-top:24px">${escapeHtml(footnote)}</td></tr>` : ""}
</table></td></tr></table></body></html>`;
  const text = [
    publication,
    "",
    ...paragraphs.flatMap((p) => [p, ""]),
    ...(action ? [`${action.label}: ${action.url}`, ""] : []),
    ...(footnote ? [footnote] : []),
  ].join("\n");
  return { html, text };
}
