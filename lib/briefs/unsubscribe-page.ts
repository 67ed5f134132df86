import { escapeHtml } from "@/lib/escape-html";

// The small pages of the one-click unsubscribe link, written as plain HTML by its route handler
// (a route, not a page, because the same address must answer a mail client's POST). Pure.

export type UnsubscribeState = "confirm" | "done" | "invalid";

const COPY: Record<UnsubscribeState, { title: string; body: string }> = {
  confirm: {
    title: "Stop the Daily Brief?",
    body: "You will no longer get the Daily Brief by email. Your account and subscription stay as they are.",
  },
  done: {
    title: "You are unsubscribed",
    body: "You will get no more Daily Briefs. Changed your mind? Turn it back on from your account page.",
  },
  invalid: {
    title: "This link does not work",
    body: "It may have been cut short by your mail app. Stop the Daily Brief from your account page instead.",
  },
};

export function unsubscribePage(state: UnsubscribeState, options: { publicationName: string; actionUrl: string }): string {
  const { title, body } = COPY[state];
  const name = escapeHtml(options.publicationName);
  const form =
    state === "confirm"
      ? `<form method="post" action="${escapeHtml(options.actionUrl)}"><input type="hidden" name="List-Unsubscribe" value="One-Click"><button type="submit">Unsubscribe</button></form>`
      : `<p><a href="/account#brief">Your account</a></p>`;
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex"><title>${escapeHtml(title)} · ${name}</title>
<style>body{font:18px/1.5 Georgia,serif;max-width:36rem;margin:3rem auto;padding:0 1rem;color:#1b1b1f;background:#fbfaf7}
@media (prefers-color-scheme:dark){body{color:#ececec;background:#161618}a{color:#ececec}}
button{font:inherit;font-weight:bold;padding:.6rem 1.2rem;border:0;border-radius:4px;background:#9f1d20;color:#fff;cursor:pointer}</style>
</head><body><p><a href="/">${name}</a></p><main><h1>${escapeHtml(title)}</h1><p>${escapeHtml(body)}</p>${form}</main></body></html>`;
}
