import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getEnv } from "@/lib/env";
import { readOutbox } from "@/lib/email/outbox";
import { outboxDir } from "@/lib/email/transport";
import { formatDate } from "@/lib/format";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Development mailbox", robots: { index: false } };

// Lists the emails the embedded default wrote to the local outbox. Development only: a
// production build answers 404 here, whatever the data folder holds.
export default async function MailboxPage() {
  if (getEnv().NODE_ENV === "production") notFound();
  const messages = await readOutbox(outboxDir());
  return (
    <main id="main" className="mx-auto max-w-3xl px-4 py-8">
      <h1 className="font-serif text-3xl font-bold">Development mailbox</h1>
      <p className="mt-2 text-muted">Emails written to {outboxDir()} (no SMTP_URL is set). Newest first.</p>
      {messages.length === 0 && <p className="mt-6">No emails yet.</p>}
      <ol className="mt-6 space-y-6">
        {messages.map((m) => (
          <li key={m.file} className="rounded border border-neutral-300 bg-white p-4">
            <h2 className="font-semibold">{m.subject}</h2>
            <p className="text-sm text-muted">
              To {m.to} · {formatDate(m.date)} {m.date.toISOString().slice(11, 19)} UTC
            </p>
            <ul className="mt-2 space-y-1">
              {m.links.map((link) => (
                <li key={link}>
                  <a href={link} className="break-all text-accent underline">
                    {link}
                  </a>
                </li>
              ))}
            </ul>
            <details className="mt-2">
              <summary>Plain text</summary>
              <pre className="whitespace-pre-wrap text-sm">{m.text}</pre>
            </details>
          </li>
        ))}
      </ol>
    </main>
  );
}
