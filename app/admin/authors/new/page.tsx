import type { Metadata } from "next";
import { AuthorForm } from "@/components/desk/author-editor/author-form";
import { requireRole } from "@/lib/auth/guards";

export const metadata: Metadata = { title: "New author", robots: { index: false } };

export default async function NewAuthorPage() {
  await requireRole("EDITOR");
  return (
    <>
      <h1 className="font-serif text-3xl font-bold">New author</h1>
      <p className="mt-2 text-muted">Add their photo once they are created.</p>
      <div className="mt-6 max-w-2xl">
        <AuthorForm author={{ name: "", slug: "", location: "", bio: "" }} />
      </div>
    </>
  );
}
