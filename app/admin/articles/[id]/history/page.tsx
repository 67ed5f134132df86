import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { FieldDiffList } from "@/components/desk/article-diff/field-diff-list";
import { RevisionList } from "@/components/desk/article-history/revision-list";
import { requireRole } from "@/lib/auth/guards";
import { idSchema } from "@/lib/desk/articles/article-form";
import { getArticleForEditor } from "@/lib/desk/articles/article-queries";
import { compareRevision, listRevisions } from "@/lib/desk/articles/revision-history";
import { AUTOSAVE_KEEP_ALL_MS } from "@/lib/desk/articles/revision-prune";
import { pageMessage } from "@/lib/page-messages";
import { getSettings } from "@/lib/settings/get-settings";
import { restoreRevisionAction } from "../../actions";
import { ARTICLE_ERRORS } from "../../urls";

export const metadata: Metadata = { title: "Revision history", robots: { index: false } };

interface Props {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ rev?: string | string[]; against?: string | string[]; error?: string | string[] }>;
}

export default async function ArticleHistoryPage({ params, searchParams }: Props) {
  await requireRole("EDITOR");
  const [{ id }, query] = await Promise.all([params, searchParams]);
  const article = idSchema.safeParse(id).success ? await getArticleForEditor(id) : null;
  if (!article) notFound();
  const [revisions, { timeZone }] = await Promise.all([listRevisions(id), getSettings()]);
  const selectedId = typeof query.rev === "string" && revisions.some((r) => r.id === query.rev) ? query.rev : revisions[0]?.id;
  const against = query.against === "current" ? "current" : "previous";
  const comparison = selectedId ? await compareRevision(id, selectedId, against) : null;
  const selected = revisions.find((r) => r.id === selectedId);
  const error = pageMessage(ARTICLE_ERRORS, query.error);
  return (
    <>
      <p className="text-sm">
        <Link href={`/admin/articles/${id}`} className="underline">
          ← Back to the editor
        </Link>
      </p>
      <h1 className="mt-2 font-serif text-3xl font-bold">History of “{article.title}”</h1>
      <p className="mt-2 text-sm text-muted">
        Every save is kept, except autosaves older than {AUTOSAVE_KEEP_ALL_MS / 3_600_000} hours: of those, the last before each deliberate
        save stays. Restoring a revision saves its text as a new revision.
      </p>
      {error && (
        <p role="alert" className="mt-4 rounded border border-red-700 bg-red-50 p-3">
          {error}
        </p>
      )}
      <div className="mt-6 grid gap-6 lg:grid-cols-3">
        <RevisionList
          articleId={id}
          revisions={revisions}
          selectedId={selectedId}
          currentVersion={article.version}
          timeZone={timeZone}
          restoreAction={restoreRevisionAction}
        />
        <section aria-labelledby="diff-heading" className="lg:col-span-2">
          {selected && comparison ? (
            <>
              <h2 id="diff-heading" className="font-serif text-xl font-bold">
                {against === "current"
                  ? `From version ${selected.version} to the article as it is now`
                  : comparison.otherVersion
                    ? `What version ${selected.version} changed (compared with version ${comparison.otherVersion})`
                    : `Version ${selected.version}, the first`}
              </h2>
              <p className="mt-2 text-sm">
                {against === "current" ? (
                  <Link href={`/admin/articles/${id}/history?rev=${selected.id}`} className="underline">
                    Compare with the version before it instead
                  </Link>
                ) : (
                  <Link href={`/admin/articles/${id}/history?rev=${selected.id}&against=current`} className="underline">
                    Compare with the article as it is now instead
                  </Link>
                )}
              </p>
              <div className="mt-4">
                <FieldDiffList changes={comparison.changes} />
              </div>
            </>
          ) : (
            <p id="diff-heading">No revisions yet.</p>
          )}
        </section>
      </div>
    </>
  );
}
