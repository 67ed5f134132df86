"use client";

import { useActionState } from "react";
import { removeAuthor } from "@/app/admin/authors/actions";
import { FormNotice } from "@/components/desk/episode-editor/form-notice";
import { Button } from "@/components/ui/button";
import { IDLE, type FormState } from "@/lib/forms/form-state";

/** Deletes an author; the desk refuses while they have articles. */
export function AuthorDeleteForm({ id, articleCount }: { id: string; articleCount: number }) {
  const [state, action, pending] = useActionState((_: FormState, form: FormData) => removeAuthor(form), IDLE);
  return (
    <form action={action} className="space-y-3" aria-label="Delete the author">
      <input type="hidden" name="id" value={id} />
      <FormNotice state={state} />
      <p className="text-sm text-muted">
        {articleCount > 0
          ? `Credited on ${articleCount} ${articleCount === 1 ? "article" : "articles"}: they can't be deleted until those are credited to someone else.`
          : "No articles: they can be deleted."}
      </p>
      <Button variant="danger" disabled={pending || articleCount > 0}>
        Delete author
      </Button>
    </form>
  );
}
