import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { z } from "zod";
import { StreamItem } from "@/components/picks/stream-item";
import { listStream } from "@/lib/picks/picks";
import { getPublication } from "@/lib/publication";

export const dynamic = "force-dynamic";

export const metadata: Metadata = {
  title: "The stream",
  description: "The day's most important stories, chosen and summarised by our editors around the clock.",
};

const pageSchema = z
  .string()
  .regex(/^[1-9][0-9]{0,5}$/)
  .transform(Number)
  .optional();

interface Props {
  searchParams: Promise<{ page?: string | string[] }>;
}

// The curated stream: picks, newest first, free to read.
export default async function NewsPage({ searchParams }: Props) {
  const parsed = pageSchema.safeParse((await searchParams).page);
  if (!parsed.success) notFound();
  const page = parsed.data ?? 1;
  const [publication, stream] = await Promise.all([getPublication(), listStream({ page })]);
  if (page > stream.pageCount) notFound();
  return (
    <div className="mx-auto max-w-3xl">
      <h1 className="font-serif text-3xl font-bold">The stream</h1>
      <p className="mt-2 text-muted">
        The stories that matter today, chosen by our editors around the clock, each in a sentence or two. Every morning the best of them go
        out in{" "}
        <a href="/briefs" className="underline">
          the Daily Brief
        </a>
        .
      </p>
      <div className="mt-6">
        {stream.items.map((pick) => (
          <StreamItem key={pick.id} pick={pick} publication={publication} />
        ))}
        {stream.items.length === 0 && <p className="text-muted">Nothing yet today.</p>}
      </div>
      <nav aria-label="Pages" className="mt-6 flex justify-between">
        {page > 1 ? (
          <a href={page === 2 ? "/news" : `/news?page=${page - 1}`} className="underline">
            ← Newer
          </a>
        ) : (
          <span />
        )}
        {page < stream.pageCount && (
          <a href={`/news?page=${page + 1}`} className="underline">
            Older →
          </a>
        )}
      </nav>
    </div>
  );
}
