import type { Metadata } from "next";
import Link from "next/link";
import { PickForm } from "@/components/picks/pick-form";
import { Notice } from "@/components/ui/notice";
import { requireRole } from "@/lib/auth/guards";
import { articleOptions, sectionOptions } from "@/lib/picks/article-options";
import { listPicksForDesk } from "@/lib/picks/picks";
import { removePick, reorderPick, savePick } from "./actions";

export const metadata: Metadata = { title: "Picks", robots: { index: false } };

const NOTICES: Record<string, string> = { saved: "Pick saved.", deleted: "Pick deleted.", missing: "That pick was already deleted." };

interface Props {
  searchParams: Promise<{ notice?: string | string[] }>;
}

const EMPTY = {
  headline: "",
  summary: "",
  linkType: "external",
  articleId: "",
  url: "",
  sourceName: "",
  language: "en",
  sectionId: "",
} as const;

// The curated stream's desk: add picks all day, edit, move and delete them.
export default async function PicksDeskPage({ searchParams }: Props) {
  await requireRole("EDITOR");
  const [{ notice }, picks, articles, sections] = await Promise.all([searchParams, listPicksForDesk(), articleOptions(), sectionOptions()]);
  const message = typeof notice === "string" ? NOTICES[notice] : undefined;
  return (
    <div className="grid gap-10 lg:grid-cols-5">
      <section aria-labelledby="new-pick" className="lg:col-span-2">
        <h1 id="new-pick" className="font-serif text-3xl font-bold">
          Picks
        </h1>
        <p className="mt-1 text-muted">
          The stream on{" "}
          <Link href="/news" className="underline">
            /news
          </Link>
          , newest on top. Free to read; linked analysis keeps its access level.
        </p>
        <div className="mt-6 rounded border border-neutral-300 bg-white p-4">
          <h2 className="mb-3 font-semibold">Add a pick</h2>
          <PickForm action={savePick} initial={{ ...EMPTY }} articles={articles} sections={sections} submitLabel="Add pick" />
        </div>
      </section>
      <section aria-labelledby="stream-heading" className="lg:col-span-3">
        <h2 id="stream-heading" className="font-serif text-xl font-bold">
          In the stream
        </h2>
        {message && (
          <div className="mt-3">
            <Notice>{message}</Notice>
          </div>
        )}
        <ol className="mt-3 divide-y divide-neutral-200 rounded border border-neutral-300 bg-white">
          {picks.map((pick, index) => (
            <li key={pick.id} id={`pick-${pick.id}`} className="flex gap-3 p-3">
              <div className="min-w-0 flex-1">
                <p className="text-xs uppercase tracking-wide text-muted">
                  {pick.section?.label ?? "No section"} · {pick.article ? "Our article" : pick.sourceName}
                </p>
                <p className="font-semibold">{pick.headline}</p>
                <p className="text-sm text-muted">{pick.summary}</p>
              </div>
              <div className="flex shrink-0 flex-col items-end gap-1 text-sm">
                <form action={reorderPick}>
                  <input type="hidden" name="id" value={pick.id} />
                  <button
                    name="direction"
                    value="up"
                    disabled={index === 0}
                    className="underline disabled:opacity-40"
                    aria-label={`Move “${pick.headline}” up`}
                  >
                    Up
                  </button>{" "}
                  <button
                    name="direction"
                    value="down"
                    disabled={index === picks.length - 1}
                    className="underline disabled:opacity-40"
                    aria-label={`Move “${pick.headline}” down`}
                  >
                    Down
                  </button>
                </form>
                <Link href={`/admin/picks/${pick.id}`} className="underline" aria-label={`Edit “${pick.headline}”`}>
                  Edit
                </Link>
                <form action={removePick}>
                  <input type="hidden" name="id" value={pick.id} />
                  <button className="text-red-800 underline" aria-label={`Delete “${pick.headline}”`}>
                    Delete
                  </button>
                </form>
              </div>
            </li>
          ))}
          {picks.length === 0 && <li className="p-3 text-muted">No picks yet.</li>}
        </ol>
      </section>
    </div>
  );
}
