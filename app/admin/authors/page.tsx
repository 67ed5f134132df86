import type { Metadata } from "next";
import Link from "next/link";
import { Notice } from "@/components/ui/notice";
import { requireRole } from "@/lib/auth/guards";
import { listDeskAuthors } from "@/lib/desk/authors/authors";

export const metadata: Metadata = { title: "Authors", robots: { index: false } };

export default async function AuthorsPage({ searchParams }: { searchParams: Promise<{ deleted?: string | string[] }> }) {
  await requireRole("EDITOR");
  const [authors, query] = await Promise.all([listDeskAuthors(), searchParams]);
  return (
    <>
      <div className="flex flex-wrap items-center justify-between gap-4">
        <h1 className="font-serif text-3xl font-bold">Authors</h1>
        <Link href="/admin/authors/new" prefetch={false} className="rounded bg-ink px-4 py-2 font-semibold text-paper">
          New author
        </Link>
      </div>
      {query.deleted === "1" && (
        <div className="mt-4">
          <Notice>Author deleted.</Notice>
        </div>
      )}
      <ul className="mt-6 divide-y divide-neutral-200 rounded border border-neutral-300 bg-white">
        {authors.map((author) => (
          <li key={author.id} className="flex items-center gap-4 p-3">
            {author.photoUrl ? (
              // eslint-disable-next-line @next/next/no-img-element
              <img src={author.photoUrl} alt="" width={48} height={48} className="h-12 w-12 rounded-full object-cover" />
            ) : (
              <span aria-hidden="true" className="h-12 w-12 rounded-full bg-neutral-200" />
            )}
            <div>
              <Link href={`/admin/authors/${author.id}`} prefetch={false} className="font-semibold underline">
                {author.name}
              </Link>
              <p className="text-sm text-muted">
                {[author.location, `${author._count.articles} ${author._count.articles === 1 ? "article" : "articles"}`]
                  .filter(Boolean)
                  .join(" · ")}
              </p>
            </div>
          </li>
        ))}
      </ul>
      {authors.length === 0 && <p className="mt-4">No authors yet.</p>}
    </>
  );
}
