"use client";

// Deleting a never-published draft, after the browser asks once. A plain form post, so the
// action's own checks (draft, never published, unchanged since this page) decide.

interface Props {
  action: (form: FormData) => Promise<void>;
  articleId: string;
  version: number;
}

export function DeleteDraftButton({ action, articleId, version }: Props) {
  return (
    <form
      action={action}
      className="mt-8 border-t border-neutral-300 pt-4"
      onSubmit={(event) => {
        if (!window.confirm("Delete this draft and its history? This cannot be undone.")) event.preventDefault();
      }}
    >
      <input type="hidden" name="articleId" value={articleId} />
      <input type="hidden" name="baseVersion" value={version} />
      <button type="submit" className="text-sm font-semibold text-red-800 underline">
        Delete this draft
      </button>
    </form>
  );
}
