import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { z } from "zod";
import { listArchive } from "@/lib/briefs/archive";
import { formatBriefDate } from "@/lib/briefs/schedule";

export const dynamic = "force-dynamic";

export const metadata: Metadata = {
  title: "The Daily Brief",
  description: "Every morning at 6 AM, the day's most important stories chosen by our editors.",
};

const pageSchema = z
  .string()
  .regex(/^[1-9][0-9]{0,5}$/)
  .transform(Number)
  .optional();

// The archive: every brief that went out, newest first, with its headlines (public).
export default async function BriefArchivePage({ searchParams }: { searchParams: Promise<{ page?: string | string[] }> }) {
  const parsed = pageSchema.safeParse((await searchParams).page);
  if (!parsed.success) notFound();
  const page = parsed.data ?? 1;
  const archive = await listArchive({ page });
  if (page > archive.pageCount) notFound();
  return (
    <div className="mx-auto max-w-3xl">
      <h1 className="font-serif text-3xl font-bold">The Daily Brief</h1>
      <p className="mt-2 text-muted">
        Every morning at 6 AM, the stories that matter, chosen by our editors: in subscribers’ inboxes, and here.{" "}
        <a href="/account#brief" className="underline">
          Get it by email
        </a>
        .
      </p>
      <ol className="mt-6">
        {archive.items.map((brief) => (
          <li key={brief.id} className="border-t border-neutral-300 py-4">
            <h2 className="font-serif text-xl font-bold">
              <a href={`/briefs/${brief.date}`} className="hover:underline">
                {formatBriefDate(brief.date)}
              </a>
            </h2>
            <p className="mt-1 text-muted">{brief.headlines.slice(0, 4).join(" · ")}</p>
          </li>
        ))}
      </ol>
      {archive.items.length === 0 && <p className="mt-6 text-muted">The first brief is on its way.</p>}
      <nav aria-label="Pages" className="mt-6 flex justify-between">
        {page > 1 ? (
          <a href={page === 2 ? "/briefs" : `/briefs?page=${page - 1}`} className="underline">
            ← Newer
          </a>
        ) : (
          <span />
        )}
        {page < archive.pageCount && (
          <a href={`/briefs?page=${page + 1}`} className="underline">
            Older →
          </a>
        )}
      </nav>
    </div>
  );
}
