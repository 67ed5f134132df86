import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AuthorDeleteForm } from "@/components/desk/author-editor/author-delete-form";
import { AuthorForm } from "@/components/desk/author-editor/author-form";
import { AuthorPhotoPanel } from "@/components/desk/author-editor/author-photo-panel";
import { Notice } from "@/components/ui/notice";
import { requireRole } from "@/lib/auth/guards";
import { AUTHOR_LIMITS } from "@/lib/desk/authors/author-schema";
import { getDeskAuthor } from "@/lib/desk/authors/authors";
import { DESK_ID_PATTERN } from "@/lib/desk/desk-id";
import { formatMegabytes } from "@/lib/desk/upload-stream";

export const metadata: Metadata = { title: "Edit author", robots: { index: false } };

interface Props {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ created?: string | string[] }>;
}

export default async function EditAuthorPage({ params, searchParams }: Props) {
  await requireRole("EDITOR");
  const { id } = await params;
  if (!DESK_ID_PATTERN.test(id)) notFound();
  const [author, query] = await Promise.all([getDeskAuthor(id), searchParams]);
  if (!author) notFound();
  return (
    <>
      <p className="text-sm">
        <Link href="/admin/authors" prefetch={false} className="underline">
          All authors
        </Link>{" "}
        ·{" "}
        <Link href={`/authors/${author.slug}`} prefetch={false} className="underline">
          Their page
        </Link>
      </p>
      <h1 className="mt-2 font-serif text-3xl font-bold">{author.name}</h1>
      {query.created === "1" && (
        <div className="mt-4">
          <Notice>Author created. Add their photo below.</Notice>
        </div>
      )}
      <div className="mt-6 grid gap-6 lg:grid-cols-[2fr_1fr]">
        <section aria-labelledby="details-heading" className="rounded border border-neutral-300 bg-white p-4 sm:p-6">
          <h2 id="details-heading" className="mb-4 font-serif text-xl font-bold">
            Details
          </h2>
          <AuthorForm author={author} />
        </section>
        <div className="space-y-6">
          <section aria-labelledby="photo-heading" className="rounded border border-neutral-300 bg-white p-4 sm:p-6">
            <h2 id="photo-heading" className="mb-4 font-serif text-xl font-bold">
              Photo
            </h2>
            <AuthorPhotoPanel
              id={author.id}
              name={author.name}
              photoUrl={author.photoUrl}
              maxPhotoLabel={formatMegabytes(AUTHOR_LIMITS.maxPhotoBytes)}
            />
          </section>
          <section aria-labelledby="delete-heading" className="rounded border border-neutral-300 bg-white p-4 sm:p-6">
            <h2 id="delete-heading" className="mb-4 font-serif text-xl font-bold">
              Delete
            </h2>
            <AuthorDeleteForm id={author.id} articleCount={author._count.articles} />
          </section>
        </div>
      </div>
    </>
  );
}
