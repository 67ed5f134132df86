import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ArticleEditor } from "@/components/desk/article-editor/article-editor";
import { requireRole } from "@/lib/auth/guards";
import { idSchema } from "@/lib/desk/articles/article-form";
import { getArticleForEditor } from "@/lib/desk/articles/article-queries";
import { getEditorProps } from "@/lib/desk/articles/editor-props";
import { pageMessage } from "@/lib/page-messages";
import { deleteDraftAction, previewArticleAction, saveArticleAction } from "../actions";
import { ARTICLE_ERRORS, ARTICLE_NOTICES } from "../urls";

export const metadata: Metadata = { title: "Edit article", robots: { index: false } };

interface Props {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ notice?: string | string[]; error?: string | string[] }>;
}

export default async function EditArticlePage({ params, searchParams }: Props) {
  await requireRole("EDITOR");
  const [{ id }, query] = await Promise.all([params, searchParams]);
  const article = idSchema.safeParse(id).success ? await getArticleForEditor(id) : null;
  if (!article) notFound();
  const props = await getEditorProps(article, id);
  const error = pageMessage(ARTICLE_ERRORS, query.error);
  return (
    <>
      <p className="text-sm">
        <Link href="/admin/articles" className="underline">
          ← All articles
        </Link>
      </p>
      <h1 className="mt-2 font-serif text-3xl font-bold">Edit article</h1>
      {error && (
        <p role="alert" className="mt-4 rounded border border-red-700 bg-red-50 p-3">
          {error}
        </p>
      )}
      <div className="mt-6">
        <ArticleEditor
          {...props}
          notice={pageMessage(ARTICLE_NOTICES, query.notice)}
          saveAction={saveArticleAction}
          previewAction={previewArticleAction}
          deleteAction={deleteDraftAction}
        />
      </div>
    </>
  );
}
