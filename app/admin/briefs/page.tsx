import type { Metadata } from "next";
import Link from "next/link";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { TextField } from "@/components/ui/field";
import { requireRole } from "@/lib/auth/guards";
import { countBriefReaders } from "@/lib/briefs/brief-readers";
import { listBriefsForDesk } from "@/lib/briefs/desk-queries";
import { formatBriefDate, nextBriefDate } from "@/lib/briefs/schedule";
import { getSettings } from "@/lib/settings/get-settings";
import { openBriefForDate } from "./actions";

export const metadata: Metadata = { title: "Daily Brief", robots: { index: false } };

interface Props {
  searchParams: Promise<{ notice?: string | string[]; error?: string | string[] }>;
}

// The Daily Brief desk: every brief with its status and delivery counts, and the next one to compose.
export default async function BriefsDeskPage({ searchParams }: Props) {
  await requireRole("EDITOR");
  const [params, briefs, readers, settings] = await Promise.all([searchParams, listBriefsForDesk(), countBriefReaders(), getSettings()]);
  const next = nextBriefDate(new Date(), settings.timeZone);
  return (
    <>
      <h1 className="font-serif text-3xl font-bold">Daily Brief</h1>
      <p className="mt-1 text-muted">
        Goes out at 06:00 {settings.timeZone.replace(/_/g, " ")} time to {readers.publication} readers, and at their own 6 AM to{" "}
        {readers.local} more.
      </p>
      {params.notice === "deleted" && (
        <div className="mt-4">
          <Notice>Draft deleted.</Notice>
        </div>
      )}
      {params.error === "date" && (
        <div className="mt-4">
          <Notice tone="error">Choose a date.</Notice>
        </div>
      )}
      <form action={openBriefForDate} className="mt-6 flex flex-wrap items-end gap-3 rounded border border-neutral-300 bg-white p-4">
        <TextField name="date" type="date" label="Brief for" defaultValue={next} required />
        <Button>Compose</Button>
        <p className="text-sm text-muted">Opens the brief of that date, pre-filled with the picks added since the previous one went out.</p>
      </form>
      <div className="mt-6 overflow-x-auto">
        <table className="w-full text-left text-sm">
          <caption className="sr-only">Briefs, newest first</caption>
          <thead>
            <tr className="border-b">
              <th scope="col" className="py-2">
                Date
              </th>
              <th scope="col">Status</th>
              <th scope="col">Stories</th>
              <th scope="col">Sent</th>
              <th scope="col">Waiting</th>
              <th scope="col">Failed</th>
            </tr>
          </thead>
          <tbody>
            {briefs.map((brief) => (
              <tr key={brief.id} className="border-b border-neutral-200">
                <td className="py-2">
                  <Link href={`/admin/briefs/${brief.id}`} className="underline">
                    {formatBriefDate(brief.date)}
                  </Link>
                </td>
                <td>{brief.status.toLowerCase()}</td>
                <td>{brief._count.items}</td>
                <td>{brief.counts.sent}</td>
                <td>{brief.counts.queued}</td>
                <td>{brief.counts.failed}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {briefs.length === 0 && <p className="mt-3 text-muted">No briefs yet.</p>}
      </div>
    </>
  );
}
