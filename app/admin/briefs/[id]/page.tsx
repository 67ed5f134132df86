import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AutoRefresh } from "@/components/briefs/auto-refresh";
import { BriefComposer } from "@/components/briefs/brief-composer";
import { Button } from "@/components/ui/button";
import { SelectField } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { requireRole } from "@/lib/auth/guards";
import { getBriefForDesk } from "@/lib/briefs/desk-queries";
import { formatBriefDate, formatSendTime } from "@/lib/briefs/schedule";
import { pageMessage } from "@/lib/page-messages";
import { articleOptions } from "@/lib/picks/article-options";
import { listPicksForDesk } from "@/lib/picks/picks";
import { getSettings } from "@/lib/settings/get-settings";
import {
  deleteBriefAction,
  saveBriefText,
  scheduleBriefAction,
  sendBriefNowAction,
  sendBriefTestAction,
  unscheduleBriefAction,
} from "../actions";
import { BRIEF_ERRORS, BRIEF_NOTICES } from "../messages";

export const metadata: Metadata = { title: "Compose the brief", robots: { index: false } };

interface Props {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ notice?: string | string[]; error?: string | string[] }>;
}

export default async function BriefDeskPage({ params, searchParams }: Props) {
  await requireRole("EDITOR");
  const { id } = await params;
  const brief = /^[a-z0-9]{1,64}$/.test(id) ? await getBriefForDesk(id) : null;
  if (!brief) notFound();
  const [query, settings, picks, articles] = await Promise.all([searchParams, getSettings(), listPicksForDesk(60), articleOptions()]);
  const notice = pageMessage(BRIEF_NOTICES, query.notice);
  const error = pageMessage(BRIEF_ERRORS, query.error);
  const editable = brief.status === "DRAFT" || brief.status === "SCHEDULED";
  const inBrief = new Set(brief.items.map((i) => i.pickId));
  const hidden = <input type="hidden" name="briefId" value={brief.id} />;
  const counts = brief.counts;
  return (
    <div className="grid gap-8 lg:grid-cols-3">
      {(brief.status === "SENDING" || (brief.status === "SCHEDULED" && brief.sendAt && brief.sendAt <= new Date())) && <AutoRefresh />}
      <section className="lg:col-span-2" aria-labelledby="brief-heading">
        <p>
          <Link href="/admin/briefs" className="underline">
            ← All briefs
          </Link>
        </p>
        <h1 id="brief-heading" className="mt-2 font-serif text-3xl font-bold">
          Daily Brief · {formatBriefDate(brief.date)}
        </h1>
        <div className="mt-4 space-y-2">
          {notice && <Notice>{notice}</Notice>}
          {error && <Notice tone="error">{error}</Notice>}
        </div>
        <div className="mt-6">
          <BriefComposer
            key={brief.version}
            action={saveBriefText}
            editable={editable}
            brief={{
              id: brief.id,
              version: brief.version,
              intro: brief.intro,
              items: brief.items.map((item) => ({
                id: item.id,
                headline: item.headline,
                summary: item.summary,
                source: item.articleId ? "Our article" : (item.sourceName ?? "Outside source"),
              })),
            }}
            picks={picks.filter((p) => !inBrief.has(p.id)).map((p) => ({ value: p.id, label: p.headline }))}
            articles={articles}
          />
        </div>
      </section>

      <aside className="space-y-6" aria-label="Status and sending">
        <section aria-labelledby="status-heading" className="rounded border border-neutral-300 bg-white p-4">
          <h2 id="status-heading" className="font-semibold">
            Status: <span data-testid="brief-status">{brief.status.toLowerCase()}</span>
          </h2>
          {brief.sendAt && (
            <p className="mt-1 text-sm text-muted">
              {brief.status === "SCHEDULED" ? "Goes out" : "Went out"} {formatSendTime(brief.releasedAt ?? brief.sendAt, settings.timeZone)}
            </p>
          )}
          <dl className="mt-3 grid grid-cols-2 gap-2 text-sm" aria-live="polite">
            <dt>Sent</dt>
            <dd data-testid="count-sent">{counts.sent}</dd>
            <dt>Waiting</dt>
            <dd data-testid="count-queued">{counts.queued}</dd>
            <dt>Failed</dt>
            <dd data-testid="count-failed">{counts.failed}</dd>
            <dt>Unsubscribed before sending</dt>
            <dd>{counts.canceled}</dd>
          </dl>
          <div className="mt-4 space-y-3">
            {brief.status === "DRAFT" && (
              <form action={scheduleBriefAction}>
                {hidden}
                <Button>Schedule for 06:00</Button>
              </form>
            )}
            {brief.status === "SCHEDULED" && (
              <form action={unscheduleBriefAction}>
                {hidden}
                <Button variant="secondary">Back to draft</Button>
              </form>
            )}
            {editable && (
              <form action={sendBriefNowAction} className="space-y-2 border-t border-neutral-200 pt-3">
                {hidden}
                <label className="flex items-start gap-2 text-sm">
                  <input type="checkbox" name="confirm" value="yes" required className="mt-1" />
                  Send to every reader now, instead of at 06:00
                </label>
                <Button variant="danger">Send now</Button>
              </form>
            )}
            {brief.status === "DRAFT" && (
              <form action={deleteBriefAction}>
                {hidden}
                <button className="text-sm text-red-800 underline">Delete this draft</button>
              </form>
            )}
          </div>
        </section>

        <section aria-labelledby="preview-heading" className="rounded border border-neutral-300 bg-white p-4">
          <h2 id="preview-heading" className="font-semibold">
            Preview and test
          </h2>
          <p className="mt-2">
            <Link href={`/admin/briefs/${brief.id}/preview`} className="underline">
              Preview as a web page and as the email
            </Link>
          </p>
          <form action={sendBriefTestAction} className="mt-3 space-y-2">
            {hidden}
            <SelectField
              name="edition"
              label="Edition"
              options={[
                { value: "full", label: "Full (subscribers)" },
                { value: "free", label: "Free (headlines only)" },
              ]}
            />
            <Button variant="secondary">Send me a test</Button>
          </form>
        </section>

        {brief.failures.length > 0 && (
          <section aria-labelledby="failures-heading" className="rounded border border-red-700 bg-white p-4">
            <h2 id="failures-heading" className="font-semibold text-red-900">
              Failed deliveries
            </h2>
            <ul className="mt-2 space-y-2 text-sm">
              {brief.failures.map((f) => (
                <li key={String(f.id)}>
                  <span className="font-semibold">{f.user.email}</span> after {f.attempts} attempt{f.attempts === 1 ? "" : "s"}:{" "}
                  <span className="text-muted">{f.lastError}</span>
                </li>
              ))}
            </ul>
          </section>
        )}
      </aside>
    </div>
  );
}
