import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { BriefView } from "@/components/briefs/brief-view";
import { PaywallNotice } from "@/components/paywall/paywall-notice";
import { archivedBriefId, getArchivedBrief } from "@/lib/briefs/archive";
import { viewSubject } from "@/lib/briefs/link-token";
import { verifyBriefToken } from "@/lib/briefs/reader-links";
import { formatBriefDate, isBriefDate } from "@/lib/briefs/schedule";
import { getPublication } from "@/lib/publication";
import { getAccessPolicy, getViewer, loadViewer } from "@/lib/viewer";

export const dynamic = "force-dynamic";

interface Props {
  params: Promise<{ date: string }>;
  searchParams: Promise<{ reader?: string | string[] }>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { date } = await params;
  return isBriefDate(date) ? { title: `The Daily Brief · ${formatBriefDate(date)}` } : {};
}

/**
 * The reader a "view in your browser" link was made for, when it is genuine and for this brief:
 * their mail app's browser is rarely signed in. Their access is still decided as for any reader.
 */
async function linkReader(token: unknown, date: string): Promise<string | null> {
  const subject = token ? verifyBriefToken(token, "brief-view") : null;
  if (!subject) return null;
  const [userId, briefId] = subject.split(":");
  const id = await archivedBriefId(date);
  return id && userId && subject === viewSubject(userId, id) && briefId === id ? userId : null;
}

// One brief in the archive: subscribers read it all; others see the headlines and an invitation.
export default async function ArchivedBriefPage({ params, searchParams }: Props) {
  const { date } = await params;
  if (!isBriefDate(date)) notFound();
  const linked = await linkReader((await searchParams).reader, date);
  const viewer = linked ? await loadViewer(linked) : await getViewer();
  const [publication, brief] = await Promise.all([getPublication(), getArchivedBrief(date, viewer, getAccessPolicy())]);
  if (!brief) notFound();
  return (
    <div className="mx-auto max-w-3xl">
      <p>
        <a href="/briefs" className="underline">
          ← All briefs
        </a>
      </p>
      <div className="mt-4">
        <BriefView dateLabel={formatBriefDate(brief.date)} publication={publication} stories={brief.stories} intro={brief.intro} />
      </div>
      {!brief.decision.allowed && (
        <PaywallNotice reason={brief.decision.reason} returnTo={`/briefs/${brief.date}`} signedIn={viewer.kind === "user"} what="brief" />
      )}
    </div>
  );
}
