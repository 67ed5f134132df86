import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PickForm } from "@/components/picks/pick-form";
import { requireRole } from "@/lib/auth/guards";
import { articleOptions, sectionOptions } from "@/lib/picks/article-options";
import { getPick } from "@/lib/picks/picks";
import { savePick } from "../actions";

export const metadata: Metadata = { title: "Edit pick", robots: { index: false } };

export default async function EditPickPage({ params }: { params: Promise<{ id: string }> }) {
  await requireRole("EDITOR");
  const { id } = await params;
  const pick = /^[a-z0-9]{1,64}$/.test(id) ? await getPick(id) : null;
  if (!pick) notFound();
  const [articles, sections] = await Promise.all([articleOptions(), sectionOptions()]);
  const initial = {
    id: pick.id,
    headline: pick.headline,
    summary: pick.summary,
    linkType: pick.articleId ? ("article" as const) : ("external" as const),
    articleId: pick.articleId ?? "",
    url: pick.url ?? "",
    sourceName: pick.sourceName ?? "",
    language: pick.language ?? "",
    sectionId: pick.sectionId ?? "",
  };
  return (
    <div className="mx-auto max-w-2xl">
      <p>
        <Link href="/admin/picks" className="underline">
          ← All picks
        </Link>
      </p>
      <h1 className="mt-2 font-serif text-3xl font-bold">Edit pick</h1>
      <div className="mt-6 rounded border border-neutral-300 bg-white p-4">
        <PickForm action={savePick} initial={initial} articles={articles} sections={sections} submitLabel="Save pick" />
      </div>
    </div>
  );
}
