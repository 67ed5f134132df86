import crypto from "node:crypto";
import type { Metadata } from "next";
import Link from "next/link";
import { ArticleEditor } from "@/components/desk/article-editor/article-editor";
import { requireRole } from "@/lib/auth/guards";
import { getEditorProps } from "@/lib/desk/articles/editor-props";
import { deleteDraftAction, previewArticleAction, saveArticleAction } from "../actions";

export const metadata: Metadata = { title: "New article", robots: { index: false } };

// The article exists from its first save (manual or automatic), under the id chosen here: a
// save repeated after a lost answer finds it instead of making a second article.
export default async function NewArticlePage() {
  await requireRole("EDITOR");
  const props = await getEditorProps(null, crypto.randomUUID());
  return (
    <>
      <p className="text-sm">
        <Link href="/admin/articles" className="underline">
          ← All articles
        </Link>
      </p>
      <h1 className="mt-2 font-serif text-3xl font-bold">New article</h1>
      <div className="mt-6">
        <ArticleEditor {...props} saveAction={saveArticleAction} previewAction={previewArticleAction} deleteAction={deleteDraftAction} />
      </div>
    </>
  );
}
